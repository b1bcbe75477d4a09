import { decodeJwt } from 'jose'
import * as control from '../glide/control'
import { verifyBearer } from '../microsoft/verify-bearer.ts'
import type { BearerVerifier } from './auth.ts'

// What the platform does with "Authorization: Bearer <jwt>" on a REST call when an OIDC provider is configured
// (System OAuth > Application Registry > "Configure an OIDC provider to verify ID tokens"), read from the
// double's store so the sandbox follows whatever Setup (or a test) configured:
//  1. the token's aud must equal the Client ID of an active oauth_oidc_entity;
//  2. that entity's oidc_provider_configuration.oidc_url (the metadata URL) gives issuer and jwks_uri: the
//     signature, issuer and expiry (with the entity's clock skew) are checked with jose;
//  3. the configured user claim (appid) names the user: sys_user whose <user_field> equals it, active and not
//     locked out. v2 tokens carry azp instead of appid, so azp is used when appid is absent.
// Several entities may share a Client ID (e.g. one per v1 and v2 metadata URL): the first that verifies wins.
// Errors name the failed check, never the token.

interface Metadata {
    issuer: string
    jwks_uri: string
}

const METADATA_TTL_MS = 5 * 60 * 1000
const metadataCache = new Map<string, { at: number; value: Metadata }>()

async function metadata(url: string): Promise<Metadata> {
    const hit = metadataCache.get(url)
    if (hit && Date.now() - hit.at < METADATA_TTL_MS) return hit.value
    const res = await fetch(url, { signal: AbortSignal.timeout(10000) })
    if (!res.ok) throw new Error(`OIDC metadata ${url} answered ${res.status}`)
    const value = (await res.json()) as Partial<Metadata>
    if (typeof value.issuer !== 'string' || typeof value.jwks_uri !== 'string')
        throw new Error(`OIDC metadata ${url} lacks issuer or jwks_uri`)
    metadataCache.set(url, { at: Date.now(), value: value as Metadata })
    return value as Metadata
}

function audiences(token: string): string[] | null {
    try {
        const aud = decodeJwt(token).aud
        return aud === undefined ? [] : Array.isArray(aud) ? aud : [aud]
    } catch {
        return null
    }
}

function claimValue(claims: Record<string, unknown>, claim: string): string | undefined {
    const v = claims[claim] ?? (claim === 'appid' ? claims.azp : undefined)
    return typeof v === 'string' && v ? v : undefined
}

export function createOidcBearerVerifier(): BearerVerifier {
    return async (token: string) => {
        const aud = audiences(token)
        if (aud === null) return { error: 'The bearer token is not a JWT.' }
        const entities = control
            .rows('oauth_oidc_entity')
            .filter((e) => e.active !== 'false' && e.client_id && aud.includes(e.client_id))
        if (!entities.length)
            return { error: 'No active OIDC provider entity has the token audience as its Client ID.' }
        let lastError = 'The token was not accepted.'
        let specificError = false
        for (const entity of entities) {
            const config = control
                .rows('oidc_provider_configuration')
                .find((c) => c.sys_id === entity.oidc_provider_configuration)
            if (!config || !config.oidc_url) {
                lastError = `OIDC entity ${entity.name} has no provider configuration with a metadata URL.`
                continue
            }
            let meta: Metadata
            try {
                meta = await metadata(config.oidc_url)
            } catch (e) {
                lastError = (e as Error).message
                continue
            }
            const verified = await verifyBearer(token, {
                audience: entity.client_id,
                issuer: meta.issuer,
                jwksUri: meta.jwks_uri,
                clockToleranceSeconds: Number(entity.clock_skew) || 0,
            })
            if (!verified.ok) {
                // An issuer mismatch only says this entity is for the other token version: any other reason is more telling.
                if (verified.error !== 'invalid_issuer' || !specificError) lastError = verified.message
                if (verified.error !== 'invalid_issuer') specificError = true
                continue
            }
            const claim = config.user_claim || 'sub'
            const value = claimValue(verified.claims as Record<string, unknown>, claim)
            if (!value) return { error: `The token has no ${claim} claim.` }
            const field = config.user_field || 'user_name'
            const user = control.rows('sys_user').find((u) => u[field] === value)
            if (!user) return { error: `No user has ${field} equal to the token's ${claim}.` }
            if (user.active === 'false' || user.locked_out === 'true')
                return { error: 'The user the token maps to is inactive or locked out.' }
            return { userName: user.user_name }
        }
        return { error: lastError }
    }
}
