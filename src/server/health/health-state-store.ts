import { getNumberSetting, getSetting, setSetting } from '../platform/properties.ts'
import { BudgetState, clampLimits, parseBudget, RateLimits } from './rules/health-rate-budget.ts'
import { parseCursor, SyncCursor } from './rules/health-sync-cursor.ts'

// Where the poller keeps its position and request counts between runs: private app properties. Written at most a
// few times per run (a property write flushes the property cache, so never per request or per issue).

const P = {
    watermark: 'health.watermark',
    cursor: 'health.sync_cursor',
    budget: 'health.rate_budget',
    lastRun: 'health.last_run',
    overviews: 'health.overviews',
    overviewsInterval: 'health.overviews_interval_minutes',
    lock: 'health.run_lock',
    pollRequested: 'health.poll_requested',
}

export const DEFAULT_PAGE_SIZE = 100
export const DEFAULT_POLL_INTERVAL_MINUTES = 15
/** healthOverviews (status per service) change rarely and the issues carry their own status: every 6 hours. */
export const DEFAULT_OVERVIEWS_INTERVAL_MINUTES = 360

export function readWatermark(): string {
    return getSetting(P.watermark).trim()
}

export function writeWatermark(iso: string): void {
    if (iso !== readWatermark()) setSetting(P.watermark, iso)
}

export function readCursor(): SyncCursor | null {
    return parseCursor(getSetting(P.cursor))
}

export function writeCursor(c: SyncCursor | null): void {
    const v = c ? JSON.stringify(c) : ''
    if (v !== getSetting(P.cursor)) setSetting(P.cursor, v)
}

export function readBudget(): BudgetState {
    return parseBudget(getSetting(P.budget))
}

export function writeBudget(b: BudgetState): void {
    setSetting(P.budget, JSON.stringify(b))
}

export function readLimits(): RateLimits {
    return clampLimits({
        perRun: getNumberSetting('health.max_requests_per_run', 0),
        perMinute: getNumberSetting('health.max_requests_per_minute', 0),
        perHour: getNumberSetting('health.max_requests_per_hour', 0),
    })
}

/** Prefer: odata.maxpagesize for /issues, 1..1000. */
export function readPageSize(): number {
    const n = Math.floor(getNumberSetting('health.page_size', DEFAULT_PAGE_SIZE))
    return n >= 1 ? Math.min(1000, n) : DEFAULT_PAGE_SIZE
}

export function readPollIntervalMinutes(): number {
    const n = getNumberSetting('health.poll_interval_minutes', DEFAULT_POLL_INTERVAL_MINUTES)
    return n >= 1 ? n : DEFAULT_POLL_INTERVAL_MINUTES
}

/** healthOverviews refresh interval, never shorter than the poll interval (one request per poll at most). */
export function readOverviewsIntervalMinutes(): number {
    const n = getNumberSetting(P.overviewsInterval, DEFAULT_OVERVIEWS_INTERVAL_MINUTES)
    return Math.max(n >= 1 ? n : DEFAULT_OVERVIEWS_INTERVAL_MINUTES, readPollIntervalMinutes())
}

export interface LastRun {
    at: string
    outcome: string
    requests: number
    detail: string
    /** When a poll last got an answer from Graph (ISO), carried over by runs that did not; absent until the first. */
    polledAt?: string
}

export function readLastRun(): LastRun | null {
    try {
        const v = JSON.parse(getSetting(P.lastRun) || 'null') as LastRun | null
        return v && typeof v.at === 'string' ? v : null
    } catch {
        return null
    }
}

export function writeLastRun(r: LastRun): void {
    setSetting(P.lastRun, JSON.stringify(r))
}

export interface StoredOverviews {
    fetchedAt: string
    services: { id: string; service: string; status: string }[]
}

export function readOverviews(): StoredOverviews | null {
    try {
        const v = JSON.parse(getSetting(P.overviews) || 'null') as StoredOverviews | null
        return v && Array.isArray(v.services) ? v : null
    } catch {
        return null
    }
}

export function writeOverviews(o: StoredOverviews): void {
    setSetting(P.overviews, JSON.stringify(o))
}

/**
 * A lease so that an "Execute Now" during a scheduled run does not poll (and create incidents) twice at once.
 * Properties are not transactional, so this narrows the window rather than closing it; the incident reference on
 * the health issue is the lasting duplicate guard.
 */
export function acquireRunLock(nowMs: number, leaseMs: number): boolean {
    const until = Number(getSetting(P.lock)) || 0
    if (until > nowMs) return false
    setSetting(P.lock, String(nowMs + leaseMs))
    return true
}

export function releaseRunLock(): void {
    setSetting(P.lock, '')
}

/** A poll asked for out of schedule (Setup just completed): ISO time of the request, '' when none. */
export function readPollRequest(): string {
    return getSetting(P.pollRequested).trim()
}

export function writePollRequest(iso: string): void {
    if (iso !== readPollRequest()) setSetting(P.pollRequested, iso)
}
