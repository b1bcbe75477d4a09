import { getById, list } from '../platform/records.ts'
import { stableSort } from '../domain/stable-sort.ts'
import { InboundFacts, ProfileFacts, UserFacts, INTEGRATION_USER_ROLE } from './rules/setup-validation.ts'

// What the Setup pages offer to pick from, and the facts about a picked record that validation needs. All of
// it reads global tables through the app's cross-scope privileges; a refusal throws and is reported by the caller.

export interface ProfileOption {
    id: string
    name: string
    entityName: string
    clientId: string
    tokenUrl: string
}

export interface EntityOption {
    id: string
    name: string
    clientId: string
}

export interface OidcOption extends EntityOption {
    providerId: string
    providerName: string
    oidcUrl: string
    userClaim: string
    userField: string
}

export interface UserOption {
    id: string
    userName: string
    name: string
}

const ENTITY_FIELDS = [
    'name',
    'client_id',
    'token_url',
    'type',
    'active',
    'sys_class_name',
    'oauth_api_script',
] as const
const PROVIDER_FIELDS = ['name', 'oidc_url', 'user_claim', 'user_field'] as const
const USER_FIELDS = ['user_name', 'name', 'active', 'web_service_access_only'] as const
const MAX_OPTIONS = 200

export function profileOptions(): ProfileOption[] {
    return list('oauth_entity_profile', { grant_type: 'client_credentials' }, ['name', 'oauth_entity'], {
        orderBy: 'name',
        limit: MAX_OPTIONS,
    }).map((p) => {
        const e = getById('oauth_entity', p.oauth_entity, ENTITY_FIELDS)
        return {
            id: p.sys_id,
            name: p.name,
            entityName: e ? e.name : '',
            clientId: e ? e.client_id : '',
            tokenUrl: e ? e.token_url : '',
        }
    })
}

/** "OAuth API endpoint for external clients" records: plain oauth_entity rows of type client. */
export function inboundEntityOptions(): EntityOption[] {
    return list(
        'oauth_entity',
        { type: 'client', active: true, sys_class_name: 'oauth_entity' },
        ['name', 'client_id'],
        { orderBy: 'name', limit: MAX_OPTIONS },
    ).map((e) => ({ id: e.sys_id, name: e.name, clientId: e.client_id }))
}

export function oidcEntityOptions(): OidcOption[] {
    return list('oauth_oidc_entity', { active: true }, ['name', 'client_id', 'oidc_provider_configuration'], {
        orderBy: 'name',
        limit: MAX_OPTIONS,
    }).map((e) => {
        const p = getById('oidc_provider_configuration', e.oidc_provider_configuration, PROVIDER_FIELDS)
        return {
            id: e.sys_id,
            name: e.name,
            clientId: e.client_id,
            providerId: p ? p.sys_id : '',
            providerName: p ? p.name : '',
            oidcUrl: p ? p.oidc_url : '',
            userClaim: p ? p.user_claim : '',
            userField: p ? p.user_field : '',
        }
    })
}

/** Active web-service-only users holding the integration user role (basic configuration). */
export function integrationUserOptions(): UserOption[] {
    const seen: Record<string, boolean> = {}
    const out: UserOption[] = []
    const grants = list(
        'sys_user_has_role',
        { 'role.name': INTEGRATION_USER_ROLE, 'user.web_service_access_only': true, 'user.active': true },
        ['user'],
        { limit: MAX_OPTIONS },
    )
    for (const g of grants) {
        if (seen[g.user]) continue
        seen[g.user] = true
        const u = getById('sys_user', g.user, USER_FIELDS)
        if (u) out.push({ id: u.sys_id, userName: u.user_name, name: u.name })
    }
    return stableSort(out, (a, b) => (a.userName < b.userName ? -1 : a.userName > b.userName ? 1 : 0))
}

export function profileFacts(id: string): ProfileFacts {
    const p = getById('oauth_entity_profile', id, ['grant_type', 'oauth_entity'])
    if (!p) return { exists: false, grantType: '', tokenUrl: '', clientId: '' }
    const e = getById('oauth_entity', p.oauth_entity, ENTITY_FIELDS)
    return {
        exists: true,
        grantType: p.grant_type,
        tokenUrl: e ? e.token_url : '',
        clientId: e ? e.client_id : '',
        apiScriptId: e ? e.oauth_api_script || '' : '',
    }
}

export function inboundFacts(id: string): InboundFacts {
    const e = getById('oauth_entity', id, ENTITY_FIELDS)
    if (!e) return { exists: false, className: '', type: '', clientId: '', active: false, provider: null }
    const className = e.sys_class_name || 'oauth_entity'
    let provider: InboundFacts['provider'] = null
    if (className === 'oauth_oidc_entity') {
        const o = getById('oauth_oidc_entity', id, ['oidc_provider_configuration'])
        const p = o ? getById('oidc_provider_configuration', o.oidc_provider_configuration, PROVIDER_FIELDS) : null
        provider = p
            ? { exists: true, id: p.sys_id, oidcUrl: p.oidc_url, userClaim: p.user_claim, userField: p.user_field }
            : { exists: false, id: '', oidcUrl: '', userClaim: '', userField: '' }
    }
    return { exists: true, className, type: e.type, clientId: e.client_id, active: e.active !== 'false', provider }
}

/** The user by sys_id, or by User ID (user_name) when byUserName is set. */
export function userFacts(key: string, byUserName: boolean): UserFacts & { id: string } {
    // A User ID with query syntax in it (records.ts refuses such values) names no user.
    const u = byUserName
        ? /[\^\r\n]/.test(key)
            ? null
            : list('sys_user', { user_name: key }, USER_FIELDS, { limit: 1 })[0] || null
        : getById('sys_user', key, USER_FIELDS)
    if (!u) return { id: '', exists: false, userName: key, active: false, webServiceOnly: false, roles: [] }
    const roles = list('sys_user_has_role', { user: u.sys_id }, ['role'])
        .map((g) => getById('sys_user_role', g.role, ['name']))
        .map((r) => (r ? r.name : ''))
        .filter((n) => !!n)
    return {
        id: u.sys_id,
        exists: true,
        userName: u.user_name,
        active: u.active !== 'false',
        webServiceOnly: u.web_service_access_only === 'true',
        roles,
    }
}
