// Microsoft Graph trims trailing zeros from fractions of a second, so its timestamps carry 0 to 7 digits. End to
// end through the poller, the store and the automatic incidents: issue dates, work notes per post and the poll
// watermark with 2- and 7-digit values (test/rhino/graph-times.test.ts runs the same rules on Rhino).
import * as control from '../../testkit/glide/control'
import { spawnMicrosoftSide, type SpawnedMicrosoftSide } from '../../testkit/microsoft/spawn'
import { runHealthPoll } from '../../src/server/health/health-poller'
import { readWatermark } from '../../src/server/health/health-state-store'
import { HEALTH_TABLE, seedHealthInstance, setProp } from '../../testkit/worlds/health-instance'

jest.setTimeout(90000)

let side: SpawnedMicrosoftSide
// Seeded issues lie in the 30 days before BASE (two hours ago); the changes below fall between BASE and now.
const BASE_MS = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 2 * 3_600_000
const BASE = new Date(BASE_MS).toISOString()
const WIDE = { perRun: 50, perMinute: 120, perHour: 400 }

/** BASE + minutes, written with the given fraction ('' for none): "2026-...T10:05:00.97Z". */
function at(minutes: number, fraction: string): string {
    return new Date(BASE_MS + minutes * 60000).toISOString().slice(0, 19) + (fraction ? '.' + fraction : '') + 'Z'
}
const glide = (iso: string) => iso.slice(0, 19).replace('T', ' ')

beforeAll(async () => {
    side = await spawnMicrosoftSide({ graph: { baseTime: BASE } })
})
afterAll(() => side.close())
beforeEach(async () => {
    await side.control.resetAll()
    await side.control.graph.seed({ count: 4, seed: 31, baseTime: BASE })
    seedHealthInstance(side)
    control.seed('sys_user_group', [{ name: 'Microsoft 365 Service Desk' }])
    setProp('health.auto_incident.enabled', 'true')
    setProp('health.auto_incident.assignment_group', 'Microsoft 365 Service Desk')
    setProp('health.auto_incident.category', 'software')
    setProp('health.auto_incident.auto_resolve', 'true')
})

const poll = () => runHealthPoll({ limits: WIDE, pageSize: 100 })
const issueRow = (id: string) => control.rows(HEALTH_TABLE).find((r) => r.issue_id === id)!
const notesOf = (incidentId: string) =>
    control
        .rows('sys_journal_field')
        .filter((j) => j.element === 'work_notes' && j.element_id === incidentId)
        .map((j) => String(j.value))
// The stand-in's template issue brings posts of its own; these are the ones the test adds.
const ownNotes = (incidentId: string) =>
    notesOf(incidentId).filter((n) => /\n\n(First update|Second update|Resolved)$/.test(n))

describe('Graph timestamps with 2 and 7 fraction digits', () => {
    it('keep start, end and last-modified, post each update once and move the watermark', async () => {
        const start2 = at(5, '97')
        const post2 = at(10, '5')
        const post7 = at(20, '1234567')
        await side.control.graph.addIssue({
            id: 'EX900010',
            service: 'Exchange Online',
            title: 'Mail delayed',
            status: 'investigating',
            classification: 'incident',
            startDateTime: start2,
            lastModifiedDateTime: post2,
            post: '<p>First update</p>',
        })
        await side.control.graph.updateIssue('EX900010', { lastModifiedDateTime: post7, post: '<p>Second update</p>' })

        const r = poll()
        expect(r).toMatchObject({ outcome: 'complete' })
        expect(issueRow('EX900010')).toMatchObject({
            start_date_time: glide(start2),
            end_date_time: '',
            last_modified_date_time: glide(post7),
            last_post_synced_on: glide(post7),
        })
        expect(readWatermark()).toBe(post7.slice(0, 23) + 'Z') // milliseconds kept, digits beyond dropped
        const incident = issueRow('EX900010').incident
        expect(ownNotes(incident)).toEqual([
            expect.stringContaining('posted ' + glide(post2) + ' UTC:\n\nFirst update'),
            expect.stringContaining('posted ' + glide(post7) + ' UTC:\n\nSecond update'),
        ])
        const description = control.rows('incident').find((i) => i.sys_id === incident)!.description
        expect(description).toContain('Start: ' + glide(start2) + ' UTC')

        // Nothing new: no second copy of any note, the watermark stays.
        const notes = notesOf(incident).length
        poll()
        expect(notesOf(incident)).toHaveLength(notes)
        expect(readWatermark()).toBe(post7.slice(0, 23) + 'Z')

        // Resolved with a 7-digit end time of zeros (Graph's "0000000") and a 2-digit post.
        const end7 = at(30, '0000000')
        await side.control.graph.updateIssue('EX900010', {
            status: 'serviceRestored',
            endDateTime: end7,
            lastModifiedDateTime: at(31, '42'),
            post: '<p>Resolved</p>',
        })
        poll()
        expect(issueRow('EX900010')).toMatchObject({
            is_resolved: 'true',
            end_date_time: glide(end7),
            last_modified_date_time: glide(at(31, '')),
            last_post_synced_on: glide(at(31, '')),
        })
        expect(notesOf(incident)).toHaveLength(notes + 1)
        expect(ownNotes(incident).pop()).toContain('posted ' + glide(at(31, '')) + ' UTC:\n\nResolved')
        expect(readWatermark()).toBe(at(31, '420'))
        const resolved = control.rows('incident').find((i) => i.sys_id === incident)!
        expect(resolved).toMatchObject({ state: '6' })
        expect(resolved.close_notes).toContain('resolved on ' + glide(end7) + ' UTC')
    })
})
