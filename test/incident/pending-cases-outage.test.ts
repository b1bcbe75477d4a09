// "Contact Microsoft support" on several incidents while the connector is down: every case is saved (pending,
// connector_case_id still empty) and the case-sync job creates all of them once the connector is back. The
// empty connector_case_id is NULL on the platform, so pending cases never clash in its unique index.
import * as control from '../../testkit/glide/control'
import { spawnMicrosoftSide, type SpawnedMicrosoftSide } from '../../testkit/microsoft/spawn'
import { ADMIN, T, call, installWorld } from '../../testkit/worlds/incident-world'
import { getIncidentCases, postIncidentCase } from '../../src/server/incident/incident-tab-routes'
import { runCaseSync } from '../../src/server/cases/case-service'
import { MSG } from '../../src/server/domain/messages'
import { DEFAULTS } from '../../testkit/microsoft/defaults'
import * as records from '../../src/server/platform/records'
import { INCIDENT_TABLE } from '../../src/server/platform/incident-table'

jest.setTimeout(90000)

let side: SpawnedMicrosoftSide

beforeAll(async () => {
    side = await spawnMicrosoftSide()
})
afterAll(async () => {
    await side?.close()
})

const caseBody = (n: number) => ({
    title: 'Outlook cannot send ' + n,
    description: 'Case ' + n + ' opened during the outage.',
    contactName: 'Adele Vance',
    contactEmail: 'adele.vance@contoso.com',
    contactPhone: '+1 425 555 0109',
})

test('three escalations on three incidents during a connector outage are all saved, then all synced by the job', async () => {
    await side.control.resetAll()
    const w = installWorld(side)
    const admin = control.rows('sys_user').find((u) => u.user_name === ADMIN)!
    control.seed(T.linked, [{ user: admin.sys_id, admin_email: DEFAULTS.adminEmails[0], valid: 'true' }])
    const [third] = control.seed('incident', [
        { short_description: 'Teams calls drop', description: 'Calls drop after a minute.' },
    ])
    const incidents = [w.incidentId, w.otherIncidentId, third.sys_id]

    await side.control.connector.setFaults({ down: 'unavailable' })
    incidents.forEach((id, i) => {
        const r = call(postIncidentCase, ADMIN, { method: 'POST', pathParams: { sys_id: id }, body: caseBody(i + 1) })
        expect({ incident: i + 1, status: r.status, outcome: r.json.outcome }).toEqual({
            incident: i + 1,
            status: 202,
            outcome: 'pending',
        })
        expect(r.json.message).not.toBe(MSG.unableToSaveTicket)
    })
    let rows = control.rows(T.case)
    expect(rows.map((r) => r.incident).sort()).toEqual([...incidents].sort())
    for (const r of rows) {
        expect(r).toMatchObject({ status: 'pending', sync_state: 'retrying', sync_attempts: '1' })
        expect(r.connector_case_id || '').toBe('')
    }
    expect(control.syslog().some((l) => l.message.includes('Unique Key violation'))).toBe(false)
    expect(await side.control.connector.cases()).toHaveLength(0)

    // The connector comes back; once the retries are due the job sends all three, each once.
    await side.control.connector.clearFaults()
    control.clock.advance(5 * 60000)
    expect(runCaseSync()).toEqual({ synced: 3, retrying: 0, failed: 0 })
    rows = control.rows(T.case)
    const remote = await side.control.connector.cases()
    expect(remote).toHaveLength(3)
    expect(rows.map((r) => r.connector_case_id).sort()).toEqual(remote.map((c: { caseId: string }) => c.caseId).sort())
    expect(new Set(rows.map((r) => r.connector_case_id)).size).toBe(3)
    for (const r of rows) expect(r).toMatchObject({ status: 'open', sync_state: 'synced', sync_attempts: '2' })
    expect(remote.map((c: { title: string }) => c.title).sort()).toEqual([
        'Outlook cannot send 1',
        'Outlook cannot send 2',
        'Outlook cannot send 3',
    ])

    // Each incident's tab lists its own case, now synced.
    incidents.forEach((id, i) => {
        const cases = call(getIncidentCases, ADMIN, { pathParams: { sys_id: id } }).json.cases as {
            title: string
            syncState: string
        }[]
        expect(cases).toHaveLength(1)
        expect(cases[0]).toMatchObject({ title: 'Outlook cannot send ' + (i + 1), syncState: 'synced' })
    })
    expect(runCaseSync()).toEqual({ synced: 0, retrying: 0, failed: 0 })
})

test('two escalations of one incident during an outage: the job reads that incident once and sends both with its number', async () => {
    await side.control.resetAll()
    const w = installWorld(side)
    const admin = control.rows('sys_user').find((u) => u.user_name === ADMIN)!
    control.seed(T.linked, [{ user: admin.sys_id, admin_email: DEFAULTS.adminEmails[0], valid: 'true' }])
    await side.control.connector.setFaults({ down: 'unavailable' })
    for (const n of [1, 2]) {
        const r = call(postIncidentCase, ADMIN, {
            method: 'POST',
            pathParams: { sys_id: w.incidentId },
            body: caseBody(n),
        })
        expect(r.json.outcome).toBe('pending')
    }
    await side.control.connector.clearFaults()
    control.clock.advance(5 * 60000)
    const reads = jest.spyOn(records, 'getById')
    try {
        expect(runCaseSync()).toEqual({ synced: 2, retrying: 0, failed: 0 })
        expect(reads.mock.calls.filter((c) => c[0] === INCIDENT_TABLE)).toHaveLength(1)
    } finally {
        reads.mockRestore()
    }
    const remote = await side.control.connector.cases()
    expect(remote.map((c: { incident: { number: string } }) => c.incident.number)).toEqual([
        w.incidentNumber,
        w.incidentNumber,
    ])
})
