import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import {
    checkId,
    EVENT_FIELDS,
    NOTE_FIELDS,
    parseIsoDateTime,
    validateEvent,
} from '../../src/server/inbound/rules/connector-event'
import { isJsonMediaType } from '../../src/server/inbound/rules/media-type'
import { planEvent } from '../../src/server/inbound/rules/case-event-plan'
import { neutralizeJournalMarkup } from '../../src/server/domain/journal-text'
import { incidentAcceptsWorkNotes } from '../../src/server/domain/incident-state'

// The pure rules: what a valid event looks like, and what it does to a case and its incident.
const NOW = Date.UTC(2026, 0, 31, 12, 0, 0)
const base = { event_id: 'evt-1', type: 'status_changed', status: 'open', occurred_at: '2026-01-31T09:30:00Z' }
const note = { author: 'Agent Smith', body: 'We are looking at it.', created_at: '2026-01-31T09:29:00+01:00' }

test.each([
    ['2026-01-31T09:30:00Z', Date.UTC(2026, 0, 31, 9, 30, 0)],
    ['2026-01-31T09:30:00.250Z', Date.UTC(2026, 0, 31, 9, 30, 0, 250)],
    ['2026-01-31T10:30:00+01:00', Date.UTC(2026, 0, 31, 9, 30, 0)],
    ['2026-01-31T04:00:00-05:30', Date.UTC(2026, 0, 31, 9, 30, 0)],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
])('parses ISO date-time %s', (s, ms) => {
    expect(parseIsoDateTime(s)).toBe(ms)
})

test.each([
    '2026-01-31',
    '2026-01-31T09:30:00',
    '2026-01-31 09:30:00Z',
    '2025-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-01-31T24:00:00Z',
    '2026-01-31T09:60:00Z',
    'yesterday',
    '2026-01-31T09:30:00+15:00',
])('rejects date-time %s', (s) => {
    expect(parseIsoDateTime(s)).toBeNull()
})

test('stores dates in the platform UTC format', () => {
    expect(validateEvent({ ...base, occurred_at: '2026-01-31T09:30:05.25+01:00' }, NOW)).toMatchObject({
        ok: true,
        event: { occurredAt: '2026-01-31 08:30:05' },
    })
})

test('ids: letters, digits and . _ : - up to 100 characters', () => {
    expect(checkId('evt-1:a.b_c', 'event_id')).toBeNull()
    expect(checkId('a'.repeat(100), 'event_id')).toBeNull()
    expect(checkId('a'.repeat(101), 'event_id')?.code).toBe('invalid_field')
    expect(checkId('x^ORsys_id!=0', 'event_id')?.code).toBe('invalid_field')
    expect(checkId('-x', 'event_id')?.code).toBe('invalid_field')
    expect(checkId(42, 'event_id')?.code).toBe('invalid_type')
    expect(checkId('', 'event_id')?.code).toBe('missing_field')
})

// [name, body, code]: every rule of the contract has a row; all are 400s.
const BAD: [string, Record<string, unknown>, string][] = [
    ['no event_id', { ...base, event_id: undefined }, 'missing_field'],
    ['numeric event_id', { ...base, event_id: 7 }, 'invalid_type'],
    ['event_id with spaces', { ...base, event_id: 'evt 1' }, 'invalid_field'],
    ['event_id too long', { ...base, event_id: 'e'.repeat(101) }, 'invalid_field'],
    ['no type', { ...base, type: undefined }, 'missing_field'],
    ['type not a string', { ...base, type: ['closed'] }, 'invalid_type'],
    ['unknown type', { ...base, type: 'deleted' }, 'unknown_event_type'],
    ['status_changed without status', { ...base, status: undefined }, 'missing_field'],
    ['status not a string', { ...base, status: 3 }, 'invalid_type'],
    ['unknown status', { ...base, status: 'escalated' }, 'invalid_status'],
    ['app-only status pending', { ...base, status: 'pending' }, 'invalid_status'],
    ['app-only status failed', { ...base, status: 'failed' }, 'invalid_status'],
    ['note_added without note', { ...base, type: 'note_added', status: undefined }, 'missing_field'],
    ['note_added with a status', { ...base, type: 'note_added', note }, 'invalid_status'],
    ['closed with another status', { ...base, type: 'closed', status: 'open' }, 'invalid_status'],
    ['note not an object', { ...base, note: 'hello' }, 'invalid_type'],
    ['note is an array', { ...base, note: [note] }, 'invalid_type'],
    ['note without author', { ...base, note: { ...note, author: undefined } }, 'missing_field'],
    ['note author not a string', { ...base, note: { ...note, author: {} } }, 'invalid_type'],
    ['note author too long', { ...base, note: { ...note, author: 'a'.repeat(101) } }, 'invalid_field'],
    ['note without body', { ...base, note: { ...note, body: undefined } }, 'missing_field'],
    ['note body blank', { ...base, note: { ...note, body: '  \n ' } }, 'missing_field'],
    ['note body not a string', { ...base, note: { ...note, body: 12 } }, 'invalid_type'],
    ['note body too long', { ...base, note: { ...note, body: 'x'.repeat(8001) } }, 'invalid_field'],
    ['note without created_at', { ...base, note: { ...note, created_at: undefined } }, 'missing_field'],
    ['note created_at not ISO', { ...base, note: { ...note, created_at: '31/01/2026' } }, 'invalid_field'],
    ['no occurred_at', { ...base, occurred_at: undefined }, 'missing_field'],
    ['occurred_at a number', { ...base, occurred_at: 1769851800000 }, 'invalid_type'],
    ['occurred_at without zone', { ...base, occurred_at: '2026-01-31T09:30:00' }, 'invalid_field'],
    ['occurred_at impossible date', { ...base, occurred_at: '2026-02-30T09:30:00Z' }, 'invalid_field'],
    ['occurred_at two hours ahead', { ...base, occurred_at: '2026-01-31T14:00:00Z' }, 'invalid_field'],
    // additionalProperties: false, on the event and on its note (contracts/connector.openapi.yaml).
    ['an unknown property', { ...base, extra: { nested: true } }, 'unknown_field'],
    [
        'a misspelt property (and the real one missing)',
        { ...base, occurred_at: undefined, ocurred_at: '2026-01-31T09:30:00Z' },
        'unknown_field',
    ],
    ['a property differing in case', { ...base, Status: 'open' }, 'unknown_field'],
    ['an unknown property set to null', { ...base, case_id: null }, 'unknown_field'],
    [
        'a __proto__ property',
        JSON.parse('{"event_id":"evt-1","type":"closed","occurred_at":"2026-01-31T09:30:00Z","__proto__":{"x":1}}'),
        'unknown_field',
    ],
    [
        'an unknown note property',
        { ...base, type: 'note_added', status: undefined, note: { ...note, attachments: ['a.png'] } },
        'unknown_field',
    ],
    [
        'an unknown note property on closed',
        { ...base, type: 'closed', status: undefined, note: { ...note, visibility: 'internal' } },
        'unknown_field',
    ],
]

test.each(BAD)('rejects %s', (_name, body, code) => {
    const r = validateEvent(body, NOW)
    expect(r.ok).toBe(false)
    if (!r.ok) {
        expect(r.error.status).toBe(400)
        expect(r.error.code).toBe(code)
        expect(r.error.message.length).toBeGreaterThan(10)
    }
})

test('accepts the three event types and normalises dates to UTC', () => {
    const s = validateEvent(base, NOW)
    expect(s).toEqual({
        ok: true,
        event: {
            eventId: 'evt-1',
            type: 'status_changed',
            status: 'open',
            note: null,
            occurredAt: '2026-01-31 09:30:00',
        },
    })
    const n = validateEvent({ ...base, type: 'note_added', status: undefined, note }, NOW)
    expect(n.ok && n.event.note).toEqual({
        author: 'Agent Smith',
        body: 'We are looking at it.',
        createdAt: '2026-01-31 08:29:00',
    })
    const c = validateEvent({ ...base, type: 'closed', status: undefined }, NOW)
    expect(c.ok && c.event.status).toBe('closed')
    // Absent optional fields may also be sent as null.
    expect(validateEvent({ ...base, type: 'closed', status: null, note: null }, NOW).ok).toBe(true)
})

test('unknown properties are named in the message, with the ones allowed', () => {
    const r = validateEvent({ ...base, occurred_at: undefined, ocurred_at: 'x', Status: 'open' }, NOW)
    expect(r).toEqual({
        ok: false,
        error: {
            status: 400,
            code: 'unknown_field',
            message:
                "Unknown fields 'ocurred_at', 'Status'. An event may only contain event_id, type, status, note, occurred_at.",
        },
    })
    const n = validateEvent({ ...base, type: 'note_added', status: undefined, note: { ...note, attachments: [] } }, NOW)
    expect(n).toMatchObject({
        ok: false,
        error: { message: "Unknown field 'note.attachments'. Field 'note' may only contain author, body, created_at." },
    })
    const many: Record<string, unknown> = { ...base }
    for (let i = 0; i < 8; i++) many['x' + i + 'y'.repeat(60)] = i
    const m = validateEvent(many, NOW)
    expect(!m.ok && m.error.message).toMatch(/^Unknown fields 'x0y{38}', .* and 3 more\. /)
})

test("the fields the app accepts are the contract's, and the contract closes both objects", () => {
    const doc = parse(readFileSync(join(__dirname, '..', '..', 'contracts', 'connector.openapi.yaml'), 'utf8'))
    const ev = doc.components.schemas.CaseEvent
    expect(ev.additionalProperties).toBe(false)
    expect(Object.keys(ev.properties)).toEqual([...EVENT_FIELDS])
    expect(ev.properties.note.additionalProperties).toBe(false)
    expect(Object.keys(ev.properties.note.properties)).toEqual([...NOTE_FIELDS])
})

test.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON;charset=UTF-8', true],
    ['  application/json  ; charset="utf-8"', true],
    ['application/json;', true],
    [undefined, false],
    ['', false],
    ['text/plain', false],
    ['text/json', false],
    ['application/x-www-form-urlencoded', false],
    ['application/problem+json', false],
    ['application/json-seq', false],
    ['application/jsonx; charset=utf-8', false],
    ['multipart/form-data; boundary=application/json', false],
])('Content-Type %s is JSON: %s', (value, expected) => {
    expect(isJsonMediaType(value)).toBe(expected)
})

test('HTML and script in a note are kept verbatim as text', () => {
    const body = '<script>alert(1)</script><b>bold</b> & "quotes"'
    const r = validateEvent({ ...base, type: 'note_added', status: undefined, note: { ...note, body } }, NOW)
    expect(r.ok && r.event.note?.body).toBe(body)
})

describe('planEvent', () => {
    const ev = (over: Record<string, unknown> = {}) => {
        const r = validateEvent({ ...base, ...over }, NOW)
        if (!r.ok) throw new Error(r.error.message)
        return r.event
    }
    const caseSnap = { sysId: 'c1', connectorCaseId: 'MS-1', status: 'submitted', lastEventAt: '', lastStatusAt: '' }
    const open = { sysId: 'i1', number: 'INC1', active: 'true', state: '2' }

    test('a status change updates the case and notes the incident with the case id and status label', () => {
        const p = planEvent(ev(), caseSnap, open)
        expect(p.caseUpdate).toEqual({ status: 'open', last_event_at: '2026-01-31 09:30:00' })
        expect(p.workNote).toBe('Microsoft 365 support case MS-1: status changed to Open.')
        expect(p.response).toEqual({
            event_id: 'evt-1',
            case_id: 'MS-1',
            type: 'status_changed',
            recorded: true,
            case_status: 'open',
            status_applied: true,
            incident_work_note: 'added',
        })
    })

    test('an older status than the newest recorded one is recorded but does not roll the status back', () => {
        const p = planEvent(
            ev({ status: 'in_progress', occurred_at: '2026-01-31T08:00:00Z' }),
            {
                ...caseSnap,
                status: 'resolved',
                lastEventAt: '2026-01-31 09:00:00',
                lastStatusAt: '2026-01-31 09:00:00',
            },
            open,
        )
        expect(p.caseUpdate).toEqual({})
        expect(p.workNote).toBeNull()
        expect(p.response).toMatchObject({
            case_status: 'resolved',
            status_applied: false,
            incident_work_note: 'not_needed',
        })
        expect(p.activity.status).toBe('in_progress')
        // A newer note does not make an older status stale; last_event_at only moves forward.
        const q = planEvent(
            ev({ status: 'in_progress', occurred_at: '2026-01-31T08:00:00Z' }),
            { ...caseSnap, lastEventAt: '2026-01-31 09:00:00', lastStatusAt: '2026-01-31 07:00:00' },
            open,
        )
        expect(q.caseUpdate).toEqual({ status: 'in_progress' })
        const stale = planEvent(
            ev({ type: 'closed', status: undefined, occurred_at: '2026-01-31T08:00:00Z' }),
            { ...caseSnap, status: 'open', lastStatusAt: '2026-01-31 09:00:00' },
            open,
        )
        expect(stale).toMatchObject({
            workNote: null,
            caseUpdate: { last_event_at: '2026-01-31 08:00:00' },
            response: { status_applied: false, case_status: 'open' },
        })
    })

    test('closed or missing incidents get no work note; the event is still recorded', () => {
        expect(planEvent(ev(), caseSnap, { ...open, active: 'false', state: '7' })).toMatchObject({
            workNote: null,
            response: { incident_work_note: 'skipped_incident_closed' },
        })
        expect(planEvent(ev(), caseSnap, null)).toMatchObject({
            workNote: null,
            response: { incident_work_note: 'skipped_no_incident' },
        })
        expect(incidentAcceptsWorkNotes({ ...open, state: '8' })).toBe(false)
        expect(incidentAcceptsWorkNotes({ ...open, state: '6' })).toBe(true)
    })

    test('a note is quoted with its author and time; [code] cannot turn it into HTML', () => {
        const p = planEvent(
            ev({
                type: 'note_added',
                status: undefined,
                note: { ...note, body: '[code]<img src=x onerror=alert(1)>[/CODE]' },
            }),
            caseSnap,
            open,
        )
        expect(p.workNote).toBe(
            'Microsoft 365 support case MS-1: note from Agent Smith (2026-01-31 08:29:00 UTC):\n(code)<img src=x onerror=alert(1)>(/CODE)',
        )
        expect(p.activity.note_body).toBe('[code]<img src=x onerror=alert(1)>[/CODE]')
        expect(neutralizeJournalMarkup('[Code]x[/code]')).toBe('(Code)x(/code)')
    })
})
