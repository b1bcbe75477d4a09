// The one synchronous HTTP path shared by RESTMessageV2 and GlideOAuthClient. Requests block the caller (as
// on the platform) via a synckit worker thread, so the server must live in another thread or process;
// origins registered with control.registerInProcessHost are dispatched in-process instead.
import { join } from 'node:path'
import { createSyncFn } from 'synckit'
import { formatUtc, insertRow, nowMs, state, APP_SCOPE } from './store'

export interface HttpRequest {
    method: string
    url: string
    headers: Record<string, string>
    body: string
    timeoutMs: number
}
export interface HttpResult {
    status: number
    headers: Record<string, string>
    body: string
    error?: string
    timedOut?: boolean
    durationMs: number
}

let syncRequest: ((req: HttpRequest) => HttpResult) | undefined

function worker(): (req: HttpRequest) => HttpResult {
    syncRequest ??= createSyncFn(join(__dirname, 'http-sync-worker.mjs')) as (req: HttpRequest) => HttpResult
    return syncRequest
}

// Query parameters that may carry credentials are masked before the URL is logged.
const SECRET_PARAM = /secret|token|password|passwd|key|sig|code|assertion|auth/i

export function redactUrl(url: string): string {
    try {
        const u = new URL(url)
        for (const name of [...u.searchParams.keys()]) if (SECRET_PARAM.test(name)) u.searchParams.set(name, '***')
        u.username = ''
        u.password = ''
        return u.toString()
    } catch {
        return url.split('?')[0]
    }
}

export function sendSync(req: HttpRequest): HttpResult {
    let result: HttpResult
    let origin = ''
    try {
        origin = new URL(req.url).origin
    } catch {
        /* invalid URL: reported by the worker */
    }
    const handler = state.hosts.get(origin)
    if (handler) {
        const started = Date.now()
        try {
            const res = handler({ method: req.method, url: req.url, headers: { ...req.headers }, body: req.body })
            const headers: Record<string, string> = {}
            for (const [k, v] of Object.entries(res.headers ?? {})) headers[k.toLowerCase()] = v
            result = { status: res.status, headers, body: res.body ?? '', durationMs: Date.now() - started }
        } catch (e) {
            result = {
                status: 500,
                headers: {},
                body: String((e as Error)?.message ?? e),
                durationMs: Date.now() - started,
            }
        }
    } else if (!origin) {
        result = {
            status: 0,
            headers: {},
            body: '',
            error: `java.lang.IllegalArgumentException: invalid endpoint '${req.url}'`,
            durationMs: 0,
        }
    } else {
        result = worker()(req)
    }
    // Only method, redacted URL, status and timing: never headers or bodies (they carry tokens).
    insertRow('sys_outbound_http_log', {
        http_method: req.method.toUpperCase(),
        url: redactUrl(req.url),
        response_status: String(result.status),
        elapsed_time: String(result.durationMs),
        source_scope: APP_SCOPE,
        sys_created_on: formatUtc(nowMs()),
    })
    return result
}
