import { findOne, getById, insert, list, update, Row } from '../platform/records.ts'

// The case and case_activity rows as the tab and the sync job use them.

export const CASE_TABLE = 'x_mioms_m365_assis_case'
export const ACTIVITY_TABLE = 'x_mioms_m365_assis_case_activity'

export const CASE_FIELDS = [
    'incident',
    'connector_case_id',
    'status',
    'title',
    'description',
    'contact_name',
    'contact_email',
    'contact_phone',
    'admin_email',
    'is_test',
    'sync_state',
    'sync_attempts',
    'next_attempt_at',
    'last_error',
    'opened_by',
    'last_event_at',
    'sys_created_on',
] as const

const ACTIVITY_FIELDS = [
    'case',
    'event_id',
    'type',
    'status',
    'note_author',
    'note_body',
    'note_created_at',
    'occurred_at',
] as const

export function readCase(sysId: string): Row | null {
    return getById(CASE_TABLE, sysId, CASE_FIELDS)
}

export function casesOfIncident(incidentId: string): Row[] {
    return list(CASE_TABLE, { incident: incidentId }, CASE_FIELDS, { orderByDesc: 'sys_created_on' })
}

export function activityOfCase(caseId: string): Row[] {
    return list(ACTIVITY_TABLE, { case: caseId }, ACTIVITY_FIELDS, { orderByDesc: 'occurred_at', limit: 100 })
}

/** Cases the retry job should send now: not yet synced, retry time reached (or never set). */
export function dueCases(nowGlide: string, limit: number): Row[] {
    return list(
        CASE_TABLE,
        {
            sync_state: { op: 'IN', value: ['pending', 'retrying'] },
            next_attempt_at: { op: '<=', value: nowGlide, or: { op: 'ISEMPTY' } },
        },
        CASE_FIELDS,
        { orderBy: 'next_attempt_at', limit },
    )
}

export function insertCase(values: Row): string {
    return insert(CASE_TABLE, values)
}

export function updateCase(sysId: string, values: Row): boolean {
    return update(CASE_TABLE, sysId, values)
}

/** Activity rows are idempotent on event_id. */
export function addActivity(values: Row): void {
    if (findOne(ACTIVITY_TABLE, { event_id: values.event_id }, [])) return
    insert(ACTIVITY_TABLE, values)
}
