// Health data right after Setup (issue 12): when Setup's verification passes, the app queues its service health
// poll job with gs.executeNow instead of waiting for the job's next run (every 5 minutes, polling only when due:
// 15 minutes after a poll that read Graph), and the tab can say "not polled yet" or when Microsoft was last read.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as control from '../../testkit/glide/control'
import { gs } from '../../testkit/glide/gs'
import { GlideRecord } from '../../testkit/glide'
import { spawnMicrosoftSide, SpawnedMicrosoftSide } from '../../testkit/microsoft/spawn'
import { completeSteps, freshInstance, SetupIds, verify } from '../setup/fixtures'
import { runQueuedAppJobs } from '../../testkit/app/app-jobs'
import { builtApp } from '../../testkit/app/install-app'
import { resetTokenMemo } from '../../src/server/outbound/token-provider'
import {
    HEALTH_POLL_JOB_NAME,
    healthPollStatus,
    requestHealthPoll,
    runHealthPollJob,
} from '../../src/server/health/health-job'

jest.setTimeout(90000)

const SCOPE = 'x_mioms_m365_assis'
const HEALTH = SCOPE + '_health_issue'
let ms: SpawnedMicrosoftSide
let ids: SetupIds

beforeAll(async () => {
    ms = await spawnMicrosoftSide()
})
afterAll(() => ms.close())
beforeEach(async () => {
    await ms.control.resetAll()
    ids = freshInstance(ms.urls)
    resetTokenMemo()
    gs.setProperty(SCOPE + '.outbound.max_retries', '0')
    gs.setProperty(SCOPE + '.logging.verbosity', 'warn')
})

const triggers = () => control.rows('sys_trigger')
const lastRun = () =>
    JSON.parse(String(gs.getProperty(SCOPE + '.health.last_run', 'null'))) as {
        at: string
        outcome: string
        polledAt?: string
    } | null

test("the job name the code queues is the built scheduled job's name", () => {
    const names = (builtApp().records.get('sysauto_script') ?? []).map((r) =>
        String((r as Record<string, unknown>).name),
    )
    expect(names).toContain(HEALTH_POLL_JOB_NAME)
    expect(readFileSync(join(__dirname, '..', '..', 'src/fluent/jobs/health-poll.now.ts'), 'utf8')).toContain(
        `name: '${HEALTH_POLL_JOB_NAME}'`,
    )
})

test('Setup verification passing queues the poll job, whose run reads Graph at once', () => {
    // The scheduled job ran before Setup was done: nothing configured, so it waits quietly: no request, no "failed"
    // last run, no error in the log.
    const logged = control.syslog().length
    expect(runHealthPollJob()).toEqual({ ran: false, reason: 'not_configured' })
    expect(runHealthPollJob({ force: true })).toEqual({ ran: false, reason: 'not_configured' })
    expect(lastRun()).toBeNull()
    expect(control.syslog().slice(logged)).toEqual([])
    expect(healthPollStatus()).toEqual({ polledAt: null, pending: false })

    completeSteps('basic', ids, ms.urls.connector)
    expect(triggers()).toHaveLength(0)
    const r = verify()
    expect(r.body.completed).toBe(true)

    const job = control.rows('sysauto_script').find((j) => j.name === HEALTH_POLL_JOB_NAME)!
    expect(triggers()).toEqual([
        expect.objectContaining({
            name: HEALTH_POLL_JOB_NAME,
            document: 'sysauto_script',
            document_key: job.sys_id,
            trigger_type: '0',
        }),
    ])
    expect(healthPollStatus()).toEqual({ polledAt: null, pending: true })
    expect(control.rows(HEALTH)).toHaveLength(0)

    expect(runQueuedAppJobs()).toEqual([HEALTH_POLL_JOB_NAME])
    expect(triggers()).toHaveLength(0)
    expect(control.rows(HEALTH).length).toBeGreaterThan(0)
    const status = healthPollStatus()
    expect(status.pending).toBe(false)
    expect(status.polledAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(lastRun()).toMatchObject({ outcome: 'complete', polledAt: status.polledAt })
    // Answered: the next scheduled run waits for the interval again.
    expect(runHealthPollJob()).toEqual({ ran: false, reason: 'not_due' })
})

test('a re-verification within the poll interval polls again at once (the request makes the job due)', async () => {
    completeSteps('basic', ids, ms.urls.connector)
    verify()
    runQueuedAppJobs()
    expect(runHealthPollJob()).toEqual({ ran: false, reason: 'not_due' })
    const graphRequests = async () => (await ms.control.graph.counters()).requests?.total ?? 0
    const before = await graphRequests()
    expect(verify().body.completed).toBe(true)
    expect(runQueuedAppJobs()).toEqual([HEALTH_POLL_JOB_NAME])
    expect(await graphRequests()).toBeGreaterThan(before)
    expect(healthPollStatus().pending).toBe(false)
})

test('a verification that does not pass queues nothing', () => {
    completeSteps('basic', ids, ms.urls.connector)
    control.denyCrossScope('oauth_entity', 'read')
    expect(verify().body.completed).toBe(false)
    expect(triggers()).toHaveLength(0)
    expect(healthPollStatus().pending).toBe(false)
})

test('job inactive: nothing can be queued, it is logged, and the next scheduled run still honours the request', () => {
    completeSteps('basic', ids, ms.urls.connector)
    runHealthPollJob()
    const job = new GlideRecord('sysauto_script')
    job.addQuery('name', HEALTH_POLL_JOB_NAME)
    job.query()
    job.next()
    job.setValue('active', 'false')
    job.update()
    expect(requestHealthPoll('test')).toBe(false)
    expect(triggers()).toHaveLength(0)
    expect(control.syslog().some((l) => l.message.includes('could not be queued'))).toBe(true)
    const next = runHealthPollJob()
    expect(next.ran).toBe(true)
    expect(healthPollStatus().pending).toBe(false)
})

test('a later run that cannot reach Graph keeps the time of the last successful poll', async () => {
    completeSteps('basic', ids, ms.urls.connector)
    verify()
    runQueuedAppJobs()
    const polledAt = healthPollStatus().polledAt
    expect(polledAt).not.toBeNull()
    await ms.control.graph.setFaults({ down: 'unavailable' })
    expect(runHealthPollJob({ force: true }).ran).toBe(true)
    expect(lastRun()).toMatchObject({ outcome: 'failed', polledAt })
    expect(healthPollStatus().polledAt).toBe(polledAt)
})

test("the double's executeNow queues scheduled jobs only", () => {
    const gr = new GlideRecord('incident')
    expect(gs.executeNow(gr)).toBe('')
    expect(triggers()).toHaveLength(0)
    expect(control.syslog().some((l) => l.message.startsWith('executeNow: not a scheduled job record'))).toBe(true)
})
