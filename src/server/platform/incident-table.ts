import { getById, insert, Row, update } from './records.ts'
import { sessionUserCanRead } from './session-user.ts'
import { IncidentSnapshot, incidentAcceptsWorkNotes } from '../domain/incident-state.ts'

// The platform's incident table as the app reads and writes it: every incident row access goes through here (the
// tab, connector case events, the case sync job, the connector's case read, service health matching and automatic
// incidents). Each function reads the row at most once; callers pass on what they read instead of reading again.
// Dot-walks from the app's own tables (health_issue.incident.active) stay in those tables' queries.

export const INCIDENT_TABLE = 'incident'

const SNAPSHOT_FIELDS = ['number', 'active', 'state'] as const
const TAB_FIELDS = ['number', 'short_description', 'description', 'active', 'state', 'caller_id'] as const

/** Whether the session user may read the incident under the instance's own ACLs (GlideRecordSecure, in platform/). */
export function incidentReadableByUser(sysId: string): boolean {
    return sessionUserCanRead(INCIDENT_TABLE, sysId)
}

/** number, active and state: whether the app may still write to it (domain/incident-state.ts), open or closed. */
export function readIncidentSnapshot(sysId: string): IncidentSnapshot | null {
    const row = getById(INCIDENT_TABLE, sysId, SNAPSHOT_FIELDS)
    return row ? { sysId: row.sys_id, number: row.number, active: row.active, state: row.state } : null
}

/** The incident number ('' when the incident does not exist or is not readable). */
export function incidentNumber(sysId: string): string {
    const row = getById(INCIDENT_TABLE, sysId, ['number'])
    return row ? row.number : ''
}

export interface TabIncidentRow {
    sysId: string
    number: string
    shortDescription: string
    description: string
    active: boolean
    state: string
    /** sys_user sys_id ('' when none). */
    callerId: string
}

/** The fields the Microsoft 365 tab works from, in one read. */
export function readTabIncident(sysId: string): TabIncidentRow | null {
    const row = getById(INCIDENT_TABLE, sysId, TAB_FIELDS)
    if (!row) return null
    return {
        sysId: row.sys_id,
        number: row.number,
        shortDescription: row.short_description,
        description: row.description,
        active: row.active !== 'false',
        state: row.state,
        callerId: row.caller_id,
    }
}

/** Creates an incident; its sys_id, or '' when the instance refused it. */
export function insertIncident(values: Row): string {
    return insert(INCIDENT_TABLE, values)
}

/** Changes fields of an incident (state, close code...); false when it does not exist or the write was refused. */
export function updateIncident(sysId: string, values: Row): boolean {
    return update(INCIDENT_TABLE, sysId, values)
}

/** Appends a journal entry to work_notes as the session user; false when refused. Callers decide whether it may. */
export function appendWorkNote(sysId: string, text: string): boolean {
    return update(INCIDENT_TABLE, sysId, { work_notes: text })
}

export type AddWorkNoteResult = { added: true } | { added: false; reason: 'incident_closed' | 'refused' }

/**
 * Adds `text` as a work note to the incident the caller read in this request (no second read); never to a closed
 * one, which would touch a finished ticket. The entry is written as the session user: for connector callbacks that
 * is the integration user the connector signed in as.
 */
export function addWorkNote(incident: IncidentSnapshot, text: string): AddWorkNoteResult {
    if (!incidentAcceptsWorkNotes(incident)) return { added: false, reason: 'incident_closed' }
    return appendWorkNote(incident.sysId, text) ? { added: true } : { added: false, reason: 'refused' }
}
