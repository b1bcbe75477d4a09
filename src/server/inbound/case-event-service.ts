import { findOne, insert, remove, Row, update } from '../platform/records.ts'
import { log } from '../platform/log.ts'
import { HttpError, RouteResult } from '../platform/rest.ts'
import { MSG } from '../domain/messages.ts'
import { checkId, validateEvent } from './rules/connector-event.ts'
import { isJsonMediaType } from './rules/media-type.ts'
import { planEvent } from './rules/case-event-plan.ts'
import { addWorkNote, readIncidentSnapshot } from '../platform/incident-table.ts'
import { parseGlideUtc } from '../domain/iso-time.ts'
import { ACTIVITY_TABLE, CASE_TABLE } from '../cases/case-store.ts'

// Applies one connector event to a case: validate everything, then insert the activity, update the case, add
// the incident work note and store the answer. The platform has no multi-statement transaction for scripts, so
// "all or nothing" is ours: when a later step fails the earlier ones are undone and the caller gets a 500 (the
// connector retries; nothing half-applied stays behind to block the retry).

const CASE_FIELDS = ['connector_case_id', 'status', 'incident', 'last_event_at'] as const
const ACTIVITY_FIELDS = ['case', 'event_id', 'type', 'response', 'sys_created_on'] as const
// An activity row without its answer is a delivery being applied. One older than any REST transaction can live
// (the platform's REST quota ends them well within this) belongs to a delivery that died half way: the next
// redelivery takes it over instead of being told "in progress" for ever.
export const STALE_IN_PROGRESS_MS = 5 * 60 * 1000

/**
 * 415 unless the body is declared as application/json (parameters such as charset allowed). Checked before the
 * body is read, so a form post or a text body is refused whole, with nothing written.
 */
export function requireJsonContentType(contentType: string | undefined): void {
    if (isJsonMediaType(contentType)) return
    const given = contentType ? "'" + contentType.slice(0, 100) + "'" : 'none'
    throw new HttpError(415, 'unsupported_media_type', 'Content-Type must be application/json (given: ' + given + ').')
}

export function findCase(caseId: string): Row | null {
    const idError = checkId(caseId, 'case_id')
    if (idError) throw new HttpError(idError.status, idError.code, idError.message)
    return findOne(CASE_TABLE, { connector_case_id: caseId }, CASE_FIELDS)
}

function replay(existing: Row, caseRow: Row, type: string): RouteResult {
    if (existing.case !== caseRow.sys_id || existing.type !== type) {
        throw new HttpError(
            409,
            'event_id_conflict',
            'event_id ' + existing.event_id + ' was already used for a different event.',
        )
    }
    // An empty response means the first delivery is still being applied (a concurrent redelivery).
    if (!existing.response)
        throw new HttpError(409, 'event_in_progress', 'Event ' + existing.event_id + ' is being applied; retry later.')
    return { status: 200, body: JSON.parse(existing.response), headers: { 'X-Idempotent-Replay': 'true' } }
}

function isStaleClaim(row: Row, caseRow: Row, type: string, nowMs: number): boolean {
    if (row.response || row.case !== caseRow.sys_id || row.type !== type) return false
    const claimedAt = parseGlideUtc(row.sys_created_on)
    return claimedAt !== null && nowMs - claimedAt > STALE_IN_PROGRESS_MS
}

function fail(step: string, eventId: string): never {
    log.error('Connector event {0}: {1} failed; earlier writes were undone', eventId, step)
    throw new HttpError(500, 'write_failed', MSG.contactAppSupport)
}

// A refused write returns false on the platform, but a cross-scope or database error throws: both count as failed.
function attempt(write: () => boolean): boolean {
    try {
        return write()
    } catch (e) {
        log.error('Write failed: {0}', e instanceof Error ? e.message : String(e))
        return false
    }
}

function undo(what: string, write: () => boolean, eventId: string): void {
    if (!attempt(write))
        log.error('Connector event {0}: could not undo {1}; check the case and its activity', eventId, what)
}

export function receiveCaseEvent(caseId: string, body: Record<string, unknown>, nowMs: number): RouteResult {
    const caseRow = findCase(caseId)
    const validation = validateEvent(body, nowMs)
    if (!validation.ok) throw new HttpError(validation.error.status, validation.error.code, validation.error.message)
    // A malformed event is reported before an unknown case: both are checked before any write.
    if (!caseRow) throw new HttpError(404, 'case_not_found', 'No Microsoft 365 support case ' + caseId + '.')
    const ev = validation.event

    const existing = findOne(ACTIVITY_TABLE, { event_id: ev.eventId }, ACTIVITY_FIELDS)
    if (existing && isStaleClaim(existing, caseRow, ev.type, nowMs)) {
        log.warn(
            'Connector event {0}: taking over a delivery that stopped half way (claimed {1})',
            ev.eventId,
            existing.sys_created_on,
        )
        if (!attempt(() => remove(ACTIVITY_TABLE, existing.sys_id))) fail('removing the stale claim', ev.eventId)
    } else if (existing) return replay(existing, caseRow, ev.type)

    const incident = caseRow.incident ? readIncidentSnapshot(caseRow.incident) : null
    const lastStatus = findOne(
        ACTIVITY_TABLE,
        { case: caseRow.sys_id, status: { op: 'ISNOTEMPTY' } },
        ['occurred_at'],
        { orderByDesc: 'occurred_at' },
    )
    const snapshot = {
        sysId: caseRow.sys_id,
        connectorCaseId: caseRow.connector_case_id,
        status: caseRow.status,
        lastEventAt: caseRow.last_event_at,
        lastStatusAt: lastStatus ? lastStatus.occurred_at : '',
    }
    const plan = planEvent(ev, snapshot, incident)

    // 1. The activity row claims the event_id (unique index): a concurrent delivery that lost the race reads the winner's row.
    let activityId = ''
    attempt(() => !!(activityId = insert(ACTIVITY_TABLE, { ...plan.activity, response: '' })))
    if (!activityId) {
        const winner = findOne(ACTIVITY_TABLE, { event_id: ev.eventId }, ACTIVITY_FIELDS)
        if (winner) return replay(winner, caseRow, ev.type)
        fail('activity insert', ev.eventId)
    }

    // 2. The case.
    const before: Row = {}
    for (const k of Object.keys(plan.caseUpdate)) before[k] = caseRow[k] ?? ''
    if (Object.keys(plan.caseUpdate).length && !attempt(() => update(CASE_TABLE, caseRow.sys_id, plan.caseUpdate))) {
        undo('the activity', () => remove(ACTIVITY_TABLE, activityId), ev.eventId)
        fail('case update', ev.eventId)
    }
    const undoCase = () => {
        if (Object.keys(before).length)
            undo('the case update', () => update(CASE_TABLE, caseRow.sys_id, before), ev.eventId)
        undo('the activity', () => remove(ACTIVITY_TABLE, activityId), ev.eventId)
    }

    // 3. The incident work note (only for an open incident; planEvent already left closed ones alone).
    if (plan.workNote && incident) {
        const text = plan.workNote
        let reason = 'refused'
        const added = attempt(() => {
            const note = addWorkNote(incident, text)
            if (!note.added) reason = note.reason
            return note.added
        })
        if (!added) {
            undoCase()
            fail('incident work note (' + reason + ')', ev.eventId)
        }
    }

    // 4. The answer, replayed to every redelivery of this event_id.
    if (!attempt(() => update(ACTIVITY_TABLE, activityId, { response: JSON.stringify(plan.response) }))) {
        // The work note (if any) stays: a journal entry cannot be withdrawn; the retry adds the note again.
        undoCase()
        fail('storing the response', ev.eventId)
    }
    log.info(
        'Connector event {0} ({1}) recorded on case {2}; work note: {3}',
        ev.eventId,
        ev.type,
        caseId,
        plan.response.incident_work_note,
    )
    return { status: 200, body: plan.response }
}
