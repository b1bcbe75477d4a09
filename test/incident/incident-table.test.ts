// platform/incident-table.ts on the double: the one module that reads and writes the platform's incident table.
// Its guard on work notes (never to a closed incident) decides on the snapshot the caller read in the same
// request, so it must hold without reading the row again.
import * as control from '../../testkit/glide/control'
import { installApp } from '../../testkit/app/install-app'
import * as records from '../../src/server/platform/records'
import {
    addWorkNote,
    incidentNumber,
    incidentReadableByUser,
    INCIDENT_TABLE,
    readIncidentSnapshot,
    readTabIncident,
} from '../../src/server/platform/incident-table'

const MISSING = 'ffffffffffffffffffffffffffffffff'
const notesOf = (id: string) =>
    control.rows('sys_journal_field').filter((j) => j.element_id === id && j.element === 'work_notes')

beforeEach(() => installApp())
afterEach(() => jest.restoreAllMocks())

test('reads: snapshot, number, tab fields and text of one incident; null or empty for a missing one', () => {
    const [caller] = control.seed('sys_user', [{ user_name: 'adele', name: 'Adele Vance' }])
    const [inc] = control.seed(INCIDENT_TABLE, [
        {
            short_description: 'Outlook',
            description: 'Cannot send',
            state: '2',
            active: 'true',
            caller_id: caller.sys_id,
        },
    ])
    expect(readIncidentSnapshot(inc.sys_id)).toEqual({
        sysId: inc.sys_id,
        number: inc.number,
        active: 'true',
        state: '2',
    })
    expect(incidentNumber(inc.sys_id)).toBe(inc.number)
    expect(readTabIncident(inc.sys_id)).toEqual({
        sysId: inc.sys_id,
        number: inc.number,
        shortDescription: 'Outlook',
        description: 'Cannot send',
        active: true,
        state: '2',
        callerId: caller.sys_id,
    })
    expect(readIncidentSnapshot(MISSING)).toBeNull()
    expect(readTabIncident(MISSING)).toBeNull()
    expect(incidentNumber(MISSING)).toBe('')
    expect(incidentNumber('')).toBe('')
})

test('addWorkNote: written to an open incident without reading it again; a closed snapshot is refused unwritten', () => {
    const [open, closed] = control.seed(INCIDENT_TABLE, [
        { short_description: 'open', state: '2', active: 'true' },
        { short_description: 'closed', state: '7', active: 'false' },
    ])
    const reads = jest.spyOn(records, 'getById')
    expect(addWorkNote(readIncidentSnapshot(open.sys_id)!, 'First note')).toEqual({ added: true })
    expect(reads.mock.calls.filter((c) => c[0] === INCIDENT_TABLE)).toHaveLength(1)
    expect(notesOf(open.sys_id).map((n) => n.value)).toEqual(['First note'])

    const before = JSON.stringify(control.rows(INCIDENT_TABLE))
    expect(addWorkNote(readIncidentSnapshot(closed.sys_id)!, 'Too late')).toEqual({
        added: false,
        reason: 'incident_closed',
    })
    // Canceled (8) while still marked active: closed too (domain/incident-state.ts).
    expect(addWorkNote({ sysId: open.sys_id, number: open.number, active: 'true', state: '8' }, 'x')).toEqual({
        added: false,
        reason: 'incident_closed',
    })
    expect(notesOf(closed.sys_id)).toHaveLength(0)
    expect(notesOf(open.sys_id)).toHaveLength(1)
    expect(JSON.stringify(control.rows(INCIDENT_TABLE))).toBe(before)
})

test('addWorkNote: an incident deleted since it was read is refused; a cross-scope refusal throws, as the platform does', () => {
    const [inc] = control.seed(INCIDENT_TABLE, [{ short_description: 'open', state: '1', active: 'true' }])
    const snapshot = readIncidentSnapshot(inc.sys_id)!
    expect(addWorkNote({ ...snapshot, sysId: MISSING }, 'note')).toEqual({ added: false, reason: 'refused' })
    // The caller (connector case events) catches it and undoes its earlier writes.
    control.denyCrossScope(INCIDENT_TABLE, 'write')
    expect(() => addWorkNote(snapshot, 'note')).toThrow(/cross-scope access policy/)
    expect(notesOf(inc.sys_id)).toHaveLength(0)
})

test('incidentReadableByUser: the instance ACLs decide (GlideRecordSecure); unknown and empty ids are not readable', () => {
    const [inc] = control.seed(INCIDENT_TABLE, [{ short_description: 'x' }])
    control.createUser('itil.agent', ['itil'])
    control.createUser('no.roles', [])
    control.acl(INCIDENT_TABLE, 'read', ['itil'])
    control.setCurrentUser('itil.agent')
    expect(incidentReadableByUser(inc.sys_id)).toBe(true)
    expect(incidentReadableByUser(MISSING)).toBe(false)
    expect(incidentReadableByUser('')).toBe(false)
    control.setCurrentUser('no.roles')
    expect(incidentReadableByUser(inc.sys_id)).toBe(false)
})
