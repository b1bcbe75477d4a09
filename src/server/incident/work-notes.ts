import { getById, update } from '../platform/records.ts'
import { IncidentSnapshot, incidentAcceptsWorkNotes } from './rules/incident-state.ts'

// Work notes the app adds to incidents (connector case updates, and the incident tab). The journal entry is
// written as the session user: for connector callbacks that is the integration user the connector signed in as.

const FIELDS = ['number', 'active', 'state'] as const

export function readIncident(sysId: string): IncidentSnapshot | null {
    const row = getById('incident', sysId, FIELDS)
    if (!row) return null
    return { sysId: row.sys_id, number: row.number, active: row.active, state: row.state }
}

export type AddWorkNoteResult =
    | { added: true }
    | { added: false; reason: 'no_incident' | 'incident_closed' | 'refused' }

/** Adds `text` as a work note; never to a missing or closed incident (that would touch a finished ticket). */
export function addWorkNote(incidentSysId: string, text: string): AddWorkNoteResult {
    const incident = readIncident(incidentSysId)
    if (!incident) return { added: false, reason: 'no_incident' }
    if (!incidentAcceptsWorkNotes(incident)) return { added: false, reason: 'incident_closed' }
    return update('incident', incidentSysId, { work_notes: text })
        ? { added: true }
        : { added: false, reason: 'refused' }
}
