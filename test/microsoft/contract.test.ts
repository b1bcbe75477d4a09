import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { startMicrosoftSide, MicrosoftSide } from '../../testkit/microsoft/index.ts'
import { DEFAULTS } from '../../testkit/microsoft/defaults.ts'
import { CASE_STATUSES } from '../../testkit/microsoft/connector.ts'
import { clientToken } from './helpers.ts'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const doc: Json = parse(readFileSync(join(__dirname, '..', '..', 'contracts', 'connector.openapi.yaml'), 'utf8'))
const INBOUND = '/api/x_mioms_m365_assis/v1/connector'

const OPERATIONS: [string, string, 'ConnectorError' | 'AppError'][] = [
    ['get', '/ping', 'ConnectorError'],
    ['post', '/solutions/search', 'ConnectorError'],
    ['post', '/cases', 'ConnectorError'],
    ['get', '/cases/{caseId}', 'ConnectorError'],
    ['post', '/cases/{caseId}/notes', 'ConnectorError'],
    ['get', `${INBOUND}/ping`, 'AppError'],
    ['post', `${INBOUND}/cases/{case_id}/events`, 'AppError'],
    ['get', `${INBOUND}/cases/{case_id}`, 'AppError'],
]

function resolve(ref: string): Json {
    expect(ref.startsWith('#/')).toBe(true)
    const target = ref
        .slice(2)
        .split('/')
        .reduce<Json | undefined>((o, k) => o?.[k], doc)
    if (!target) throw new Error(`unresolved ${ref}`)
    return target
}
const deref = (o: Json): Json => (o.$ref ? resolve(o.$ref) : o)

function refs(o: unknown, out: string[] = []): string[] {
    if (Array.isArray(o)) o.forEach((x) => refs(x, out))
    else if (o && typeof o === 'object') {
        for (const [k, v] of Object.entries(o)) {
            if (k === '$ref') out.push(String(v))
            else refs(v, out)
        }
    }
    return out
}

describe('contracts/connector.openapi.yaml', () => {
    test('is an OpenAPI 3.1 document with info, servers and both security schemes', () => {
        expect(doc.openapi).toMatch(/^3\.1\.\d+$/)
        expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) })
        expect(doc.servers.length).toBeGreaterThan(0)
        expect(doc.components.securitySchemes.entraBearer).toMatchObject({
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
        })
        expect(doc.components.securitySchemes.basicAuth).toMatchObject({ type: 'http', scheme: 'basic' })
    })

    test('every $ref resolves', () => {
        const all = refs(doc)
        expect(all.length).toBeGreaterThan(50)
        for (const r of all) expect(() => resolve(r)).not.toThrow()
    })

    test.each(OPERATIONS)('%s %s has an operationId, responses and error schema refs', (method, path, errorSchema) => {
        const op = doc.paths[path]?.[method]
        expect(op).toBeDefined()
        expect(op.operationId).toMatch(/^\w+$/)
        const codes = Object.keys(op.responses)
        expect(codes.some((c) => c.startsWith('2'))).toBe(true)
        const errors = codes.filter((c) => /^[45]/.test(c))
        expect(errors).toContain('401')
        for (const c of codes) {
            const schema = deref(deref(op.responses[c]).content['application/json'].schema)
            // The instance itself answers 401/403 on inbound routes (before the app's code runs), in its own shape.
            const expected = errorSchema === 'AppError' && (c === '401' || c === '403') ? 'PlatformError' : errorSchema
            if (/^[45]/.test(c)) expect(schema).toBe(doc.components.schemas[expected])
        }
        const params = (op.parameters ?? []).map((p: Json) => deref(p))
        if (errorSchema === 'ConnectorError') {
            expect(params.some((p: Json) => p.name === 'X-Repository-Id' && p.in === 'header' && p.required)).toBe(true)
            expect(op.security ?? doc.security).toEqual([{ entraBearer: [] }])
            expect(op.responses['429']).toBeDefined()
        } else {
            expect(op.security).toEqual(expect.arrayContaining([{ basicAuth: [] }, { entraBearer: [] }]))
        }
        for (const name of (path.match(/\{(\w+)\}/g) ?? []).map((s) => s.slice(1, -1))) {
            expect(params.some((p: Json) => p.in === 'path' && p.name === name && p.required)).toBe(true)
        }
    })

    test('request bodies carry the documented fields', () => {
        const s = doc.components.schemas
        expect(s.SolutionSearchRequest.required).toEqual(expect.arrayContaining(['repositoryId', 'query']))
        expect(Object.keys(s.SolutionSearchRequest.properties)).toEqual(
            expect.arrayContaining(['incidentNumber', 'locale']),
        )
        expect(s.CreateCaseRequest.required).toEqual([
            'repositoryId',
            'title',
            'description',
            'contact',
            'adminEmail',
            'isTestEnvironment',
            'incident',
            'idempotencyKey',
        ])
        expect(s.Contact.properties).toHaveProperty('phone')
        expect(s.IncidentRef.required).toEqual(['number', 'sysId'])
        expect(s.AddNoteRequest.required).toEqual(['body', 'author'])
        expect(s.CaseEvent.required).toEqual(['event_id', 'type', 'occurred_at'])
        expect(s.CaseEvent.properties.type.enum).toEqual(['status_changed', 'note_added', 'closed'])
        expect(s.AppPingResponse.required).toEqual(['scope', 'version', 'user'])
        expect(s.ErrorCode.enum).toEqual(
            expect.arrayContaining([
                'invalid_request',
                'unauthorized',
                'forbidden',
                'not_found',
                'invalid_admin',
                'conflict',
                'throttled',
                'internal',
            ]),
        )
        expect(deref(doc.components.responses.Throttled).headers['Retry-After'].required).toBe(true)
        expect(s.CaseStatus.enum).toEqual(CASE_STATUSES)
    })
})

describe('the reference connector answers in the contract shapes', () => {
    let side: MicrosoftSide
    let token: string
    beforeAll(async () => {
        side = await startMicrosoftSide()
        token = await clientToken(side.urls, DEFAULTS.connectorResource)
    })
    afterAll(() => side.close())

    const call = async (method: string, path: string, body?: unknown) => {
        const res = await fetch(`${side.urls.connector}${path}`, {
            method,
            headers: {
                Authorization: `Bearer ${token}`,
                'X-Repository-Id': DEFAULTS.repositoryId,
                'Content-Type': 'application/json',
            },
            body: body === undefined ? undefined : JSON.stringify(body),
        })
        return { status: res.status, body: await res.json() }
    }
    const hasRequired = (value: Json, schemaName: string) => {
        for (const f of doc.components.schemas[schemaName].required) expect(value).toHaveProperty(f)
    }

    test('success bodies have the required fields; error codes are in the enum', async () => {
        hasRequired((await call('GET', '/ping')).body, 'PingResponse')
        const search = await call('POST', '/solutions/search', {
            repositoryId: DEFAULTS.repositoryId,
            query: 'OneDrive sync stuck',
        })
        hasRequired(search.body, 'SolutionSearchResponse')
        hasRequired(search.body.solutions[0], 'Solution')
        const created = await call('POST', '/cases', {
            repositoryId: DEFAULTS.repositoryId,
            title: 't',
            description: 'd',
            contact: { name: 'n', email: 'n@contoso.com' },
            adminEmail: DEFAULTS.adminEmails[0],
            isTestEnvironment: true,
            incident: { number: 'INC1', sysId: 'a'.repeat(32) },
            idempotencyKey: 'contract-1',
        })
        expect(created.status).toBe(201)
        hasRequired(created.body, 'CreateCaseResponse')
        hasRequired((await call('GET', `/cases/${created.body.caseId}`)).body, 'Case')
        hasRequired(
            (await call('POST', `/cases/${created.body.caseId}/notes`, { body: 'b', author: 'a' })).body,
            'AddNoteResponse',
        )
        const errors = [
            await call('GET', '/cases/nope'),
            await call('POST', '/cases', {}),
            await call('DELETE', '/ping'),
        ]
        for (const e of errors) {
            hasRequired(e.body, 'ConnectorError')
            expect(doc.components.schemas.ErrorCode.enum).toContain(e.body.error.code)
            expect(Object.keys(doc.paths['/ping'].get.responses).concat(['404', '405'])).toContain(String(e.status))
        }
    })
})
