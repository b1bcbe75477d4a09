import { getConnectorPing } from '../../src/server/inbound/connector-ping-route'
import { getCase } from '../../src/server/inbound/case-read-route'
import { postCaseEvent } from '../../src/server/inbound/case-events-route'
import { APP_VERSION } from '../../src/server/domain/version'
import { CASE_ID, INTEGRATION_USER, call, event, installWorld, snapshot } from '../../testkit/worlds/inbound-world'

beforeEach(() => {
    installWorld()
})

test('ping answers scope, app version and the calling user, and writes nothing', () => {
    const before = snapshot()
    const r = call(getConnectorPing, { method: 'GET' })
    expect(r.status).toBe(200)
    expect(r.json).toEqual({ scope: 'x_mioms_m365_assis', version: APP_VERSION, user: INTEGRATION_USER })
    expect(snapshot()).toBe(before)
})

test('GET case: the case as the app holds it, newest events first, without contact details', () => {
    call(postCaseEvent, {
        pathParams: { case_id: CASE_ID },
        body: JSON.stringify(event({ event_id: 'e1', status: 'open', occurred_at: '2026-01-31T09:00:00Z' })),
    })
    call(postCaseEvent, {
        pathParams: { case_id: CASE_ID },
        body: JSON.stringify(event({ event_id: 'e2', status: 'in_progress', occurred_at: '2026-01-31T10:00:00Z' })),
    })
    const r = call(getCase, { method: 'GET', pathParams: { case_id: CASE_ID } })
    expect(r.status).toBe(200)
    expect(r.json).toMatchObject({
        case_id: CASE_ID,
        title: 'Outlook cannot connect',
        status: 'in_progress',
        sync_state: 'synced',
        is_test: false,
        incident: { number: expect.stringMatching(/^INC\d+$/), active: true },
        last_event_at: '2026-01-31T10:00:00Z',
    })
    expect((r.json.events as { event_id: string }[]).map((e) => e.event_id)).toEqual(['e2', 'e1'])
    expect(r.json.events).toContainEqual({
        event_id: 'e1',
        type: 'status_changed',
        status: 'open',
        occurred_at: '2026-01-31T09:00:00Z',
        received_at: expect.stringMatching(/Z$/),
    })
    expect(r.text).not.toMatch(/contact_|admin_email/)
})

test('GET case: unknown case 404, malformed id 400, both in the error shape', () => {
    expect(call(getCase, { method: 'GET', pathParams: { case_id: 'MS-0' } })).toMatchObject({
        status: 404,
        json: { error: { code: 'case_not_found' } },
    })
    expect(call(getCase, { method: 'GET', pathParams: { case_id: 'x=1^ORy' } })).toMatchObject({
        status: 400,
        json: { error: { code: 'invalid_field' } },
    })
    expect(call(getCase, { method: 'GET', pathParams: {} })).toMatchObject({
        status: 400,
        json: { error: { code: 'missing_field' } },
    })
})
