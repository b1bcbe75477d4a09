// Reference support connector implementing contracts/connector.openapi.yaml (app -> connector), with in-memory
// cases, seeded solutions, faults on demand, and callbacks into the app when a case changes.
import { randomUUID } from 'node:crypto'
import { Listener, Reply, Req, Router, header, json, listenerFor, parseJson } from './http.ts'
import { Counters, Faults, addCommonControl } from './faults.ts'
import { EntraStandIn } from './entra.ts'
import { DEFAULTS } from './defaults.ts'
import { searchSolutions } from './connector-solutions.ts'
import { FieldIssue, canonical, validateCase, validateNote, validateSearch } from './connector-validate.ts'
import {
    CallbackAuth,
    CallbackConfig,
    CallbackSender,
    CaseEvent,
    defaultCallbackConfig,
    publicConfig,
} from './connector-callbacks.ts'

export interface ConnectorOptions {
    port?: number
    host?: string
    /** Accepted token audience (the connector's App ID URI). */
    resource?: string
    repositoryIds?: string[]
    /** Microsoft 365 admins allowed as adminEmail on cases (others: invalid_admin). */
    adminEmails?: string[]
    version?: string
    maxBodyBytes?: number
    callback?: CallbackConfig
}

// Same set as the app's inbound validation (src/server/inbound/rules/connector-event.ts CONNECTOR_STATUSES).
export type CaseStatus = 'submitted' | 'open' | 'in_progress' | 'waiting_on_customer' | 'resolved' | 'closed'
export const CASE_STATUSES: CaseStatus[] = [
    'submitted',
    'open',
    'in_progress',
    'waiting_on_customer',
    'resolved',
    'closed',
]

export interface CaseNote {
    noteId: string
    author: string
    body: string
    source: 'app' | 'microsoft'
    createdAt: string
}

export interface SupportCase {
    caseId: string
    repositoryId: string
    status: CaseStatus
    title: string
    description: string
    contact: { name: string; email: string; phone?: string }
    adminEmail: string
    isTestEnvironment: boolean
    incident: { number: string; sysId: string }
    createdAt: string
    updatedAt: string
    notes: CaseNote[]
}

export interface ConnectorStandIn {
    url: string
    counters: Counters
    cases(): SupportCase[]
    callbacks: CallbackSender
    close(): Promise<void>
}

const caseView = (c: SupportCase) => {
    const { repositoryId: _r, ...rest } = c
    return rest
}

export async function startConnector(entra: EntraStandIn, options: ConnectorOptions = {}): Promise<ConnectorStandIn> {
    const resource = options.resource ?? DEFAULTS.connectorResource
    const repositories = new Set(options.repositoryIds ?? [DEFAULTS.repositoryId])
    const admins = new Set((options.adminEmails ?? [...DEFAULTS.adminEmails]).map((e) => e.toLowerCase()))
    const version = options.version ?? DEFAULTS.connectorVersion
    const initialCallback = (): CallbackConfig => ({ ...defaultCallbackConfig(), ...options.callback })
    let cases = new Map<string, SupportCase>()
    let byKey = new Map<string, { fingerprint: string; caseId: string }>()
    const events = new Map<string, { caseId: string; event: CaseEvent }>()
    let caseSeq = 0

    const counters = new Counters()
    const router = new Router()
    const server = new Listener((req, res) => handler(req, res), options.host ?? '127.0.0.1')
    const callbacks = new CallbackSender(initialCallback(), () => ({ v1: entra.tokenUrlV1, v2: entra.tokenUrlV2 }))

    // pre() stores the caller's X-Correlation-Id (or a fresh one) on the request; replies echo it.
    const cid = (req?: Req) => header(req ?? ({ headers: {} } as Req), 'x-correlation-id') ?? randomUUID()
    const error = (
        req: Req | undefined,
        status: number,
        code: string,
        message: string,
        headers: Record<string, string> = {},
        details?: FieldIssue[],
    ): Reply => {
        counters.inc('errors', code)
        const correlationId = cid(req)
        return json(
            status,
            { error: { code, message, correlationId, ...(details ? { details } : {}) } },
            { 'X-Correlation-Id': correlationId, ...headers },
        )
    }
    const ok = (req: Req, status: number, body: unknown, headers: Record<string, string> = {}) =>
        json(status, body, { 'X-Correlation-Id': cid(req), ...headers })
    const faults = new Faults(
        (status, code, message, headers, req) => error(req, status, code, message, headers),
        (ms) => {
            void server
                .close()
                .then(() => setTimeout(() => void server.listen(server.port).then(() => faults.set({})), ms))
        },
    )

    /** Auth, repository and JSON checks shared by every contract operation. */
    const guard = async (
        req: Req,
        needsBody: boolean,
    ): Promise<{ reply?: Reply; body: Record<string, unknown>; repositoryId: string; appId: string; ver: string }> => {
        const out = { body: {} as Record<string, unknown>, repositoryId: '', appId: '', ver: '' }
        const v = await entra.verifyBearer(header(req, 'authorization'), { audience: resource })
        if (!v.ok) {
            const reply = error(
                req,
                401,
                'unauthorized',
                v.error === 'missing_token' ? 'A bearer token is required.' : v.message,
                { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${v.error}"` },
            )
            return { ...out, reply }
        }
        if (v.claims.tid !== entra.tenantId)
            return { ...out, reply: error(req, 403, 'forbidden', 'The token was issued for another tenant.') }
        const repositoryId = header(req, 'x-repository-id')
        if (!repositoryId)
            return { ...out, reply: error(req, 400, 'invalid_request', 'The X-Repository-Id header is required.') }
        if (!repositories.has(repositoryId))
            return {
                ...out,
                reply: error(
                    req,
                    403,
                    'forbidden',
                    `Repository ${repositoryId} is not registered with this connector.`,
                ),
            }
        Object.assign(out, { repositoryId, appId: v.clientId, ver: v.claims.ver ?? '' })
        if (!needsBody) return out
        if (!/^application\/json\b/i.test(header(req, 'content-type') ?? ''))
            return { ...out, reply: error(req, 400, 'invalid_request', 'Content-Type must be application/json.') }
        const body = parseJson(req.rawBody)
        if (!body || typeof body !== 'object' || Array.isArray(body))
            return { ...out, reply: error(req, 400, 'invalid_request', 'The body must be a JSON object.') }
        out.body = body as Record<string, unknown>
        if ('repositoryId' in out.body && out.body.repositoryId !== repositoryId) {
            return {
                ...out,
                reply: error(
                    req,
                    400,
                    'invalid_request',
                    'repositoryId in the body does not match X-Repository-Id.',
                    {},
                    [{ field: 'repositoryId', issue: 'must equal the X-Repository-Id header' }],
                ),
            }
        }
        return out
    }
    const invalid = (req: Req, issues: FieldIssue[]) =>
        error(
            req,
            400,
            'invalid_request',
            `Invalid request: ${issues.map((i) => `${i.field} ${i.issue}`).join('; ')}.`,
            {},
            issues,
        )

    const findCase = (repositoryId: string, caseId: string) => {
        const c = cases.get(caseId)
        return c && c.repositoryId === repositoryId ? c : undefined
    }
    const newCaseId = () => {
        const d = new Date()
        const ymd = `${String(d.getUTCFullYear()).slice(2)}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`
        return `${ymd}0040${String(++caseSeq).padStart(6, '0')}`
    }

    router
        .add('GET', '/ping', async (req) => {
            const g = await guard(req, false)
            if (g.reply) return g.reply
            return ok(req, 200, {
                repositoryId: g.repositoryId,
                connectorVersion: version,
                appId: g.appId,
                tenantId: entra.tenantId,
                tokenVersion: g.ver,
            })
        })
        .add('POST', '/solutions/search', async (req) => {
            const g = await guard(req, true)
            if (g.reply) return g.reply
            const issues = validateSearch(g.body)
            if (issues.length) return invalid(req, issues)
            return ok(req, 200, { solutions: searchSolutions(String(g.body.query)) })
        })
        .add('POST', '/cases', async (req) => {
            const g = await guard(req, true)
            if (g.reply) return g.reply
            const issues = validateCase(g.body)
            if (issues.length) return invalid(req, issues)
            const b = g.body as unknown as Omit<
                SupportCase,
                'caseId' | 'status' | 'createdAt' | 'updatedAt' | 'notes'
            > & { idempotencyKey: string }
            const key = `${g.repositoryId}|${b.idempotencyKey}`
            const fingerprint = canonical(b)
            const prior = byKey.get(key)
            if (prior) {
                if (prior.fingerprint !== fingerprint)
                    return error(req, 409, 'conflict', 'idempotencyKey was already used with a different request body.')
                const c = cases.get(prior.caseId)!
                return ok(
                    req,
                    200,
                    { caseId: c.caseId, status: c.status, createdAt: c.createdAt },
                    { 'Idempotent-Replayed': 'true' },
                )
            }
            if (!admins.has(b.adminEmail.toLowerCase())) {
                return error(req, 422, 'invalid_admin', `${b.adminEmail} is not a valid Microsoft 365 admin account.`)
            }
            const now = new Date().toISOString()
            const c: SupportCase = {
                caseId: newCaseId(),
                repositoryId: g.repositoryId,
                status: 'open',
                title: b.title,
                description: b.description,
                contact: {
                    name: b.contact.name,
                    email: b.contact.email,
                    ...(b.contact.phone ? { phone: b.contact.phone } : {}),
                },
                adminEmail: b.adminEmail,
                isTestEnvironment: b.isTestEnvironment,
                incident: { number: b.incident.number, sysId: b.incident.sysId },
                createdAt: now,
                updatedAt: now,
                notes: [],
            }
            cases.set(c.caseId, c)
            byKey.set(key, { fingerprint, caseId: c.caseId })
            counters.inc('casesCreated')
            return ok(
                req,
                201,
                { caseId: c.caseId, status: c.status, createdAt: c.createdAt },
                { Location: `/cases/${c.caseId}` },
            )
        })
        .add('GET', '/cases/:caseId', async (req) => {
            const g = await guard(req, false)
            if (g.reply) return g.reply
            const c = findCase(g.repositoryId, req.params.caseId)
            return c
                ? ok(req, 200, caseView(c))
                : error(req, 404, 'not_found', `Case ${req.params.caseId} was not found.`)
        })
        .add('POST', '/cases/:caseId/notes', async (req) => {
            const g = await guard(req, true)
            if (g.reply) return g.reply
            const c = findCase(g.repositoryId, req.params.caseId)
            if (!c) return error(req, 404, 'not_found', `Case ${req.params.caseId} was not found.`)
            const issues = validateNote(g.body)
            if (issues.length) return invalid(req, issues)
            if (c.status === 'closed') return error(req, 409, 'conflict', `Case ${c.caseId} is closed.`)
            const note: CaseNote = {
                noteId: randomUUID(),
                author: String(g.body.author),
                body: String(g.body.body),
                source: 'app',
                createdAt: new Date().toISOString(),
            }
            c.notes.push(note)
            c.updatedAt = note.createdAt
            return ok(req, 201, { noteId: note.noteId, caseId: c.caseId, createdAt: note.createdAt })
        })

    addCommonControl(router, {
        faults,
        counters,
        reset: () => {
            cases = new Map()
            byKey = new Map()
            events.clear()
            callbacks.reset(initialCallback())
        },
    })

    interface Advance {
        status?: CaseStatus
        note?: { author?: string; body: string }
        type?: CaseEvent['type']
        auth?: CallbackAuth
        deliver?: boolean
    }
    router
        .add('GET', '/_control/cases', () => json(200, { value: [...cases.values()] }))
        .add('GET', '/_control/deliveries', () => json(200, { value: callbacks.deliveries }))
        .add('GET', '/_control/callback', () => json(200, publicConfig(callbacks.config)))
        .add('POST', '/_control/callback', (req) => {
            callbacks.config = { ...callbacks.config, ...((parseJson(req.rawBody) ?? {}) as CallbackConfig) }
            return json(200, publicConfig(callbacks.config))
        })
        .add('POST', '/_control/cases/:caseId/advance', async (req) => {
            const c = cases.get(req.params.caseId)
            if (!c) return json(404, { error: `no case ${req.params.caseId}` })
            const a = (parseJson(req.rawBody) ?? {}) as Advance
            if (a.status && !CASE_STATUSES.includes(a.status))
                return json(400, { error: `status must be one of ${CASE_STATUSES.join(', ')}` })
            const type =
                a.type ??
                (a.status === 'closed' ? 'closed' : a.status ? 'status_changed' : a.note ? 'note_added' : undefined)
            if (!type) return json(400, { error: 'give a status, a note or a type' })
            const now = new Date().toISOString()
            if (type === 'closed') c.status = 'closed'
            else if (a.status) c.status = a.status
            const event: CaseEvent = { event_id: randomUUID(), type, occurred_at: now }
            if (type !== 'note_added') event.status = c.status
            if (a.note) {
                const note: CaseNote = {
                    noteId: randomUUID(),
                    author: a.note.author ?? 'Microsoft Support',
                    body: a.note.body,
                    source: 'microsoft',
                    createdAt: now,
                }
                c.notes.push(note)
                event.note = { author: note.author, body: note.body, created_at: now }
            }
            c.updatedAt = now
            events.set(event.event_id, { caseId: c.caseId, event })
            const delivery = a.deliver === false ? undefined : await callbacks.send(c.caseId, event, { auth: a.auth })
            return json(200, { case: caseView(c), event, delivery })
        })
        .add('POST', '/_control/cases/:caseId/replay', async (req) => {
            const b = (parseJson(req.rawBody) ?? {}) as { eventId?: string; auth?: CallbackAuth }
            const mine = [...events.values()].filter((e) => e.caseId === req.params.caseId)
            const found = b.eventId ? mine.find((e) => e.event.event_id === b.eventId) : mine[mine.length - 1]
            if (!found) return json(404, { error: 'no such event for this case' })
            return json(200, {
                event: found.event,
                delivery: await callbacks.send(found.caseId, found.event, { auth: b.auth, replay: true }),
            })
        })
        .add('POST', '/_control/cases/:caseId/send', async (req) => {
            // Raw delivery of any body (bad-input tests of the app's inbound API); caseId need not exist.
            const b = (parseJson(req.rawBody) ?? {}) as { event?: unknown; raw?: string; auth?: CallbackAuth }
            return json(200, { delivery: await callbacks.send(req.params.caseId, b.raw ?? b.event, { auth: b.auth }) })
        })

    const handler = listenerFor(router, {
        maxBodyBytes: options.maxBodyBytes ?? 256 * 1024,
        pre: async (req) => {
            if (req.path.startsWith('/_control')) return undefined
            req.headers['x-correlation-id'] ??= randomUUID()
            counters.inc('requests')
            counters.inc('requests', `${req.method} ${req.path.replace(/^\/cases\/[^/]+/, '/cases/{caseId}')}`)
            return faults.before(req)
        },
        post: (req, reply) => {
            if (!req.path.startsWith('/_control')) counters.inc('responses', String(reply.status))
            return faults.after(req, reply)
        },
        errorReply: (status, code, message, headers, req) => error(req, status, code, message, headers),
    })
    await server.listen(options.port ?? 0)
    return { url: server.url, counters, cases: () => [...cases.values()], callbacks, close: () => server.close() }
}
