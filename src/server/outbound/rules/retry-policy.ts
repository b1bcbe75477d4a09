import { parseHttpDate } from '../../domain/http-date.ts'
import { roundHalfUp } from '../../domain/numbers.ts'

// When and how long to wait before retrying an outbound call. Pure: the caller supplies the clock, the random
// source and what it has already waited, so every decision is testable without a network.
//
// Why bounded: waiting on the instance blocks a worker thread (a scoped app cannot call gs.sleep, so the wait
// is a clock loop, see platform/clock.ts). An agent's click must not hang, so the total wait per call is capped;
// a Retry-After beyond the cap is not waited out but handed back to the caller as retryAfterSeconds (the
// Graph poller simply resumes at its next run).

export interface RetryPolicy {
    /** Attempts in total, first one included (outbound.max_retries + 1). */
    maxAttempts: number
    /** First backoff step; step n is baseDelayMs * 2^(n-1) before jitter. */
    baseDelayMs: number
    /** Largest single wait, Retry-After included. */
    maxDelayMs: number
    /** Largest sum of waits for one logical call. */
    maxTotalWaitMs: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
    maxAttempts: 4,
    baseDelayMs: 500,
    maxDelayMs: 4000,
    maxTotalWaitMs: 8000,
}

/** Hard ceiling on attempts whatever the property says, so a typo cannot make one click run 100 calls. */
export const MAX_ATTEMPTS_CEILING = 6

/** outbound.max_retries (retries after the first attempt) -> maxAttempts, clamped to 1..MAX_ATTEMPTS_CEILING. */
export function attemptsFromRetries(maxRetries: number): number {
    const n = Math.floor(Number(maxRetries))
    if (!isFinite(n) || n < 0) return 1
    return Math.min(MAX_ATTEMPTS_CEILING, n + 1)
}

/** HTTP statuses worth another try: throttling and gateway/availability failures (not 500: usually a bug). */
export function isRetryableStatus(status: number): boolean {
    return status === 429 || status === 502 || status === 503 || status === 504
}

/**
 * Retry-After as milliseconds from now: delta-seconds ("120") or an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT").
 * Returns undefined when absent or unparseable; a date in the past gives 0.
 */
export function parseRetryAfterMs(value: string | null | undefined, nowMs: number): number | undefined {
    if (value === null || value === undefined) return undefined
    const v = String(value).trim()
    if (!v) return undefined
    if (/^\d+(\.\d+)?$/.test(v)) return roundHalfUp(Number(v) * 1000)
    const at = parseHttpDate(v, nowMs)
    if (at === null) return undefined
    return Math.max(0, at - nowMs)
}

/** Exponential backoff with "equal jitter": half the step fixed, half random, never above maxDelayMs. */
export function backoffDelayMs(retryNumber: number, policy: RetryPolicy, random: () => number): number {
    const n = Math.max(1, Math.floor(retryNumber))
    const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * Math.pow(2, n - 1))
    const r = Math.min(1, Math.max(0, random()))
    return roundHalfUp(step / 2 + (step / 2) * r)
}

export type RetryDecision =
    | { retry: true; delayMs: number }
    | { retry: false; reason: 'not_retryable' | 'attempts_exhausted' | 'wait_cap'; retryAfterMs?: number }

export interface AttemptOutcome {
    /** 1-based number of the attempt that just failed. */
    attempt: number
    /** HTTP status, or 0 for a transport failure (timeout, reset, refused). */
    status: number
    /** Transport failure that may be retried (timeout / connection error). */
    transportError?: boolean
    /** Parsed Retry-After (ms from now), when the server sent one. */
    retryAfterMs?: number
    /** Sum of waits already done for this call. */
    waitedMs: number
    /** Whether repeating the request is safe (GET, or a POST carrying an idempotency key). */
    idempotent: boolean
}

export function decideRetry(o: AttemptOutcome, policy: RetryPolicy, random: () => number): RetryDecision {
    const retryable = o.status === 0 ? !!o.transportError : isRetryableStatus(o.status)
    // A 429 means the server did not process the request, so it is safe to repeat even when not idempotent.
    if (!retryable || (!o.idempotent && o.status !== 429))
        return { retry: false, reason: 'not_retryable', retryAfterMs: o.retryAfterMs }
    if (o.attempt >= policy.maxAttempts)
        return { retry: false, reason: 'attempts_exhausted', retryAfterMs: o.retryAfterMs }
    const remaining = policy.maxTotalWaitMs - o.waitedMs
    let delay: number
    if (o.retryAfterMs !== undefined) {
        // The server said when: waiting less would just be throttled again, so a too-long Retry-After ends here.
        if (o.retryAfterMs > policy.maxDelayMs || o.retryAfterMs > remaining)
            return { retry: false, reason: 'wait_cap', retryAfterMs: o.retryAfterMs }
        delay = o.retryAfterMs
    } else {
        delay = Math.min(backoffDelayMs(o.attempt, policy, random), Math.max(0, remaining))
        if (remaining <= 0) return { retry: false, reason: 'wait_cap' }
    }
    return { retry: true, delayMs: delay }
}
