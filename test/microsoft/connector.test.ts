import { startMicrosoftSide, MicrosoftSide } from '../../testkit/microsoft/index.ts'
import { DEFAULTS } from '../../testkit/microsoft/defaults.ts'
import { clientToken } from './helpers.ts'

let side: MicrosoftSide
let token: string
const repo = DEFAULTS.repositoryId

beforeAll(async () => {
    side = await startMicrosoftSide()
    token = await clientToken(side.urls, DEFAULTS.connectorResource)
})
afterAll(() => side.close())
beforeEach(() => side.control.connector.reset())

const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${side.urls.connector}${path}`, {
        method,
        headers: {
            Authorization: `Bearer ${token}`,
            'X-Repository-Id': repo,
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
            ...headers,
        },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    })

const newCase = (over: Record<string, unknown> = {}) => ({
    repositoryId: repo,
    title: 'Users cannot send email from Outlook',
    description: 'Since 09:00 UTC users in the Paris office get NDR 550 5.7.1 when sending to external recipients.',
    contact: { name: 'Abel Tuter', email: 'abel.tuter@contoso.com', phone: '+33 1 23 45 67 89' },
    adminEmail: 'admin@contoso.onmicrosoft.com',
    isTestEnvironment: true,
    incident: { number: 'INC0010023', sysId: '0123456789abcdef0123456789abcdef' },
    idempotencyKey: 'INC0010023-1',
    ...over,
})

async function expectError(res: Response, status: number, code: string) {
    expect(res.status).toBe(status)
    const body = await res.json()
    expect(body.error).toMatchObject({ code, message: expect.any(String), correlationId: expect.any(String) })
    expect(res.headers.get('x-correlation-id')).toBe(body.error.correlationId)
    return body.error
}

describe('ping and auth', () => {
    test('ping returns repository, version and the token appid (v1) or azp (v2)', async () => {
        const res = await call('GET', '/ping')
        expect(res.status).toBe(200)
        expect(await res.json()).toEqual({
            repositoryId: repo,
            connectorVersion: DEFAULTS.connectorVersion,
            appId: DEFAULTS.outboundClient.clientId,
            tenantId: DEFAULTS.tenantId,
            tokenVersion: '1.0',
        })
        const v2 = await clientToken(side.urls, DEFAULTS.connectorResource, { version: 'v2' })
        const res2 = await call('GET', '/ping', undefined, { Authorization: `Bearer ${v2}` })
        expect(await res2.json()).toMatchObject({ appId: DEFAULTS.outboundClient.clientId, tokenVersion: '2.0' })
    })

    test('401 without a token, with a Graph token, or an expired one', async () => {
        const e = await expectError(await call('GET', '/ping', undefined, { Authorization: '' }), 401, 'unauthorized')
        expect(e.message).toMatch(/bearer token is required/)
        const graphToken = await clientToken(side.urls, DEFAULTS.graphResource)
        const res = await call('GET', '/ping', undefined, { Authorization: `Bearer ${graphToken}` })
        await expectError(res, 401, 'unauthorized')
        expect(res.headers.get('www-authenticate')).toContain('invalid_audience')
        const expired = await side.control.entra.mintToken({
            clientId: DEFAULTS.outboundClient.clientId,
            audience: DEFAULTS.connectorResource,
            expiresInSeconds: -1,
        })
        await expectError(
            await call('GET', '/ping', undefined, { Authorization: `Bearer ${expired}` }),
            401,
            'unauthorized',
        )
    })

    test('repository id: missing 400, unknown 403, body mismatch 400', async () => {
        await expectError(await call('GET', '/ping', undefined, { 'X-Repository-Id': '' }), 400, 'invalid_request')
        await expectError(await call('GET', '/ping', undefined, { 'X-Repository-Id': 'not-ours' }), 403, 'forbidden')
        const e = await expectError(
            await call('POST', '/solutions/search', { repositoryId: 'other', query: 'outlook' }),
            400,
            'invalid_request',
        )
        expect(e.details).toEqual([{ field: 'repositoryId', issue: 'must equal the X-Repository-Id header' }])
    })
})

describe('solutions', () => {
    test('keyword search returns ranked Microsoft 365 solutions', async () => {
        const res = await call('POST', '/solutions/search', {
            repositoryId: repo,
            query: 'Outlook keeps asking for password',
            incidentNumber: 'INC0010001',
            locale: 'en-US',
        })
        expect(res.status).toBe(200)
        const { solutions } = await res.json()
        expect(solutions[0]).toMatchObject({
            id: 'SOL-OUT-001',
            title: 'Outlook keeps prompting for a password',
            url: expect.stringMatching(/^https:\/\//),
            source: 'Microsoft Support',
        })
        expect(Object.keys(solutions[0]).sort()).toEqual(['id', 'source', 'summary', 'title', 'url'])
        expect(solutions.length).toBeLessThanOrEqual(5)
        const teams = await (
            await call('POST', '/solutions/search', { repositoryId: repo, query: 'Teams meeting audio drops' })
        ).json()
        expect(teams.solutions[0].id).toBe('SOL-TMS-001')
        const none = await (await call('POST', '/solutions/search', { repositoryId: repo, query: 'zzqx' })).json()
        expect(none.solutions).toEqual([])
    })

    test.each([
        ['missing query', { repositoryId: repo }, 'query'],
        ['blank query', { repositoryId: repo, query: '   ' }, 'query'],
        ['query not a string', { repositoryId: repo, query: 42 }, 'query'],
        ['bad locale', { repositoryId: repo, query: 'teams', locale: 'english please' }, 'locale'],
    ])('%s -> invalid_request', async (_n, body, field) => {
        const e = await expectError(await call('POST', '/solutions/search', body), 400, 'invalid_request')
        expect(e.details.map((d: { field: string }) => d.field)).toContain(field)
    })

    test('malformed JSON and wrong content type', async () => {
        await expectError(await call('POST', '/solutions/search', '{"query": '), 400, 'invalid_request')
        await expectError(
            await call('POST', '/solutions/search', 'query=x', { 'Content-Type': 'text/plain' }),
            400,
            'invalid_request',
        )
    })
})

describe('cases', () => {
    test('create, get, add note', async () => {
        const res = await call('POST', '/cases', newCase())
        expect(res.status).toBe(201)
        const created = await res.json()
        expect(created).toEqual({
            caseId: expect.stringMatching(/^\d{16}$/),
            status: 'open',
            createdAt: expect.any(String),
        })
        const got = await (await call('GET', `/cases/${created.caseId}`)).json()
        expect(got).toMatchObject({
            caseId: created.caseId,
            status: 'open',
            isTestEnvironment: true,
            incident: { number: 'INC0010023' },
            contact: { email: 'abel.tuter@contoso.com' },
            notes: [],
        })
        const note = await call('POST', `/cases/${created.caseId}/notes`, {
            body: 'Users in Lyon are affected too. <b>bold</b>',
            author: 'Beth Anglin',
        })
        expect(note.status).toBe(201)
        expect(await note.json()).toMatchObject({ caseId: created.caseId, noteId: expect.any(String) })
        const after = await (await call('GET', `/cases/${created.caseId}`)).json()
        expect(after.notes).toEqual([
            expect.objectContaining({
                author: 'Beth Anglin',
                body: 'Users in Lyon are affected too. <b>bold</b>',
                source: 'app',
            }),
        ])
    })

    test('idempotencyKey: same body replays the case, different body conflicts', async () => {
        const first = await (await call('POST', '/cases', newCase())).json()
        const again = await call('POST', '/cases', newCase())
        expect(again.status).toBe(200)
        expect(again.headers.get('idempotent-replayed')).toBe('true')
        expect(await again.json()).toEqual(first)
        await expectError(await call('POST', '/cases', newCase({ title: 'Something else' })), 409, 'conflict')
        expect(await side.control.connector.cases()).toHaveLength(1)
    })

    test('admin email not in the admin list -> 422 invalid_admin', async () => {
        const e = await expectError(
            await call('POST', '/cases', newCase({ adminEmail: 'someone@contoso.com' })),
            422,
            'invalid_admin',
        )
        expect(e.message).toBe('someone@contoso.com is not a valid Microsoft 365 admin account.')
        expect(await side.control.connector.cases()).toHaveLength(0)
    })

    test.each([
        ['title', { title: '' }],
        ['contact', { contact: undefined }],
        ['contact.email', { contact: { name: 'A', email: 'not-an-email' } }],
        ['isTestEnvironment', { isTestEnvironment: 'yes' }],
        ['incident.sysId', { incident: { number: 'INC1', sysId: 'xyz' } }],
        ['idempotencyKey', { idempotencyKey: undefined }],
        ['description', { description: 'x'.repeat(32001) }],
    ])('invalid %s -> invalid_request with details', async (field, over) => {
        const e = await expectError(await call('POST', '/cases', newCase(over)), 400, 'invalid_request')
        expect(e.details.map((d: { field: string }) => d.field)).toContain(field)
    })

    test('unknown case 404; note on a closed case 409; oversize body 413', async () => {
        await expectError(await call('GET', '/cases/0000000000000000'), 404, 'not_found')
        await expectError(
            await call('POST', '/cases/0000000000000000/notes', { body: 'x', author: 'y' }),
            404,
            'not_found',
        )
        const { caseId } = await (await call('POST', '/cases', newCase())).json()
        await side.control.connector.advance(caseId, { status: 'closed', deliver: false })
        await expectError(await call('POST', `/cases/${caseId}/notes`, { body: 'x', author: 'y' }), 409, 'conflict')
        await expectError(
            await call('POST', '/solutions/search', { repositoryId: repo, query: 'x'.repeat(300 * 1024) }),
            413,
            'payload_too_large',
        )
    })
})

describe('faults', () => {
    test('429 with Retry-After for K requests', async () => {
        await side.control.connector.setFaults({ throttle: { count: 1, retryAfterSeconds: 2 } })
        const res = await call('GET', '/ping')
        await expectError(res, 429, 'throttled')
        expect(res.headers.get('retry-after')).toBe('2')
        expect((await call('GET', '/ping')).status).toBe(200)
    })

    test('down: 503, connection reset, connection refused then back', async () => {
        await side.control.connector.setFaults({ down: 'unavailable' })
        await expectError(await call('GET', '/ping'), 503, 'unavailable')
        await side.control.connector.setFaults({ down: 'reset' })
        await expect(call('GET', '/ping')).rejects.toThrow()
        await side.control.connector.setFaults({ down: 'refused', downForMs: 300 })
        await expect(call('GET', '/ping')).rejects.toThrow()
        const refused = await call('GET', '/ping').catch((e: Error & { cause?: { code?: string } }) => e.cause?.code)
        expect(refused).toBe('ECONNREFUSED')
        await new Promise((r) => setTimeout(r, 500))
        expect((await call('GET', '/ping')).status).toBe(200)
    })

    test('slow and bad JSON', async () => {
        await side.control.connector.setFaults({ delayMs: 300 })
        const t0 = Date.now()
        await call('GET', '/ping')
        expect(Date.now() - t0).toBeGreaterThanOrEqual(290)
        await side.control.connector.setFaults({ badJson: { count: 1 } })
        const res = await call('POST', '/solutions/search', { repositoryId: repo, query: 'teams' })
        expect(res.status).toBe(200)
        await expect(res.json()).rejects.toThrow()
        expect(
            (await (await call('POST', '/solutions/search', { repositoryId: repo, query: 'teams' })).json()).solutions
                .length,
        ).toBeGreaterThan(0)
    })

    test('counters by operation and status', async () => {
        await call('GET', '/ping')
        await call('GET', '/cases/123')
        const c = await side.control.connector.counters()
        expect(c.requests).toMatchObject({ total: 2, 'GET /ping': 1, 'GET /cases/{caseId}': 1 })
        expect(c.responses).toMatchObject({ '200': 1, '404': 1 })
    })
})
