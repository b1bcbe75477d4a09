import '@servicenow/sdk/global'
import { ScheduledScript } from '@servicenow/sdk/core'
import { caseSyncJob } from '../../server/cases/case-sync-job'

// Why: a case is saved locally before the connector is called; when the connector is down or throttled the case
// stays pending and this job sends it again with the same idempotency key (backoff 1, 2, 4 ... 60 min per case,
// next_attempt_at), until it is synced or failed. Every minute, so the first retry is not late.
ScheduledScript({
    $id: Now.ID['job-case-sync'],
    name: 'Microsoft 365 support: send pending cases',
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 1 },
    // Fixed and in the past: the default is the build machine's clock, which changes every build and, on an
    // instance whose clock is behind the builder's, would hold the first run back until then.
    executionStart: '2026-01-01 00:00:00',
    script: caseSyncJob,
    protectionPolicy: 'read',
})
