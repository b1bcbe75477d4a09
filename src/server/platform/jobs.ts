import { gs, GlideRecord } from '@servicenow/glide'
import { log } from './log.ts'

// Running one of the app's scheduled jobs now instead of at its next scheduled time. gs.executeNow(GlideRecord job)
// (GlideSystem - Scoped) queues the job for immediate execution on a worker and returns the sys_id of the trigger
// it created: the caller's transaction does not wait for the job.

const JOB_TABLE = 'sysauto_script'

/** Queues the active scheduled script of this name; returns the trigger's sys_id, or '' when there is no such job. */
export function runJobNow(jobName: string): string {
    const job = new GlideRecord(JOB_TABLE)
    job.addQuery('name', jobName)
    job.addQuery('active', true)
    job.setLimit(1)
    job.query()
    if (!job.next()) {
        log.warn('Scheduled job "{0}" was not found or is inactive', jobName)
        return ''
    }
    try {
        return String(gs.executeNow(job) || '')
    } catch (e) {
        log.error('Scheduled job "{0}" could not be queued: {1}', jobName, e instanceof Error ? e.message : String(e))
        return ''
    }
}
