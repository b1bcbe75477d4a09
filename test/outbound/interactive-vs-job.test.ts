/* eslint-disable @typescript-eslint/no-explicit-any -- the API answers are JSON asserted field by field */
// No waiting inside a user's request (issue 11, defect 5): the incident tab, solution search, Contact Microsoft
// support and Setup's connector test answer at once when the connector throttles (429 + Retry-After) or is
// unavailable (503), carrying the Retry-After for "try again in N s"; only the scheduled jobs back off. (Since issue
// 12 the tab route sends nothing: the solutions route calls the connector.) Runs the
// real route handlers and jobs on the double against the reference connector in a child process, with
// outbound.max_retries = 3 so that any retry or wait would show. The waiter (platform/clock.ts) records every wait.
import * as control from '../../testkit/glide/control'
import { spawnMicrosoftSide, type SpawnedMicrosoftSide } from '../../testkit/microsoft/spawn'
import { ADMIN, INSIGHTS, T, World, call, installWorld, setProp } from '../../testkit/worlds/incident-world'
import {
    getIncidentSolutions,
    getIncidentTab,
    postIncidentCase,
    postSolutionSearch,
} from '../../src/server/incident/incident-tab-routes'
import { runCaseSync } from '../../src/server/cases/case-service'
import { ping } from '../../src/server/outbound/connector-client'
import { setWaiter } from '../../src/server/platform/clock'
import { DEFAULTS } from '../../testkit/microsoft/defaults'

jest.setTimeout(90000)

let side: SpawnedMicrosoftSide
let w: World
let waits: number[]

beforeAll(async () => {
    side = await spawnMicrosoftSide()
})
afterAll(async () => {
    setWaiter(null)
    await side?.close()
})
beforeEach(async () => {
    await side.control.resetAll()
    w = installWorld(side)
    setProp('outbound.max_retries', '3')
    waits = []
    setWaiter((ms) => waits.push(ms))
})

const requests = async (key: string) => ((await side.control.connector.counters()).requests?.[key] ?? 0) as number
const search = (q: string) =>
    call(postSolutionSearch, INSIGHTS, { method: 'POST', pathParams: { sys_id: w.incidentId }, body: { query: q } })
const caseBody = {
    title: 'Outlook cannot send',
    description: 'Sales cannot send email since 9:00.',
    contactName: 'Adele Vance',
    contactEmail: 'adele.vance@contoso.com',
    contactPhone: '+1 425 555 0109',
}
const escalate = () =>
    call(postIncidentCase, ADMIN, { method: 'POST', pathParams: { sys_id: w.incidentId }, body: caseBody })
const linkAdmin = () => {
    const admin = control.rows('sys_user').find((u) => u.user_name === ADMIN)!
    control.seed(T.linked, [{ user: admin.sys_id, admin_email: DEFAULTS.adminEmails[0], valid: 'true' }])
}
const glideMs = (v: string) => Date.parse(v.replace(' ', 'T') + 'Z')

describe('interactive requests never wait', () => {
    test('solution search against a throttling connector: one request, no wait, throttled with the Retry-After seconds', async () => {
        await side.control.connector.setFaults({ throttle: { retryAfterSeconds: 7 }, paths: ['/solutions'] })
        const started = Date.now()
        const r = search('teams meetings drop')
        expect(Date.now() - started).toBeLessThan(3000)
        expect(r.status).toBe(200)
        expect(r.json).toMatchObject({
            ok: false,
            error: {
                kind: 'throttled',
                code: 'throttled',
                retryAfterSeconds: 7,
                message: 'Microsoft support received too many requests from this instance.',
            },
        })
        expect(waits).toEqual([])
        expect(await requests('POST /solutions/search')).toBe(1)
        const log = control
            .syslog()
            .map((l) => l.message)
            .join('\n')
        expect(log).toMatch(
            /status 429 after 1 attempt\(s\), giving up without waiting \(interactive request\) \(code throttled, retry after 7 s/,
        )
    })

    test('incident tab against an unavailable connector: the tab route sends nothing; its solutions route one request, no wait, unavailable', async () => {
        await side.control.connector.setFaults({ down: 'unavailable', paths: ['/solutions'] })
        const body = call(getIncidentTab, INSIGHTS, { pathParams: { sys_id: w.incidentId } }).json as Record<
            string,
            any
        >
        expect(body.messages).toEqual([])
        expect(await requests('POST /solutions/search')).toBe(0)
        const solutions = call(getIncidentSolutions, INSIGHTS, { pathParams: { sys_id: w.incidentId } }).json as Record<
            string,
            any
        >
        expect(solutions).toMatchObject({
            ok: false,
            error: {
                kind: 'unavailable',
                code: 'unavailable',
                message: 'Microsoft support cannot be reached at the moment.',
            },
        })
        expect(waits).toEqual([])
        expect(await requests('POST /solutions/search')).toBe(1)
    })

    test('Contact Microsoft support against a throttling connector: saved as pending at once, without the waits a job would make', async () => {
        linkAdmin()
        // A Retry-After of 2 s is one a job waits out (three times within its 8 s cap); a click must not.
        await side.control.connector.setFaults({ throttle: { retryAfterSeconds: 2 }, paths: ['/cases'] })
        const r = escalate()
        expect(r.status).toBe(202)
        expect(r.json).toMatchObject({ outcome: 'pending' })
        expect(waits).toEqual([])
        expect(await requests('POST /cases')).toBe(1)
        const [row] = control.rows(T.case)
        expect(row).toMatchObject({ status: 'pending', sync_state: 'retrying', sync_attempts: '1' })
        expect(row.last_error).toMatch(/^throttled: /)
    })

    test('Contact Microsoft support against an unavailable connector: one request, no wait, pending', async () => {
        linkAdmin()
        await side.control.connector.setFaults({ down: 'unavailable', paths: ['/cases'] })
        expect(escalate()).toMatchObject({ status: 202, json: { outcome: 'pending' } })
        expect(waits).toEqual([])
        expect(await requests('POST /cases')).toBe(1)
        expect(control.rows(T.case)[0].last_error).toMatch(/^unavailable: /)
    })

    test('Contact Microsoft support: a long Retry-After moves the next attempt of the pending case past it', async () => {
        linkAdmin()
        await side.control.connector.setFaults({ throttle: { retryAfterSeconds: 300 }, paths: ['/cases'] })
        const before = Date.now()
        expect(escalate().status).toBe(202)
        expect(waits).toEqual([])
        // The job's first retry would come after 1 minute; the connector asked for 5.
        expect(glideMs(control.rows(T.case)[0].next_attempt_at)).toBeGreaterThanOrEqual(
            Math.floor(before / 1000) * 1000 + 300_000,
        )
    })

    test("Setup's connector test (ping) against an unavailable connector: one request, no wait", async () => {
        await side.control.connector.setFaults({ down: 'unavailable', paths: ['/ping'] })
        const r = ping('interactive')
        expect(r).toMatchObject({ ok: false, status: 503, code: 'unavailable' })
        expect(waits).toEqual([])
        expect(await requests('GET /ping')).toBe(1)
    })

    test('a connection reset on a repeatable request is tried once more at once, without a wait, then given up', async () => {
        await side.control.connector.setFaults({ down: 'reset', paths: ['/solutions'] })
        const r = search('outlook cannot connect')
        expect(r.json).toMatchObject({ ok: false, error: { kind: 'unavailable', code: 'network_error' } })
        expect(waits).toEqual([])
        expect(await requests('POST /solutions/search')).toBe(2)
        expect(control.syslog().some((l) => /connection error on attempt 1, retrying at once/.test(l.message))).toBe(
            true,
        )
    })
})

describe('scheduled jobs still back off', () => {
    test('case-sync job against an unavailable connector: bounded, growing waits between its attempts', async () => {
        linkAdmin()
        await side.control.connector.setFaults({ down: 'unavailable', paths: ['/cases'] })
        expect(escalate().status).toBe(202)
        expect(waits).toEqual([])
        control.clock.advance(61_000)
        waits.length = 0
        expect(runCaseSync()).toEqual({ synced: 0, retrying: 1, failed: 0 })
        // outbound.max_retries = 3: four attempts, three waits of 250-500, 500-1000, 1000-2000 ms (capped per call).
        expect(await requests('POST /cases')).toBe(1 + 4)
        expect(waits).toHaveLength(3)
        expect(waits[0]).toBeGreaterThanOrEqual(250)
        expect(waits[0]).toBeLessThanOrEqual(500)
        expect(waits[1]).toBeGreaterThanOrEqual(500)
        expect(waits[1]).toBeLessThanOrEqual(1000)
        expect(waits[2]).toBeGreaterThanOrEqual(1000)
        expect(waits[2]).toBeLessThanOrEqual(2000)
        expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(8000)
        // The connector is back: the job's next run (after its own backoff) sends it.
        await side.control.connector.clearFaults()
        control.clock.advance(10 * 60_000)
        expect(runCaseSync()).toEqual({ synced: 1, retrying: 0, failed: 0 })
    })

    test('case-sync job waits out a short Retry-After within the call and succeeds', async () => {
        linkAdmin()
        await side.control.connector.setFaults({ down: 'unavailable', paths: ['/cases'] })
        expect(escalate().status).toBe(202)
        await side.control.connector.setFaults({ throttle: { count: 1, retryAfterSeconds: 2 }, paths: ['/cases'] })
        control.clock.advance(61_000)
        waits.length = 0
        expect(runCaseSync()).toEqual({ synced: 1, retrying: 0, failed: 0 })
        expect(waits).toEqual([2000])
    })
})
