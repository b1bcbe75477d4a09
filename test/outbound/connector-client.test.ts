// Connector client through the double against the reference connector (contracts/connector.openapi.yaml) in a
// child process: every operation, the configuration gates, and each failure mapped to its verbatim message.
import * as control from '../../testkit/glide/control'
import { DEFAULTS } from '../../testkit/microsoft/defaults'
import { spawnMicrosoftSide, type SpawnedMicrosoftSide as Side } from '../../testkit/microsoft/spawn'
import {
    counter,
    recordWaits,
    restoreWaiter,
    seedInstance,
    setProp,
    SECRET,
    storedTokens,
} from '../../testkit/worlds/outbound-instance'
import { createCase, ping, searchSolutions, type CreateCaseInput } from '../../src/server/outbound/connector-client'
import { MSG } from '../../src/server/domain/messages'

jest.setTimeout(60000)

let side: Side
const returned: unknown[] = []
const keep = <T>(v: T): T => (returned.push(v), v)

beforeAll(async () => {
    side = await spawnMicrosoftSide()
})
afterAll(async () => {
    restoreWaiter()
    await side.close()
})
beforeEach(async () => {
    await side.control.resetAll()
    restoreWaiter()
    seedInstance(side)
    setProp('connector.endpoint', side.urls.connector)
    setProp('connector.repository_id', DEFAULTS.repositoryId)
    setProp('connector.resource', DEFAULTS.connectorResource)
    setProp('test_environment', 'true')
})
afterEach(() => {
    const haystack = JSON.stringify([control.rows('syslog'), control.rows('sys_outbound_http_log'), returned])
    expect(haystack).not.toContain(SECRET)
    for (const t of storedTokens()) expect(haystack).not.toContain(t)
    returned.length = 0
})

const caseInput = (over: Partial<CreateCaseInput> = {}): CreateCaseInput => ({
    title: 'Outlook cannot connect',
    description: 'Users in Paris see "Trying to connect" since 9:00.',
    contact: { name: 'Abel Tuter', email: 'abel.tuter@example.com', phone: '+33 1 23 45 67 89' },
    adminEmail: DEFAULTS.adminEmails[0],
    incident: { number: 'INC0010001', sysId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90' },
    idempotencyKey: 'INC0010001-1',
    ...over,
})

test('ping, search, create: typed results, one token for all, the case as the connector stored it', async () => {
    const p = keep(ping('job'))
    expect(p).toMatchObject({
        ok: true,
        status: 200,
        data: { repositoryId: DEFAULTS.repositoryId, tokenVersion: '1.0' },
    })
    const s = keep(
        searchSolutions({ query: 'outlook cannot connect', incidentNumber: 'INC0010001', locale: 'en-US' }, 'job'),
    )
    expect(s.ok).toBe(true)
    if (s.ok) {
        expect(s.data.length).toBeGreaterThan(0)
        expect(Object.keys(s.data[0]).sort()).toEqual(['id', 'source', 'summary', 'title', 'url'])
    }
    const c = keep(createCase(caseInput(), 'job'))
    expect(c).toMatchObject({ ok: true, status: 201, data: { status: 'open' } })
    if (!c.ok) return
    const again = keep(createCase(caseInput(), 'job'))
    expect(again).toMatchObject({ ok: true, status: 200, data: { caseId: c.data.caseId } })
    // What createCase sent, as the reference connector stored it (isTestEnvironment from the property).
    expect(await side.control.connector.cases()).toEqual([
        expect.objectContaining({
            caseId: c.data.caseId,
            status: 'open',
            isTestEnvironment: true,
            incident: { number: 'INC0010001', sysId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90' },
        }),
    ])
    expect(await counter(side.control.entra, 'tokenRequests')).toBe(1)
})

test('invalid admin: the verbatim message names the email', () => {
    const r = keep(createCase(caseInput({ adminEmail: 'someone@contoso.com', idempotencyKey: 'k-2' }), 'job'))
    expect(r).toMatchObject({
        ok: false,
        code: 'invalid_admin',
        message: MSG.invalidAdmin.replace('{0}', 'someone@contoso.com'),
    })
    expect(!r.ok && r.correlationId).toBeTruthy()
    const logged = control
        .syslog()
        .filter((l) => l.source === 'x_mioms_m365_assis')
        .map((l) => l.message)
        .join('\n')
    expect(logged).toContain('someone@contoso.com is not a valid Microsoft 365 admin account.')
    expect(logged).toMatch(/Connector create case failed: status 422, code invalid_admin, correlation [0-9a-f-]+/)
})

test('not found, conflict, forbidden repository: contact app support, with the contract code', () => {
    // An endpoint with a wrong base path: the connector answers its contract's 404 not_found.
    setProp('connector.endpoint', side.urls.connector + '/no-such-base')
    expect(keep(ping('job'))).toMatchObject({
        ok: false,
        status: 404,
        code: 'not_found',
        message: MSG.contactAppSupport,
    })
    setProp('connector.endpoint', side.urls.connector)
    expect(keep(createCase(caseInput(), 'job'))).toMatchObject({ ok: true })
    expect(keep(createCase(caseInput({ title: 'Changed title' }), 'job'))).toMatchObject({
        ok: false,
        status: 409,
        code: 'conflict',
        message: MSG.contactAppSupport,
    })
    setProp('connector.repository_id', '00000000-0000-0000-0000-000000000000')
    expect(keep(ping('job'))).toMatchObject({
        ok: false,
        status: 403,
        code: 'forbidden',
        message: MSG.contactAppSupport,
    })
})

test('not configured -> setup incomplete; missing endpoint/repository/resource -> final step incomplete', async () => {
    setProp('oauth.profile', '')
    expect(keep(ping('job'))).toMatchObject({
        ok: false,
        status: 0,
        code: 'not_configured',
        message: MSG.setupIncomplete,
    })
    seedInstance(side)
    setProp('connector.endpoint', side.urls.connector)
    expect(keep(searchSolutions({ query: 'x' }, 'job'))).toMatchObject({
        ok: false,
        code: 'final_step_incomplete',
        message: MSG.finalStepIncomplete,
    })
    setProp('connector.repository_id', DEFAULTS.repositoryId)
    const r = keep(createCase(caseInput(), 'job'))
    expect(r).toMatchObject({ ok: false, code: 'final_step_incomplete', message: MSG.finalStepIncomplete })
    expect(!r.ok && r.detail).toBe('Missing outbound App ID (connector resource).')
    expect(await counter(side.control.entra, 'tokenRequests')).toBe(0)
    expect(
        control.syslog().some((l) => l.message.includes(MSG.finalStepIncomplete) && l.source === 'x_mioms_m365_assis'),
    ).toBe(true)
})

test('a token for the wrong audience is refused by the connector once refreshed: unauthorized', async () => {
    setProp('connector.resource', DEFAULTS.graphResource)
    expect(keep(ping('job'))).toMatchObject({
        ok: false,
        status: 401,
        code: 'unauthorized',
        message: MSG.contactAppSupport,
    })
    expect(await counter(side.control.entra, 'tokenRequests')).toBe(2)
})

test('a throttled create is retried with the same idempotency key and creates one case', async () => {
    const waits = recordWaits()
    await side.control.connector.setFaults({ throttle: { count: 1, retryAfterSeconds: 1 }, paths: ['/cases'] })
    const r = keep(createCase(caseInput(), 'job'))
    expect(r).toMatchObject({ ok: true, status: 201 })
    expect(waits).toEqual([1000])
    expect(await counter(side.control.connector, 'casesCreated')).toBe(1)
})

test('a 503 on create without an idempotency key is not repeated', async () => {
    const waits = recordWaits()
    await side.control.connector.setFaults({ down: 'unavailable', paths: ['/cases'] })
    const r = keep(createCase(caseInput({ idempotencyKey: '' }), 'job'))
    expect(r).toMatchObject({ ok: false, status: 503, message: MSG.contactAppSupport })
    expect(waits).toEqual([])
})

test('bad JSON from the connector is a clear error', async () => {
    await side.control.connector.setFaults({ badJson: { count: 1 }, paths: ['/solutions'] })
    expect(keep(searchSolutions({ query: 'teams' }, 'job'))).toMatchObject({
        ok: false,
        code: 'bad_json',
        message: MSG.contactAppSupport,
    })
})
