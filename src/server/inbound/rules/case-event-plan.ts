import { ConnectorEvent } from './connector-event.ts'
import { caseStatusLabel } from '../../cases/rules/case-status.ts'
import { IncidentSnapshot, incidentAcceptsWorkNotes } from '../../domain/incident-state.ts'
import { neutralizeJournalMarkup } from '../../domain/journal-text.ts'

// What one validated connector event does, decided before anything is written: the activity row, the case
// update, the incident work note and the answer (stored with the activity and replayed to redeliveries).

export interface CaseSnapshot {
    sysId: string
    connectorCaseId: string
    status: string
    /** Glide UTC date-time of the newest event recorded so far, '' when none. */
    lastEventAt: string
    /** occurred_at of the newest recorded event that carried a status, '' when none. */
    lastStatusAt: string
}

export type WorkNoteOutcome = 'added' | 'not_needed' | 'skipped_incident_closed' | 'skipped_no_incident'

export interface EventResponse {
    event_id: string
    case_id: string
    type: string
    recorded: true
    case_status: string
    /** false when an older event arrived after a newer one: recorded, but the case keeps the newer status. */
    status_applied: boolean
    incident_work_note: WorkNoteOutcome
}

export interface EventPlan {
    activity: Record<string, string>
    caseUpdate: Record<string, string>
    workNote: string | null
    response: EventResponse
}

export function workNoteText(caseId: string, ev: ConnectorEvent, statusChanged: boolean): string | null {
    const lines: string[] = []
    if (ev.type === 'closed' && statusChanged)
        lines.push('Microsoft 365 support case ' + caseId + ' was closed by Microsoft.')
    else if (statusChanged && ev.status)
        lines.push('Microsoft 365 support case ' + caseId + ': status changed to ' + caseStatusLabel(ev.status) + '.')
    if (ev.note) {
        lines.push(
            'Microsoft 365 support case ' +
                caseId +
                ': note from ' +
                ev.note.author +
                ' (' +
                ev.note.createdAt +
                ' UTC):',
        )
        lines.push(ev.note.body)
    }
    return lines.length ? neutralizeJournalMarkup(lines.join('\n')) : null
}

export function planEvent(ev: ConnectorEvent, c: CaseSnapshot, incident: IncidentSnapshot | null): EventPlan {
    // Deliveries can arrive out of order: a status older than the newest recorded status must not roll it back.
    const stale = !!c.lastStatusAt && ev.occurredAt < c.lastStatusAt
    const statusApplied = ev.status !== null && !stale
    const newStatus = statusApplied && ev.status ? ev.status : c.status
    const caseUpdate: Record<string, string> = {}
    if (newStatus !== c.status) caseUpdate.status = newStatus
    if (ev.occurredAt > c.lastEventAt) caseUpdate.last_event_at = ev.occurredAt

    const text = workNoteText(c.connectorCaseId, ev, newStatus !== c.status)
    let outcome: WorkNoteOutcome = 'not_needed'
    let workNote: string | null = null
    if (text) {
        if (!incident) outcome = 'skipped_no_incident'
        else if (!incidentAcceptsWorkNotes(incident)) outcome = 'skipped_incident_closed'
        else {
            outcome = 'added'
            workNote = text
        }
    }
    return {
        activity: {
            case: c.sysId,
            event_id: ev.eventId,
            type: ev.type,
            status: ev.status ?? '',
            note_author: ev.note ? ev.note.author : '',
            note_body: ev.note ? ev.note.body : '',
            note_created_at: ev.note ? ev.note.createdAt : '',
            occurred_at: ev.occurredAt,
        },
        caseUpdate,
        workNote,
        response: {
            event_id: ev.eventId,
            case_id: c.connectorCaseId,
            type: ev.type,
            recorded: true,
            case_status: newStatus,
            status_applied: statusApplied,
            incident_work_note: outcome,
        },
    }
}
