import '@servicenow/sdk/global'
import { ScheduledScript } from '@servicenow/sdk/core'
import { healthPollJob } from '../../server/health/health-job'

// Why every 5 minutes: the job only polls when health.poll_interval_minutes has passed (or a pass is unfinished),
// so the property sets the pace; the rate budget keeps Graph traffic within limits whatever it is set to.
ScheduledScript({
    $id: Now.ID['job-health-poll'],
    name: 'Microsoft 365 service health poll',
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 5 },
    // Fixed, so that each build emits the same record (the default is the build time).
    executionStart: '2026-01-01 00:00:00',
    script: healthPollJob,
    upgradeSafe: false,
})
