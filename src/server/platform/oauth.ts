import { GlideRecord } from '@servicenow/glide'
import { GlideOAuthClient, GlideOAuthClientRequest } from '@servicenow/glide/sn_auth'
import { RawFailure, RawResult } from '../domain/result.ts'
import { redact } from './log.ts'

// The only code that touches sn_auth and the OAuth tables. The client secret never passes through here: the
// scoped app cannot decrypt oauth_entity.client_secret, so sn_auth builds the token request from the entity
// itself (clientName = oauth_entity.name) and we only add the scope (for Entra v1 the OAuth provider's OAuth API
// script turns it into resource: domain/oauth-api-script.ts). Failures are the one RawFailure (domain/result.ts):
// a code and admin text; the outbound layer words them for users.

export interface OAuthProfileInfo {
    profileId: string
    profileName: string
    entityId: string
    /** oauth_entity.name: the clientName sn_auth looks the entity up by. */
    entityName: string
    tokenUrl: string
    /** oauth_entity.oauth_api_script (a sys_script_include sys_id), '' when none is selected. */
    apiScriptId: string
}

/** Failure codes: profile_not_found, cross_scope_refused; status is always 0 (nothing is sent). */
export type ProfileLookup = RawResult<{ profile: OAuthProfileInfo }>

function notRead(code: 'profile_not_found' | 'cross_scope_refused', detail: string): RawFailure {
    return { ok: false, code, detail, status: 0 }
}

const CROSS_SCOPE = /cross-scope access policy|refused due to the table/i

function str(gr: GlideRecord, field: string): string {
    const v = gr.getValue(field)
    return v === null || v === undefined ? '' : String(v)
}

/** Reads oauth_entity_profile -> oauth_entity. A table locked down for other scopes is reported, not thrown. */
export function readOAuthProfile(profileId: string): ProfileLookup {
    if (!profileId) return notRead('profile_not_found', 'No OAuth profile is selected.')
    try {
        const profile = new GlideRecord('oauth_entity_profile')
        if (!profile.get(profileId))
            return notRead('profile_not_found', 'OAuth profile ' + profileId + ' was not found.')
        const entityId = str(profile, 'oauth_entity')
        const entity = new GlideRecord('oauth_entity')
        if (!entityId || !entity.get(entityId))
            return notRead('profile_not_found', 'The OAuth profile has no OAuth application (oauth_entity).')
        return {
            ok: true,
            profile: {
                profileId,
                profileName: str(profile, 'name'),
                entityId,
                entityName: str(entity, 'name'),
                tokenUrl: str(entity, 'token_url'),
                apiScriptId: str(entity, 'oauth_api_script'),
            },
        }
    } catch (e) {
        const text = e instanceof Error ? e.message : String(e)
        if (CROSS_SCOPE.test(text)) {
            return notRead(
                'cross_scope_refused',
                'Reading the OAuth application was refused: on table oauth_entity, check All application scopes > Can read.',
            )
        }
        return notRead('profile_not_found', 'The OAuth profile could not be read.')
    }
}

/** A token as the rest of the app may hold it for the length of one call: never logged, never returned to UI. */
export interface IssuedToken {
    accessToken: string
    /** Seconds of validity left when read (stored) or granted (fresh). */
    expiresInSeconds: number
}

/**
 * A refused or failed token request: the one RawFailure (code token_error; detail: sn_auth's error text,
 * redacted; status: the token endpoint's, 0 when it was not reached) plus Entra's raw answer in `body`, which
 * the token provider decodes (outbound/rules/outbound-errors.ts summarizeEntraError; platform/ does not import
 * outbound rules). Entra never echoes the secret.
 */
export type TokenRequestFailure = RawFailure & { body: string }

export type TokenRequestResult = { ok: true; token: IssuedToken } | TokenRequestFailure

function tokenFailure(status: number, body: string, detail: string): TokenRequestFailure {
    return { ok: false, code: 'token_error', status, detail: redact(detail), body }
}

export interface TokenStorage {
    requestorContext: string
    requestorId: string
    profileId: string
}

/**
 * Client-credentials request through sn_auth. `params.scope` is <resource>/.default for v1 and v2 alike. With `storage`, sn_auth
 * keeps the token in oauth_credential (encrypted by the platform) under requestor context/id + profile, where
 * readStoredToken finds it in later transactions.
 */
export function requestClientCredentialsToken(
    entityName: string,
    params: { scope: string },
    storage: TokenStorage,
): TokenRequestResult {
    const req = new GlideOAuthClientRequest()
    req.setGrantType('client_credentials')
    req.setScope(params.scope)
    // The three documented "default profile" parameters: sn_auth stores the token under them and does not send them.
    req.setParameter('oauth_requestor_context', storage.requestorContext)
    req.setParameter('oauth_requestor', storage.requestorId)
    req.setParameter('oauth_provider_profile', storage.profileId)
    let res
    try {
        res = new GlideOAuthClient().requestTokenByRequest(entityName, req)
    } catch (e) {
        return tokenFailure(0, '', e instanceof Error ? e.message : String(e))
    }
    const token = res ? res.getToken() : null
    const access = token ? token.getAccessToken() : null
    if (res && access) {
        return { ok: true, token: { accessToken: String(access), expiresInSeconds: Number(token!.getExpiresIn()) } }
    }
    return tokenFailure(
        res ? Number(res.getResponseCode()) || 0 : 0,
        res ? String(res.getBody() || '') : '',
        res ? String(res.getErrorMessage() || '') : 'No response from sn_auth.',
    )
}

/** The token sn_auth stored for this requestor and profile, or null when there is none. */
export function readStoredToken(requestorId: string, profileId: string): IssuedToken | null {
    try {
        const t = new GlideOAuthClient().getToken(requestorId, profileId)
        const access = t ? t.getAccessToken() : null
        if (!access) return null
        return { accessToken: String(access), expiresInSeconds: Number(t.getExpiresIn()) }
    } catch {
        return null
    }
}
