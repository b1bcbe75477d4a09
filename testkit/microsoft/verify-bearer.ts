// Validates Entra-style bearer tokens (signature via JWKS, audience, issuer, lifetime) with jose. Used by the
// stand-ins themselves and by the app's sandbox inbound auth (which runs in another process: remote JWKS).
import { createRemoteJWKSet, errors, jwtVerify, JWTPayload, JWTVerifyGetKey } from 'jose'

export interface EntraClaims extends JWTPayload {
    tid?: string
    ver?: string
    appid?: string
    azp?: string
    roles?: string[]
    oid?: string
}

export type VerifyResult =
    | { ok: true; claims: EntraClaims; clientId: string }
    | {
          ok: false
          error: 'missing_token' | 'invalid_token' | 'expired' | 'invalid_audience' | 'invalid_issuer'
          message: string
      }

export interface VerifyOptions {
    audience: string | string[]
    /** Accepted issuers (omit to accept any issuer signed by the key set). */
    issuer?: string | string[]
    clockToleranceSeconds?: number
}

/** Accepts a raw JWT or an Authorization header value ("Bearer <jwt>"). */
export function bearerFrom(value: string | undefined): string | undefined {
    if (!value) return undefined
    const m = /^Bearer\s+(\S+)\s*$/i.exec(value.trim())
    if (m) return m[1]
    return value.includes('.') && !/\s/.test(value.trim()) ? value.trim() : undefined
}

export async function verifyWithKeySet(
    tokenOrHeader: string | undefined,
    keys: JWTVerifyGetKey,
    opts: VerifyOptions,
): Promise<VerifyResult> {
    const token = bearerFrom(tokenOrHeader)
    if (!token) return { ok: false, error: 'missing_token', message: 'No bearer token was presented.' }
    try {
        const { payload } = await jwtVerify(token, keys, {
            audience: opts.audience,
            issuer: opts.issuer,
            clockTolerance: opts.clockToleranceSeconds ?? 0,
        })
        const claims = payload as EntraClaims
        const clientId = claims.appid ?? claims.azp
        if (!clientId) return { ok: false, error: 'invalid_token', message: 'The token carries neither appid nor azp.' }
        return { ok: true, claims, clientId }
    } catch (e) {
        // Compare jose's error codes, not classes: jest may load a second copy of jose.
        const err = e as { code?: string; claim?: string }
        if (err.code === errors.JWTExpired.code)
            return { ok: false, error: 'expired', message: 'The token has expired.' }
        if (err.code === errors.JWTClaimValidationFailed.code && err.claim === 'aud') {
            return { ok: false, error: 'invalid_audience', message: 'The token audience is not accepted.' }
        }
        if (err.code === errors.JWTClaimValidationFailed.code && err.claim === 'iss') {
            return { ok: false, error: 'invalid_issuer', message: 'The token issuer is not accepted.' }
        }
        return { ok: false, error: 'invalid_token', message: `The token is not valid: ${(e as Error).message}` }
    }
}

const remoteSets = new Map<string, JWTVerifyGetKey>()

/**
 * Verifies against a provider's JWKS over HTTP (e.g. the Entra stand-in's jwksUri, or metadata.jwks_uri).
 * The key set is cached per URL and refetched by jose when an unknown kid shows up.
 */
export function verifyBearer(
    tokenOrHeader: string | undefined,
    opts: VerifyOptions & { jwksUri: string },
): Promise<VerifyResult> {
    let keys = remoteSets.get(opts.jwksUri)
    if (!keys) {
        keys = createRemoteJWKSet(new URL(opts.jwksUri), { cooldownDuration: 0 })
        remoteSets.set(opts.jwksUri, keys)
    }
    return verifyWithKeySet(tokenOrHeader, keys, opts)
}
