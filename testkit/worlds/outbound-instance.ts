// Shared setup for the outbound tests: the double seeded with an OAuth application + profile pointing at the
// Entra stand-in's token URL, the app's properties, and helpers to read counters and find leaked secrets.
import { gs } from '@servicenow/glide'
import * as control from '../../../testkit/glide/control'
import { DEFAULTS } from '../../../testkit/microsoft/defaults'
import type { SpawnedMicrosoftSide as Side } from '../../../testkit/microsoft/spawn'
import { resetTokenMemo } from '../../../src/server/outbound/token-provider'
import { setWaiter } from '../../../src/server/platform/clock'
import { OAUTH_API_SCRIPT_SYS_ID } from '../../../src/server/domain/oauth-api-script'
import { installScriptIncludes } from '../../../testkit/app/install-app'

export const SCOPE = 'x_mioms_m365_assis'
export const SECRET = DEFAULTS.outboundClient.clientSecret

export interface Seeded {
    entityId: string
    profileId: string
}

export function setProp(name: string, value: string): void {
    const full = SCOPE + '.' + name
    const existing = control.rows('sys_properties').find((p) => p.name === full)
    // seed() refuses duplicates: an existing property is replaced through gs, as the app would.
    if (existing) gs.setProperty(full, value)
    else control.seed('sys_properties', [{ name: full, value }])
}

/** Fresh double, seeded OAuth rows (v1 or v2 token URL), properties; the memo is cleared (a new transaction). */
export function seedInstance(
    side: Side,
    opts: { version?: 'v1' | 'v2'; secret?: string; maxRetries?: number; timeoutMs?: number } = {},
): Seeded {
    control.reset()
    control.clock.real()
    resetTokenMemo()
    installScriptIncludes()
    const [entity] = control.seed('oauth_entity', [
        {
            name: 'Microsoft 365 outbound',
            client_id: DEFAULTS.outboundClient.clientId,
            client_secret: opts.secret ?? SECRET,
            token_url: opts.version === 'v2' ? side.urls.tokenUrlV2 : side.urls.tokenUrlV1,
            // v1 needs the app's OAuth API script to send `resource` (Setup's outbound step); v2 must not have it.
            oauth_api_script: opts.version === 'v2' ? '' : OAUTH_API_SCRIPT_SYS_ID,
        },
    ])
    const [profile] = control.seed('oauth_entity_profile', [
        {
            name: 'Microsoft 365 outbound default_profile',
            oauth_entity: entity.sys_id,
            grant_type: 'client_credentials',
            default: true,
        },
    ])
    setProp('oauth.profile', profile.sys_id)
    setProp('graph.base_url', side.urls.graph)
    setProp('graph.resource', DEFAULTS.graphResource)
    setProp('outbound.max_retries', String(opts.maxRetries ?? 3))
    setProp('outbound.timeout_ms', String(opts.timeoutMs ?? 5000))
    setProp('logging.verbosity', 'debug')
    return { entityId: entity.sys_id, profileId: profile.sys_id }
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
