// The scheduled job "Microsoft 365 service health poll" calls the health job module directly (as case-sync does):
// the built script requires src/server/health/health-job.ts by its sys_module path and runs healthPollJob, which
// logs a failure instead of throwing it at the scheduler.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as control from '../../testkit/glide/control'
import { builtApp, installApp } from '../../testkit/app/install-app'
import { runAppJob } from '../../testkit/app/app-jobs'
import * as properties from '../../src/server/platform/properties'
import { HEALTH_POLL_JOB_NAME, healthPollJob } from '../../src/server/health/health-job'

type Rec = Record<string, unknown>
const text = (v: unknown): string =>
    v === undefined || v === null ? '' : typeof v === 'object' ? text((v as Rec)['#text']) : String(v)
const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    name: string
    version: string
}
const job = () => (builtApp().records.get('sysauto_script') ?? []).find((r) => text(r.name) === HEALTH_POLL_JOB_NAME)!

test('the built job requires the health job module by its sys_module path and calls healthPollJob', () => {
    const script = text(job().script)
    expect(script).toContain(`require('x_mioms_m365_assis/${pkg.name}/${pkg.version}/src/server/health/health-job.ts')`)
    expect(script).toMatch(/healthPollJob\(\)/)
})

test('a failing poll is logged, not thrown at the scheduler', () => {
    installApp()
    const spy = jest.spyOn(properties, 'getSetting').mockImplementation(() => {
        throw new Error('boom')
    })
    try {
        expect(() => healthPollJob()).not.toThrow()
        expect(() => runAppJob(job() as control.Row)).not.toThrow()
    } finally {
        spy.mockRestore()
    }
    expect(control.syslog().filter((l) => l.message === 'Microsoft 365 service health poll failed: boom')).toHaveLength(
        2,
    )
})
