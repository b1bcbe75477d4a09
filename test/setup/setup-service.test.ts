import * as control from '../../testkit/glide/control'
import { gs } from '../../testkit/glide/gs'
import { GlideRecord } from '../../testkit/glide'
import { spawnMicrosoftSide, SpawnedMicrosoftSide } from '../../testkit/microsoft/spawn'
import { DEFAULTS } from '../../testkit/microsoft/defaults'
import { evaluateGate } from '../../src/server/setup/rules/setup-gate'
import { readSetupSnapshot } from '../../src/server/setup/setup-state-store'
import { resetTokenMemo } from '../../src/server/outbound/token-provider'
import { ADMIN, INSTANCE, SetupIds, completeSteps, freshInstance, getSetup, putStep, verify } from './fixtures'

// The Setup service through its routes, on the double, against the Microsoft side in a child process.
let ms: SpawnedMicrosoftSide
let ids: SetupIds

beforeAll(async () => {
    ms = await spawnMicrosoftSide()
}, 60000)
afterAll(() => ms.close())
beforeEach(async () => {
    await ms.control.resetAll()
    ids = freshInstance(ms.urls)
    resetTokenMemo()
    // One attempt per outbound call keeps failure tests fast; retries are the outbound client's own tests.
    gs.setProperty('x_mioms_m365_assis.outbound.max_retries', '0')
})

const statuses = (v: { results: { id: string; status: string }[] }) =>
    Object.fromEntries(v.results.map((r) => [r.id, r.status]))

test('a fresh instance starts at Agree and lists what each step offers', () => {
    const v = getSetup()
    expect(v.step).toBe('consent')
    expect(v.steps.filter((s) => s.canOpen).map((s) => s.id)).toEqual(['consent'])
    expect(v.options.error).toBeNull()
    expect(v.options.profiles).toEqual([
        expect.objectContaining({
            id: ids.profile,
            clientId: DEFAULTS.outboundClient.clientId,
            tokenUrl: `${ms.urls.entra}/${DEFAULTS.tenantDomain}/oauth2/token`,
        }),
    ])
    expect(v.options.inboundEntities.map((e) => e.id)).toEqual([ids.inboundEntity])
    expect(v.options.oidcEntities).toEqual(
        expect.arrayContaining([
            expect.objectContaining({ id: ids.oidcEntity, userClaim: 'appid', userField: 'user_name' }),
        ]),
    )
    expect(v.options.users.map((u) => u.userName)).toEqual(
        [DEFAULTS.callbackClient.clientId, DEFAULTS.integrationUser.user].sort(),
    )
    expect(evaluateGate(readSetupSnapshot()).open).toBe(false)
})

test('field errors come back per field (422) and nothing is saved', () => {
    putStep('consent', { consent: true })
    putStep('environment', { configuration: 'basic' })
    const r = putStep('tenant', { tenant_domain: 'contoso' })
    expect(r.status).toBe(422)
    expect(r.body.error!.fields!.tenant_domain).toMatch(/like contoso.onmicrosoft.com/)
    expect(getSetup().answers.tenant_domain).toBe('')
    expect(putStep('repository', { repository_id: 'x' }).body.error!.message).toBe('Complete the earlier steps first.')
    expect(putStep('nope', {}).status).toBe(404)
})

test.each(['basic', 'aad', 'insights'] as const)(
    '%s: every step, then all applicable tests pass and the features open',
    (configuration) => {
        const before = completeSteps(configuration, ids, ms.urls.connector)
        expect(before.step).toBe('complete')
        expect(evaluateGate(readSetupSnapshot())).toMatchObject({ open: false, reason: 'final_step' })
        const values = Object.fromEntries(before.summary!.values.map((x) => [x.id, x.value]))
        expect(values.outbound_app_id).toBe(DEFAULTS.outboundClient.clientId)
        expect(values.endpoint).toBe(`${INSTANCE}/api/x_mioms_m365_assis/v1/connector`)
        expect(values.user_name).toBe(
            { basic: DEFAULTS.integrationUser.user, aad: DEFAULTS.callbackClient.clientId, insights: 'ignored' }[
                configuration
            ],
        )
        expect(before.summary!.authenticationType).toBe(configuration === 'basic' ? 'Basic Auth' : 'AAD Auth')

        const r = verify()
        expect(r.status).toBe(200)
        const expected = { basic: 5, aad: 6, insights: 4 }[configuration]
        expect(r.body.results).toHaveLength(expected)
        expect(r.body.results.filter((x) => x.status !== 'passed')).toEqual([])
        expect(r.body.completed).toBe(true)
        expect(r.body.testsPassedOn).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/)
        expect(evaluateGate(readSetupSnapshot()).open).toBe(true)
        expect(gs.getProperty('x_mioms_m365_assis.connector.endpoint')).toBe(ms.urls.connector)
        expect(gs.getProperty('x_mioms_m365_assis.oauth.profile')).toBe(ids.profile)
        expect(gs.getProperty('x_mioms_m365_assis.admin_email')).toBe(DEFAULTS.adminEmails[0])
        // The token never leaves the server, not even in the stored results.
        expect(JSON.stringify(r.body) + control.rows('x_mioms_m365_assis_setup_state')[0].test_results).not.toMatch(
            /eyJ[A-Za-z0-9_-]{10,}/,
        )
    },
)

test('cross-scope refusal on oauth_entity: Setup still opens, and test 1 says what to check', () => {
    completeSteps('basic', ids, ms.urls.connector)
    control.denyCrossScope('oauth_entity', 'read')
    const v = getSetup()
    expect(v.options.error!.message).toBe(
        "Read operation against 'oauth_entity' from scope 'x_mioms_m365_assis' has been refused due to the table's cross-scope access policy",
    )
    expect(v.options.error!.fix).toMatch(/On table oauth_entity, check All application scopes > Can read/)
    const r = verify().body
    expect(r.results[0]).toMatchObject({ id: 'cross_scope_read', status: 'failed' })
    expect(r.results[0].fix).toMatch(/All application scopes > Can read/)
    // The privilege records say Allowed, but a privilege cannot exceed the table's setting: test 6 is not "passed"
    // beside the refusal, and points at the same fix.
    const privileges = r.results.find((x) => x.id === 'scope_privileges')!
    expect(privileges.status).toBe('failed')
    expect(privileges.detail).toMatch(/are Allowed, but the platform refused the read of oauth_entity \(test 1\)/)
    expect(privileges.fix).toMatch(/All application scopes > Can read/)
    expect(r.completed).toBe(false)
    expect(evaluateGate(readSetupSnapshot())).toMatchObject({ open: false, reason: 'final_step' })
})

test('bad OIDC metadata URL, wrong secret, connector down, unreachable instance: each names its fix', async () => {
    completeSteps('aad', ids, ms.urls.connector)
    const provider = control.rows('oidc_provider_configuration')[0]
    const badUrl = `${ms.urls.entra}/fabrikam.onmicrosoft.com/.well-known/openid-configuration`
    setField('oidc_provider_configuration', provider.sys_id, 'oidc_url', badUrl)
    setField(
        'oauth_entity',
        control.rows('oauth_entity').find((e) => e.client_id === DEFAULTS.outboundClient.clientId)!.sys_id,
        'client_secret',
        'not-the-secret',
    )
    await ms.control.connector.setFaults({ down: 'unavailable' })
    control.unregisterInProcessHost(INSTANCE)
    gs.setProperty('glide.servlet.uri', 'http://127.0.0.1:9/')
    const byId = Object.fromEntries(verify().body.results.map((x) => [x.id, x]))
    expect(byId.oidc_metadata.status).toBe('failed')
    expect(byId.oidc_metadata.detail).toContain(badUrl)
    expect(byId.oidc_metadata.fix).toMatch(/Set the OIDC Metadata URL/)
    expect(byId.token_request.detail).toMatch(/HTTP 401 invalid_client: AADSTS7000215/)
    expect(byId.token_request.fix).toMatch(/paste its Value, not its Secret ID/)
    expect(byId.connector_ping.status).toBe('skipped')
    expect(byId.inbound_ping.fix).toMatch(/Set glide.servlet.uri to this instance's public URL/)
    // The log counts exactly: the connector ping was not run, so it is not counted as failed.
    const line = control
        .syslog()
        .filter((l) => l.source === 'x_mioms_m365_assis' && /^Setup verification: /.test(l.message))
        .pop()!
    expect(line.message).toBe(
        'Setup verification: 3 of 6 tests failed (oidc_metadata, token_request, inbound_ping), 1 not run (connector_ping), 2 passed',
    )
    expect(byId.scope_privileges.status).toBe('passed')

    // With the secret fixed, the connector outage is what remains.
    setField(
        'oauth_entity',
        control.rows('oauth_entity').find((e) => e.client_id === DEFAULTS.outboundClient.clientId)!.sys_id,
        'client_secret',
        DEFAULTS.outboundClient.clientSecret,
    )
    const again = Object.fromEntries(verify().body.results.map((x) => [x.id, x]))
    expect(again.token_request.status).toBe('passed')
    expect(again.connector_ping).toMatchObject({ status: 'failed' })
    expect(again.connector_ping.detail).toMatch(/HTTP 503/)
    expect(again.connector_ping.fix).toMatch(/connector is unavailable/)
})

test('a privilege not allowed fails test 6; changing a verified answer after completion reopens the final step', () => {
    completeSteps('insights', ids, ms.urls.connector)
    expect(verify().body.completed).toBe(true)
    const p = control.rows('sys_scope_privilege').find((r) => r.target_name === 'oauth_entity_profile')!
    setField('sys_scope_privilege', p.sys_id, 'status', 'requested')
    const r = verify().body
    expect(statuses(r).scope_privileges).toBe('failed')
    expect(r.results.find((x) => x.id === 'scope_privileges')!.fix).toMatch(
        /Set the status of the oauth_entity_profile Read privilege/,
    )
    setField('sys_scope_privilege', p.sys_id, 'status', 'allowed')
    expect(verify().body.completed).toBe(true)
    const edited = putStep('repository', {
        repository_id: 'repo-2',
        connector_endpoint: ms.urls.connector,
        connector_resource: DEFAULTS.connectorResource,
    })
    expect(edited.body.completed).toBe(false)
    expect(evaluateGate(readSetupSnapshot())).toMatchObject({ open: false, reason: 'final_step' })
    expect(
        control
            .syslog()
            .some((l) => l.source === 'x_mioms_m365_assis' && /Setup step repository saved/.test(l.message)),
    ).toBe(true)
    expect(ADMIN).toBe(gs.getUserName())
})

function setField(table: string, sysId: string, field: string, value: string): void {
    const gr = new GlideRecord(table)
    if (!gr.get(sysId)) throw new Error(`${table} ${sysId} not found`)
    gr.setValue(field, value)
    gr.update()
}
