import { join } from 'node:path'
import * as control from '../glide/control'
import { makeRestCall } from '../glide/sn_ws_int'
import { installApp } from '../support/install-app'
import { createInstanceServer } from '../../sandbox/instance/server'
import { doubleRuntime } from '../../sandbox/instance/runtime'
import { seedDemo } from '../../sandbox/seed'
import { DEFAULTS } from '../../sandbox/microsoft/defaults'
import { getSetupState, postSetupVerify, putSetupStep } from '../../src/server/setup/setup-routes'
import type { SetupView } from '../../src/server/setup/setup-service'

// A fresh instance for Setup tests: the built app installed on the double, the sandbox's demo OAuth records
// pointing at the Microsoft side, the app's cross-scope privileges, and the instance answering its own URL.

const ROOT = join(__dirname, '..', '..')
export const INSTANCE = 'http://localhost:8080'
export const ADMIN = 'm365.admin'

export interface SetupIds {
    profile: string
    inboundEntity: string
    oidcEntity: string
    oidcProvider: string
    basicUser: string
}

export function freshInstance(urls: { entra: string; connector: string; graph: string }): SetupIds {
    const app = installApp()
    seedDemo(urls)
    // The build declares the privileges (src/fluent/security/cross-scope.now.ts); the double keeps the scope name.
    const privileges = app.records.get('sys_scope_privilege') ?? []
    control.seed('sys_scope_privilege', privileges.map((p) => ({
        source_scope: 'x_mioms_m365_assis', target_scope: 'global', target_type: 'sys_db_object', target_name: String(p.target_name), operation: String(p.operation), status: String(p.status),
    })))
    const { dispatchInProcess } = createInstanceServer({ app, rootDir: ROOT, scope: 'x_mioms_m365_assis', runtime: doubleRuntime() })
    control.registerInProcessHost(INSTANCE, (req) => dispatchInProcess(req.method, req.url, req.headers, req.body))
    control.setCurrentUser(ADMIN)
    const find = (table: string, pred: (r: Record<string, string>) => boolean) => control.rows(table).find(pred)!.sys_id
    return {
        profile: find('oauth_entity_profile', () => true),
        inboundEntity: find('oauth_entity', (r) => r.type === 'client' && r.sys_class_name !== 'oauth_oidc_entity'),
        oidcEntity: find('oauth_oidc_entity', () => true),
        oidcProvider: find('oidc_provider_configuration', () => true),
        basicUser: find('sys_user', (r) => r.user_name === DEFAULTS.integrationUser.user),
    }
}

export interface Reply<T> {
    status: number
    body: T
}

function call<T>(handler: Parameters<ReturnType<typeof makeRestCall>['run']>[0], input: Parameters<typeof makeRestCall>[0]): Reply<T> {
    const r = makeRestCall({ userName: ADMIN, ...input }).run(handler)
    return { status: r.status, body: JSON.parse(r.body) as T }
}

export function getSetup(): SetupView {
    const r = call<SetupView>(getSetupState as never, { method: 'GET' })
    if (r.status !== 200) throw new Error('GET setup ' + r.status + JSON.stringify(r.body))
    return r.body
}

export function putStep(step: string, body: Record<string, unknown>): Reply<SetupView & { error?: { code: string; message: string; fields?: Record<string, string> } }> {
    return call(putSetupStep as never, { method: 'PUT', pathParams: { step }, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } })
}

export function verify(): Reply<SetupView> {
    return call(postSetupVerify as never, { method: 'POST' })
}

export const ANSWERS = {
    repository: { repository_id: DEFAULTS.repositoryId, connector_endpoint: '', connector_resource: DEFAULTS.connectorResource },
    settings: { sso: true, admin_email: DEFAULTS.adminEmails[0], test_environment: true },
}

/** Saves every step of a configuration; throws on the first step the service refuses. */
export function completeSteps(configuration: 'basic' | 'aad' | 'insights', ids: SetupIds, connector: string): SetupView {
    const steps: [string, Record<string, unknown>][] = [
        ['consent', { consent: true }],
        ['environment', { configuration, test_environment: true }],
        ['tenant', { tenant_domain: DEFAULTS.tenantDomain }],
        ['outbound', { outbound_profile: ids.profile }],
    ]
    if (configuration === 'basic') steps.push(['inbound', { inbound_entity: ids.inboundEntity }], ['integration_user', { integration_user: ids.basicUser }])
    if (configuration === 'aad') steps.push(['inbound', { inbound_entity: ids.oidcEntity }], ['integration_user', { integration_user_id: DEFAULTS.callbackClient.clientId }])
    steps.push(['repository', { ...ANSWERS.repository, connector_endpoint: connector }], ['settings', ANSWERS.settings])
    let view: SetupView | null = null
    for (const [step, body] of steps) {
        const r = putStep(step, body)
        if (r.status !== 200) throw new Error(`step ${step}: ${r.status} ${JSON.stringify(r.body)}`)
        view = r.body
    }
    return view!
}
