import '@servicenow/sdk/global'
import { ScheduledScript } from '@servicenow/sdk/core'
import { solutionCachePurgeJob } from '../../server/solutions/cache-purge'

// Why: recommended solutions are cached per incident and query (solution_cache); expired rows stay a week as the
// fallback while the connector is down, then this job deletes them so the table does not grow without end.
ScheduledScript({
    $id: Now.ID['job-solution-cache-purge'],
    name: 'Microsoft 365 support: purge expired solutions',
    active: true,
    frequency: 'daily',
    executionTime: { hours: 3, minutes: 15, seconds: 0 },
    // Fixed and in the past, as for the other jobs: the default is the build machine's clock.
    executionStart: '2026-01-01 00:00:00',
    script: solutionCachePurgeJob,
    protectionPolicy: 'read',
})
