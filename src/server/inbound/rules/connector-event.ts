import { glideFromMs, parseIsoInstant } from '../../domain/iso-time.ts'
import { CONNECTOR_STATUSES } from '../../cases/rules/case-status.ts'

// Validation of one connector callback event (POST .../cases/{case_id}/events). Pure: everything is checked
// here before the route writes anything, so a rejected delivery leaves no trace in the tables.

export const EVENT_TYPES = ['status_changed', 'note_added', 'closed'] as const
export type EventType = (typeof EVENT_TYPES)[number]

// Column lengths of x_mioms_m365_assis_case_activity / _case: longer values would be truncated by the platform.
export const LIMITS = { id: 100, noteAuthor: 100, noteBody: 8000 } as const

// Ids go into encoded queries (event_id=..., connector_case_id=...): the pattern keeps out ^, = and spaces.
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/

// The contract's shape: ISO 8601 date-time with seconds and an explicit offset (Z or +hh:mm); local times are
// ambiguous. iso-time.ts checks the ranges and computes the instant.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/

// An event stamped further in the future than this is a connector clock or data bug.
export const MAX_FUTURE_SKEW_MS = 60 * 60 * 1000

export interface EventNote {
    author: string
    body: string
    /** Glide UTC date-time (yyyy-MM-dd HH:mm:ss). */
    createdAt: string
}

export interface ConnectorEvent {
    eventId: string
    type: EventType
    status: string | null
    note: EventNote | null
    /** Glide UTC date-time (yyyy-MM-dd HH:mm:ss). */
    occurredAt: string
}

export interface InputError {
    status: number
    code: string
    message: string
}

export type EventValidation = { ok: true; event: ConnectorEvent } | { ok: false; error: InputError }

function bad(code: string, message: string, status = 400): { ok: false; error: InputError } {
    return { ok: false, error: { status, code, message } }
}

/** Returns the error for a malformed id, or null. Used for event_id and the {case_id} path parameter. */
export function checkId(value: unknown, field: string): InputError | null {
    if (value === undefined || value === null || value === '')
        return { status: 400, code: 'missing_field', message: "Field '" + field + "' is required." }
    if (typeof value !== 'string')
        return { status: 400, code: 'invalid_type', message: "Field '" + field + "' must be a string." }
    if (value.length > LIMITS.id)
        return {
            status: 400,
            code: 'invalid_field',
            message: "Field '" + field + "' is longer than " + LIMITS.id + ' characters.',
        }
    if (!ID_PATTERN.test(value))
        return {
            status: 400,
            code: 'invalid_field',
            message:
                "Field '" + field + "' may only contain letters, digits and . _ : - (starting with a letter or digit).",
        }
    return null
}

/** Epoch milliseconds of a valid ISO 8601 date-time with offset, or null (also for 2024-02-30 and the like). */
export function parseIsoDateTime(value: string): number | null {
    return ISO_DATE_TIME.test(value) ? parseIsoInstant(value) : null
}

function dateField(
    value: unknown,
    field: string,
    nowMs: number,
): { ok: true; value: string } | { ok: false; error: InputError } {
    if (value === undefined || value === null || value === '')
        return bad('missing_field', "Field '" + field + "' is required.")
    if (typeof value !== 'string')
        return bad('invalid_type', "Field '" + field + "' must be a string (ISO 8601 date-time).")
    const ms = parseIsoDateTime(value)
    if (ms === null)
        return bad(
            'invalid_field',
            "Field '" + field + "' must be an ISO 8601 date-time with a time zone, e.g. 2026-01-31T09:30:00Z.",
        )
    if (ms > nowMs + MAX_FUTURE_SKEW_MS) return bad('invalid_field', "Field '" + field + "' is in the future.")
    return { ok: true, value: glideFromMs(ms) }
}

function noteField(value: unknown, nowMs: number): { ok: true; note: EventNote } | { ok: false; error: InputError } {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return bad('invalid_type', "Field 'note' must be an object {author, body, created_at}.")
    const n = value as Record<string, unknown>
    const unknownError = checkKnownFields(n, NOTE_FIELDS, 'note.')
    if (unknownError) return { ok: false, error: unknownError }
    if (n.author === undefined || n.author === null || n.author === '')
        return bad('missing_field', "Field 'note.author' is required.")
    if (typeof n.author !== 'string') return bad('invalid_type', "Field 'note.author' must be a string.")
    if (n.author.length > LIMITS.noteAuthor)
        return bad('invalid_field', "Field 'note.author' is longer than " + LIMITS.noteAuthor + ' characters.')
    if (n.body === undefined || n.body === null) return bad('missing_field', "Field 'note.body' is required.")
    if (typeof n.body !== 'string') return bad('invalid_type', "Field 'note.body' must be a string.")
    if (!n.body.trim()) return bad('missing_field', "Field 'note.body' must not be empty.")
    if (n.body.length > LIMITS.noteBody)
        return bad('invalid_field', "Field 'note.body' is longer than " + LIMITS.noteBody + ' characters.')
    const created = dateField(n.created_at, 'note.created_at', nowMs)
    if (!created.ok) return created
    // The body is kept exactly as sent: it is plain text, stored as text and escaped wherever it is shown.
    return { ok: true, note: { author: n.author, body: n.body, createdAt: created.value } }
}

// The contract closes both objects (additionalProperties: false): a property the app does not know would be
// dropped without a word (a misspelt occurred_at, a note attachment), so it is refused before anything is written.
export const EVENT_FIELDS = ['event_id', 'type', 'status', 'note', 'occurred_at'] as const
export const NOTE_FIELDS = ['author', 'body', 'created_at'] as const
const MAX_NAMED_UNKNOWN = 5

/** The error for properties outside `allowed` (named with `prefix`, e.g. 'note.'), or null. */
export function checkKnownFields(
    obj: Record<string, unknown>,
    allowed: readonly string[],
    prefix: string,
): InputError | null {
    const unknown: string[] = []
    for (const k of Object.keys(obj)) if (allowed.indexOf(k) < 0) unknown.push(k)
    if (!unknown.length) return null
    const named =
        unknown
            .slice(0, MAX_NAMED_UNKNOWN)
            .map((k) => "'" + prefix + k.slice(0, 40) + "'")
            .join(', ') +
        (unknown.length > MAX_NAMED_UNKNOWN ? ' and ' + (unknown.length - MAX_NAMED_UNKNOWN) + ' more' : '')
    const where = prefix ? "Field '" + prefix.slice(0, -1) + "'" : 'An event'
    return {
        status: 400,
        code: 'unknown_field',
        message:
            'Unknown field' +
            (unknown.length > 1 ? 's ' : ' ') +
            named +
            '. ' +
            where +
            ' may only contain ' +
            allowed.join(', ') +
            '.',
    }
}

/** Checks a parsed request body; nowMs bounds how far in the future dates may be. */
export function validateEvent(body: Record<string, unknown>, nowMs: number): EventValidation {
    const unknownError = checkKnownFields(body, EVENT_FIELDS, '')
    if (unknownError) return { ok: false, error: unknownError }
    const idError = checkId(body.event_id, 'event_id')
    if (idError) return { ok: false, error: idError }
    const eventId = body.event_id as string

    if (body.type === undefined || body.type === null || body.type === '')
        return bad('missing_field', "Field 'type' is required.")
    if (typeof body.type !== 'string') return bad('invalid_type', "Field 'type' must be a string.")
    if ((EVENT_TYPES as readonly string[]).indexOf(body.type) < 0)
        return bad(
            'unknown_event_type',
            "Unknown event type '" + body.type.slice(0, 40) + "'; expected one of " + EVENT_TYPES.join(', ') + '.',
        )
    const type = body.type as EventType

    let status: string | null = null
    if (body.status !== undefined && body.status !== null) {
        if (typeof body.status !== 'string') return bad('invalid_type', "Field 'status' must be a string.")
        if ((CONNECTOR_STATUSES as readonly string[]).indexOf(body.status) < 0)
            return bad(
                'invalid_status',
                "Unknown status '" +
                    body.status.slice(0, 40) +
                    "'; expected one of " +
                    CONNECTOR_STATUSES.join(', ') +
                    '.',
            )
        status = body.status
    }
    if (type === 'status_changed' && status === null)
        return bad('missing_field', "Field 'status' is required for status_changed events.")
    if (type === 'note_added' && status !== null)
        return bad('invalid_status', "Field 'status' is not allowed on note_added events; send a status_changed event.")
    if (type === 'closed') {
        if (status !== null && status !== 'closed')
            return bad('invalid_status', "A closed event may only carry status 'closed'.")
        status = 'closed'
    }

    let note: EventNote | null = null
    if (body.note !== undefined && body.note !== null) {
        const n = noteField(body.note, nowMs)
        if (!n.ok) return n
        note = n.note
    }
    if (type === 'note_added' && !note) return bad('missing_field', "Field 'note' is required for note_added events.")

    const occurred = dateField(body.occurred_at, 'occurred_at', nowMs)
    if (!occurred.ok) return occurred

    return { ok: true, event: { eventId, type, status, note, occurredAt: occurred.value } }
}
