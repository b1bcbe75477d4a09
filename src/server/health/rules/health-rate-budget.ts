// How many Microsoft Graph requests the service health poller may send now. Pure: the caller supplies the clock
// and persists the state between runs (property health.rate_budget).
//
// Graph allows 240 requests per 60 s and 800 per hour per app and tenant. The counters here are fixed windows
// (a window opens with its first request and closes after 60 s / 1 h), so two full windows can meet at a
// boundary: the caps are therefore half of Graph's limits, which keeps any sliding 60 s / 1 h span within the
// limits whatever the poll interval, and leaves the other half for the app's on-demand calls (the incident tab).

export interface RateLimits {
    /** Most requests one poll run sends (bounds how long a run holds a worker). */
    perRun: number
    perMinute: number
    perHour: number
}

export const GRAPH_LIMITS = { perMinute: 240, perHour: 800 }
export const DEFAULT_LIMITS: RateLimits = { perRun: 50, perMinute: 120, perHour: 400 }
/** Wait after a 429 that carried no usable Retry-After. */
export const DEFAULT_THROTTLE_WAIT_SECONDS = 60
const MINUTE_MS = 60 * 1000
const HOUR_MS = 60 * MINUTE_MS

export interface BudgetState {
    minuteStart: number
    minuteCount: number
    hourStart: number
    hourCount: number
    /** Epoch ms before which no request may be sent (after a 429 Retry-After). */
    notBefore: number
}

export function emptyBudget(): BudgetState {
    return { minuteStart: 0, minuteCount: 0, hourStart: 0, hourCount: 0, notBefore: 0 }
}

/** Limits from settings, clamped so a typo cannot exceed Graph's own limits (or disable polling by going negative). */
export function clampLimits(l: Partial<RateLimits>): RateLimits {
    const pick = (v: number | undefined, fallback: number, max: number) => {
        const n = Math.floor(Number(v))
        return isFinite(n) && n >= 1 ? Math.min(n, max) : fallback
    }
    const perMinute = pick(l.perMinute, DEFAULT_LIMITS.perMinute, GRAPH_LIMITS.perMinute / 2)
    const perHour = pick(l.perHour, DEFAULT_LIMITS.perHour, GRAPH_LIMITS.perHour / 2)
    return { perMinute, perHour, perRun: pick(l.perRun, DEFAULT_LIMITS.perRun, perHour) }
}

/** Closes windows that have run out. */
export function roll(s: BudgetState, now: number): BudgetState {
    const next = { ...s }
    if (!(next.minuteStart > 0) || now - next.minuteStart >= MINUTE_MS || now < next.minuteStart) {
        next.minuteStart = 0
        next.minuteCount = 0
    }
    if (!(next.hourStart > 0) || now - next.hourStart >= HOUR_MS || now < next.hourStart) {
        next.hourStart = 0
        next.hourCount = 0
    }
    return next
}

/** Requests that may still be sent now, given what this run already sent. */
export function allowance(s: BudgetState, now: number, limits: RateLimits, sentThisRun: number): number {
    if (now < s.notBefore) return 0
    const r = roll(s, now)
    return Math.max(
        0,
        Math.min(limits.perRun - sentThisRun, limits.perMinute - r.minuteCount, limits.perHour - r.hourCount),
    )
}

/** Records n requests sent at `now` (a throttled request counts: Graph counted it too). */
export function spend(s: BudgetState, now: number, n = 1): BudgetState {
    const r = roll(s, now)
    if (!r.minuteStart) r.minuteStart = now
    if (!r.hourStart) r.hourStart = now
    r.minuteCount += n
    r.hourCount += n
    return r
}

/** A 429: nothing more until Retry-After has passed (default DEFAULT_THROTTLE_WAIT_SECONDS). */
export function throttle(s: BudgetState, now: number, retryAfterSeconds?: number): BudgetState {
    const wait =
        retryAfterSeconds !== undefined && isFinite(retryAfterSeconds) && retryAfterSeconds > 0
            ? retryAfterSeconds
            : DEFAULT_THROTTLE_WAIT_SECONDS
    return { ...s, notBefore: Math.max(s.notBefore, now + Math.ceil(wait) * 1000) }
}

/** Why the budget says no, for the run report and the log. */
export function blockedReason(
    s: BudgetState,
    now: number,
    limits: RateLimits,
    sentThisRun: number,
): 'throttled' | 'run_cap' | 'minute_cap' | 'hour_cap' | '' {
    if (now < s.notBefore) return 'throttled'
    const r = roll(s, now)
    if (r.hourCount >= limits.perHour) return 'hour_cap'
    if (r.minuteCount >= limits.perMinute) return 'minute_cap'
    if (sentThisRun >= limits.perRun) return 'run_cap'
    return ''
}

export function parseBudget(json: string): BudgetState {
    const base = emptyBudget()
    if (!json) return base
    try {
        const o = JSON.parse(json) as Partial<BudgetState>
        const num = (v: unknown) => (typeof v === 'number' && isFinite(v) && v >= 0 ? v : 0)
        return {
            minuteStart: num(o.minuteStart),
            minuteCount: num(o.minuteCount),
            hourStart: num(o.hourStart),
            hourCount: num(o.hourCount),
            notBefore: num(o.notBefore),
        }
    } catch {
        return base
    }
}
