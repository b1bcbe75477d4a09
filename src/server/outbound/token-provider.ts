import { log, redact } from '../platform/log.ts'
import { nowMs } from '../platform/clock.ts'
import { getSetting } from '../platform/properties.ts'
import {
    readOAuthProfile,
    readStoredToken,
    requestClientCredentialsToken,
    OAuthProfileInfo,
} from '../platform/oauth.ts'
import {
    isTokenFresh,
    normalizeResource,
    tokenEndpointKind,
    tokenRequestorId,
    tokenRequestScope,
    TOKEN_REQUESTOR_CONTEXT,
} from './rules/token-cache-policy.ts'
import { summarizeEntraError } from './rules/outbound-errors.ts'
import { OAUTH_API_SCRIPT_NAME, oauthApiScriptProblem, TokenEndpointKind } from '../domain/oauth-api-script.ts'
import { msg } from '../platform/i18n.ts'
import { graphResource } from './graph-endpoint.ts'
import { Failure, Result } from '../domain/result.ts'
import { failure } from './outbound-result.ts'

// Entra client-credentials tokens for the profile chosen in Setup, one per profile+resource.
//
// Where tokens live between transactions: in oauth_credential, through sn_auth (requestTokenByRequest with
// oauth_requestor_context/oauth_requestor/oauth_provider_profile stores it, GlideOAuthClient.getToken reads it).
// Why not a table of our own with a Password2 field: the platform already encrypts oauth_credential, shows the
// tokens under the OAuth application's "Manage Tokens" where an admin can revoke them, and removes them with
// the application; our own table would add a second token store to secure, exclude from clones and clean up.
// Module state does not survive a transaction, so the memo below only saves repeated reads within one.
// Two transactions that both find the token stale at the same moment may each request one; Entra accepts that
// and it stays far below one request per token lifetime on average (see bench/outbound-tokens.ts).

/**
 * A bearer token, or the one Failure: `code` is not_configured, profile_not_found, cross_scope_refused,
 * unsupported_token_url, oauth_api_script, Entra's OAuth error (invalid_client, invalid_resource, ...) or
 * token_error; `detail` is the admin text ("AADSTS7000215: Invalid client secret provided. ...", secret-free);
 * `status` is the token endpoint's HTTP status (0 when nothing was sent or nothing answered).
 */
export type TokenResult = Result<{
    accessToken: string
    expiresAtMs: number
    kind: TokenEndpointKind
    fromCache: boolean
}>

interface MemoEntry {
    accessToken: string
    expiresAtMs: number
    lifetimeSeconds?: number
    kind: TokenEndpointKind
}

let memo: Record<string, MemoEntry> = {}

/** Forgets what this transaction has seen (tests use it to simulate the next transaction). */
export function resetTokenMemo(): void {
    memo = {}
}

/** The oauth_entity_profile sys_id chosen in Setup (property oauth.profile), '' when not set. */
export function configuredProfileId(): string {
    return getSetting('oauth.profile')
}

function lookup(profileId: string): Result<{ profile: OAuthProfileInfo; kind: TokenEndpointKind }> {
    const p = readOAuthProfile(profileId)
    if (!p.ok) return failure(0, p.code, p.detail)
    const kind = tokenEndpointKind(p.profile.tokenUrl)
    if (!kind) {
        return failure(
            0,
            'unsupported_token_url',
            msg(
                'The OAuth application token URL must end with /oauth2/token (Entra v1) or /oauth2/v2.0/token (Entra v2).',
            ),
        )
    }
    // Decided before sending: a v1 request without an OAuth API script cannot carry resource and would only fail.
    const problem = oauthApiScriptProblem(kind, p.profile.apiScriptId)
    if (problem === 'missing_on_v1') {
        return failure(
            0,
            'oauth_api_script',
            msg(
                'The OAuth application "{0}" uses an Entra v1 token URL (/oauth2/token), which needs the resource parameter: set its OAuth API Script to {1} in System OAuth > Application Registry, or use the v2.0 token URL (/oauth2/v2.0/token).',
                p.profile.entityName,
                OAUTH_API_SCRIPT_NAME,
            ),
        )
    }
    if (problem === 'ours_on_v2') {
        return failure(
            0,
            'oauth_api_script',
            msg(
                'The OAuth application "{0}" uses the Entra v2.0 token URL, which takes scope and refuses resource: clear its OAuth API Script ({1}) in System OAuth > Application Registry.',
                p.profile.entityName,
                OAUTH_API_SCRIPT_NAME,
            ),
        )
    }
    return { ok: true, profile: p.profile, kind }
}

/**
 * A bearer token for `resource`, reused until shortly before it expires. forceRefresh (after a 401) skips the
 * cache. The token is for the outbound request only: callers must not log, store or return it.
 */
export function getAccessToken(
    profileId: string,
    resource: string,
    opts: { forceRefresh?: boolean } = {},
): TokenResult {
    if (!profileId) return failure(0, 'not_configured', msg('No OAuth profile is selected (Setup, outbound step).'))
    const res = normalizeResource(resource)
    if (!res) return failure(0, 'not_configured', msg('No resource (App ID URI) is configured for this call.'))
    const key = profileId + '|' + res.toLowerCase()
    const requestorId = tokenRequestorId(profileId, res)
    const now = nowMs()

    if (!opts.forceRefresh) {
        const m = memo[key]
        if (m && isTokenFresh(m, now))
            return { ok: true, accessToken: m.accessToken, expiresAtMs: m.expiresAtMs, kind: m.kind, fromCache: true }
        const stored = readStoredToken(requestorId, profileId)
        if (stored) {
            // The stored token's original lifetime is unknown here unless this transaction requested it.
            const entry: MemoEntry = {
                accessToken: stored.accessToken,
                expiresAtMs: now + stored.expiresInSeconds * 1000,
                lifetimeSeconds: m && m.accessToken === stored.accessToken ? m.lifetimeSeconds : undefined,
                kind: m ? m.kind : 'v1',
            }
            if (isTokenFresh(entry, now)) {
                memo[key] = entry
                return {
                    ok: true,
                    accessToken: entry.accessToken,
                    expiresAtMs: entry.expiresAtMs,
                    kind: entry.kind,
                    fromCache: true,
                }
            }
        }
    }

    const l = lookup(profileId)
    if (!l.ok) {
        log.error('Token for {0}: {1} ({2})', res, l.code, l.detail)
        return l
    }
    const r = requestClientCredentialsToken(
        l.profile.entityName,
        { scope: tokenRequestScope(res) },
        {
            requestorContext: TOKEN_REQUESTOR_CONTEXT,
            requestorId,
            profileId,
        },
    )
    if (!r.ok) {
        const unreachable = r.status === 0 && !r.body
        const e = summarizeEntraError(r.status, r.body)
        const description = redact(
            unreachable ? 'The token endpoint could not be reached: ' + r.detail.slice(0, 200) : e.description,
        )
        log.error(
            'Token request for {0} via profile {1} ({2}, Entra {3}) failed: status {4}, {5} {6} (correlation {7})',
            res,
            l.profile.profileName,
            l.profile.entityName,
            l.kind,
            r.status,
            e.error,
            e.aadsts || '',
            e.correlationId || '-',
        )
        // The AADSTS code belongs in the admin text; Entra's description normally starts with it already.
        const detail = e.aadsts && description.indexOf(e.aadsts) < 0 ? e.aadsts + ': ' + description : description
        return failure(r.status, unreachable ? 'token_error' : e.error, detail)
    }
    const lifetime = r.token.expiresInSeconds > 0 ? r.token.expiresInSeconds : undefined
    const entry: MemoEntry = {
        accessToken: r.token.accessToken,
        expiresAtMs: now + (lifetime || 0) * 1000,
        lifetimeSeconds: lifetime,
        kind: l.kind,
    }
    memo[key] = entry
    log.info(
        'Token obtained for {0} via profile {1} (Entra {2}), valid {3} s{4}',
        res,
        l.profile.profileName,
        l.kind,
        lifetime || 0,
        opts.forceRefresh ? ' (refresh after 401)' : '',
    )
    return { ok: true, accessToken: entry.accessToken, expiresAtMs: entry.expiresAtMs, kind: l.kind, fromCache: false }
}

/**
 * What may leave the module (Setup tests, the M365TokenProvider Script Include): status only, never the token.
 * Scripts in other scopes read this shape, so it stays as it was; it is built from the one Failure at this edge
 * (tokenStatusOf), and its `message` is the Failure's admin text (`detail`): the reader is an admin's script.
 */
export interface TokenStatus {
    ok: boolean
    code: string
    message: string
    /** ISO 8601 expiry of the token in use, '' on failure. */
    expiresAt: string
}

/** A Failure in the public TokenStatus shape. */
export function tokenStatusOf(f: Failure): TokenStatus {
    return { ok: false, code: f.code, message: f.detail, expiresAt: '' }
}

export function getTokenStatus(
    profileId: string,
    resource: string,
    opts: { forceRefresh?: boolean } = {},
): TokenStatus {
    const t = getAccessToken(profileId, resource, opts)
    if (!t.ok) return tokenStatusOf(t)
    return {
        ok: true,
        code: 'ok',
        message: 'Token available (Entra ' + t.kind + ').',
        expiresAt: new Date(t.expiresAtMs).toISOString(),
    }
}

/**
 * Setup's token test for the configured profile: one status per resource the app calls (connector.resource,
 * graph.resource). A resource that is not configured yet is reported as not_configured.
 */
export function checkConfiguredTokens(): { connector: TokenStatus; graph: TokenStatus } {
    const profileId = configuredProfileId()
    return {
        connector: getTokenStatus(profileId, getSetting('connector.resource')),
        graph: getTokenStatus(profileId, graphResource()),
    }
}
