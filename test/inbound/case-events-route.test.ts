import * as control from '../../testkit/glide/control'
import { gs } from '../../testkit/glide/gs'
import * as records from '../../src/server/platform/records'
import { postCaseEvent } from '../../src/server/inbound/case-events-route'
import { INCIDENT_TABLE } from '../../src/server/platform/incident-table'
import {
    ACTIVITY_TABLE,
    CASE_ID,
    CASE_TABLE,
    INTEGRATION_USER,
    NOW_ISO,
    call,
    event,
    installWorld,
    snapshot,
    workNotes,
    World,
} from '../../testkit/worlds/inbound-world'

// POST .../v1/connector/cases/{case_id}/events through the double's Scripted REST framework, real handler.
let world: World
beforeEach(() => {
    world = installWorld()
})
afterEach(() => jest.restoreAllMocks())

const post = (body: unknown, caseId = CASE_ID, user = INTEGRATION_USER) =>
    call(postCaseEvent, {
        pathParams: { case_id: caseId },
        body: typeof body === 'string' ? body : JSON.stringify(body),
        user,
    })
const caseRow = () => control.rows(CASE_TABLE).find((c) => c.connector_case_id === CASE_ID)!

test('status_changed: records the activity, moves the case, adds a work note as the integration user', () => {
    const r = post(event({ event_id: 'evt-100', status: 'in_progress', occurred_at: '2026-01-31T09:30:00Z' }))
    expect(r.status).toBe(200)
    expect(r.headers['Content-Type']).toBe('application/json')
    expect(r.json).toEqual({
        event_id: 'evt-100',
        case_id: CASE_ID,
        type: 'status_changed',
        recorded: true,
        case_status: 'in_progress',
        status_applied: true,
        incident_work_note: 'added',
    })
    const acts = control.rows(ACTIVITY_TABLE)
    expect(acts).toHaveLength(1)
    expect(acts[0]).toMatchObject({
        case: world.caseSysId,
        event_id: 'evt-100',
        type: 'status_changed',
        status: 'in_progress',
        occurred_at: '2026-01-31 09:30:00',
        sys_created_by: INTEGRATION_USER,
    })
    expect(JSON.parse(acts[0].response)).toEqual(r.json)
    expect(caseRow()).toMatchObject({ status: 'in_progress', last_event_at: '2026-01-31 09:30:00' })
    const notes = workNotes(world.incidentId)
    expect(notes).toHaveLength(1)
    expect(notes[0].value).toBe('Microsoft 365 support case MS-1001: status changed to In progress.')
    expect(notes[0].sys_created_by).toBe(INTEGRATION_USER)
})

test('note_added: the note (HTML and script included) is stored as plain text and quoted in the work note', () => {
    const body = '<script>alert("x")</script><b>Restart</b> Outlook & retry'
    const r = post(
        event({
            event_id: 'evt-n1',
            type: 'note_added',
            status: undefined,
            note: { author: 'Ana (Microsoft)', body, created_at: '2026-01-31T09:00:00Z' },
        }),
    )
    expect(r.status).toBe(200)
    expect(r.json.case_status).toBe('submitted')
    const act = control.rows(ACTIVITY_TABLE)[0]
    expect(act).toMatchObject({
        type: 'note_added',
        note_author: 'Ana (Microsoft)',
        note_body: body,
        note_created_at: '2026-01-31 09:00:00',
        status: '',
    })
    expect(workNotes(world.incidentId)[0].value).toBe(
        'Microsoft 365 support case MS-1001: note from Ana (Microsoft) (2026-01-31 09:00:00 UTC):\n' + body,
    )
    expect(caseRow().status).toBe('submitted')
})

test('closed: the case is closed and the incident is told so (but stays as it is)', () => {
    const r = post(event({ event_id: 'evt-c1', type: 'closed', status: undefined }))
    expect(r.status).toBe(200)
    expect(caseRow().status).toBe('closed')
    expect(workNotes(world.incidentId)[0].value).toBe('Microsoft 365 support case MS-1001 was closed by Microsoft.')
    expect(control.rows('incident')[0]).toMatchObject({ state: '1', active: 'true' })
})

test('an event reads its incident once: the work note goes to the incident the plan saw (it was read twice before)', () => {
    const reads = jest.spyOn(records, 'getById')
    const writes = jest.spyOn(records, 'update')
    const r = post(event({ event_id: 'evt-r1', status: 'in_progress' }))
    expect(r.json.incident_work_note).toBe('added')
    expect(reads.mock.calls.filter((c) => c[0] === INCIDENT_TABLE)).toHaveLength(1)
    expect(writes.mock.calls.filter((c) => c[0] === INCIDENT_TABLE)).toEqual([
        [INCIDENT_TABLE, world.incidentId, { work_notes: expect.stringContaining('MS-1001') }],
    ])
})

// [name, body, case id, status, code]: the route-level table of bad inputs. Each must write nothing.
const BAD: [string, unknown, string, number, string][] = [
    ['empty body', '', CASE_ID, 400, 'invalid_json'],
    ['malformed JSON', '{"event_id": "evt-1",', CASE_ID, 400, 'invalid_json'],
    ['JSON array', '[1,2]', CASE_ID, 400, 'invalid_json'],
    ['JSON string', '"hello"', CASE_ID, 400, 'invalid_json'],
    ['JSON null', 'null', CASE_ID, 400, 'invalid_json'],
    ['missing event_id', event({ event_id: undefined }), CASE_ID, 400, 'missing_field'],
    ['event_id number', event({ event_id: 12 }), CASE_ID, 400, 'invalid_type'],
    ['event_id injection', event({ event_id: 'evt^ORevent_idISNOTEMPTY' }), CASE_ID, 400, 'invalid_field'],
    ['event_id too long', event({ event_id: 'e'.repeat(101) }), CASE_ID, 400, 'invalid_field'],
    ['missing type', event({ type: undefined }), CASE_ID, 400, 'missing_field'],
    ['unknown type', event({ type: 'reopened' }), CASE_ID, 400, 'unknown_event_type'],
    ['status_changed without status', event({ status: undefined }), CASE_ID, 400, 'missing_field'],
    ['bad status', event({ status: 'done' }), CASE_ID, 400, 'invalid_status'],
    ['status wrong type', event({ status: true }), CASE_ID, 400, 'invalid_type'],
    ['note_added without note', event({ type: 'note_added', status: undefined }), CASE_ID, 400, 'missing_field'],
    [
        'note without body',
        event({ type: 'note_added', status: undefined, note: { author: 'a', created_at: '2026-01-31T09:00:00Z' } }),
        CASE_ID,
        400,
        'missing_field',
    ],
    [
        'note created_at not a date',
        event({ type: 'note_added', status: undefined, note: { author: 'a', body: 'b', created_at: 'soon' } }),
        CASE_ID,
        400,
        'invalid_field',
    ],
    ['occurred_at not ISO', event({ occurred_at: '2026/01/31 09:30' }), CASE_ID, 400, 'invalid_field'],
    [
        'occurred_at in the future',
        event({ occurred_at: new Date(Date.now() + 3 * 3600e3).toISOString() }),
        CASE_ID,
        400,
        'invalid_field',
    ],
    ['case id with query syntax', event(), 'MS-1001^ORactive=true', 400, 'invalid_field'],
    ['an unknown property', event({ priority: 'high' }), CASE_ID, 400, 'unknown_field'],
    ['a misspelt occurred_at', event({ occurred_at: undefined, occurredAt: NOW_ISO() }), CASE_ID, 400, 'unknown_field'],
    [
        'an unknown note property',
        event({
            type: 'note_added',
            status: undefined,
            note: { author: 'a', body: 'b', created_at: '2026-01-31T09:00:00Z', html: '<b>b</b>' },
        }),
        CASE_ID,
        400,
        'unknown_field',
    ],
    ['an unknown property on an unknown case', event({ extra: 1 }), 'MS-9999', 400, 'unknown_field'],
    ['unknown case', event(), 'MS-9999', 404, 'case_not_found'],
]

test.each(BAD)('rejects %s with nothing written', (_name, body, caseId, status, code) => {
    const before = snapshot()
    const r = post(body, caseId)
    expect(r.status).toBe(status)
    expect(r.json.error?.code).toBe(code)
    expect(typeof r.json.error?.message).toBe('string')
    expect(snapshot()).toBe(before)
    expect(control.rows(ACTIVITY_TABLE)).toHaveLength(0)
})

const postAs = (headers: Record<string, string>, body: unknown = event({ event_id: 'evt-ct' })) =>
    call(postCaseEvent, {
        pathParams: { case_id: CASE_ID },
        body: typeof body === 'string' ? body : JSON.stringify(body),
        headers,
    })

test.each([
    ['no Content-Type', {}],
    ['text/plain', { 'content-type': 'text/plain' }],
    ['text/json', { 'content-type': 'text/json' }],
    ['a form post', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['application/problem+json', { 'content-type': 'application/problem+json' }],
    ['application/jsonx', { 'content-type': 'application/jsonx; charset=utf-8' }],
])('415 for %s, in the error shape, with nothing written', (_name, headers) => {
    const before = snapshot()
    const r = postAs(headers)
    expect(r.status).toBe(415)
    expect(r.headers['Content-Type']).toBe('application/json')
    expect(r.json).toEqual({
        error: {
            code: 'unsupported_media_type',
            message: expect.stringMatching(/^Content-Type must be application\/json \(given: /),
        },
    })
    expect(snapshot()).toBe(before)
})

test('415 comes before the body is looked at: an oversized or malformed body with the wrong type is still 415', () => {
    expect(postAs({ 'content-type': 'text/plain' }, '{"event_id":').status).toBe(415)
    expect(postAs({ 'content-type': 'text/plain' }, 'x'.repeat(70000)).status).toBe(415)
    expect(control.rows(ACTIVITY_TABLE)).toHaveLength(0)
})

test.each([
    ['application/json; charset=utf-8', { 'content-type': 'application/json; charset=utf-8' }],
    ['upper case', { 'Content-Type': 'APPLICATION/JSON;CHARSET=UTF-8' }],
    ['spaces and a quoted charset', { 'content-type': ' application/json ; charset="utf-8"' }],
])('accepted: %s', (_name, headers) => {
    const r = postAs(headers)
    expect(r.status).toBe(200)
    expect(r.json).toMatchObject({ event_id: 'evt-ct', recorded: true })
})

test('bodies over inbound.max_body_bytes get 413 before parsing; the cap is a property', () => {
    const big = event({
        event_id: 'evt-big',
        type: 'note_added',
        status: undefined,
        note: { author: 'a', body: 'x'.repeat(7000), created_at: '2026-01-31T09:00:00Z' },
    })
    // The built app's default is installed; lower it.
    const prop = control.rows('sys_properties').find((p) => p.name === 'x_mioms_m365_assis.inbound.max_body_bytes')
    expect(prop?.value).toBe('65536')
    gs.setProperty('x_mioms_m365_assis.inbound.max_body_bytes', '4096')
    const before = snapshot()
    const r = post(big)
    expect(r.status).toBe(413)
    expect(r.json.error?.code).toBe('payload_too_large')
    expect(snapshot()).toBe(before)
    // Multi-byte characters count as bytes, not characters.
    const r2 = post(
        event({
            event_id: 'evt-utf8',
            type: 'note_added',
            status: undefined,
            note: { author: 'a', body: 'é'.repeat(2100), created_at: '2026-01-31T09:00:00Z' },
        }),
    )
    expect(r2.status).toBe(413)
    gs.setProperty('x_mioms_m365_assis.inbound.max_body_bytes', '65536')
    expect(post(big).status).toBe(200)
})

test('a repeated delivery returns the first answer and writes nothing new', () => {
    const first = post(event({ event_id: 'evt-r1', status: 'open' }))
    const rows = snapshot()
    const again = post(event({ event_id: 'evt-r1', status: 'open' }))
    expect(again.status).toBe(200)
    expect(again.json).toEqual(first.json)
    expect(again.headers['X-Idempotent-Replay']).toBe('true')
    expect(snapshot()).toBe(rows)
})

test('an event_id reused for another case or another type is a conflict', () => {
    control.seed(CASE_TABLE, [
        { incident: world.incidentId, connector_case_id: 'MS-2002', title: 'Other', status: 'open' },
    ])
    post(event({ event_id: 'evt-x' }))
    const rows = snapshot()
    expect(post(event({ event_id: 'evt-x' }), 'MS-2002')).toMatchObject({
        status: 409,
        json: { error: { code: 'event_id_conflict' } },
    })
    expect(post(event({ event_id: 'evt-x', type: 'closed', status: undefined }))).toMatchObject({
        status: 409,
        json: { error: { code: 'event_id_conflict' } },
    })
    expect(snapshot()).toBe(rows)
})

test('replaying 1,000 deliveries (600 distinct events, 400 repeats) leaves exactly 600 activities and 600 work notes', () => {
    const distinct = 600
    const base = Date.now() - 3600e3
    const deliveries: number[] = []
    for (let i = 0; i < distinct; i++) deliveries.push(i)
    // Deterministic repeats spread over the stream (a connector retrying after timeouts).
    for (let k = 0; k < 400; k++) deliveries.splice((k * 7919) % deliveries.length, 0, (k * 131) % distinct)
    expect(deliveries).toHaveLength(1000)
    const statuses = ['open', 'in_progress', 'waiting_on_customer'] as const
    const body = (i: number) =>
        i % 5 === 4
            ? event({
                  event_id: 'evt-' + i,
                  type: 'note_added',
                  status: undefined,
                  note: { author: 'Agent', body: 'Note ' + i, created_at: new Date(base + i * 1000).toISOString() },
                  occurred_at: new Date(base + i * 1000).toISOString(),
              })
            : event({
                  event_id: 'evt-' + i,
                  status: statuses[i % 3],
                  occurred_at: new Date(base + i * 1000).toISOString(),
              })
    const answers = new Map<number, string>()
    for (const i of deliveries) {
        const r = post(body(i))
        expect(r.status).toBe(200)
        const prev = answers.get(i)
        if (prev) expect(r.text).toBe(prev)
        else answers.set(i, r.text)
    }
    expect(control.rows(ACTIVITY_TABLE)).toHaveLength(distinct)
    expect(new Set(control.rows(ACTIVITY_TABLE).map((a) => a.event_id)).size).toBe(distinct)
    // Out-of-order repeats never roll the status back: the case ends at the newest event's status.
    const newestStatus = [...Array(distinct).keys()]
        .filter((i) => i % 5 !== 4)
        .map((i) => statuses[i % 3])
        .pop()
    expect(caseRow().status).toBe(newestStatus)
    // One work note per first delivery that said it added one; repeats add none.
    const added = [...answers.values()].filter((a) => JSON.parse(a).incident_work_note === 'added').length
    expect(workNotes(world.incidentId)).toHaveLength(added)
    expect(workNotes(world.incidentId).filter((n) => n.value.includes('note from'))).toHaveLength(distinct / 5)
})

test('unique-index race: when another delivery inserted the event first, its stored answer is returned', () => {
    // The first delivery completes; then a concurrent one whose duplicate check ran before that insert.
    const first = post(event({ event_id: 'evt-race', status: 'open' }))
    const rows = snapshot()
    const realFindOne = records.findOne
    let calls = 0
    jest.spyOn(records, 'findOne').mockImplementation((table, query, fields, opts) => {
        // Only the first activity lookup misses (it ran before the winner's insert).
        if (table === ACTIVITY_TABLE && calls++ === 0) return null
        return realFindOne(table, query, fields, opts)
    })
    const second = post(event({ event_id: 'evt-race', status: 'open' }))
    expect(second.status).toBe(200)
    expect(second.json).toEqual(first.json)
    expect(snapshot().replace(/"sys_id":"[a-f0-9]+"/g, '')).toBe(rows.replace(/"sys_id":"[a-f0-9]+"/g, ''))
    expect(control.rows(ACTIVITY_TABLE)).toHaveLength(1)
    expect(control.syslog().some((l) => l.message.includes('Unique Key violation'))).toBe(true)
})

test('a race with a delivery still being applied answers 409 event_in_progress', () => {
    control.seed(ACTIVITY_TABLE, [
        { case: world.caseSysId, event_id: 'evt-busy', type: 'status_changed', status: 'open', response: '' },
    ])
    const r = post(event({ event_id: 'evt-busy', status: 'open' }))
    expect(r).toMatchObject({ status: 409, json: { error: { code: 'event_in_progress' } } })
})

test('a claim left by a delivery that died half way is taken over after the stale window', () => {
    const claimedAt = Date.now() - 6 * 60 * 1000
    control.clock.set(claimedAt)
    control.seed(ACTIVITY_TABLE, [
        { case: world.caseSysId, event_id: 'evt-dead', type: 'status_changed', status: 'open', response: '' },
    ])
    control.clock.real()
    const r = post(event({ event_id: 'evt-dead', status: 'open' }))
    expect(r.status).toBe(200)
    const rows = control.rows(ACTIVITY_TABLE).filter((a) => a.event_id === 'evt-dead')
    expect(rows).toHaveLength(1)
    expect(rows[0].response).not.toBe('')
    expect(caseRow().status).toBe('open')
    // and the next redelivery is a plain replay
    const again = post(event({ event_id: 'evt-dead', status: 'open' }))
    expect(again.headers['X-Idempotent-Replay']).toBe('true')
    expect(control.rows(ACTIVITY_TABLE).filter((a) => a.event_id === 'evt-dead')).toHaveLength(1)
})

test('closed incident: the event is recorded on the case, the incident is not touched or reopened', () => {
    world = installWorld({ incident: { state: '7', active: 'false', close_code: 'Solved (Permanently)' } })
    const incidentBefore = JSON.stringify(control.rows('incident'))
    const r = post(event({ event_id: 'evt-ci', status: 'resolved' }))
    expect(r.status).toBe(200)
    expect(r.json).toMatchObject({ case_status: 'resolved', incident_work_note: 'skipped_incident_closed' })
    expect(control.rows(ACTIVITY_TABLE)).toHaveLength(1)
    expect(caseRow().status).toBe('resolved')
    expect(workNotes(world.incidentId)).toHaveLength(0)
    expect(JSON.stringify(control.rows('incident'))).toBe(incidentBefore)
    const n = post(
        event({
            event_id: 'evt-ci2',
            type: 'note_added',
            status: undefined,
            note: { author: 'a', body: 'b', created_at: '2026-01-31T09:00:00Z' },
        }),
    )
    expect(n.json.incident_work_note).toBe('skipped_incident_closed')
    expect(JSON.stringify(control.rows('incident'))).toBe(incidentBefore)
})

test('all or nothing: a refused work note undoes the case update and the activity, and answers 500', () => {
    const before = snapshot()
    control.denyCrossScope('incident', 'write')
    const r = post(event({ event_id: 'evt-fail', status: 'open' }))
    expect(r.status).toBe(500)
    expect(r.json.error).toEqual({ code: 'write_failed', message: 'Please contact app support.' })
    // The undo is itself an update (audited, stamped): compare the values, not the update stamps.
    const strip = (s: string) =>
        JSON.parse(s).map((rows: Record<string, string>[]) =>
            rows.map(({ sys_updated_on: _u, sys_updated_by: _b, sys_mod_count: _m, ...rest }) =>
                Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== '')),
            ),
        )
    expect(strip(snapshot())).toEqual(strip(before))
    expect(control.rows(ACTIVITY_TABLE)).toHaveLength(0)
    expect(
        control.syslog().some((l) => l.message.includes('evt-fail') && l.message.includes('incident work note')),
    ).toBe(true)
    // The connector's retry succeeds once the incident accepts writes again.
    control.allowCrossScope('incident', 'write')
    expect(post(event({ event_id: 'evt-fail', status: 'open' })).status).toBe(200)
    expect(caseRow().status).toBe('open')
})

test('all or nothing: a failed case update removes the activity', () => {
    const realUpdate = records.update
    jest.spyOn(records, 'update').mockImplementation((table, id, values) =>
        table === CASE_TABLE ? false : realUpdate(table, id, values),
    )
    const r = post(event({ event_id: 'evt-cu', status: 'open' }))
    expect(r.status).toBe(500)
    expect(control.rows(ACTIVITY_TABLE)).toHaveLength(0)
    expect(caseRow().status).toBe('submitted')
    expect(workNotes(world.incidentId)).toHaveLength(0)
})

test('all or nothing: failing to store the answer undoes the case and the activity (the retry applies it again)', () => {
    const realUpdate = records.update
    jest.spyOn(records, 'update').mockImplementation((table, id, values) =>
        table === ACTIVITY_TABLE ? false : realUpdate(table, id, values),
    )
    const r = post(event({ event_id: 'evt-resp', status: 'open' }))
    expect(r.status).toBe(500)
    expect(control.rows(ACTIVITY_TABLE)).toHaveLength(0)
    expect(caseRow()).toMatchObject({ status: 'submitted', last_event_at: '' })
})

test('no secret or credential appears in answers or syslog', () => {
    const outputs: string[] = []
    outputs.push(post(event({ event_id: 'evt-s1' })).text)
    outputs.push(post('{bad').text)
    outputs.push(post(event(), 'MS-404').text)
    control.denyCrossScope('incident', 'write')
    outputs.push(post(event({ event_id: 'evt-s2', status: 'resolved' })).text)
    const all =
        outputs.join('\n') +
        control
            .syslog()
            .map((l) => l.message)
            .join('\n')
    expect(all).not.toContain('integration-secret-pw')
    expect(all).not.toMatch(/password|client_secret|Bearer |eyJ/i)
    expect(control.syslog().every((l) => l.source !== 'x_mioms_m365_assis' || !/secret/i.test(l.message))).toBe(true)
})
