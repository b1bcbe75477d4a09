import { log } from '../platform/log.ts'
import { getSetting } from '../platform/properties.ts'
import { msg } from '../platform/i18n.ts'
import { checkCallerTokenRequest, loggable } from './rules/token-audience.ts'
import {
    checkConfiguredTokens as checkAll,
    configuredProfileId,
    getAccessToken,
    getTokenStatus,
    TokenStatus,
} from './token-provider.ts'
import { graphResource } from './graph-endpoint.ts'

// What the M365TokenProvider Script Include exposes to other scopes (src/fluent/script-includes). Every request is
// checked against Setup's profile and the app's two audiences before a token is requested or read
// (outbound/rules/token-audience.ts); a refusal answers a clear code and message and never a token, and is logged with what
// was asked (profile sys_id, resource: neither is a secret) so an admin can see who tries what.

export interface CallerBearer {
    ok: boolean
    /** '' whenever ok is false. */
    token: string
    code: string
    message: string
    expiresAt: string
}

function refusal(code: string): { code: string; message: string } {
    if (code === 'not_configured') return { code, message: msg('No OAuth profile is selected (Setup, outbound step).') }
    if (code === 'profile_not_allowed') {
        return {
            code,
            message: msg(
                'M365TokenProvider only issues tokens for the OAuth profile chosen in Microsoft 365 Support Setup: leave the profile empty or pass that profile.',
            ),
        }
    }
    return {
        code,
        message: msg(
            'M365TokenProvider only issues tokens for the Microsoft 365 support connector (its App ID URI) and Microsoft Graph.',
        ),
    }
}

function checked(
    operation: string,
    profileId: string,
    resource: string,
): { ok: true; profileId: string; resource: string } | { ok: false; code: string; message: string } {
    const c = checkCallerTokenRequest(profileId, resource, {
        profileId: configuredProfileId(),
        resources: [getSetting('connector.resource'), graphResource()],
    })
    if (c.ok) return c
    const r = refusal(c.code)
    log.warn(
        'M365TokenProvider.{0} refused ({1}): profile "{2}", resource "{3}"',
        operation,
        c.code,
        loggable(profileId),
        loggable(resource),
    )
    return { ok: false, code: r.code, message: r.message }
}

/** Status only (no token) for the Setup profile and an allowed resource. */
export function callerTokenStatus(profileId: string, resource: string): TokenStatus {
    const c = checked('getToken', profileId, resource)
    if (!c.ok) return { ok: false, code: c.code, message: c.message, expiresAt: '' }
    return getTokenStatus(c.profileId, c.resource)
}

/** The bearer token for an approved caller, only for the Setup profile and an allowed resource. */
export function callerBearerToken(profileId: string, resource: string, forceRefresh: boolean): CallerBearer {
    const c = checked('getBearerToken', profileId, resource)
    if (!c.ok) return { ok: false, token: '', code: c.code, message: c.message, expiresAt: '' }
    const r = getAccessToken(c.profileId, c.resource, { forceRefresh })
    if (!r.ok) return { ok: false, token: '', code: r.code, message: r.message, expiresAt: '' }
    return { ok: true, token: r.accessToken, code: 'ok', message: '', expiresAt: new Date(r.expiresAtMs).toISOString() }
}

/** Setup's token test for the configured profile and both audiences (status only). */
export function checkConfiguredTokens(): { connector: TokenStatus; graph: TokenStatus } {
    return checkAll()
}
