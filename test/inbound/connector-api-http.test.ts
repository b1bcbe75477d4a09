import { readFileSync } from 'node:fs'
import { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { parse } from 'yaml'
import * as control from '../../testkit/glide/control'
import { installApp } from '../../testkit/app/install-app'
import { createInstanceServer, InstanceServer } from '../../testkit/instance/server'
import { BuiltApp } from '../../testkit/app/built-app'
import { doubleRuntime } from '../../testkit/instance/runtime'
import { createOidcBearerVerifier } from '../../testkit/instance/oidc-bearer'
import { EntraStandIn, startEntra } from '../../testkit/microsoft/entra'
import { DEFAULTS } from '../../testkit/microsoft/defaults'
import { APP_VERSION } from '../../src/server/domain/version'
import { CASE_TABLE, INTEGRATION_ROLE } from '../../testkit/worlds/inbound-world'

// End to end over HTTP: the sandbox instance serves the BUILT connector API (dist/app/update: URIs, auth flags,
// route ACL roles) and runs the real handlers on the double. Callers authenticate like the connector does:
// basic auth of the integration user, or an Entra bearer token checked through the OIDC provider configuration.
const ROOT = join(__dirname, '..', '..')
const API = '/api/x_mioms_m365_assis/v1/connector'
const CALLBACK = DEFAULTS.callbackClient.clientId
const basic = (u: string, p: string) => 'Basic ' + Buffer.from(`${u}:${p}`).toString('base64')
const INTEGRATION = basic(DEFAULTS.integrationUser.user, DEFAULTS.integrationUser.password)

let entra: EntraStandIn
let instance: InstanceServer
let base: string
let app: BuiltApp
const seenTokens: string[] = []

beforeAll(async () => {
    entra = await startEntra()
    app = installApp()
    control.createUser(DEFAULTS.integrationUser.user, [INTEGRATION_ROLE], {
        web_service_access_only: 'true',
        password: DEFAULTS.integrationUser.password,
    })
    // AAD flow: the integration user's User ID is the REST-user app's client ID (user claim appid).
    control.createUser(CALLBACK, [INTEGRATION_ROLE], { web_service_access_only: 'true' })
    control.createUser('m365.admin', ['x_mioms_m365_assis.administrator'], { password: 'pw' })
    control.createUser('plain.user', [], { password: 'pw' })
    const [v1, v2] = control.seed('oidc_provider_configuration', [
        { name: 'Contoso Azure (v1)', oidc_url: entra.metadataUrlV1, user_claim: 'appid', user_field: 'user_name' },
        { name: 'Contoso Azure (v2)', oidc_url: entra.metadataUrlV2, user_claim: 'appid', user_field: 'user_name' },
    ])
    control.seed('oauth_oidc_entity', [
        { name: 'contoso_inbound_v1', client_id: CALLBACK, oidc_provider_configuration: v1.sys_id },
        { name: 'contoso_inbound_v2', client_id: CALLBACK, oidc_provider_configuration: v2.sys_id },
    ])
    const [incident] = control.seed('incident', [{ short_description: 'Teams calls drop' }])
    control.seed(CASE_TABLE, [
        { incident: incident.sys_id, connector_case_id: 'MS-7001', title: 'Teams calls drop', status: 'submitted' },
    ])
    const verify = createOidcBearerVerifier()
    instance = createInstanceServer({
        app,
        rootDir: ROOT,
        scope: 'x_mioms_m365_assis',
        runtime: doubleRuntime(),
        bearer: verify,
    })
    await new Promise<void>((r) => instance.server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${(instance.server.address() as AddressInfo).port}`
})
afterAll(async () => {
    await new Promise<void>((r) => instance.server.close(() => r()))
    await entra.close()
})

/** A token from the stand-in's token endpoint, as the connector gets it (client credentials). */
async function tokenFromEndpoint(version: '1.0' | '2.0'): Promise<string> {
    const form = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: CALLBACK,
        client_secret: DEFAULTS.callbackClient.clientSecret,
    })
    if (version === '1.0') form.set('resource', CALLBACK)
    else form.set('scope', `${CALLBACK}/.default`)
    const res = await fetch(version === '1.0' ? entra.tokenUrlV1 : entra.tokenUrlV2, { method: 'POST', body: form })
    expect(res.status).toBe(200)
    const token = ((await res.json()) as { access_token: string }).access_token
    seenTokens.push(token)
    return token
}

async function api(method: string, path: string, authorization?: string, body?: unknown) {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (authorization) headers.authorization = authorization
    const res = await fetch(base + API + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    return {
        status: res.status,
        text,
        json: JSON.parse(text) as Record<string, unknown> & { error?: { code?: string; message: string } },
    }
}

const ev = (id: string, over: Record<string, unknown> = {}) => ({
    event_id: id,
    type: 'status_changed',
    status: 'open',
    occurred_at: new Date(Date.now() - 60000).toISOString(),
    ...over,
})

test('the built routes carry the versioned URIs, authentication and their route ACL roles', () => {
    const routes = app.routes.filter((r) => r.uriTemplate.startsWith(API))
    expect(routes.map((r) => `${r.method} ${r.uriTemplate} [${[...r.roles].sort().join(',')}]`).sort()).toEqual([
        `GET ${API}/cases/{case_id} [x_mioms_m365_assis.administrator,x_mioms_m365_assis.integration]`,
        `GET ${API}/ping [x_mioms_m365_assis.administrator,x_mioms_m365_assis.integration]`,
        `POST ${API}/cases/{case_id}/events [x_mioms_m365_assis.integration]`,
    ])
    expect(routes.every((r) => r.requiresAuthentication && r.requiresAcl)).toBe(true)
    const ops = app.records.get('sys_ws_operation')!.filter((o) => String(o.operation_uri).startsWith(API))
    expect(ops.map((o) => String(o.requires_snc_internal_role))).toEqual(['false', 'false', 'false'])
    expect(ops.map((o) => String(o.default_operation_uri)).sort()).toEqual([
        '/api/x_mioms_m365_assis/connector/cases/{case_id}',
        '/api/x_mioms_m365_assis/connector/cases/{case_id}/events',
        '/api/x_mioms_m365_assis/connector/ping',
    ])
})

test('contracts/connector.openapi.yaml documents exactly the built inbound routes', () => {
    const doc = parse(readFileSync(join(ROOT, 'contracts', 'connector.openapi.yaml'), 'utf8')) as {
        paths: Record<string, Record<string, { tags?: string[] }>>
    }
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.entries(ops)
            .filter(([, op]) => op.tags?.includes('inbound'))
            .map(([method]) => `${method.toUpperCase()} ${path}`),
    )
    const built = app.routes.filter((r) => r.uriTemplate.startsWith(API)).map((r) => `${r.method} ${r.uriTemplate}`)
    expect(documented.sort()).toEqual(built.sort())
})

test('basic auth of the integration user: ping, post an event, read the case back', async () => {
    expect(await api('GET', '/ping', INTEGRATION)).toMatchObject({
        status: 200,
        json: { scope: 'x_mioms_m365_assis', version: APP_VERSION, user: DEFAULTS.integrationUser.user },
    })
    const posted = await api('POST', '/cases/MS-7001/events', INTEGRATION, ev('http-1'))
    expect(posted).toMatchObject({
        status: 200,
        json: { event_id: 'http-1', case_status: 'open', incident_work_note: 'added' },
    })
    const replay = await api('POST', '/cases/MS-7001/events', INTEGRATION, ev('http-1'))
    expect(replay.json).toEqual(posted.json)
    const read = await api('GET', '/cases/MS-7001', INTEGRATION)
    expect(read).toMatchObject({ status: 200, json: { case_id: 'MS-7001', status: 'open' } })
    expect(control.rows('x_mioms_m365_assis_case_activity').filter((a) => a.event_id === 'http-1')).toHaveLength(1)
})

test.each(['1.0', '2.0'] as const)(
    'Entra bearer token v%s (appid, or azp when appid is absent) maps to the REST user',
    async (version) => {
        const token = await tokenFromEndpoint(version)
        const ping = await api('GET', '/ping', `Bearer ${token}`)
        expect(ping).toMatchObject({ status: 200, json: { user: CALLBACK } })
        const posted = await api(
            'POST',
            '/cases/MS-7001/events',
            `Bearer ${token}`,
            ev('bearer-' + version, {
                type: 'note_added',
                status: undefined,
                note: { author: 'Agent', body: 'Hi', created_at: new Date().toISOString() },
            }),
        )
        expect(posted.status).toBe(200)
        const note = control
            .rows('sys_journal_field')
            .filter((j) => j.element === 'work_notes')
            .pop()!
        expect(note.sys_created_by).toBe(CALLBACK)
    },
)

test('401 without credentials, with a wrong password, or with a token the OIDC configuration does not accept', async () => {
    expect((await api('GET', '/ping')).status).toBe(401)
    expect((await api('POST', '/cases/MS-7001/events', undefined, ev('anon-1'))).status).toBe(401)
    expect((await api('GET', '/ping', basic(DEFAULTS.integrationUser.user, 'wrong'))).status).toBe(401)
    const wrongAudience = await entra.mintToken({ clientId: CALLBACK, audience: DEFAULTS.connectorResource })
    const expired = await entra.mintToken({ clientId: CALLBACK, audience: CALLBACK, expiresInSeconds: -600 })
    const unknownApp = await entra.mintToken({ clientId: '11111111-2222-3333-4444-555555555555', audience: CALLBACK })
    const tampered = (await entra.mintToken({ clientId: CALLBACK, audience: CALLBACK })).slice(0, -4) + 'AAAA'
    const cases: [string, string][] = [
        [wrongAudience, 'No active OIDC provider entity has the token audience'],
        [expired, 'expired'],
        [unknownApp, "No user has user_name equal to the token's appid"],
        [tampered, 'not valid'],
        ['not-a-jwt', 'not a JWT'],
    ]
    for (const [t, reason] of cases) {
        seenTokens.push(t)
        const r = await api('GET', '/ping', `Bearer ${t}`)
        expect(r.status).toBe(401)
        expect(JSON.stringify(r.json)).toContain(reason)
        expect(r.text).not.toContain(t)
    }
    expect(control.rows('x_mioms_m365_assis_case_activity').some((a) => a.event_id === 'anon-1')).toBe(false)
})

test('403 for a user without the role; administrators may read but not post events', async () => {
    const plain = basic('plain.user', 'pw')
    expect((await api('GET', '/ping', plain)).status).toBe(403)
    expect((await api('GET', '/cases/MS-7001', plain)).status).toBe(403)
    expect((await api('POST', '/cases/MS-7001/events', plain, ev('plain-1'))).status).toBe(403)
    const admin = basic('m365.admin', 'pw')
    expect((await api('GET', '/ping', admin)).status).toBe(200)
    expect((await api('GET', '/cases/MS-7001', admin)).status).toBe(200)
    expect((await api('POST', '/cases/MS-7001/events', admin, ev('admin-1'))).status).toBe(403)
    expect(
        control.rows('x_mioms_m365_assis_case_activity').some((a) => ['plain-1', 'admin-1'].includes(a.event_id)),
    ).toBe(false)
})

test('validation errors come back over HTTP in the {error:{code,message}} shape', async () => {
    const r = await fetch(base + API + '/cases/MS-7001/events', {
        method: 'POST',
        headers: { authorization: INTEGRATION, 'content-type': 'application/json' },
        body: '{"event_id":',
    })
    expect(r.status).toBe(400)
    expect(await r.json()).toEqual({ error: { code: 'invalid_json', message: 'The request body is not valid JSON.' } })
    expect(await api('POST', '/cases/MS-404/events', INTEGRATION, ev('nf-1'))).toMatchObject({
        status: 404,
        json: { error: { code: 'case_not_found' } },
    })
})

test('content type and unknown properties over HTTP: 415 / 400 in the {error:{code,message}} shape, nothing written; charset and letter case accepted', async () => {
    const activities = () => control.rows('x_mioms_m365_assis_case_activity').length
    const before = activities()
    const send = async (headers: Record<string, string>, body: string | Uint8Array) => {
        const r = await fetch(base + API + '/cases/MS-7001/events', {
            method: 'POST',
            headers: { authorization: INTEGRATION, ...headers },
            body,
        })
        return {
            status: r.status,
            type: r.headers.get('content-type'),
            json: (await r.json()) as { error?: { code: string; message: string } },
        }
    }
    const body = JSON.stringify(ev('ct-1'))
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'text/json']) {
        const r = await send({ 'content-type': type }, body)
        expect({ type, status: r.status, code: r.json.error?.code }).toEqual({
            type,
            status: 415,
            code: 'unsupported_media_type',
        })
        expect(r.type).toMatch(/^application\/json/)
        expect(r.json.error?.message).toContain('application/json')
    }
    // No Content-Type header at all (a byte body makes fetch send none).
    expect((await send({}, new TextEncoder().encode(body))).status).toBe(415)
    const unknown = await send(
        { 'content-type': 'application/json' },
        JSON.stringify({ ...ev('ct-2'), priority: 'high' }),
    )
    expect(unknown).toMatchObject({
        status: 400,
        json: { error: { code: 'unknown_field', message: expect.stringContaining("'priority'") } },
    })
    const noteExtra = await send(
        { 'content-type': 'application/json' },
        JSON.stringify(
            ev('ct-3', {
                type: 'note_added',
                status: undefined,
                note: { author: 'a', body: 'b', created_at: new Date(Date.now() - 60000).toISOString(), pinned: true },
            }),
        ),
    )
    expect(noteExtra).toMatchObject({
        status: 400,
        json: { error: { code: 'unknown_field', message: expect.stringContaining("'note.pinned'") } },
    })
    expect(activities()).toBe(before)
    const ok = await send({ 'content-type': 'Application/JSON; Charset=UTF-8' }, JSON.stringify(ev('ct-4')))
    expect(ok).toMatchObject({ status: 200, json: { event_id: 'ct-4', recorded: true } })
    expect(activities()).toBe(before + 1)
})

test('the contract documents the 415 of the events route and the codes the app answers', () => {
    const doc = parse(readFileSync(join(ROOT, 'contracts', 'connector.openapi.yaml'), 'utf8'))
    const op = doc.paths[API + '/cases/{case_id}/events'].post
    expect(op.responses['415']).toEqual({ $ref: '#/components/responses/AppUnsupportedMediaType' })
    expect(doc.components.responses.AppUnsupportedMediaType.content['application/json'].schema).toEqual({
        $ref: '#/components/schemas/AppError',
    })
    expect(doc.components.schemas.AppError.properties.error.properties.code.examples).toEqual(
        expect.arrayContaining(['unknown_field', 'unsupported_media_type']),
    )
})

test('no password or token in syslog', () => {
    const log = control
        .syslog()
        .map((l) => l.message)
        .join('\n')
    expect(log).not.toContain(DEFAULTS.integrationUser.password)
    expect(log).not.toContain(DEFAULTS.callbackClient.clientSecret)
    for (const t of seenTokens) expect(log).not.toContain(t.slice(0, 40))
})
