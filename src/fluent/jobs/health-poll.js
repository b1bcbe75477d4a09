/* global require, gs */
/* eslint-disable @typescript-eslint/no-require-imports -- a scheduled script loads modules with require() */
// Thin bridge: the logic lives in src/server/health/health-job.ts (the poll runs when due; see there). The require
// path carries package name and version (test/health/job-bridge.test.ts keeps it in step with package.json).
;(function () {
    try {
        require('x_mioms_m365_assis/m365-support-integration/1.0.0/src/server/health/health-job.ts').runHealthPollJob()
    } catch (e) {
        gs.error('Microsoft 365 service health poll failed: ' + (e && e.message ? e.message : e))
    }
})()
