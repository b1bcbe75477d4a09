// The service health poller through the Glide double against the Graph and Entra stand-ins (child process):
// full backfill with paging, watermark deltas, dedupe, request budget caps, 429 Retry-After, failures and stale
// page links. Every figure is checked against the stand-in's own request counters.
import * as control from '../../testkit/glide/control'
import * as records from '../../src/server/platform/records'
import { spawnMicrosoftSide, type SpawnedMicrosoftSide } from '../../testkit/microsoft/spawn'
import { runHealthPoll } from '../../src/server/health/health-poller'
import { readCursor, readWatermark } from '../../src/server/health/health-state-store'
import { isoToGlide } from '../../src/server/health/rules/health-issue-mapping'
import { OVERLAP_MS } from '../../src/server/health/rules/health-sync-cursor'
import { getProp, graphCount, HEALTH_TABLE, seedHealthInstance, setProp } from '../../testkit/worlds/health-instance'

jest.setTimeout(90000)

let side: SpawnedMicrosoftSide
// Seeded issues lie in the 30 days before BASE, an hour before now: new changes (stamped "now") are newer.
const BASE = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3_600_000).toISOString()
const WIDE = { perRun: 50, perMinute: 120, perHour: 400 }

beforeAll(async () => {
    side = await spawnMicrosoftSide({ graph: { baseTime: BASE } })
})
afterAll(() => side.close())
beforeEach(async () => {
    await side.control.resetAll()
    seedHealthInstance(side)
})

const issueRequests = () => graphCount(side, 'requests', 'issues')
const allRequests = () => graphCount(side, 'requests')
const rows = () => control.rows(HEALTH_TABLE)
const maxModified = async () =>
    (await side.control.graph.issues())
        .map((i) => i.lastModifiedDateTime)
        .sort()
        .pop()!

describe('backfill and delta', () => {
    it('first run pages through every issue (page size 100), stores them and sets the watermark to the newest change', async () => {
        await side.control.graph.seed({ count: 250, seed: 3, baseTime: BASE })
        const r = runHealthPoll({ limits: WIDE, pageSize: 100 })
        expect(r).toMatchObject({
            outcome: 'complete',
            pages: 3,
            issuesSeen: 250,
            created: 250,
            updated: 0,
            pending: false,
        })
        expect(await issueRequests()).toBe(3)
        expect(r.requests).toBe(await allRequests()) // 3 issue pages + 1 healthOverviews
        expect(r.overviewsRefreshed).toBe(true)
        expect(rows()).toHaveLength(250)
        expect(new Set(rows().map((x) => x.issue_id)).size).toBe(250)
        expect(readWatermark()).toBe(new Date(await maxModified()).toISOString())
        expect(readCursor()).toBeNull()
        const overviews = JSON.parse(getProp('health.overviews'))
        expect(overviews.services.find((s: { id: string }) => s.id === 'Exchange')).toMatchObject({
            service: 'Exchange Online',
        })
    })

    it('later runs ask only for changes since the watermark (minus the overlap) and store them', async () => {
        await side.control.graph.seed({ count: 120, seed: 4, baseTime: BASE })
        runHealthPoll({ limits: WIDE, pageSize: 100 })
        const all = await side.control.graph.issues()
        const first = readWatermark()
        const servedBefore = await graphCount(side, 'itemsServed', 'issues')

        // Nothing changed: one request, only the overlap comes back, nothing is written, the watermark stays.
        const idle = runHealthPoll({ limits: WIDE, pageSize: 100 })
        expect(idle).toMatchObject({ outcome: 'complete', requests: 1, created: 0, updated: 0 })
        const overlapCount = all.filter(
            (i) => Date.parse(i.lastModifiedDateTime) >= Date.parse(first) - OVERLAP_MS,
        ).length
        expect((await graphCount(side, 'itemsServed', 'issues')) - servedBefore).toBe(overlapCount)
        expect(readWatermark()).toBe(first)

        await side.control.graph.updateIssue(all[5].id, { status: 'serviceRestored', post: '<p>Fixed.</p>' })
        await side.control.graph.updateIssue(all[9].id, { post: '<p>Still investigating.</p>' })
        const added = await side.control.graph.addIssue({
            id: 'EX900001',
            service: 'Exchange Online',
            title: 'Users may be unable to send email',
            status: 'investigating',
        })
        const delta = runHealthPoll({ limits: WIDE, pageSize: 100 })
        expect(delta).toMatchObject({ outcome: 'complete', requests: 1, pages: 1, created: 1, updated: 2 })
        expect(rows()).toHaveLength(121)
        const restored = rows().find((x) => x.issue_id === all[5].id)!
        expect(restored).toMatchObject({ status: 'serviceRestored', is_resolved: 'true' })
        expect(JSON.parse(restored.posts).pop().description.content).toBe('<p>Fixed.</p>')
        expect(rows().find((x) => x.issue_id === 'EX900001')!.last_modified_date_time).toBe(
            isoToGlide(added.lastModifiedDateTime),
        )
        expect(Date.parse(readWatermark())).toBe(Date.parse(await maxModified()))
    })

    it('steady state: one Graph request per poll at the 15-minute interval; healthOverviews only every 6 hours (health.overviews_interval_minutes)', async () => {
        await side.control.graph.seed({ count: 40, seed: 8, baseTime: BASE })
        control.clock.set(Date.now())
        expect(runHealthPoll({ limits: WIDE, pageSize: 100 })).toMatchObject({
            outcome: 'complete',
            requests: 2,
            overviewsRefreshed: true,
        })
        const perPoll: number[] = []
        const refreshed: boolean[] = []
        for (let i = 0; i < 24; i++) {
            control.clock.advance(15 * 60_000)
            const before = await allRequests()
            const r = runHealthPoll({ limits: WIDE, pageSize: 100 })
            perPoll.push((await allRequests()) - before)
            refreshed.push(r.overviewsRefreshed)
        }
        // 24 polls = 6 hours: the 24th is the first with healthOverviews due again.
        expect(perPoll.slice(0, 23)).toEqual(new Array(23).fill(1))
        expect(perPoll[23]).toBe(2)
        expect(refreshed.indexOf(true)).toBe(23)
        expect(await graphCount(side, 'requests', 'healthOverviews')).toBe(2)

        // The property shortens it, but never below the poll interval (at most one overviews request per poll).
        setProp('health.overviews_interval_minutes', '1')
        control.clock.advance(5 * 60_000)
        expect(runHealthPoll({ limits: WIDE, pageSize: 100 }).overviewsRefreshed).toBe(false)
        control.clock.advance(10 * 60_000)
        expect(runHealthPoll({ limits: WIDE, pageSize: 100 }).overviewsRefreshed).toBe(true)
    })

    it('never duplicates: repeated and overlapping runs leave one row per issue id', async () => {
        await side.control.graph.seed({ count: 30, seed: 5, baseTime: BASE })
        for (let i = 0; i < 3; i++) runHealthPoll({ limits: WIDE, pageSize: 7 })
        setProp('health.watermark', '') // forces a second full pass over the same data
        const again = runHealthPoll({ limits: WIDE, pageSize: 7 })
        expect(again).toMatchObject({ outcome: 'complete', created: 0, updated: 0, issuesSeen: 30 })
        expect(rows()).toHaveLength(30)
        expect(new Set(rows().map((x) => x.issue_id)).size).toBe(30)
    })
})

describe('request budget', () => {
    it('stops at the per-run cap, keeps the page link and the old watermark, and continues next run', async () => {
        await side.control.graph.seed({ count: 500, seed: 6, baseTime: BASE })
        const limits = { perRun: 2, perMinute: 120, perHour: 400 }
        const r1 = runHealthPoll({ limits, pageSize: 100 })
        expect(r1).toMatchObject({
            outcome: 'partial',
            requests: 2,
            pages: 2,
            pending: true,
            stoppedBy: 'run_cap',
            watermark: '',
        })
        expect(readCursor()!.nextLink).toContain('$skiptoken=')
        expect(readWatermark()).toBe('')
        const r2 = runHealthPoll({ limits, pageSize: 100 })
        expect(r2).toMatchObject({ outcome: 'partial', requests: 2, pending: true })
        const r3 = runHealthPoll({ limits, pageSize: 100 })
        expect(r3).toMatchObject({ outcome: 'complete', requests: 2, pending: false, overviewsRefreshed: true })
        expect(await issueRequests()).toBe(5) // no page read twice
        expect(rows()).toHaveLength(500)
        expect(readWatermark()).toBe(new Date(await maxModified()).toISOString())
    })

    it('counts requests per minute and per hour across runs (persisted), and waits for the windows', async () => {
        await side.control.graph.seed({ count: 500, seed: 7, baseTime: BASE })
        control.clock.set(Date.now())
        const limits = { perRun: 50, perMinute: 3, perHour: 4 }
        expect(runHealthPoll({ limits, pageSize: 50 })).toMatchObject({
            outcome: 'partial',
            requests: 3,
            stoppedBy: 'minute_cap',
        })
        expect(runHealthPoll({ limits, pageSize: 50 })).toMatchObject({
            outcome: 'budget_exhausted',
            requests: 0,
            stoppedBy: 'minute_cap',
        })
        control.clock.advance(61_000)
        expect(runHealthPoll({ limits, pageSize: 50 })).toMatchObject({
            outcome: 'partial',
            requests: 1,
            stoppedBy: 'hour_cap',
        })
        control.clock.advance(61_000)
        expect(runHealthPoll({ limits, pageSize: 50 })).toMatchObject({
            outcome: 'budget_exhausted',
            requests: 0,
            stoppedBy: 'hour_cap',
        })
        expect(await allRequests()).toBe(4)
        const budget = JSON.parse(getProp('health.rate_budget'))
        expect(budget).toMatchObject({ hourCount: 4 }) // stored as last written; windows roll when read
        control.clock.advance(3_600_000)
        expect(runHealthPoll({ limits, pageSize: 50 })).toMatchObject({ outcome: 'partial', requests: 3 })
        expect(readWatermark()).toBe('')
    })
})

describe('throttling and failures', () => {
    it('429 stops the run, remembers Retry-After, keeps the watermark, and resumes after it', async () => {
        await side.control.graph.seed({ count: 40, seed: 8, baseTime: BASE })
        control.clock.set(Date.now())
        runHealthPoll({ limits: WIDE, pageSize: 100 })
        const watermark = readWatermark()
        const all = await side.control.graph.issues()
        await side.control.graph.updateIssue(all[0].id, { post: '<p>New update</p>' })

        await side.control.graph.setFaults({ throttle: { count: 1, retryAfterSeconds: 120 } })
        const t = runHealthPoll({ limits: WIDE, pageSize: 100 })
        expect(t).toMatchObject({
            outcome: 'throttled',
            requests: 1,
            stoppedBy: 'throttled',
            updated: 0,
            error: { status: 429 },
        })
        expect(t.notBefore).toBeGreaterThanOrEqual(control.clock.now() + 119_000)
        expect(readWatermark()).toBe(watermark)

        const before = await allRequests()
        control.clock.advance(60_000)
        expect(runHealthPoll({ limits: WIDE, pageSize: 100 })).toMatchObject({ outcome: 'throttled', requests: 0 })
        expect(await allRequests()).toBe(before) // nothing sent while Retry-After runs

        control.clock.advance(61_000)
        const resumed = runHealthPoll({ limits: WIDE, pageSize: 100 })
        expect(resumed).toMatchObject({ outcome: 'complete', updated: 1 })
        expect(Date.parse(readWatermark())).toBeGreaterThan(Date.parse(watermark))
    })

    it('429 in the middle of a multi-run pass keeps the page link; the pass finishes later with no page lost', async () => {
        await side.control.graph.seed({ count: 300, seed: 9, baseTime: BASE })
        control.clock.set(Date.now())
        runHealthPoll({ limits: { perRun: 1, perMinute: 120, perHour: 400 }, pageSize: 100 })
        const link = readCursor()!.nextLink
        await side.control.graph.setFaults({ throttle: { count: 1, retryAfterSeconds: 5 } })
        expect(runHealthPoll({ limits: WIDE, pageSize: 100 })).toMatchObject({ outcome: 'throttled', pending: true })
        expect(readCursor()!.nextLink).toBe(link)
        expect(readWatermark()).toBe('')
        control.clock.advance(6_000)
        expect(runHealthPoll({ limits: WIDE, pageSize: 100 })).toMatchObject({ outcome: 'complete', pages: 2 })
        expect(rows()).toHaveLength(300)
        expect(readWatermark()).toBe(new Date(await maxModified()).toISOString())
    })

    it('a failed run (503) changes neither the watermark nor the stored issues', async () => {
        await side.control.graph.seed({ count: 20, seed: 10, baseTime: BASE })
        runHealthPoll({ limits: WIDE, pageSize: 100 })
        const watermark = readWatermark()
        await side.control.graph.setFaults({ down: 'unavailable' })
        const r = runHealthPoll({ limits: WIDE, pageSize: 100 })
        expect(r).toMatchObject({ outcome: 'failed', requests: 1, error: { status: 503 } })
        expect(readWatermark()).toBe(watermark)
        await side.control.graph.clearFaults()
        expect(runHealthPoll({ limits: WIDE, pageSize: 100 }).outcome).toBe('complete')
    })

    it('an issue the instance fails to store keeps the page and the watermark, so the next run reads it again', async () => {
        await side.control.graph.seed({ count: 20, seed: 12, baseTime: BASE })
        runHealthPoll({ limits: WIDE, pageSize: 100 })
        const watermark = readWatermark()
        const all = await side.control.graph.issues()
        const before = rows().find((x) => x.issue_id === all[3].id)!
        const changedIssue = await side.control.graph.updateIssue(all[3].id, {
            status: 'serviceRestored',
            post: '<p>Fixed.</p>',
        })
        const realUpdate = records.update
        const spy = jest
            .spyOn(records, 'update')
            .mockImplementation((table, id, values) => (table === HEALTH_TABLE ? false : realUpdate(table, id, values)))
        const failed = runHealthPoll({ limits: WIDE, pageSize: 100 })
        spy.mockRestore()
        expect(failed).toMatchObject({ outcome: 'failed', updated: 0, pending: true })
        expect(readWatermark()).toBe(watermark)
        expect(rows().find((x) => x.issue_id === all[3].id)).toEqual(before)
        const retry = runHealthPoll({ limits: WIDE, pageSize: 100 })
        expect(retry).toMatchObject({ outcome: 'complete', updated: 1, pending: false })
        expect(rows().find((x) => x.issue_id === all[3].id)!.last_modified_date_time).toBe(
            isoToGlide(changedIssue.lastModifiedDateTime),
        )
    })

    it('a page link Graph no longer accepts restarts the pass from its first page', async () => {
        await side.control.graph.seed({ count: 150, seed: 11, baseTime: BASE })
        runHealthPoll({ limits: { perRun: 1, perMinute: 120, perHour: 400 }, pageSize: 100 })
        const c = readCursor()!
        setProp(
            'health.sync_cursor',
            JSON.stringify({ ...c, nextLink: c.nextLink.replace(/\$skiptoken=.*/, '$skiptoken=expired-token') }),
        )
        const r = runHealthPoll({ limits: WIDE, pageSize: 100 })
        expect(r).toMatchObject({ outcome: 'complete', pending: false })
        expect(rows()).toHaveLength(150)
        expect(readWatermark()).not.toBe('')
    })

    it('without an OAuth profile nothing is sent and nothing is counted', async () => {
        setProp('oauth.profile', '')
        const r = runHealthPoll({ limits: WIDE, pageSize: 100 })
        expect(r).toMatchObject({ outcome: 'failed', requests: 0, error: { code: 'not_configured' } })
        expect(await allRequests()).toBe(0)
    })
})
