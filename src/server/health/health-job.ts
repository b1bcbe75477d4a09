import { log } from '../platform/log.ts'
import { nowMs } from '../platform/clock.ts'
import { isoFromMs, parseIsoInstant } from '../domain/iso-time.ts'
import { runHealthPoll, PollReport } from './health-poller.ts'
import { acquireRunLock, readCursor, readLastRun, readPollIntervalMinutes, releaseRunLock, writeLastRun } from './health-state-store.ts'

// Entry point of the scheduled job "Microsoft 365 service health poll" (src/fluent/jobs/health-poll.now.ts).
// The job fires every JOB_PERIOD_MINUTES; a poll starts when health.poll_interval_minutes has passed since the
// last one, or sooner while a pass is unfinished (the rate budget still bounds it).

export const JOB_PERIOD_MINUTES = 5
const LEASE_MS = 10 * 60 * 1000
// Scheduler jitter: a job firing a little early still counts as due.
const EARLY_SLACK_MS = 60 * 1000

export type JobResult = { ran: false; reason: 'not_due' | 'locked' } | { ran: true; report: PollReport }

export function isPollDue(now: number): boolean {
    if (readCursor()) return true
    const last = readLastRun()
    const at = last ? parseIsoInstant(last.at) : null
    return at === null || now - at >= readPollIntervalMinutes() * 60 * 1000 - EARLY_SLACK_MS
}

export function runHealthPollJob(opts: { force?: boolean } = {}): JobResult {
    const now = nowMs()
    if (!opts.force && !isPollDue(now)) return { ran: false, reason: 'not_due' }
    if (!acquireRunLock(now, LEASE_MS)) {
        log.warn('Service health poll skipped: another poll is still running')
        return { ran: false, reason: 'locked' }
    }
    try {
        const report = runHealthPoll()
        // Shown on the settings page: a Graph error first, else a settings problem of the automatic incidents.
        const detail = report.error ? report.error.code + ': ' + report.error.detail : report.incidents && report.incidents.settingsError ? report.incidents.settingsError : report.stoppedBy
        writeLastRun({ at: isoFromMs(now), outcome: report.outcome, requests: report.requests, detail: String(detail || '').slice(0, 300) })
        return { ran: true, report }
    } catch (e) {
        log.error('Service health poll failed: {0}', e instanceof Error ? e.message : String(e))
        writeLastRun({ at: isoFromMs(now), outcome: 'failed', requests: 0, detail: 'unexpected error' })
        throw e
    } finally {
        releaseRunLock()
    }
}
