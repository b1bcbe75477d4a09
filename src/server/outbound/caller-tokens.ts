import { log } from '../platform/log.ts'
import { getSetting } from '../platform/properties.ts'
import { msg } from '../platform/i18n.ts'
import { checkCallerTokenRequest, loggable } from './rules/token-audience.ts'
import {
    checkConfiguredTokens as checkAll,
    configuredProfileId,
    getAccessToken,
    getTokenStatus,
    tokenStatusOf,
    TokenStatus,
} from './token-provider.ts'
import { graphResource } from './graph-endpoint.ts'
import { Failure, Result } from '../domain/result.ts'
import { failure } from './outbound-result.ts'

// What the M365TokenProvider Script Include exposes to other scopes (src/fluent/script-includes). Every request is
// checked against Setup's profile and the app's two audiences before a token is requested or read
// (outbound/rules/token-audience.ts); a refusal answers a clear code and message and never a token, and is logged with what
// was asked (profile sys_id, resource: neither is a secret) so an admin can see who tries what.
// Inside, refusals and token failures are the one Failure (domain/result.ts). What the Script Include returns
// (TokenStatus, CallerBearer) is a public shape scripts in other scopes read, so it stays as it was and is built
// from the Failure at this edge: its `message` is the Failure's admin text (`detail`).

export interface CallerBearer {
    ok: boolean
    /** '' whenever ok is false. */
    token: string
    code: string
    message: string
    expiresAt: string
}

function refusal(code: string): Failure {
    if (code === 'not_configured') return failure(0, code, msg('No OAuth profile is selected (Setup, outbound step).'))
    if (code === 'profile_not_allowed') {
        return failure(
            0,
            code,
            msg(
                'M365TokenProvider only issues tokens for the OAuth profile chosen in Microsoft 365 Support Setup: leave the profile empty or pass that profile.',
            ),
        )
    }
    return failure(
        0,
        code,
        msg(
            'M365TokenProvider only issues tokens for the Microsoft 365 support connector (its App ID URI) and Microsoft Graph.',
        ),
    )
}

function checked(
    operation: string,
    profileId: string,
    resource: string,
): Result<{ profileId: string; resource: string }> {
    const c = checkCallerTokenRequest(profileId, resource, {
        profileId: configuredProfileId(),
        resources: [getSetting('connector.resource'), graphResource()],
    })
    if (c.ok) return c
    log.warn(
        'M365TokenProvider.{0} refused ({1}): profile "{2}", resource "{3}"',
        operation,
        c.code,
        loggable(profileId),
        loggable(resource),
    )
    return refusal(c.code)
}

/** Status only (no token) for the Setup profile and an allowed resource. */
export function callerTokenStatus(profileId: string, resource: string): TokenStatus {
    const c = checked('getToken', profileId, resource)
    if (!c.ok) return tokenStatusOf(c)
    return getTokenStatus(c.profileId, c.resource)
}

/** The bearer token for an approved caller, only for the Setup profile and an allowed resource. */
export function callerBearerToken(profileId: string, resource: string, forceRefresh: boolean): CallerBearer {
    const c = checked('getBearerToken', profileId, resource)
    const r = c.ok ? getAccessToken(c.profileId, c.resource, { forceRefresh }) : c
    if (!r.ok) return { ok: false, token: '', code: r.code, message: r.detail, expiresAt: '' }
    return { ok: true, token: r.accessToken, code: 'ok', message: '', expiresAt: new Date(r.expiresAtMs).toISOString() }
}

/** Setup's token test for the configured profile and both audiences (status only). */
export function checkConfiguredTokens(): { connector: TokenStatus; graph: TokenStatus } {
    return checkAll()
}
