import { createServer, IncomingMessage, Server } from 'node:http'
import { AddressInfo } from 'node:net'
import { startMicrosoftSide, MicrosoftSide } from '../../testkit/microsoft/index.ts'
import { DEFAULTS } from '../../testkit/microsoft/defaults.ts'
import { verifyBearer } from '../../testkit/microsoft/verify-bearer.ts'
import { clientToken } from './helpers.ts'

// A tiny stand-in for the app's inbound API: checks auth like the platform would, dedupes by event_id.
interface Received {
    path: string
    authKind: string
    user?: string
    body: Record<string, unknown>
}
let received: Received[] = []
const seen = new Map<string, unknown>()
let receiver: Server
let receiverUrl: string
let side: MicrosoftSide

async function authOf(req: IncomingMessage): Promise<{ kind: string; user?: string } | undefined> {
    const h = req.headers.authorization ?? ''
    if (h.startsWith('Basic ')) {
        const [user, password] = Buffer.from(h.slice(6), 'base64').toString().split(':')
        return user === DEFAULTS.integrationUser.user && password === DEFAULTS.integrationUser.password
            ? { kind: 'basic', user }
            : undefined
    }
    const v = await verifyBearer(h, {
        audience: DEFAULTS.callbackClient.clientId,
        jwksUri: side.urls.jwksUri,
        issuer: [side.urls.issuerV1, side.urls.issuerV2],
    })
    return v.ok ? { kind: 'bearer', user: v.clientId } : undefined
}

beforeAll(async () => {
    receiver = createServer((req, res) => {
        let data = ''
        req.on('data', (c) => (data += c))
        req.on('end', async () => {
            const auth = await authOf(req)
            const reply = (status: number, body: unknown) => {
                res.writeHead(status, { 'Content-Type': 'application/json' })
                res.end(JSON.stringify(body))
            }
            if (!auth) return reply(401, { error: { code: 'unauthorized', message: 'bad credentials' } })
            let body: Record<string, unknown>
            try {
                body = JSON.parse(data)
            } catch {
                return reply(400, { error: { code: 'invalid_json', message: 'malformed JSON' } })
            }
            received.push({ path: req.url ?? '', authKind: auth.kind, user: auth.user, body })
            const id = String(body.event_id)
            if (!seen.has(id)) seen.set(id, { result: 'applied', event_id: id })
            reply(200, seen.get(id))
        })
    })
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r))
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`
    side = await startMicrosoftSide({ callback: { instanceUrl: receiverUrl } })
})
afterAll(async () => {
    await side.close()
    await new Promise((r) => receiver.close(r))
})
beforeEach(async () => {
    await side.control.connector.reset()
    await side.control.connector.setCallback({ instanceUrl: receiverUrl })
    await side.control.entra.reset()
    received = []
    seen.clear()
})

async function createCase(): Promise<string> {
    const token = await clientToken(side.urls, DEFAULTS.connectorResource)
    const res = await fetch(`${side.urls.connector}/cases`, {
        method: 'POST',
        headers: {
            Authorization: `Bearer ${token}`,
            'X-Repository-Id': DEFAULTS.repositoryId,
            'Content-Type': 'application/json',
        },
        body: JSON.stringify({
            repositoryId: DEFAULTS.repositoryId,
            title: 'Teams meetings drop',
            description: 'Audio drops after 5 minutes',
            contact: { name: 'Abel Tuter', email: 'abel.tuter@contoso.com' },
            adminEmail: DEFAULTS.adminEmails[0],
            isTestEnvironment: false,
            incident: { number: 'INC0010002', sysId: 'fedcba9876543210fedcba9876543210' },
            idempotencyKey: `k-${Math.random()}`,
        }),
    })
    return (await res.json()).caseId
}

test('status change is delivered with basic auth to the events endpoint, with a fresh event_id', async () => {
    const caseId = await createCase()
    const r1 = await side.control.connector.advance(caseId, { status: 'in_progress' })
    expect(r1.event).toEqual({
        event_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        type: 'status_changed',
        status: 'in_progress',
        occurred_at: expect.any(String),
    })
    expect(r1.delivery).toMatchObject({
        status: 200,
        auth: 'basic',
        body: { result: 'applied' },
        url: `${receiverUrl}/api/x_mioms_m365_assis/v1/connector/cases/${caseId}/events`,
    })
    expect(received[0]).toMatchObject({
        path: `/api/x_mioms_m365_assis/v1/connector/cases/${caseId}/events`,
        authKind: 'basic',
        user: DEFAULTS.integrationUser.user,
        body: r1.event,
    })
    const r2 = await side.control.connector.advance(caseId, {
        note: { author: 'Microsoft Support', body: 'We are <b>investigating</b>.' },
    })
    expect(r2.event.event_id).not.toBe(r1.event.event_id)
    expect(r2.event).toMatchObject({
        type: 'note_added',
        note: { author: 'Microsoft Support', body: 'We are <b>investigating</b>.', created_at: expect.any(String) },
    })
    expect(r2.event.status).toBeUndefined()
    const r3 = await side.control.connector.advance(caseId, {
        status: 'closed',
        note: { body: 'Resolved by a service fix.' },
    })
    expect(r3.event).toMatchObject({ type: 'closed', status: 'closed' })
    expect(r3.case.status).toBe('closed')
    expect(r3.case.notes.map((n) => n.source)).toEqual(['microsoft', 'microsoft'])
})

test('bearer callbacks use a token from the Entra stand-in (one token request, reused)', async () => {
    const caseId = await createCase()
    await side.control.connector.setCallback({ auth: 'bearer' })
    await side.control.connector.advance(caseId, { status: 'in_progress' })
    await side.control.connector.advance(caseId, { status: 'waiting_on_customer' })
    expect(received.map((r) => [r.authKind, r.user])).toEqual([
        ['bearer', DEFAULTS.callbackClient.clientId],
        ['bearer', DEFAULTS.callbackClient.clientId],
    ])
    const c = await side.control.entra.counters()
    expect(c.tokensIssued[DEFAULTS.callbackClient.clientId]).toBe(1)
    await side.control.connector.setCallback({ tokenVersion: 'v2' })
    const v2 = await side.control.connector.advance(caseId, { status: 'in_progress' })
    expect(v2.delivery?.status).toBe(200)
})

test('replay sends the same event_id; the receiver answers with its first result', async () => {
    const caseId = await createCase()
    const first = await side.control.connector.advance(caseId, { status: 'in_progress' })
    const replay = await side.control.connector.replay(caseId)
    expect(replay.event).toEqual(first.event)
    expect(replay.delivery).toMatchObject({ replay: true, status: 200, body: first.delivery!.body })
    expect(received.map((r) => r.body.event_id)).toEqual([first.event.event_id, first.event.event_id])
    expect(await side.control.connector.deliveries()).toHaveLength(2)
})

test('failures are recorded: wrong password 401, raw malformed body 400, unreachable instance', async () => {
    const caseId = await createCase()
    await side.control.connector.setCallback({ password: 'wrong' })
    const bad = await side.control.connector.advance(caseId, { status: 'in_progress' })
    expect(bad.delivery).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } })
    await side.control.connector.setCallback({ password: DEFAULTS.integrationUser.password })
    const raw = await side.control.connector.sendRaw(caseId, { raw: '{"event_id": ' })
    expect(raw.delivery).toMatchObject({ status: 400, body: { error: { code: 'invalid_json' } } })
    await side.control.connector.setCallback({ instanceUrl: 'http://127.0.0.1:1' })
    const down = await side.control.connector.advance(caseId, { status: 'resolved' })
    expect(down.delivery?.status).toBeUndefined()
    expect(down.delivery?.error).toBeTruthy()
    const cfg = await (await fetch(`${side.urls.connector}/_control/callback`)).json()
    expect(cfg.password).toBe('********')
    expect(JSON.stringify(cfg)).not.toContain(DEFAULTS.callbackClient.clientSecret)
})
