// Which Entra token endpoint a profile uses, what to send it, and when a cached token must be replaced.
// Pure: no Glide, no token values (only lifetimes and times).

import { TokenEndpointKind } from '../../domain/oauth-api-script.ts'

/**
 * Entra v1 (/{tenant}/oauth2/token) wants `resource`; v2 (/{tenant}/oauth2/v2.0/token) wants
 * `scope=<resource>/.default`. Anything else is not an Entra client-credentials endpoint we know how to call.
 * Both are asked for with scope=<resource>/.default; for v1 the app's OAuth API script turns it into resource
 * (domain/oauth-api-script.ts).
 */
export function tokenEndpointKind(tokenUrl: string): TokenEndpointKind | null {
    const path = String(tokenUrl || '')
        .trim()
        .replace(/[?#].*$/, '')
        .replace(/\/+$/, '')
        .toLowerCase()
    if (/\/oauth2\/v2\.0\/token$/.test(path)) return 'v2'
    if (/\/oauth2\/token$/.test(path)) return 'v1'
    return null
}

/** The resource identifier without trailing slashes or a /.default suffix (App ID URI or Graph URL). */
export function normalizeResource(resource: string): string {
    return String(resource || '')
        .trim()
        .replace(/\/\.default$/i, '')
        .replace(/\/+$/, '')
}

/**
 * What the app sets on a client-credentials request for `resource` (GlideOAuthClientRequest.setScope). v2 sends it
 * as is. v1 needs `resource` instead: the platform hands the request parameters to the OAuth provider's OAuth API
 * script (OAuthM365EntraResource), which rewrites scope=<resource>/.default into resource=<resource>. The app does
 * not also call setParameter('resource'): whether an arbitrary parameter set from a script reaches the provider is
 * not documented, and a second copy of resource could reach Entra twice.
 */
export function tokenRequestScope(resource: string): string {
    return normalizeResource(resource) + '/.default'
}

/** Entra's default access-token lifetime (60-90 min); assumed when a stored token's lifetime is unknown. */
export const ASSUMED_LIFETIME_SECONDS = 3600
export const MAX_SKEW_SECONDS = 300

/**
 * How long before expiry a token is replaced: 10% of its lifetime, at most 5 minutes. The 10% keeps short-lived
 * tokens useful for 90% of their life (so there is never more than one token request per lifetime); the 5-minute
 * cap covers a call that started just before expiry, its timeout and its retries.
 */
export function refreshSkewSeconds(lifetimeSeconds: number | undefined): number {
    const l =
        lifetimeSeconds !== undefined && isFinite(lifetimeSeconds) && lifetimeSeconds > 0
            ? lifetimeSeconds
            : ASSUMED_LIFETIME_SECONDS
    return Math.min(MAX_SKEW_SECONDS, l * 0.1)
}

export interface CachedTokenTimes {
    /** Absolute expiry (ms since epoch, instance clock). */
    expiresAtMs: number
    /** Lifetime when issued, when known (seconds). */
    lifetimeSeconds?: number
}

/** true while the token may still be used: now is before expiry minus the skew. */
export function isTokenFresh(t: CachedTokenTimes, nowMs: number): boolean {
    if (!isFinite(t.expiresAtMs)) return false
    return nowMs < t.expiresAtMs - refreshSkewSeconds(t.lifetimeSeconds) * 1000
}

/**
 * Stable per profile+resource: the requestor id under which sn_auth stores the token in oauth_credential,
 * so the connector token and the Graph token of one profile never overwrite each other. 32 hex characters
 * (the size of a sys_id) so it fits wherever the platform keeps requestor ids.
 */
export function tokenRequestorId(profileId: string, resource: string): string {
    const key = String(profileId) + '|' + normalizeResource(resource).toLowerCase()
    let out = ''
    // Four FNV-1a 32-bit hashes with different offsets: not cryptographic, only a compact stable key.
    for (const seed of [0x811c9dc5, 0x01000193, 0x5bd1e995, 0x27d4eb2f]) {
        let h = seed >>> 0
        for (let i = 0; i < key.length; i++) {
            h ^= key.charCodeAt(i)
            h = Math.imul(h, 0x01000193) >>> 0
        }
        out += ('00000000' + h.toString(16)).slice(-8)
    }
    return out
}

export const TOKEN_REQUESTOR_CONTEXT = 'x_mioms_m365_assis'
