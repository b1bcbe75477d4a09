/* eslint-disable @typescript-eslint/no-explicit-any -- the tab's JSON answer is asserted field by field */
import * as control from '../../testkit/glide/control'
import { gs } from '../../testkit/glide/gs'
import { GlideRecord } from '../../testkit/glide'
import { makeRestCall } from '../../testkit/glide/sn_ws_int'
import { spawnMicrosoftSide, SpawnedMicrosoftSide } from '../../testkit/microsoft/spawn'
import { DEFAULTS } from '../../testkit/microsoft/defaults'
import { evaluateGate } from '../../src/server/setup/rules/setup-gate'
import { MSG } from '../../src/server/domain/messages'
import { readSetupSnapshot } from '../../src/server/setup/setup-state-store'
import { resetTokenMemo } from '../../src/server/outbound/token-provider'
import { getIncidentTab } from '../../src/server/incident/incident-tab-routes'
import { SetupIds, completeSteps, freshInstance, putStep, turnOff, verify } from './fixtures'

// Setup's verification run again on a setup that passed (service level, on the double, against the Microsoft side
// in a child process): a failed re-run keeps the last good setup on for users and tells admins what failed; the
// integration goes off only when an admin turns it off, changes a verified answer, or the failures repeat.
let ms: SpawnedMicrosoftSide
let ids: SetupIds

beforeAll(async () => {
    ms = await spawnMicrosoftSide()
}, 60000)
afterAll(() => ms.close())
beforeEach(async () => {
    await ms.control.resetAll()
    ids = freshInstance(ms.urls)
    resetTokenMemo()
    gs.setProperty('x_mioms_m365_assis.outbound.max_retries', '0')
})
afterEach(() => control.clock.real())

const T0 = Date.UTC(2026, 2, 1, 8, 0, 0)
const H = 3600000
const outboundEntity = () =>
    control.rows('oauth_entity').find((e) => e.client_id === DEFAULTS.outboundClient.clientId)!.sys_id
function setSecret(secret: string): void {
    const gr = new GlideRecord('oauth_entity')
    gr.get(outboundEntity())
    gr.setValue('client_secret', secret)
    gr.update()
}
const gate = () => evaluateGate(readSetupSnapshot())
// syslog.level: 0 information, 1 warning, 2 error.
const appLog = () => control.syslog().filter((l) => l.source === 'x_mioms_m365_assis')
const incidentId = () => control.rows('incident')[0].sys_id
function tabAs(user: string): any {
    const r = makeRestCall({ userName: user, method: 'GET', pathParams: { sys_id: incidentId() } }).run(
        getIncidentTab as never,
    )
    const body = JSON.parse(r.body)
    control.setCurrentUser('m365.admin')
    return body
}

/** basic, verified at T0 (the double's clock frozen there). */
function verifiedSetup(): void {
    control.clock.set(T0)
    completeSteps('basic', ids, ms.urls.connector)
    expect(verify().body.completed).toBe(true)
}

test('a failed re-run (secret rotated in Entra, not yet in ServiceNow) keeps the integration on; admins see what failed, users see nothing', () => {
    verifiedSetup()
    setSecret('rotated-in-entra')
    control.clock.set(T0 + 2 * H)
    const r = verify().body
    expect(r.results.find((x) => x.id === 'token_request')!.status).toBe('failed')
    expect(r.completed).toBe(true)
    expect(gate()).toEqual({ open: true })
    expect(r.status.state).toBe('degraded')
    expect(r.status.canTurnOff).toBe(true)
    expect(r.status.message).toContain(
        'The last verification (2026-03-01 10:00:00 UTC) failed: Token request through the outbound OAuth profile',
    )
    expect(r.status.message).toContain('keeps running for users on the setup verified on 2026-03-01 08:00:00 (UTC)')
    expect(r.status.message).toContain('after 3 failed verifications in a row over at least 24 hours (so far 1')
    const warn = appLog().find(
        (l) =>
            l.level === '1' &&
            /Setup verification: 1 of \d tests failed \(token_request\), 1 not run \(connector_ping\), \d passed/.test(
                l.message,
            ),
    )
    expect(warn?.message).toContain('The integration keeps running for users')
    expect(JSON.stringify(appLog())).not.toContain('rotated-in-entra')

    const user = tabAs('agent.insights')
    expect(user.setup).toEqual({ complete: true, message: null, adminNotice: null })
    expect(user.messages).not.toContain(MSG.finalStepIncomplete)
    const admin = tabAs('m365.admin')
    expect(admin.setup.complete).toBe(true)
    expect(admin.setup.adminNotice).toContain('failed: Token request through the outbound OAuth profile')
})

test('failures that repeat (3 over at least 24 hours) turn it off: users get the verbatim final-step message; a pass turns it on again', () => {
    verifiedSetup()
    setSecret('rotated-in-entra')
    for (const h of [1, 2]) {
        control.clock.set(T0 + h * H)
        expect(verify().body.completed).toBe(true)
    }
    expect(gate().open).toBe(true)
    control.clock.set(T0 + 25 * H)
    const off = verify().body
    expect(off.completed).toBe(false)
    expect(off.status.state).toBe('off')
    expect(off.status.message).toMatch(
        /^The integration was turned off on 2026-03-02 09:00:00 \(UTC\) after 3 failed verifications in a row since 2026-03-01 09:00:00 \(UTC\)/,
    )
    expect(gate()).toMatchObject({ open: false, reason: 'final_step', message: MSG.finalStepIncomplete })
    expect(appLog().some((l) => l.level === '2' && /the integration is now OFF for every user/.test(l.message))).toBe(
        true,
    )
    const user = tabAs('agent.insights')
    expect(user.setup).toMatchObject({ complete: false, message: MSG.finalStepIncomplete, adminNotice: null })
    expect(user.messages).toEqual([MSG.finalStepIncomplete])
    expect(tabAs('m365.admin').setup.adminNotice).toContain('after 3 failed verifications')

    setSecret(DEFAULTS.outboundClient.clientSecret)
    resetTokenMemo()
    control.clock.set(T0 + 26 * H)
    const back = verify().body
    expect(back.completed).toBe(true)
    expect(back.status).toMatchObject({ state: 'on', canTurnOff: false, failedRuns: 0 })
    expect(gate().open).toBe(true)
    expect(appLog().some((l) => l.level === '0' && /the integration is on again/.test(l.message))).toBe(true)
})

test('the rule follows its two properties', () => {
    gs.setProperty('x_mioms_m365_assis.setup.turn_off_after_failures', '2')
    gs.setProperty('x_mioms_m365_assis.setup.turn_off_after_hours', '0')
    verifiedSetup()
    setSecret('rotated-in-entra')
    expect(verify().body.completed).toBe(true)
    const off = verify().body
    expect(off.completed).toBe(false)
    expect(off.status.rule).toEqual({ maxFailedRuns: 2, minHours: 0 })
})

test('an admin turns it off until fixed (explicit, logged, 409 when already off); changing a verified answer also gates', () => {
    verifiedSetup()
    expect(turnOff().status).toBe(200) // allowed while on, even with no failure
    expect(verify().body.completed).toBe(true) // all pass: on again
    setSecret('rotated-in-entra')
    control.clock.set(T0 + H)
    expect(verify().body.status.state).toBe('degraded')
    const r = turnOff()
    expect(r.status).toBe(200)
    expect(r.body.completed).toBe(false)
    expect(r.body.status.state).toBe('off')
    expect(r.body.status.message).toMatch(/^m365\.admin turned the integration off on 2026-03-01 09:00:00 \(UTC\)/)
    expect(gate()).toMatchObject({ open: false, reason: 'final_step' })
    expect(
        appLog().some(
            (l) =>
                l.level === '1' &&
                /m365\.admin turned the Microsoft 365 integration off for every user/.test(l.message),
        ),
    ).toBe(true)
    const again = turnOff()
    expect(again.status).toBe(409)
    expect(again.body.error).toEqual({ code: 'already_off', message: 'The integration is already off.' })
    expect(verify().body.completed).toBe(false) // still failing: stays off

    setSecret(DEFAULTS.outboundClient.clientSecret)
    resetTokenMemo()
    expect(verify().body.completed).toBe(true)
    // A changed verified answer is the admin's decision to set up anew: gated until verified, nothing carried over.
    const edited = putStep('repository', {
        repository_id: 'repo-2',
        connector_endpoint: ms.urls.connector,
        connector_resource: DEFAULTS.connectorResource,
    })
    expect(edited.body.completed).toBe(false)
    expect(edited.body.status.state).toBe('not_verified')
    expect(gate()).toMatchObject({ open: false, reason: 'final_step' })
})
