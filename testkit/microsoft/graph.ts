// Microsoft Graph service-health stand-in: /v1.0/admin/serviceAnnouncement/{healthOverviews,issues,issues/{id},
// messages,messages/{id}} with Graph's auth (bearer, aud = Graph), error shape, paging, $filter and throttling.
import { randomUUID } from 'node:crypto'
import { Listener, Reply, Req, Router, header, json, listenerFor, parseJson } from './http.ts'
import { Counters, Faults, addCommonControl } from './faults.ts'
import { EntraStandIn } from './entra.ts'
import { DEFAULTS } from './defaults.ts'
import {
    SERVICES,
    ServiceHealthIssue,
    ServiceUpdateMessage,
    generateIssues,
    generateMessages,
    isResolvedStatus,
} from './graph-seed.ts'
import {
    ODataError,
    decodeSkipToken,
    encodeSkipToken,
    matches,
    pageSize,
    parseFilter,
    sortBy,
    PageState,
} from './graph-query.ts'

export interface GraphOptions {
    port?: number
    host?: string
    /** Accepted token audience (default https://graph.microsoft.com). */
    audience?: string
    issueCount?: number
    messageCount?: number
    seed?: number
    /** Seeded dates lie in the 30 days before this instant (default: now, truncated to the hour). */
    baseTime?: string
    /** Enforce app roles ServiceHealth.Read.All / ServiceMessage.Read.All (default true). */
    requireRoles?: boolean
    /** Per-app sliding-window limit (Graph documents 240 requests / 60 s); off unless set. */
    perMinuteLimit?: number
}

export interface GraphStandIn {
    url: string
    /** Base for the app's Graph client, e.g. `${baseUrl}/admin/serviceAnnouncement/issues`. */
    baseUrl: string
    counters: Counters
    issues(): ServiceHealthIssue[]
    close(): Promise<void>
}

const ISSUE_FIELDS = new Set([
    'id',
    'title',
    'service',
    'feature',
    'featureGroup',
    'classification',
    'origin',
    'status',
    'isResolved',
    'startDateTime',
    'endDateTime',
    'lastModifiedDateTime',
])
const MESSAGE_FIELDS = new Set([
    'id',
    'title',
    'category',
    'severity',
    'isMajorChange',
    'startDateTime',
    'endDateTime',
    'lastModifiedDateTime',
    'actionRequiredByDateTime',
])
const SA = '/v1.0/admin/serviceAnnouncement'
const CONTEXT = 'https://graph.microsoft.com/v1.0/$metadata#admin/serviceAnnouncement'

const graphError = (status: number, code: string, message: string, headers: Record<string, string> = {}): Reply =>
    json(
        status,
        {
            error: {
                code,
                message,
                innerError: {
                    date: new Date().toISOString().replace(/\.\d+Z$/, ''),
                    'request-id': randomUUID(),
                    'client-request-id': randomUUID(),
                },
            },
        },
        headers,
    )

const STATUS_CODES: Record<number, string> = {
    400: 'BadRequest',
    404: 'ResourceNotFound',
    405: 'MethodNotAllowed',
    413: 'RequestEntityTooLarge',
    429: 'TooManyRequests',
    503: 'ServiceUnavailable',
    500: 'InternalServerError',
}
const errorReply = (status: number, _code: string, message: string, headers?: Record<string, string>) =>
    graphError(status, STATUS_CODES[status] ?? 'UnknownError', message, headers)

export async function startGraph(entra: EntraStandIn, options: GraphOptions = {}): Promise<GraphStandIn> {
    const audience = options.audience ?? DEFAULTS.graphResource
    const requireRoles = options.requireRoles ?? true
    let perMinute = options.perMinuteLimit
    const defaultBase = () => {
        const d = new Date()
        d.setUTCMinutes(0, 0, 0)
        return d.getTime()
    }
    let issues: ServiceHealthIssue[] = []
    let messages: ServiceUpdateMessage[] = []
    const seedAll = (
        count = options.issueCount ?? 40,
        seed = options.seed ?? 1,
        baseTime = options.baseTime,
        messageCount = options.messageCount ?? 20,
    ) => {
        const base = baseTime ? Date.parse(baseTime) : defaultBase()
        issues = generateIssues(count, seed, base)
        messages = generateMessages(messageCount, seed, base)
    }
    seedAll()

    const counters = new Counters()
    const windows = new Map<string, number[]>()
    const faults = new Faults(errorReply)
    const router = new Router()
    const server = new Listener((req, res) => handler(req, res), options.host ?? '127.0.0.1')

    const authorize = async (req: Req, role: string): Promise<Reply | undefined> => {
        const auth = header(req, 'authorization')
        const wwwAuth = {
            'WWW-Authenticate': `Bearer realm="", authorization_uri="${entra.url}/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"`,
        }
        if (!auth) {
            counters.inc('unauthorized')
            return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.', wwwAuth)
        }
        const v = await entra.verifyBearer(auth, { audience })
        if (!v.ok) {
            counters.inc('unauthorized')
            const msg =
                v.error === 'expired'
                    ? 'Lifetime validation failed, the token is expired.'
                    : v.error === 'invalid_audience'
                      ? 'Access token validation failure. Invalid audience.'
                      : 'Access token validation failure.'
            return graphError(401, 'InvalidAuthenticationToken', msg, wwwAuth)
        }
        counters.inc('byClient', v.clientId)
        if (requireRoles && !(v.claims.roles ?? []).includes(role)) {
            counters.inc('forbidden')
            return graphError(
                403,
                'Forbidden',
                `Insufficient privileges to complete the operation. Required application permission: ${role}.`,
            )
        }
        if (perMinute) {
            const now = Date.now()
            const w = (windows.get(v.clientId) ?? []).filter((t) => t > now - 60_000)
            windows.set(v.clientId, w)
            if (w.length >= perMinute) {
                counters.inc('throttled')
                return graphError(
                    429,
                    'TooManyRequests',
                    'Too many requests. Please retry after the time given in Retry-After.',
                    { 'Retry-After': String(Math.max(1, Math.ceil((w[0] + 60_000 - now) / 1000))) },
                )
            }
            w.push(now)
        }
        return undefined
    }

    const collection =
        <T extends object>(kind: string, items: () => T[], fields: ReadonlySet<string>, role: string) =>
        async (req: Req): Promise<Reply> => {
            counters.inc('requests', kind)
            const denied = await authorize(req, role)
            if (denied) return denied
            try {
                const token = req.query.get('$skiptoken')
                let state: PageState
                const headers: Record<string, string> = {}
                if (token) {
                    state = decodeSkipToken(token)
                } else {
                    const { size, preferenceApplied } = pageSize(
                        req.query.get('$top') ?? req.query.get('top'),
                        header(req, 'prefer'),
                    )
                    if (preferenceApplied) headers['Preference-Applied'] = preferenceApplied
                    state = {
                        offset: 0,
                        size,
                        filter: req.query.get('$filter') ?? req.query.get('filter'),
                        orderby: req.query.get('$orderby') ?? req.query.get('orderby'),
                    }
                }
                const clauses = state.filter ? parseFilter(state.filter, fields) : []
                const all = sortBy(
                    items().filter((i) => matches(i as Record<string, unknown>, clauses)),
                    state.orderby,
                    fields,
                )
                const page = all.slice(state.offset, state.offset + state.size)
                counters.inc('pages', kind)
                counters.inc('itemsServed', kind, page.length)
                const body: Record<string, unknown> = { '@odata.context': `${CONTEXT}/${kind}` }
                if (state.offset + state.size < all.length) {
                    body['@odata.nextLink'] =
                        `${server.url}${SA}/${kind}?$skiptoken=${encodeSkipToken({ ...state, offset: state.offset + state.size })}`
                }
                body.value = page
                return json(200, body, headers)
            } catch (e) {
                if (e instanceof ODataError) return graphError(400, 'BadRequest', e.message)
                throw e
            }
        }

    const single =
        <T extends { id: string }>(kind: string, items: () => T[], role: string, label: string) =>
        async (req: Req): Promise<Reply> => {
            counters.inc('requests', `${kind}/{id}`)
            const denied = await authorize(req, role)
            if (denied) return denied
            const item = items().find((i) => i.id === req.params.id)
            if (!item)
                return graphError(404, 'itemNotFound', `The requested ${label} '${req.params.id}' was not found.`)
            return json(200, { '@odata.context': `${CONTEXT}/${kind}/$entity`, ...item })
        }

    const overviews = async (req: Req): Promise<Reply> => {
        counters.inc('requests', 'healthOverviews')
        const denied = await authorize(req, 'ServiceHealth.Read.All')
        if (denied) return denied
        const expand = (req.query.get('$expand') ?? '') === 'issues'
        const value = SERVICES.map((s) => {
            const active = issues.filter((i) => i.service === s.name && !i.isResolved)
            const worst = active.find((i) => i.status === 'serviceInterruption') ?? active[0]
            return {
                service: s.name,
                status: worst ? worst.status : 'serviceOperational',
                id: s.id,
                ...(expand ? { issues: issues.filter((i) => i.service === s.name) } : {}),
            }
        })
        return json(200, { '@odata.context': `${CONTEXT}/healthOverviews`, value })
    }

    router
        .add('GET', `${SA}/healthOverviews`, overviews)
        .add(
            'GET',
            `${SA}/issues`,
            collection('issues', () => issues, ISSUE_FIELDS, 'ServiceHealth.Read.All'),
        )
        .add(
            'GET',
            `${SA}/issues/:id`,
            single('issues', () => issues, 'ServiceHealth.Read.All', 'service health issue'),
        )
        .add(
            'GET',
            `${SA}/messages`,
            collection('messages', () => messages, MESSAGE_FIELDS, 'ServiceMessage.Read.All'),
        )
        .add(
            'GET',
            `${SA}/messages/:id`,
            single('messages', () => messages, 'ServiceMessage.Read.All', 'service update message'),
        )

    // lastModifiedDateTime only moves forward, so a watermark poll always sees a change.
    const bump = () => {
        const latest = Math.max(...issues.map((i) => Date.parse(i.lastModifiedDateTime)), 0)
        return new Date(Math.max(Date.now(), latest + 1)).toISOString()
    }
    type IssuePatch = Partial<ServiceHealthIssue> & { post?: string; postType?: 'regular' | 'quick' }
    const applyPatch = (issue: ServiceHealthIssue, patch: IssuePatch) => {
        const { post, postType, posts: _ignored, ...fields } = patch
        Object.assign(issue, fields)
        if (fields.status !== undefined && fields.isResolved === undefined)
            issue.isResolved = isResolvedStatus(fields.status)
        issue.lastModifiedDateTime = fields.lastModifiedDateTime ?? bump()
        if (issue.isResolved && !issue.endDateTime) issue.endDateTime = issue.lastModifiedDateTime
        if (post)
            issue.posts.push({
                createdDateTime: issue.lastModifiedDateTime,
                postType: postType ?? 'regular',
                description: { contentType: 'html', content: post },
            })
        return issue
    }

    addCommonControl(router, {
        faults,
        counters,
        reset: () => {
            windows.clear()
            perMinute = options.perMinuteLimit
            seedAll()
        },
    })
    router
        .add('GET', '/_control/issues', () => json(200, { value: issues }))
        .add('POST', '/_control/issues', (req) => {
            const patch = (parseJson(req.rawBody) ?? {}) as IssuePatch
            if (patch.id && issues.some((i) => i.id === patch.id))
                return json(409, { error: `issue ${patch.id} exists` })
            const template = generateIssues(1, issues.length + 7, Date.now())[0]
            const issue = applyPatch({ ...template, id: patch.id ?? template.id }, patch)
            issues.push(issue)
            return json(201, issue)
        })
        .add('POST', '/_control/issues/:id', (req) => {
            const issue = issues.find((i) => i.id === req.params.id)
            if (!issue) return json(404, { error: `no issue ${req.params.id}` })
            return json(200, applyPatch(issue, (parseJson(req.rawBody) ?? {}) as IssuePatch))
        })
        .add('POST', '/_control/seed', (req) => {
            const b = (parseJson(req.rawBody) ?? {}) as {
                count?: number
                seed?: number
                baseTime?: string
                messageCount?: number
            }
            seedAll(b.count, b.seed, b.baseTime, b.messageCount)
            return json(200, { issues: issues.length, messages: messages.length })
        })
        .add('POST', '/_control/rate-limit', (req) => {
            const b = (parseJson(req.rawBody) ?? {}) as { perMinute?: number | null }
            perMinute = b.perMinute ?? undefined
            windows.clear()
            return json(200, { perMinute: perMinute ?? null })
        })

    const handler = listenerFor(router, {
        maxBodyBytes: 4 * 1024 * 1024,
        pre: async (req) => {
            if (req.path.startsWith('/_control')) return undefined
            counters.inc('requests')
            const early = await faults.before(req)
            if (early) counters.inc('responses', String(early.status))
            return early
        },
        post: (req, reply) => {
            if (!req.path.startsWith('/_control')) counters.inc('responses', String(reply.status))
            return faults.after(req, reply)
        },
        errorReply,
    })
    await server.listen(options.port ?? 0)
    return {
        url: server.url,
        baseUrl: `${server.url}/v1.0`,
        counters,
        issues: () => issues,
        close: () => server.close(),
    }
}
