import { CONFIG_ERROR_CODES } from '../outbound/rules/outbound-errors.ts'
import { log } from '../platform/log.ts'
import { nowMs } from '../platform/clock.ts'
import { listHealthOverviews, listIssuesPage, Page } from '../outbound/graph-client.ts'
import { Outbound } from '../outbound/outbound-result.ts'
import { allowance, BudgetState, blockedReason, RateLimits, spend, throttle } from './rules/health-rate-budget.ts'
import {
    advanceWatermark,
    afterPage,
    isComplete,
    restartPass,
    startPass,
    SyncCursor,
} from './rules/health-sync-cursor.ts'
import { dedupeIssues } from './rules/health-issue-mapping.ts'
import { GraphIssue } from '../outbound/rules/graph-types.ts'
import { isoFromMs, parseIsoInstant } from '../domain/iso-time.ts'
import { upsertIssues } from './health-issue-store.ts'
import { AutoIncidentReport, syncAutoIncidents } from './auto-incidents.ts'
import {
    readBudget,
    readCursor,
    readLimits,
    readOverviews,
    readOverviewsIntervalMinutes,
    readPageSize,
    readWatermark,
    writeBudget,
    writeCursor,
    writeOverviews,
    writeWatermark,
} from './health-state-store.ts'

// One poll of Microsoft Graph service health: continues or starts a pass over /issues (watermark delta), stores
// what it reads, refreshes healthOverviews when due (every few hours, not every poll), then brings the automatic
// incidents up to date.
// Every Graph request is counted in the rate budget before the next one is sent; the budget, the pass and the
// watermark are persisted whatever happens, so a run that stops (budget spent, 429, error) resumes next time.

export type PollOutcome = 'complete' | 'partial' | 'throttled' | 'failed' | 'budget_exhausted'

export interface PollReport {
    outcome: PollOutcome
    /** Graph requests sent by this run. */
    requests: number
    pages: number
    issuesSeen: number
    created: number
    updated: number
    /** The watermark after this run. */
    watermark: string
    /** A pass is unfinished and continues next run. */
    pending: boolean
    /** Why the run stopped early: throttled, run_cap, minute_cap, hour_cap, or the failure code. */
    stoppedBy: string
    /** Epoch ms before which Graph must not be called again (after a 429), 0 when none. */
    notBefore: number
    overviewsRefreshed: boolean
    incidents: AutoIncidentReport | null
    error?: { status: number; code: string; detail: string }
}

export interface PollOptions {
    /** Defaults from properties (tests and the bench override them). */
    limits?: RateLimits
    pageSize?: number
    /** Skip automatic incidents (the bench measures Graph traffic only). */
    skipIncidents?: boolean
}

// Codes that mean no request reached Graph (a configuration or token problem found first).
const NOT_SENT = CONFIG_ERROR_CODES.concat(['invalid_request', 'token_error'])
// A kept nextLink that Graph no longer accepts: start the pass over rather than failing forever.
const STALE_LINK_STATUSES = [400, 404, 410]

// The poller is a job but does its own pacing: no retries inside a call (a retry would be an uncounted request),
// and a 429 ends the run with its Retry-After remembered (the budget's notBefore) instead of holding a worker
// thread while waiting; the next scheduled run resumes.
const NO_RETRY = { retry: 'job' as const, policy: { maxAttempts: 1 } }

function wasSent<T>(r: Outbound<T>): boolean {
    return r.ok || !(r.status === 0 && NOT_SENT.indexOf(r.code) >= 0)
}

export function runHealthPoll(opts: PollOptions = {}): PollReport {
    const limits = opts.limits || readLimits()
    const pageSize = opts.pageSize || readPageSize()
    let budget: BudgetState = readBudget()
    let watermark = readWatermark()
    let cursor: SyncCursor | null = readCursor()
    const report: PollReport = {
        outcome: 'complete',
        requests: 0,
        pages: 0,
        issuesSeen: 0,
        created: 0,
        updated: 0,
        watermark,
        pending: false,
        stoppedBy: '',
        notBefore: 0,
        overviewsRefreshed: false,
        incidents: null,
    }
    const changed: string[] = []

    const stopForBudget = (): boolean => {
        const now = nowMs()
        if (allowance(budget, now, limits, report.requests) > 0) return false
        report.stoppedBy = blockedReason(budget, now, limits, report.requests) || 'run_cap'
        return true
    }
    const record = <T>(r: Outbound<T>): r is Extract<Outbound<T>, { ok: true }> => {
        if (wasSent(r)) {
            report.requests++
            budget = spend(budget, nowMs())
        }
        if (r.ok) return true
        if (r.status === 429) {
            budget = throttle(budget, nowMs(), r.retryAfterSeconds)
            report.outcome = 'throttled'
            report.stoppedBy = 'throttled'
        } else {
            report.outcome = 'failed'
            report.stoppedBy = r.code
        }
        report.error = { status: r.status, code: r.code, detail: r.detail || r.message }
        return false
    }

    try {
        // Issues first: they are what agents and automatic incidents need.
        for (;;) {
            if (stopForBudget()) break
            if (!cursor) cursor = startPass(watermark, nowMs())
            const from = cursor.nextLink || { since: cursor.since || undefined, pageSize }
            const r: Outbound<Page<GraphIssue>> = listIssuesPage(from, NO_RETRY)
            if (!r.ok && cursor.nextLink && STALE_LINK_STATUSES.indexOf(r.status) >= 0) {
                record(r)
                log.warn(
                    'Service health: Graph refused the saved page link (status {0}); the pass starts over from its first page',
                    r.status,
                )
                cursor = restartPass(cursor)
                report.outcome = 'complete'
                report.stoppedBy = ''
                delete report.error
                continue
            }
            if (!record(r)) break
            const items = dedupeIssues(r.data.items)
            const u = upsertIssues(items)
            report.pages++
            report.issuesSeen += items.length
            report.created += u.created
            report.updated += u.updated
            for (const id of u.changedSysIds) changed.push(id)
            if (u.failed) {
                // Moving past this page (or the watermark past these issues) would lose them until Microsoft changes them again.
                report.outcome = 'failed'
                report.stoppedBy = 'write_failed'
                report.error = {
                    status: 0,
                    code: 'write_failed',
                    detail: u.failed + ' issue(s) could not be stored; the page is read again next run.',
                }
                break
            }
            cursor = afterPage(
                cursor,
                items.map((i) => String(i.lastModifiedDateTime || '')),
                r.data.nextLink,
            )
            if (isComplete(cursor)) {
                watermark = advanceWatermark(watermark, cursor)
                cursor = null
                break
            }
        }

        // healthOverviews: one request, at most once per health.overviews_interval_minutes (6 hours by default), only
        // with budget to spare, so a steady-state poll is the one issues request.
        if (report.outcome === 'complete' && !cursor && overviewsDue()) {
            if (!stopForBudget()) {
                const o = listHealthOverviews(NO_RETRY)
                if (record(o)) {
                    writeOverviews({
                        fetchedAt: isoFromMs(nowMs()),
                        services: o.data.map((s) => ({
                            id: String(s.id),
                            service: String(s.service),
                            status: String(s.status),
                        })),
                    })
                    report.overviewsRefreshed = true
                }
            }
        }
    } finally {
        // Persist in this order: a crash between writes can only repeat work, never skip it.
        writeBudget(budget)
        writeCursor(cursor)
        writeWatermark(watermark)
    }

    report.watermark = watermark
    report.pending = !!cursor
    report.notBefore = budget.notBefore > nowMs() ? budget.notBefore : 0
    if (report.outcome === 'complete' && cursor)
        report.outcome =
            report.requests > 0 ? 'partial' : report.stoppedBy === 'throttled' ? 'throttled' : 'budget_exhausted'
    if (report.outcome === 'complete' && report.stoppedBy && report.requests === 0)
        report.outcome = report.stoppedBy === 'throttled' ? 'throttled' : 'budget_exhausted'

    // Incidents follow what was stored even when Graph stopped the run half-way.
    if (!opts.skipIncidents) report.incidents = syncAutoIncidents(changed)

    log.info(
        'Service health poll: {0}, {1} Graph request(s), {2} page(s), {3} issue(s) read ({4} new, {5} changed), watermark {6}{7}',
        report.outcome,
        report.requests,
        report.pages,
        report.issuesSeen,
        report.created,
        report.updated,
        report.watermark || '(none)',
        report.stoppedBy ? ', stopped by ' + report.stoppedBy : '',
    )
    return report
}

function overviewsDue(): boolean {
    const o = readOverviews()
    if (!o) return true
    const at = parseIsoInstant(o.fetchedAt)
    return at === null || nowMs() - at >= readOverviewsIntervalMinutes() * 60 * 1000 - 30 * 1000
}
