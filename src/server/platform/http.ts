import { gs } from '@servicenow/glide'
import { RESTMessageV2, RESTResponseV2 } from '@servicenow/glide/sn_ws'
import { log, redact } from './log.ts'
import { pause } from './clock.ts'
import { getNumberSetting } from './properties.ts'
import { attemptsFromRetries, decideRetry, DEFAULT_RETRY_POLICY, parseRetryAfterMs, RetryPolicy } from '../outbound/rules/retry-policy.ts'
import { codeForStatus, parseServiceError, ServiceErrorSummary } from '../domain/outbound-errors.ts'
import { decideInteractiveRetry, RetryMode } from '../outbound/rules/retry-mode.ts'

// One outbound JSON call over RESTMessageV2, with the app's retry policy (RESTMessageV2 has none for scripted
// calls), a bearer token supplied by the caller and a single token refresh on 401. Logs host, method, path,
// status, attempt and correlation ids only: never headers, bodies or query strings (they may carry secrets).
// The caller names who is waiting (outbound/rules/retry-mode.ts): a user's request never waits between attempts, only a
// scheduled job backs off.

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** Supplies the bearer token; forceRefresh after a 401. Never logged here. */
export type BearerSource = (forceRefresh: boolean) => { ok: true; accessToken: string } | { ok: false; code: string; detail: string; status?: number }

export interface JsonRequest {
    method: HttpMethod
    /** Absolute URL; any query string is sent but never logged. */
    url: string
    body?: unknown
    headers?: Record<string, string>
    bearer?: BearerSource
    /** Safe to repeat after a timeout/5xx (default: every method but POST and PATCH). */
    idempotent?: boolean
    /** Name used in logs: connector, graph. */
    service: string
    /** interactive: no waits, a throttled/unavailable answer returns at once; job: bounded backoff. */
    retry: RetryMode
    timeoutMs?: number
    /** Job mode only: overrides of outbound.max_retries and the backoff defaults (the poller sets 1 attempt). */
    policy?: Partial<RetryPolicy>
    /** Whole-call budget, attempts and waits included (default timeoutMs, plus maxTotalWaitMs for a job). */
    maxElapsedMs?: number
}

export type JsonResponse =
    | { ok: true; status: number; data: unknown; headers: Record<string, string>; correlationId?: string; attempts: number }
    | {
          ok: false
          status: number
          code: string
          /** Admin-facing reason (no secrets): platform error, remote error message, token error. */
          detail: string
          /** From the service's Retry-After (429/503), so the caller can say "try again in N s". */
          retryAfterSeconds?: number
          correlationId?: string
          serviceError?: ServiceErrorSummary
          attempts: number
      }

export const DEFAULT_TIMEOUT_MS = 20000
const CORRELATION_HEADERS = ['client-request-id', 'request-id', 'x-ms-correlation-id', 'x-ms-request-id', 'x-correlation-id']
const TIMEOUT_TEXT = /timed?\s*out|SocketTimeoutException/i

// The typings declare RESTMessageV2's constructor with internal Rhino arguments; the platform's public form is
// the no-argument constructor followed by setEndpoint/setHttpMethod.
const RestMessage = RESTMessageV2 as unknown as new () => RESTMessageV2

/** host + path of a URL, without query or fragment, for logs. */
export function describeUrl(url: string): { host: string; path: string } {
    const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i.exec(url)
    if (!m) return { host: '', path: '' }
    const host = m[2].replace(/^[^@]*@/, '')
    return { host, path: m[3] || '/' }
}

function header(res: RESTResponseV2, name: string): string | undefined {
    try {
        const v = res.getHeader(name)
        return v === null || v === undefined || v === '' ? undefined : String(v)
    } catch {
        return undefined
    }
}

function correlationOf(res: RESTResponseV2 | null, sent: string): string {
    if (res) {
        for (const h of CORRELATION_HEADERS) {
            const v = header(res, h)
            if (v) return v
        }
    }
    return sent
}

function effectivePolicy(req: JsonRequest): RetryPolicy {
    const maxAttempts = attemptsFromRetries(getNumberSetting('outbound.max_retries', DEFAULT_RETRY_POLICY.maxAttempts - 1))
    return { ...DEFAULT_RETRY_POLICY, maxAttempts, ...(req.policy || {}) }
}

interface Attempt {
    res: RESTResponseV2 | null
    status: number
    body: string
    transportError: string
    timedOut: boolean
}

function executeOnce(req: JsonRequest, bearer: string | null, timeoutMs: number, requestId: string): Attempt {
    const msg = new RestMessage()
    msg.setEndpoint(req.url)
    msg.setHttpMethod(req.method.toLowerCase())
    msg.setHttpTimeout(timeoutMs)
    msg.setRequestHeader('Accept', 'application/json')
    // Graph echoes client-request-id, the connector contract X-Correlation-Id: one id per logical call, in both.
    msg.setRequestHeader('client-request-id', requestId)
    msg.setRequestHeader('X-Correlation-Id', requestId)
    msg.setRequestHeader('return-client-request-id', 'true')
    const extra = req.headers || {}
    for (const k of Object.keys(extra)) msg.setRequestHeader(k, extra[k])
    if (bearer) msg.setRequestHeader('Authorization', 'Bearer ' + bearer)
    if (req.body !== undefined) {
        msg.setRequestHeader('Content-Type', 'application/json')
        msg.setRequestBody(JSON.stringify(req.body))
    }
    let res: RESTResponseV2
    try {
        res = msg.execute()
    } catch (e) {
        const text = e instanceof Error ? e.message : String(e)
        return { res: null, status: 0, body: '', transportError: text, timedOut: TIMEOUT_TEXT.test(text) }
    }
    const status = Number(res.getStatusCode()) || 0
    const body = String(res.getBody() || '')
    let transportError = ''
    if (status === 0) transportError = String(res.getErrorMessage() || 'No response')
    return { res, status, body, transportError, timedOut: status === 0 && TIMEOUT_TEXT.test(transportError) }
}

function parseBody(body: string): { ok: true; data: unknown } | { ok: false } {
    if (!body.trim()) return { ok: true, data: null }
    try {
        return { ok: true, data: JSON.parse(body) }
    } catch {
        return { ok: false }
    }
}

/** Sends one JSON request with retries; never throws. */
export function sendJson(req: JsonRequest): JsonResponse {
    const interactive = req.retry !== 'job'
    const policy = effectivePolicy(req)
    const timeoutMs = Math.max(1000, req.timeoutMs || getNumberSetting('outbound.timeout_ms', DEFAULT_TIMEOUT_MS))
    const maxElapsedMs = req.maxElapsedMs || timeoutMs + (interactive ? 0 : policy.maxTotalWaitMs)
    const idempotent = req.idempotent !== undefined ? req.idempotent : req.method !== 'POST' && req.method !== 'PATCH'
    const where = describeUrl(req.url)
    const requestId = String(gs.generateGUID())
    const started = nowRealMs()
    let waitedMs = 0
    let refreshed = false
    let attempt = 0
    let bearer: string | null = null

    if (req.bearer) {
        const t = req.bearer(false)
        if (!t.ok) return { ok: false, status: t.status || 0, code: t.code, detail: t.detail, attempts: 0 }
        bearer = t.accessToken
    }

    for (;;) {
        attempt++
        const remainingBudget = maxElapsedMs - (nowRealMs() - started)
        const a = executeOnce(req, bearer, Math.max(1000, Math.min(timeoutMs, remainingBudget)), requestId)
        const correlationId = correlationOf(a.res, requestId)

        if (a.status === 401 && req.bearer && !refreshed) {
            refreshed = true
            log.warn('{0} {1} {2}{3}: 401 on attempt {4}, refreshing the token once (correlation {5})', req.service, req.method, where.host, where.path, attempt, correlationId)
            const t = req.bearer(true)
            if (!t.ok) return { ok: false, status: t.status || 401, code: t.code, detail: t.detail, correlationId, attempts: attempt }
            bearer = t.accessToken
            attempt-- // the retry after a refresh is the same attempt, not a backoff retry
            continue
        }

        if (a.status >= 200 && a.status < 300) {
            const parsed = parseBody(a.body)
            if (!parsed.ok) {
                log.error('{0} {1} {2}{3}: status {4} with a body that is not JSON (attempt {5}, correlation {6})', req.service, req.method, where.host, where.path, a.status, attempt, correlationId)
                return { ok: false, status: a.status, code: 'bad_json', detail: 'The service answered with a body that is not valid JSON.', correlationId, attempts: attempt }
            }
            log.debug('{0} {1} {2}{3}: status {4} (attempt {5}, correlation {6})', req.service, req.method, where.host, where.path, a.status, attempt, correlationId)
            return { ok: true, status: a.status, data: parsed.data, headers: a.res ? headersOf(a.res) : {}, correlationId, attempts: attempt }
        }

        const retryAfterMs = a.res ? parseRetryAfterMs(header(a.res, 'Retry-After'), nowRealMs()) : undefined
        const decision = interactive
            ? decideInteractiveRetry({ attempt, status: a.status, transportError: a.transportError, idempotent })
            : decideRetry({ attempt, status: a.status, transportError: a.status === 0, retryAfterMs, waitedMs, idempotent }, policy, Math.random)
        const elapsed = nowRealMs() - started
        const fitsBudget = decision.retry && elapsed + decision.delayMs + 1000 <= maxElapsedMs
        if (decision.retry && fitsBudget) {
            log.warn('{0} {1} {2}{3}: {4} on attempt {5}, retrying {6} (correlation {7})', req.service, req.method, where.host, where.path,
                a.status === 0 ? (a.timedOut ? 'timeout' : 'connection error') : 'status ' + a.status, attempt,
                decision.delayMs > 0 ? 'in ' + decision.delayMs + ' ms' : 'at once', correlationId)
            // Only a job ever waits: an interactive decision is never a delay, and this keeps it structurally so.
            if (!interactive && decision.delayMs > 0) {
                pause(decision.delayMs)
                waitedMs += decision.delayMs
            }
            continue
        }

        // A remote error text may echo the request (Authorization header, secrets): detail reaches responses and
        // setup_state.test_results, which the log redaction never sees.
        const parsedError = parseServiceError(a.body)
        const serviceError = parsedError ? { ...parsedError, message: redact(parsedError.message) } : undefined
        const code = a.status === 0 ? (a.timedOut ? 'timeout' : 'network_error') : codeForStatus(a.status)
        const detail = a.status === 0
            ? (a.timedOut ? 'No answer within ' + timeoutMs + ' ms.' : 'Connection failed: ' + redact(a.transportError).slice(0, 200))
            : serviceError ? serviceError.code + ': ' + serviceError.message : 'HTTP ' + a.status
        const retryAfterSeconds = retryAfterMs !== undefined ? Math.ceil(retryAfterMs / 1000) : undefined
        log.error('{0} {1} {2}{3}: {4} after {5} attempt(s), giving up{6} (code {7}{8}, correlation {9})', req.service, req.method, where.host, where.path,
            a.status === 0 ? code : 'status ' + a.status, attempt, interactive ? ' without waiting (interactive request)' : '', serviceError ? serviceError.code : code,
            retryAfterSeconds !== undefined ? ', retry after ' + retryAfterSeconds + ' s' : '', serviceError && serviceError.correlationId ? serviceError.correlationId : correlationId)
        return {
            ok: false,
            status: a.status,
            code,
            detail,
            retryAfterSeconds,
            correlationId: serviceError && serviceError.correlationId ? serviceError.correlationId : correlationId,
            serviceError,
            attempts: attempt,
        }
    }
}

function headersOf(res: RESTResponseV2): Record<string, string> {
    const out: Record<string, string> = {}
    try {
        const all = res.getHeaders() as Record<string, unknown>
        for (const k of Object.keys(all || {})) out[k.toLowerCase()] = String(all[k])
    } catch {
        // headers are optional for callers
    }
    return out
}

// Budgets are wall-clock (the test double may freeze instance time for token expiry).
function nowRealMs(): number {
    return Date.now()
}
