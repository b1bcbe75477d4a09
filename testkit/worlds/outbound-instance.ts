// Shared setup for the outbound tests: the double seeded with an OAuth application + profile pointing at the
// Entra stand-in's token URL, the app's properties, and helpers to read counters and find leaked secrets.
import * as control from '../glide/control'
import { DEFAULTS } from '../microsoft/defaults'
import type { SpawnedMicrosoftSide as Side } from '../microsoft/spawn'
import { resetTokenMemo } from '../../src/server/outbound/token-provider'
import { setWaiter } from '../../src/server/platform/clock'
import { SCOPE, SeededOAuth, seedOutboundOAuth, setProp } from './outbound-oauth'
import { installScriptIncludes } from '../app/install-app'

export { SCOPE, setProp }
export const SECRET = DEFAULTS.outboundClient.clientSecret

/** Fresh double, seeded OAuth rows (v1 or v2 token URL), properties; the memo is cleared (a new transaction). */
export function seedInstance(
    side: Side,
    opts: { version?: 'v1' | 'v2'; secret?: string; maxRetries?: number; timeoutMs?: number } = {},
): SeededOAuth {
    control.reset()
    control.clock.real()
    resetTokenMemo()
    installScriptIncludes()
    const seeded = seedOutboundOAuth(side, { version: opts.version, secret: opts.secret ?? SECRET })
    setProp('graph.base_url', side.urls.graph)
    setProp('graph.resource', DEFAULTS.graphResource)
    setProp('outbound.max_retries', String(opts.maxRetries ?? 3))
    setProp('outbound.timeout_ms', String(opts.timeoutMs ?? 5000))
    setProp('logging.verbosity', 'debug')
    return seeded
}

/** Waits are recorded and skipped (tests that need real waiting use the default waiter). */
export function recordWaits(): number[] {
    const waits: number[] = []
    setWaiter((ms) => waits.push(ms))
    return waits
}

export function restoreWaiter(): void {
    setWaiter(null)
}

/** Every access token the double stored in oauth_credential (raw, test-side only). */
export function storedTokens(): string[] {
    return control
        .rows('oauth_credential')
        .map((r) => r.token)
        .filter(Boolean)
}

export function jwtClaims(token: string): Record<string, unknown> {
    return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'))
}

export async function counter(
    c: { counters(): Promise<Record<string, Record<string, number>>> },
    group: string,
    key = 'total',
): Promise<number> {
    const all = await c.counters()
    return all[group]?.[key] ?? 0
}
