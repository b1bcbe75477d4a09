// Automatic incidents end to end: the poller reads the Graph stand-in (child process) and creates, updates and
// resolves ServiceNow incidents on the double. Mapping, work notes per Microsoft post, auto-resolve, closed
// incidents left alone, no duplicates, and the settings errors.
import * as control from '../../testkit/glide/control'
import { spawnMicrosoftSide, type SpawnedMicrosoftSide } from '../../testkit/microsoft/spawn'
import { runHealthPoll } from '../../src/server/health/health-poller'
import { runHealthPollJob } from '../../src/server/health/health-job'
import { isoToGlide } from '../../src/server/health/rules/health-issue-mapping'
import { getProp, HEALTH_TABLE, seedHealthInstance, setProp } from '../../testkit/worlds/health-instance'

jest.setTimeout(90000)

let side: SpawnedMicrosoftSide
const BASE = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3_600_000).toISOString()
const WIDE = { perRun: 50, perMinute: 120, perHour: 400 }
let groupId = ''
let userId = ''

beforeAll(async () => {
    side = await spawnMicrosoftSide({ graph: { baseTime: BASE } })
})
afterAll(() => side.close())
beforeEach(async () => {
    await side.control.resetAll()
    await side.control.graph.seed({ count: 12, seed: 21, baseTime: BASE })
    seedHealthInstance(side)
    groupId = control.seed('sys_user_group', [{ name: 'Microsoft 365 Service Desk' }])[0].sys_id
    userId = control.createUser('sam.agent', [], { first_name: 'Sam', last_name: 'Agent' }).sys_id
    setProp('health.auto_incident.enabled', 'true')
    setProp('health.auto_incident.assignment_group', 'Microsoft 365 Service Desk')
    setProp('health.auto_incident.category', 'software')
    setProp('health.auto_incident.subcategory', 'email')
    setProp('health.auto_incident.assigned_to', 'sam.agent')
    setProp('health.auto_incident.auto_resolve', 'true')
})

const poll = () => runHealthPoll({ limits: WIDE, pageSize: 100 })
const incidents = () => control.rows('incident')
const issueRow = (id: string) => control.rows(HEALTH_TABLE).find((r) => r.issue_id === id)!
const incidentOf = (id: string) => incidents().find((i) => i.sys_id === issueRow(id).incident)!
const notesOf = (incidentId: string) =>
    control.rows('sys_journal_field').filter((j) => j.element === 'work_notes' && j.element_id === incidentId)

describe('creation and mapping', () => {
    it('creates one incident per active issue, mapped as documented, with each Microsoft post as a work note', async () => {
        const issues = await side.control.graph.issues()
        const active = issues.filter((i) => !i.isResolved)
        expect(active.length).toBeGreaterThan(2)
        expect(active.length).toBeLessThan(issues.length)
        const r = poll()
        expect(r.incidents).toMatchObject({ enabled: true, settingsError: '', created: active.length })
        expect(incidents()).toHaveLength(active.length)

        for (const g of active) {
            const inc = incidentOf(g.id)
            expect(inc).toMatchObject({
                short_description: ('Microsoft 365: ' + g.title).slice(0, 160),
                impact: g.classification === 'incident' ? '1' : '3',
                urgency:
                    g.status === 'serviceInterruption'
                        ? '1'
                        : ['investigating', 'serviceDegradation', 'restoringService'].includes(g.status)
                          ? '2'
                          : '3',
                assignment_group: groupId,
                assigned_to: userId,
                category: 'software',
                subcategory: 'email',
            })
            expect(inc.description).toContain('Microsoft 365 service health issue ' + g.id)
            expect(inc.description).toContain('Service: ' + g.service)
            expect(inc.description).toContain('Feature: ' + g.featureGroup + ' / ' + g.feature)
            const notes = notesOf(inc.sys_id)
            expect(notes).toHaveLength(g.posts.length)
            for (const n of notes) {
                expect(n.value).toMatch(new RegExp('^Microsoft 365 service health update for ' + g.id))
                expect(n.value).not.toMatch(/<script|onerror=|<p>/i) // HTML posts arrive as text only
            }
            const newest = g.posts
                .map((p) => p.createdDateTime)
                .sort()
                .pop()!
            expect(issueRow(g.id).last_post_synced_on).toBe(isoToGlide(newest))
        }
        for (const g of issues.filter((i) => i.isResolved)) expect(issueRow(g.id).incident ?? '').toBe('')
    })

    it('repeated runs create no duplicate incident and no duplicate note', async () => {
        poll()
        const count = incidents().length
        const notes = control.rows('sys_journal_field').length
        for (let i = 0; i < 3; i++) poll()
        setProp('health.watermark', '') // a full re-read of every issue
        poll()
        expect(incidents()).toHaveLength(count)
        expect(control.rows('sys_journal_field')).toHaveLength(notes)
    })

    it('switching the feature on later creates incidents for issues already stored', async () => {
        setProp('health.auto_incident.enabled', 'false')
        expect(poll().incidents).toMatchObject({ enabled: false, created: 0 })
        expect(incidents()).toHaveLength(0)
        setProp('health.auto_incident.enabled', 'true')
        const r = poll() // Graph has no changes: the incidents come from the stored issues
        expect(r.updated + r.created).toBe(0)
        expect(r.incidents!.created).toBeGreaterThan(0)
    })
})

describe('updates, resolution and closed incidents', () => {
    it('a new Microsoft post becomes exactly one work note', async () => {
        poll()
        const g = (await side.control.graph.issues()).find((i) => !i.isResolved)!
        const inc = incidentOf(g.id)
        const before = notesOf(inc.sys_id).length
        await side.control.graph.updateIssue(g.id, {
            post: '<p>We identified a <b>configuration change</b> as the cause.</p><img src=x onerror=alert(1)>',
        })
        poll()
        const notes = notesOf(inc.sys_id)
        expect(notes).toHaveLength(before + 1)
        expect(notes.map((n) => n.value).join('\n')).toContain('We identified a configuration change as the cause.')
        poll()
        expect(notesOf(inc.sys_id)).toHaveLength(before + 1)
    })

    it('journal markup in a post, even entity-encoded, reaches the work note neutralized (as connector case notes)', async () => {
        poll()
        const g = (await side.control.graph.issues()).find((i) => !i.isResolved)!
        const inc = incidentOf(g.id)
        await side.control.graph.updateIssue(g.id, {
            post: '<p>&#91;code&#93;&lt;img src=x onerror=alert(1)&gt;[/code] and &#x5B;CODE&#x5D;&lt;b&gt;x&lt;/b&gt;&lbrack;/code&rbrack;</p>',
        })
        poll()
        const last = notesOf(inc.sys_id)
            .map((n) => n.value)
            .find((v) => v.includes('onerror'))!
        expect(last).toContain('(code)<img src=x onerror=alert(1)>(/code) and (CODE)<b>x</b>(/code)')
        expect(last).not.toMatch(/\[\s*\/?\s*code\s*\]/i)
    })

    it('auto-resolves with "Closed/Resolved by Caller" and the product note when Microsoft resolves the issue', async () => {
        poll()
        const g = (await side.control.graph.issues()).find((i) => !i.isResolved)!
        const resolved = await side.control.graph.updateIssue(g.id, {
            status: 'serviceRestored',
            post: '<p>Service is restored.</p>',
        })
        poll()
        const inc = incidentOf(g.id)
        const when = resolved.endDateTime!.slice(0, 19).replace('T', ' ') + ' UTC'
        expect(inc).toMatchObject({
            state: '6',
            close_code: 'Closed/Resolved by Caller',
            close_notes: `The Microsoft service health incident was resolved on ${when}. Please refer to the incident details in the Microsoft 365 Support tab for more information.`,
        })
        expect(notesOf(inc.sys_id).pop()!.value).toContain('Service is restored.')
    })

    it('without auto-resolve the incident stays open and gets the final post', async () => {
        setProp('health.auto_incident.auto_resolve', 'false')
        poll()
        const g = (await side.control.graph.issues()).find((i) => !i.isResolved)!
        await side.control.graph.updateIssue(g.id, { status: 'serviceRestored', post: '<p>Done.</p>' })
        poll()
        expect(incidentOf(g.id).state).toBe('1')
        expect(notesOf(incidentOf(g.id).sys_id).pop()!.value).toContain('Done.')
    })

    it('switching auto-resolve on later resolves incidents whose issue Microsoft already resolved', async () => {
        setProp('health.auto_incident.auto_resolve', 'false')
        poll()
        const g = (await side.control.graph.issues()).find((i) => !i.isResolved)!
        await side.control.graph.updateIssue(g.id, { status: 'serviceRestored', post: '<p>Done.</p>' })
        poll()
        expect(incidentOf(g.id).state).toBe('1')
        setProp('health.auto_incident.auto_resolve', 'true')
        const r = poll()
        expect(r.incidents!.resolved).toBe(1)
        expect(incidentOf(g.id)).toMatchObject({ state: '6', close_code: 'Closed/Resolved by Caller' })
        expect(poll().incidents!.resolved).toBe(0)
    })

    it('a closed incident is left alone: no notes, no state change, no new incident', async () => {
        poll()
        const g = (await side.control.graph.issues()).find((i) => !i.isResolved)!
        const inc = incidentOf(g.id)
        const { GlideRecord } = await import('@servicenow/glide')
        const gr = new GlideRecord('incident')
        gr.get(inc.sys_id)
        gr.setValue('state', '7')
        gr.setValue('active', 'false')
        gr.update()
        const notes = notesOf(inc.sys_id).length
        const count = incidents().length
        await side.control.graph.updateIssue(g.id, { post: '<p>More news.</p>' })
        await side.control.graph.updateIssue(g.id, { status: 'serviceRestored' })
        const r = poll()
        expect(r.incidents!.skippedClosed).toBe(1)
        expect(notesOf(inc.sys_id)).toHaveLength(notes)
        expect(incidents()).toHaveLength(count)
        expect(incidentOf(g.id).state).toBe('7')
        expect(incidentOf(g.id).close_code ?? '').toBe('')
    })
})

describe('settings', () => {
    it('missing Assignment group and Category: no incident, a clear error in the log and on the settings page', async () => {
        setProp('health.auto_incident.assignment_group', '')
        setProp('health.auto_incident.category', '')
        const job = runHealthPollJob({ force: true })
        expect(job.ran).toBe(true)
        const message =
            'Automatic incidents need Assignment group and Category. Set them under Microsoft 365 Support > Service Health Settings.'
        if (job.ran) expect(job.report.incidents!.settingsError).toBe(message)
        expect(incidents()).toHaveLength(0)
        expect(control.syslog().some((l) => l.level === '2' && l.message.includes(message))).toBe(true)
        expect(JSON.parse(getProp('health.last_run')).detail).toBe(message)
        expect(control.rows(HEALTH_TABLE).length).toBeGreaterThan(0) // issues are still stored
    })

    it('an assignment group that does not exist is reported, not used', async () => {
        setProp('health.auto_incident.assignment_group', 'No Such Group')
        expect(poll().incidents!.settingsError).toMatch(/Assignment group does not exist/)
        expect(incidents()).toHaveLength(0)
    })

    it('group and assignee may be given as sys_ids', async () => {
        setProp('health.auto_incident.assignment_group', groupId)
        setProp('health.auto_incident.assigned_to', userId)
        poll()
        expect(incidents().length).toBeGreaterThan(0)
        for (const i of incidents()) expect(i).toMatchObject({ assignment_group: groupId, assigned_to: userId })
    })
})

describe('the job', () => {
    it('polls when due, then waits for the interval; a forced run goes anyway', async () => {
        control.clock.set(Date.now())
        expect(runHealthPollJob().ran).toBe(true)
        expect(runHealthPollJob()).toEqual({ ran: false, reason: 'not_due' })
        control.clock.advance(15 * 60_000)
        expect(runHealthPollJob().ran).toBe(true)
        expect(runHealthPollJob({ force: true }).ran).toBe(true)
        expect(getProp('health.run_lock')).toBe('')
    })

    it('does not run while another poll holds the lease', async () => {
        control.clock.set(Date.now())
        setProp('health.run_lock', String(control.clock.now() + 60_000))
        expect(runHealthPollJob({ force: true })).toEqual({ ran: false, reason: 'locked' })
    })
})
