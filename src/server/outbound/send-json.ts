import { log, redact } from '../platform/log.ts'
import { pause } from '../platform/clock.ts'
import { getNumberSetting } from '../platform/properties.ts'
import { newRequestId, sendOnce, WireAnswer } from '../platform/http.ts'
import {
    attemptsFromRetries,
    decideRetry,
    DEFAULT_RETRY_POLICY,
    parseRetryAfterMs,
    RetryPolicy,
} from './rules/retry-policy.ts'
import { codeForStatus, CONNECTOR_ERROR_CODES, parseServiceError } from './rules/outbound-errors.ts'
import { decideInteractiveRetry, RetryMode } from './rules/retry-mode.ts'
import { RawFailure, RawResult } from '../domain/result.ts'

// One outbound JSON call with the app's retry policy (RESTMessageV2 has none for scripted calls), a bearer token
// supplied by the caller and a single token refresh on 401; the wire call itself is platform/http.ts. Logs host,
// method, path, status, attempt and correlation ids only: never headers, bodies or query strings (they may carry
// secrets). The caller names who is waiting (rules/retry-mode.ts): a user's request never waits between attempts,
// only a scheduled job backs off.

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** Supplies the bearer token; forceRefresh after a 401. Never logged here. */
export type BearerSource = (forceRefresh: boolean) => RawResult<{ accessToken: string }>

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

/**
 * The wire's answer. A failure has no user message yet (the connector and Graph clients add it from the code):
 * `code` is the contract's error code when the service sent one (so invalid_admin on a 400 is recognized as such),
 * else ours from the status or transport; `detail` is admin-facing and redacted.
 */
export type JsonResponse = RawResult<{
    status: number
    data: unknown
    headers: Record<string, string>
    correlationId?: string
}>

export const DEFAULT_TIMEOUT_MS = 20000
const CORRELATION_HEADERS = [
    'client-request-id',
    'request-id',
    'x-ms-correlation-id',
    'x-ms-request-id',
    'x-correlation-id',
]

/** host + path of a URL, without query or fragment, for logs. */
export function describeUrl(url: string): { host: string; path: string } {
    const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i.exec(url)
    if (!m) return { host: '', path: '' }
    const host = m[2].replace(/^[^@]*@/, '')
    return { host, path: m[3] || '/' }
}

function labelFor(req: JsonRequest): string {
    const where = describeUrl(req.url)
    return req.service + ' ' + req.method + ' ' + where.host + where.path
}

/** One logical call: its settings and what has happened so far. */
interface Call {
    req: JsonRequest
    interactive: boolean
    policy: RetryPolicy
    timeoutMs: number
    maxElapsedMs: number
    idempotent: boolean
    /** "<service> <method> <host><path>" (no query string), the start of every log line about this call. */
    label: string
    requestId: string
    started: number
    waitedMs: number
    refreshed: boolean
    attempt: number
    bearer: string | null
}

/** Sends one JSON request with retries; never throws. */
export function sendJson(req: JsonRequest): JsonResponse {
    const call = startCall(req)
    if (req.bearer) {
        const t = req.bearer(false)
        if (!t.ok) return t
        call.bearer = t.accessToken
    }
    for (;;) {
        call.attempt++
        const a = sendAttempt(call)
        const correlationId = correlationOf(a, call.requestId)
        if (a.status === 401 && req.bearer && !call.refreshed) {
            const refused = refreshOnce(call, correlationId)
            if (refused) return refused
            continue
        }
        if (a.status >= 200 && a.status < 300) return decode(call, a, correlationId)
        const retryAfterMs = parseRetryAfterMs(a.header('Retry-After'), nowRealMs())
        if (retryLater(call, a, retryAfterMs, correlationId)) continue
        return giveUp(call, a, retryAfterMs, correlationId)
    }
}

function startCall(req: JsonRequest): Call {
    const interactive = req.retry !== 'job'
    const maxAttempts = attemptsFromRetries(
        getNumberSetting('outbound.max_retries', DEFAULT_RETRY_POLICY.maxAttempts - 1),
    )
    const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, maxAttempts, ...(req.policy || {}) }
    const timeoutMs = Math.max(1000, req.timeoutMs || getNumberSetting('outbound.timeout_ms', DEFAULT_TIMEOUT_MS))
    return {
        req,
        interactive,
        policy,
        timeoutMs,
        maxElapsedMs: req.maxElapsedMs || timeoutMs + (interactive ? 0 : policy.maxTotalWaitMs),
        idempotent: req.idempotent !== undefined ? req.idempotent : req.method !== 'POST' && req.method !== 'PATCH',
        label: labelFor(req),
        requestId: newRequestId(),
        started: nowRealMs(),
        waitedMs: 0,
        refreshed: false,
        attempt: 0,
        bearer: null,
    }
}

function sendAttempt(call: Call): WireAnswer {
    const req = call.req
    // Graph echoes client-request-id, the connector contract X-Correlation-Id: one id per logical call, in both.
    const headers: Record<string, string> = {
        Accept: 'application/json',
        'client-request-id': call.requestId,
        'X-Correlation-Id': call.requestId,
        'return-client-request-id': 'true',
    }
    const extra = req.headers || {}
    for (const k of Object.keys(extra)) headers[k] = extra[k]
    if (call.bearer) headers.Authorization = 'Bearer ' + call.bearer
    if (req.body !== undefined) headers['Content-Type'] = 'application/json'
    const remainingBudget = call.maxElapsedMs - (nowRealMs() - call.started)
    return sendOnce({
        method: req.method.toLowerCase(),
        url: req.url,
        headers,
        body: req.body !== undefined ? JSON.stringify(req.body) : undefined,
        timeoutMs: Math.max(1000, Math.min(call.timeoutMs, remainingBudget)),
    })
}

/** The one token refresh after a 401; a failure when the token source refuses, else null (send again). */
function refreshOnce(call: Call, correlationId: string): RawFailure | null {
    const req = call.req
    call.refreshed = true
    log.warn(
        '{0}: 401 on attempt {1}, refreshing the token once (correlation {2})',
        call.label,
        call.attempt,
        correlationId,
    )
    const t = (req.bearer as BearerSource)(true)
    if (!t.ok) return { ok: false, status: t.status || 401, code: t.code, detail: t.detail, correlationId }
    call.bearer = t.accessToken
    call.attempt-- // the retry after a refresh is the same attempt, not a backoff retry
    return null
}

function decode(call: Call, a: WireAnswer, correlationId: string): JsonResponse {
    const parsed = parseBody(a.body)
    if (!parsed.ok) {
        log.error(
            '{0}: status {1} with a body that is not JSON (attempt {2}, correlation {3})',
            call.label,
            a.status,
            call.attempt,
            correlationId,
        )
        return {
            ok: false,
            status: a.status,
            code: 'bad_json',
            detail: 'The service answered with a body that is not valid JSON.',
            correlationId,
        }
    }
    log.debug('{0}: status {1} (attempt {2}, correlation {3})', call.label, a.status, call.attempt, correlationId)
    return {
        ok: true,
        status: a.status,
        data: parsed.data,
        headers: a.headers(),
        correlationId,
    }
}

/** Whether to send again (decideRetry, or the interactive rule), within the call's time budget; a job waits first. */
function retryLater(call: Call, a: WireAnswer, retryAfterMs: number | undefined, correlationId: string): boolean {
    const decision = call.interactive
        ? decideInteractiveRetry({
              attempt: call.attempt,
              status: a.status,
              transportError: a.transportError,
              idempotent: call.idempotent,
          })
        : decideRetry(
              {
                  attempt: call.attempt,
                  status: a.status,
                  transportError: a.status === 0,
                  retryAfterMs,
                  waitedMs: call.waitedMs,
                  idempotent: call.idempotent,
              },
              call.policy,
              Math.random,
          )
    const elapsed = nowRealMs() - call.started
    if (!decision.retry || elapsed + decision.delayMs + 1000 > call.maxElapsedMs) return false
    log.warn(
        '{0}: {1} on attempt {2}, retrying {3} (correlation {4})',
        call.label,
        a.status === 0 ? (a.timedOut ? 'timeout' : 'connection error') : 'status ' + a.status,
        call.attempt,
        decision.delayMs > 0 ? 'in ' + decision.delayMs + ' ms' : 'at once',
        correlationId,
    )
    // Only a job ever waits: an interactive decision is never a delay, and this keeps it structurally so.
    if (!call.interactive && decision.delayMs > 0) {
        pause(decision.delayMs)
        call.waitedMs += decision.delayMs
    }
    return true
}

function giveUp(call: Call, a: WireAnswer, retryAfterMs: number | undefined, correlationId: string): RawFailure {
    // A remote error text may echo the request (Authorization header, secrets): detail reaches responses and
    // setup_state.test_results, which the log redaction never sees.
    const parsedError = parseServiceError(a.body)
    const serviceError = parsedError ? { ...parsedError, message: redact(parsedError.message) } : undefined
    const contractCode =
        serviceError && (CONNECTOR_ERROR_CODES as readonly string[]).indexOf(serviceError.code) >= 0
            ? serviceError.code
            : ''
    const code = a.status === 0 ? (a.timedOut ? 'timeout' : 'network_error') : contractCode || codeForStatus(a.status)
    const detail =
        a.status === 0
            ? a.timedOut
                ? 'No answer within ' + call.timeoutMs + ' ms.'
                : 'Connection failed: ' + redact(a.transportError).slice(0, 200)
            : serviceError
              ? serviceError.code + ': ' + serviceError.message
              : 'HTTP ' + a.status
    const retryAfterSeconds = retryAfterMs !== undefined ? Math.ceil(retryAfterMs / 1000) : undefined
    const finalCorrelation = serviceError && serviceError.correlationId ? serviceError.correlationId : correlationId
    log.error(
        '{0}: {1} after {2} attempt(s), giving up{3} (code {4}{5}, correlation {6})',
        call.label,
        a.status === 0 ? code : 'status ' + a.status,
        call.attempt,
        call.interactive ? ' without waiting (interactive request)' : '',
        serviceError ? serviceError.code : code,
        retryAfterSeconds !== undefined ? ', retry after ' + retryAfterSeconds + ' s' : '',
        finalCorrelation,
    )
    return {
        ok: false,
        status: a.status,
        code,
        detail,
        retryAfterSeconds,
        correlationId: finalCorrelation,
    }
}

function correlationOf(a: WireAnswer, sent: string): string {
    for (const h of CORRELATION_HEADERS) {
        const v = a.header(h)
        if (v) return v
    }
    return sent
}

function parseBody(body: string): { ok: true; data: unknown } | { ok: false } {
    if (!body.trim()) return { ok: true, data: null }
    try {
        return { ok: true, data: JSON.parse(body) }
    } catch {
        return { ok: false }
    }
}

// Budgets are wall-clock (the test double may freeze instance time for token expiry).
function nowRealMs(): number {
    return Date.now()
}
