// What every seeded instance shares: the app's properties and the outbound OAuth application + default profile
// pointing at the Entra stand-in's token URL (oauth.profile names the profile, as Setup's outbound step leaves it).
import { gs } from '@servicenow/glide'
import * as control from '../glide/control'
import { DEFAULTS } from '../microsoft/defaults'
import type { SpawnedMicrosoftSide } from '../microsoft/spawn'
import { OAUTH_API_SCRIPT_SYS_ID } from '../../src/server/domain/oauth-api-script'

export const SCOPE = 'x_mioms_m365_assis'

export function setProp(name: string, value: string): void {
    const full = SCOPE + '.' + name
    // seed() refuses duplicates: an existing property is replaced through gs, as the app would.
    if (control.rows('sys_properties').some((p) => p.name === full)) gs.setProperty(full, value)
    else control.seed('sys_properties', [{ name: full, value }])
}

export function getProp(name: string): string {
    return String(gs.getProperty(SCOPE + '.' + name, ''))
}

export interface SeededOAuth {
    entityId: string
    profileId: string
}

export function seedOutboundOAuth(
    side: SpawnedMicrosoftSide,
    opts: { version?: 'v1' | 'v2'; secret?: string } = {},
): SeededOAuth {
    const [entity] = control.seed('oauth_entity', [
        {
            name: 'Microsoft 365 outbound',
            client_id: DEFAULTS.outboundClient.clientId,
            client_secret: opts.secret ?? DEFAULTS.outboundClient.clientSecret,
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
    return { entityId: entity.sys_id, profileId: profile.sys_id }
}
