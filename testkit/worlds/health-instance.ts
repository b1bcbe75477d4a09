// The double with the built app installed, an OAuth application + profile pointing at the Entra stand-in, and
// Graph pointed at the Graph stand-in (child process). Each call is a fresh instance.
import { gs } from '@servicenow/glide'
import * as control from '../../../testkit/glide/control'
import { installApp } from '../../../testkit/app/install-app'
import { DEFAULTS } from '../../../testkit/microsoft/defaults'
import type { SpawnedMicrosoftSide } from '../../../testkit/microsoft/spawn'
import { resetTokenMemo } from '../../../src/server/outbound/token-provider'
import { OAUTH_API_SCRIPT_SYS_ID } from '../../../src/server/domain/oauth-api-script'

export const SCOPE = 'x_mioms_m365_assis'

export function setProp(name: string, value: string): void {
    const full = SCOPE + '.' + name
    if (control.rows('sys_properties').some((p) => p.name === full)) gs.setProperty(full, value)
    else control.seed('sys_properties', [{ name: full, value }])
}

export function getProp(name: string): string {
    return String(gs.getProperty(SCOPE + '.' + name, ''))
}

export function seedHealthInstance(side: SpawnedMicrosoftSide): void {
    installApp()
    control.clock.real()
    resetTokenMemo()
    const [entity] = control.seed('oauth_entity', [
        {
            name: 'Microsoft 365 outbound',
            client_id: DEFAULTS.outboundClient.clientId,
            client_secret: DEFAULTS.outboundClient.clientSecret,
            token_url: side.urls.tokenUrlV1,
            oauth_api_script: OAUTH_API_SCRIPT_SYS_ID,
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
    setProp('outbound.timeout_ms', '5000')
    setProp('logging.verbosity', 'warn')
}

export async function graphCount(side: SpawnedMicrosoftSide, group: string, key = 'total'): Promise<number> {
    const all = await side.control.graph.counters()
    return all[group]?.[key] ?? 0
}

export const HEALTH_TABLE = 'x_mioms_m365_assis_health_issue'
