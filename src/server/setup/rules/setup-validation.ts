import { SetupAnswers, StepId, AnswerField, isConfiguration } from './setup-steps.ts'
import {
    FormatContext,
    clientIdError,
    connectorEndpointError,
    emailError,
    parseMetadataUrl,
    parseTokenUrl,
    repositoryIdError,
    resourceError,
    tenantError,
    tenantsConflict,
} from './setup-formats.ts'
import { Message, cat, tx } from './setup-text.ts'
import { OAUTH_API_SCRIPT_NAME, oauthApiScriptProblem } from '../../domain/oauth-api-script.ts'

// Per-step validation. Shape checks need only the answers; checks against the records the admin picked need
// "facts" the service looks up (the domain never reads tables). Without facts, only shapes are checked: that is
// how a resumed flow finds the first step still missing an answer.

export interface ProfileFacts {
    exists: boolean
    grantType: string
    tokenUrl: string
    clientId: string
    /** oauth_entity.oauth_api_script sys_id ('' when none); absent when not looked up. */
    apiScriptId?: string
}

export interface OidcProviderFacts {
    exists: boolean
    id: string
    oidcUrl: string
    userClaim: string
    userField: string
}

export interface InboundFacts {
    exists: boolean
    /** sys_class_name: oauth_entity (OAuth API endpoint) or oauth_oidc_entity. */
    className: string
    type: string
    clientId: string
    active: boolean
    provider: OidcProviderFacts | null
}

export interface UserFacts {
    exists: boolean
    userName: string
    active: boolean
    webServiceOnly: boolean
    roles: string[]
}

export interface StepFacts {
    profile?: ProfileFacts
    inbound?: InboundFacts
    user?: UserFacts
}

export type FieldErrors = Partial<Record<AnswerField, Message>>

// The role the seeds require the integration user to hold, and the role the app's connector API ACLs require
// (src/fluent/rest/connector-api.now.ts): without it every callback gets 403.
export const INTEGRATION_USER_ROLE = 'incident_manager'
export const CONNECTOR_API_ROLE = 'x_mioms_m365_assis.integration'

export function validateStep(step: StepId, a: SetupAnswers, ctx: FormatContext, facts?: StepFacts): FieldErrors {
    const e: FieldErrors = {}
    const put = (f: AnswerField, m: Message | null) => {
        if (m && !e[f]) e[f] = m
    }
    switch (step) {
        case 'consent':
            put('consent', a.consent ? null : tx('Select Agree to continue.'))
            break
        case 'environment':
            put(
                'configuration',
                isConfiguration(a.configuration)
                    ? null
                    : tx(
                          'Choose how Microsoft 365 support calls this instance: basic authentication, an Entra ID OAuth token, or insights only.',
                      ),
            )
            break
        case 'tenant':
            put('tenant_domain', tenantError(a.tenant_domain))
            break
        case 'outbound':
            if (!a.outbound_profile)
                put('outbound_profile', tx('Select the OAuth profile of the outbound OAuth provider.'))
            else if (facts && facts.profile) put('outbound_profile', profileError(facts.profile, a, ctx))
            break
        case 'inbound':
            if (!a.inbound_entity)
                put(
                    'inbound_entity',
                    a.configuration === 'aad'
                        ? tx('Select the OIDC entity (External OIDC Auth Token).')
                        : tx('Select the OAuth API endpoint for external clients.'),
                )
            else if (facts && facts.inbound) put('inbound_entity', inboundError(facts.inbound, a, ctx))
            break
        case 'integration_user':
            if (a.configuration === 'aad') {
                put('integration_user_id', clientIdError(a.integration_user_id))
                if (!e.integration_user_id && facts && facts.user)
                    put('integration_user_id', userError(facts.user, a.integration_user_id))
            } else if (!a.integration_user) put('integration_user', tx('Select the integration user.'))
            else if (facts && facts.user) put('integration_user', userError(facts.user, ''))
            break
        case 'repository':
            put('repository_id', repositoryIdError(a.repository_id))
            put('connector_endpoint', connectorEndpointError(a.connector_endpoint, ctx))
            put('connector_resource', resourceError(a.connector_resource))
            break
        case 'settings':
            // Insights-only installs open no cases, so nobody is contacted: the admin email is optional there.
            if (a.configuration !== 'insights' || a.admin_email.trim()) put('admin_email', emailError(a.admin_email))
            break
        case 'complete':
            break
    }
    return e
}

const REGISTRY = tx('Fix it in System OAuth > Application Registry.')

function profileError(p: ProfileFacts, a: SetupAnswers, ctx: FormatContext): Message | null {
    if (!p.exists) return tx('The selected OAuth profile no longer exists. Select another one.')
    if (p.grantType !== 'client_credentials')
        return tx('The profile\'s grant type is "{0}"; the outbound provider needs Client Credentials.', p.grantType)
    const t = parseTokenUrl(p.tokenUrl, ctx)
    if ('error' in t) return cat(t.error, REGISTRY)
    if (tenantsConflict(t.tenant, a.tenant_domain))
        return tx(
            'The token URL is for tenant "{0}" but the tenant domain is "{1}". Use the same tenant in both.',
            t.tenant,
            a.tenant_domain,
        )
    const id = clientIdError(p.clientId)
    if (id) return cat(tx("The OAuth provider's Client ID is not an Entra application ID."), id, REGISTRY)
    if (p.apiScriptId === undefined) return null
    const problem = oauthApiScriptProblem(t.version === '2.0' ? 'v2' : 'v1', p.apiScriptId)
    if (problem === 'missing_on_v1') {
        return tx(
            'The token URL is Entra v1 (/oauth2/token), which needs the resource parameter: open the OAuth provider in System OAuth > Application Registry and set OAuth API Script to {0} (shipped with this app), or use the v2.0 token URL (/oauth2/v2.0/token).',
            OAUTH_API_SCRIPT_NAME,
        )
    }
    if (problem === 'ours_on_v2') {
        return tx(
            'The token URL is Entra v2.0, which takes scope and refuses resource: clear OAuth API Script ({0}) on the OAuth provider in System OAuth > Application Registry.',
            OAUTH_API_SCRIPT_NAME,
        )
    }
    return null
}

function inboundError(i: InboundFacts, a: SetupAnswers, ctx: FormatContext): Message | null {
    if (!i.exists) return tx('The selected record no longer exists. Select another one.')
    if (!i.active) return tx('The selected record is inactive. Activate it in System OAuth > Application Registry.')
    if (a.configuration !== 'aad') {
        return i.className === 'oauth_entity' && i.type === 'client'
            ? null
            : tx(
                  'Select an "OAuth API endpoint for external clients" record (not a third-party provider or OIDC entity).',
              )
    }
    if (i.className !== 'oauth_oidc_entity')
        return tx('Select an OIDC entity ("Configure an OIDC provider to verify ID tokens"), not a plain OAuth record.')
    const id = clientIdError(i.clientId)
    if (id)
        return cat(
            tx("The OIDC entity's Client ID must be the client ID of the REST API app (the token audience)."),
            id,
        )
    const p = i.provider
    if (!p || !p.exists)
        return tx(
            'The OIDC entity has no OAuth OIDC Provider Configuration. Create one with the metadata URL, User Claim appid and User Field User ID.',
        )
    const m = parseMetadataUrl(p.oidcUrl, ctx)
    if ('error' in m) return cat(m.error, REGISTRY)
    if (tenantsConflict(m.tenant, a.tenant_domain))
        return tx(
            'The OIDC metadata URL is for tenant "{0}" but the tenant domain is "{1}". Use the same tenant in both.',
            m.tenant,
            a.tenant_domain,
        )
    if (m.version === '1.0' && p.userClaim !== 'appid') {
        return tx(
            'The OIDC provider\'s User Claim is "{0}"; set it to appid (exactly, lower case): Entra v1 tokens name the calling app in appid.',
            p.userClaim,
        )
    }
    if (m.version === '2.0' && p.userClaim !== 'azp') {
        return tx(
            'The OIDC provider\'s User Claim is "{0}"; set it to azp: Entra v2.0 tokens name the calling app in azp.',
            p.userClaim,
        )
    }
    if (p.userField !== 'user_name')
        return tx(
            'The OIDC provider\'s User Field is "{0}"; set it to User ID (user_name) so the claim finds the integration user.',
            p.userField,
        )
    return null
}

function userError(u: UserFacts, expectedUserName: string): Message | null {
    if (!u.exists) {
        return expectedUserName
            ? tx(
                  "No user has User ID {0}. Create one in Organization > Users with User ID = the REST-user app's client ID, Web service access only checked and the {1} and {2} roles.",
                  expectedUserName,
                  INTEGRATION_USER_ROLE,
                  CONNECTOR_API_ROLE,
              )
            : tx('The selected user no longer exists. Select another one.')
    }
    if (!u.active) return tx('User {0} is inactive. Activate the user.', u.userName)
    if (!u.webServiceOnly) return tx('User {0} must have Web service access only checked.', u.userName)
    for (const role of [INTEGRATION_USER_ROLE, CONNECTOR_API_ROLE])
        if (u.roles.indexOf(role) < 0) return tx('Grant user {0} the {1} role.', u.userName, role)
    return null
}

export function hasErrors(e: FieldErrors): boolean {
    return Object.keys(e).length > 0
}
