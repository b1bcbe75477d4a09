// What another scope may ask the M365TokenProvider Script Include for. Pure: the caller supplies what Setup
// configured. An approved caller uses the app's Entra identity for the app's own purposes only: the OAuth profile
// chosen in Setup and the two audiences the app calls (the connector's App ID URI and Microsoft Graph). Any other
// profile or resource would turn the app into a token vending machine for whatever the instance's OAuth records
// (or the Entra app's permissions) allow, so it is refused before any token is requested or read.
import { normalizeResource } from './token-cache-policy.ts'
import { Failure } from '../../domain/result.ts'

export interface AllowedTokens {
    /** oauth_entity_profile sys_id from Setup ('' when Setup has not chosen one). */
    profileId: string
    /** connector.resource and the Graph audience; blanks are ignored. */
    resources: string[]
}

export type CallerRefusalCode = 'not_configured' | 'profile_not_allowed' | 'resource_not_allowed'

/** A refusal is the one Failure's code alone: caller-tokens.ts words it (message, detail) as a Failure. */
export type CallerTokenCheck =
    | { ok: true; profileId: string; resource: string }
    | (Pick<Failure, 'ok' | 'code'> & { code: CallerRefusalCode })

export function checkCallerTokenRequest(
    requestedProfile: string,
    requestedResource: string,
    allowed: AllowedTokens,
): CallerTokenCheck {
    const configured = String(allowed.profileId || '').trim()
    const asked = String(requestedProfile || '').trim()
    // '' means "the Setup profile"; anything else must be exactly that profile's sys_id (also before Setup chose one).
    if (asked && asked.toLowerCase() !== configured.toLowerCase()) return { ok: false, code: 'profile_not_allowed' }
    if (!configured) return { ok: false, code: 'not_configured' }
    const resource = normalizeResource(requestedResource)
    const match = allowed.resources
        .map(normalizeResource)
        .filter((r) => r !== '')
        .filter((r) => r.toLowerCase() === resource.toLowerCase())
    if (!resource || !match.length) return { ok: false, code: 'resource_not_allowed' }
    return { ok: true, profileId: configured, resource: match[0] }
}

/** A requested value as it may appear in a log line: one line, bounded (it is caller input, not a secret). */
export function loggable(value: string): string {
    const v = String(value === null || value === undefined ? '' : value).replace(/[\r\n\t]+/g, ' ')
    return v.length > 200 ? v.slice(0, 200) + '...' : v
}
