// The double with the built app installed, an OAuth application + profile pointing at the Entra stand-in, and
// Graph pointed at the Graph stand-in (child process). Each call is a fresh instance.
import * as control from '../glide/control'
import { installApp } from '../app/install-app'
import { DEFAULTS } from '../microsoft/defaults'
import { seedOutboundOAuth, setProp } from './outbound-oauth'
import type { SpawnedMicrosoftSide } from '../microsoft/spawn'
import { resetTokenMemo } from '../../src/server/outbound/token-provider'

export { SCOPE, getProp, setProp } from './outbound-oauth'

export function seedHealthInstance(side: SpawnedMicrosoftSide): void {
    installApp()
    control.clock.real()
    resetTokenMemo()
    seedOutboundOAuth(side)
    setProp('graph.base_url', side.urls.graph)
    setProp('graph.resource', DEFAULTS.graphResource)
    setProp('outbound.timeout_ms', '5000')
    setProp('logging.verbosity', 'warn')
}

export async function graphCount(side: SpawnedMicrosoftSide, group: string, key = 'total'): Promise<number> {
    const all = await side.control.graph.counters()
    return all[group]?.[key] ?? 0
}

export const HEALTH_TABLE = 'x_mioms_m365_assis_health_issue'
