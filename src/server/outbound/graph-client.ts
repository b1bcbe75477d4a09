import { graphBaseUrl, graphResource } from './graph-endpoint.ts'
import { GraphIssue } from './rules/graph-types.ts'
import { sendJson } from './send-json.ts'
import { RetryPolicy } from './rules/retry-policy.ts'
import { RetryMode } from './rules/retry-mode.ts'
import { bearerFor } from './bearer.ts'
import { configuredProfileId } from './token-provider.ts'
import { configFailure, fromHttpFailure, Outbound } from './outbound-result.ts'

// Microsoft Graph service health (/v1.0/admin/serviceAnnouncement). One request per function call: the poller
// decides how many pages it follows per run (Graph allows 240 requests/60 s and 800/hour per app and tenant).

// Issues are decoded as rules/graph-types.ts GraphIssue, the one type for a Graph serviceHealthIssue.

export interface ServiceHealthOverview {
    id: string
    service: string
    status: string
    [field: string]: unknown
}

export interface Page<T> {
    items: T[]
    /** Absolute @odata.nextLink to pass back for the next page; absent on the last page. */
    nextLink?: string
}

export interface PageQuery {
    /** ISO 8601: only items with lastModifiedDateTime >= since (ge, not gt: an item modified in the same instant
     *  as the watermark is fetched again rather than missed; the poller's upsert makes that harmless). */
    since?: string
    /** Prefer: odata.maxpagesize (Graph caps it at 1000). */
    pageSize?: number
}

export { DEFAULT_GRAPH_BASE_URL, graphBaseUrl } from './graph-endpoint.ts'
const SA_PATH = '/v1.0/admin/serviceAnnouncement'
const SERVICE = 'Graph'

export interface GraphCallOptions {
    /** Who is waiting: 'job' (the health poll) or 'interactive' (a user's request: never waits). */
    retry: RetryMode
    /** Job mode only: retry policy overrides (the poller paces itself with one attempt per call). */
    policy?: Partial<RetryPolicy>
}

function originOf(url: string): string {
    const m = /^(https?:\/\/[^/?#]+)/i.exec(url)
    return m ? m[1].toLowerCase() : ''
}

function get(
    operation: string,
    url: string,
    headers: Record<string, string>,
    opts: GraphCallOptions,
): Outbound<unknown> {
    const profileId = configuredProfileId()
    if (!profileId) return configFailure(SERVICE, operation, 'not_configured', 'No outbound OAuth profile is selected.')
    const base = graphBaseUrl()
    if (!/^https?:\/\//i.test(base))
        return configFailure(SERVICE, operation, 'not_configured', 'graph.base_url is not an http(s) URL.')
    // The bearer token only ever goes to the configured Graph host, whatever a nextLink says.
    if (originOf(url) !== originOf(base))
        return configFailure(
            SERVICE,
            operation,
            'invalid_request',
            'A Graph link points outside ' + originOf(base) + '.',
        )
    const r = sendJson({
        service: SERVICE,
        method: 'GET',
        url,
        headers,
        bearer: bearerFor(profileId, graphResource()),
        retry: opts.retry,
        policy: opts.policy,
    })
    if (!r.ok) return fromHttpFailure(SERVICE, operation, r)
    return { ok: true, status: r.status, data: r.data }
}

function isObject(v: unknown): v is Record<string, unknown> {
    return v !== null && typeof v === 'object' && !Array.isArray(v)
}

// Items without a string id are dropped here: nothing downstream can store or match them.
function hasId(v: unknown): v is { id: string } {
    return isObject(v) && typeof v.id === 'string'
}

function isGraphIssue(v: unknown): v is GraphIssue {
    return hasId(v)
}

function isOverview(v: unknown): v is ServiceHealthOverview {
    return hasId(v)
}

function toPage<T>(operation: string, r: Outbound<unknown>, accept: (v: unknown) => v is T): Outbound<Page<T>> {
    if (!r.ok) return r
    if (!isObject(r.data) || !Array.isArray(r.data.value)) {
        return fromHttpFailure(SERVICE, operation, {
            ok: false,
            status: r.status,
            code: 'invalid_response',
            detail: 'Unexpected answer: no value array',
        })
    }
    const next = r.data['@odata.nextLink']
    const page: Page<T> = { items: (r.data.value as unknown[]).filter(accept) }
    if (typeof next === 'string' && next) page.nextLink = next
    return { ok: true, status: r.status, data: page }
}

function collectionUrl(collection: string, q: PageQuery): string {
    let url = graphBaseUrl() + SA_PATH + '/' + collection
    if (q.since) url += '?$filter=' + encodeURIComponent('lastModifiedDateTime ge ' + q.since)
    return url
}

function pageHeaders(q: PageQuery): Record<string, string> {
    const size = q.pageSize ? Math.max(1, Math.min(1000, Math.floor(q.pageSize))) : 0
    return size ? { Prefer: 'odata.maxpagesize=' + size } : {}
}

/** One page of /issues: the first (a query) or the next (the previous page's nextLink). */
export function listIssuesPage(from: string | PageQuery, opts: GraphCallOptions): Outbound<Page<GraphIssue>> {
    const url = typeof from === 'string' ? from : collectionUrl('issues', from)
    return toPage(
        'list issues',
        get('list issues', url, typeof from === 'string' ? {} : pageHeaders(from), opts),
        isGraphIssue,
    )
}

/** All healthOverviews (one per service, a few dozen: a single page in practice; nextLinks are followed up to 5). */
export function listHealthOverviews(opts: GraphCallOptions): Outbound<ServiceHealthOverview[]> {
    let url: string | undefined = graphBaseUrl() + SA_PATH + '/healthOverviews'
    const all: ServiceHealthOverview[] = []
    let status = 200
    for (let i = 0; i < 5 && url; i++) {
        const p: Outbound<Page<ServiceHealthOverview>> = toPage(
            'list health overviews',
            get('list health overviews', url, {}, opts),
            isOverview,
        )
        if (!p.ok) return p
        status = p.status
        for (const o of p.data.items) all.push(o)
        url = p.data.nextLink
    }
    return { ok: true, status, data: all }
}
