import { log } from '../platform/log.ts'
import { nowMs } from '../platform/clock.ts'
import { isoFromMs, parseIsoInstant } from '../domain/iso-time.ts'
import { runJobNow } from '../platform/jobs.ts'
import { runHealthPoll, PollReport } from './health-poller.ts'
import { configuredProfileId } from '../outbound/token-provider.ts'
import {
    acquireRunLock,
    LastRun,
    readCursor,
    readLastRun,
    readPollIntervalMinutes,
    readPollRequest,
    releaseRunLock,
    writeLastRun,
    writePollRequest,
} from './health-state-store.ts'

// Entry point of the scheduled job "Microsoft 365 service health poll" (src/fluent/jobs/health-poll.now.ts).
// The job fires every JOB_PERIOD_MINUTES; a poll starts when health.poll_interval_minutes has passed since the
// last one, sooner while a pass is unfinished (the rate budget still bounds it), and at once when requested
// (requestHealthPoll: Setup just completed, so the tab need not wait for the schedule to show health data).

export const JOB_PERIOD_MINUTES = 5
/** The job's name in sysauto_script (src/fluent/jobs/health-poll.now.ts; test/health/poll-request.test.ts checks both match). */
export const HEALTH_POLL_JOB_NAME = 'Microsoft 365 service health poll'
const LEASE_MS = 10 * 60 * 1000
// Scheduler jitter: a job firing a little early still counts as due.
const EARLY_SLACK_MS = 60 * 1000

export type JobResult =
    | { ran: false; reason: 'not_configured' | 'not_due' | 'locked' }
    | { ran: true; report: PollReport }

export function isPollDue(now: number): boolean {
    if (readCursor() || readPollRequest()) return true
    const last = readLastRun()
    const at = last ? parseIsoInstant(last.at) : null
    return at === null || now - at >= readPollIntervalMinutes() * 60 * 1000 - EARLY_SLACK_MS
}

/** The scheduled job's script (src/fluent/jobs/health-poll.now.ts): a failure is logged, never thrown at the scheduler. */
export function healthPollJob(): void {
    try {
        runHealthPollJob()
    } catch (e) {
        log.error('Microsoft 365 service health poll failed: {0}', e instanceof Error ? e.message : String(e))
    }
}

export function runHealthPollJob(opts: { force?: boolean } = {}): JobResult {
    // Before Setup selects the outbound profile there is nothing to poll with: the job waits without a request, a
    // "failed" last run or an error line every few minutes (the tab says "not polled yet"; Setup queues a poll).
    if (!configuredProfileId()) return { ran: false, reason: 'not_configured' }
    const now = nowMs()
    if (!opts.force && !isPollDue(now)) return { ran: false, reason: 'not_due' }
    if (!acquireRunLock(now, LEASE_MS)) {
        log.warn('Service health poll skipped: another poll is still running')
        return { ran: false, reason: 'locked' }
    }
    const at = isoFromMs(now)
    const previous = readLastRun()
    // This run answers any request made so far; one made while it runs stays for the next run.
    const requested = readPollRequest()
    try {
        const report = runHealthPoll()
        // Shown on the settings page: a Graph error first, else a settings problem of the automatic incidents.
        const detail = report.error
            ? report.error.code + ': ' + report.error.detail
            : report.incidents && report.incidents.settingsError
              ? report.incidents.settingsError
              : report.stoppedBy
        const reachedGraph = report.pages > 0 || report.overviewsRefreshed
        writeLastRun(
            withPolledAt(
                { at, outcome: report.outcome, requests: report.requests, detail: String(detail || '').slice(0, 300) },
                reachedGraph ? at : '',
                previous,
            ),
        )
        return { ran: true, report }
    } catch (e) {
        log.error('Service health poll failed: {0}', e instanceof Error ? e.message : String(e))
        writeLastRun(withPolledAt({ at, outcome: 'failed', requests: 0, detail: 'unexpected error' }, '', previous))
        throw e
    } finally {
        if (requested && readPollRequest() === requested) writePollRequest('')
        releaseRunLock()
    }
}

function withPolledAt(run: LastRun, polledAt: string, previous: LastRun | null): LastRun {
    const at = polledAt || (previous && previous.polledAt) || ''
    if (at) run.polledAt = at
    return run
}

/**
 * Asks for a poll now rather than at the next due time: marks the request (the job treats it as due) and queues the
 * job for immediate execution. Returns whether the job could be queued; when not, the next scheduled run (at most
 * JOB_PERIOD_MINUTES away) still honours the request.
 */
export function requestHealthPoll(reason: string): boolean {
    writePollRequest(isoFromMs(nowMs()))
    const trigger = runJobNow(HEALTH_POLL_JOB_NAME)
    if (trigger) log.info('Service health poll queued now ({0})', reason)
    else
        log.warn(
            'Service health poll requested ({0}) but the job "{1}" could not be queued; it runs at its next schedule',
            reason,
            HEALTH_POLL_JOB_NAME,
        )
    return !!trigger
}

export interface PollStatus {
    /** When a poll last got an answer from Graph (ISO), null before the first one. */
    polledAt: string | null
    /** A requested poll (Setup just completed) has not run yet. */
    pending: boolean
}

export function healthPollStatus(): PollStatus {
    const last = readLastRun()
    // A last_run written before polledAt existed: its own time counts when that run read Graph.
    const polledAt = last
        ? last.polledAt || (last.outcome === 'complete' || last.outcome === 'partial' ? last.at : '')
        : ''
    return { polledAt: polledAt || null, pending: !!readPollRequest() }
}
