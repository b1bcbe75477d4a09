import * as control from '../glide/control'
import { DEFAULTS } from '../microsoft/defaults'
import { saveSetupStep } from '../../src/server/setup/setup-service'

// Setup answered for one configuration with the sandbox's demo records, through the real service. The
// sandbox uses it (--setup basic|aad|insights) so that a session can start at "Complete the integration".

export type PresetConfiguration = 'basic' | 'aad' | 'insights'

export interface SetupIds {
    profile: string
    inboundEntity: string
    oidcEntity: string
    basicUser: string
}

export function demoIds(): SetupIds {
    const find = (table: string, pred: (r: Record<string, string>) => boolean) => control.rows(table).find(pred)!.sys_id
    return {
        profile: find('oauth_entity_profile', () => true),
        inboundEntity: find('oauth_entity', (r) => r.type === 'client' && r.sys_class_name !== 'oauth_oidc_entity'),
        oidcEntity: find('oauth_oidc_entity', (r) => r.name === 'contoso_application_inbound_api'),
        basicUser: find('sys_user', (r) => r.user_name === DEFAULTS.integrationUser.user),
    }
}

/** The body of every step for a configuration, in order. */
export function presetSteps(
    configuration: PresetConfiguration,
    ids: SetupIds,
    connector: string,
): [string, Record<string, unknown>][] {
    const steps: [string, Record<string, unknown>][] = [
        ['consent', { consent: true }],
        ['environment', { configuration, test_environment: true }],
        ['tenant', { tenant_domain: DEFAULTS.tenantDomain }],
        ['outbound', { outbound_profile: ids.profile }],
    ]
    if (configuration === 'basic')
        steps.push(
            ['inbound', { inbound_entity: ids.inboundEntity }],
            ['integration_user', { integration_user: ids.basicUser }],
        )
    if (configuration === 'aad')
        steps.push(
            ['inbound', { inbound_entity: ids.oidcEntity }],
            ['integration_user', { integration_user_id: DEFAULTS.callbackClient.clientId }],
        )
    steps.push(
        [
            'repository',
            {
                repository_id: DEFAULTS.repositoryId,
                connector_endpoint: connector,
                connector_resource: DEFAULTS.connectorResource,
            },
        ],
        ['settings', { sso: true, admin_email: DEFAULTS.adminEmails[0], test_environment: true }],
    )
    return steps
}

/** Saves every step as the admin user (the verification tests are not run). */
export function applySetupPreset(configuration: PresetConfiguration, connector: string): void {
    control.setCurrentUser('admin')
    for (const [step, body] of presetSteps(configuration, demoIds(), connector)) saveSetupStep(step, body)
}
