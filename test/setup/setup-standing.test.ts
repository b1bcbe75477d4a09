import {
    DEFAULT_TURN_OFF_RULE,
    VerificationStanding,
    afterVerification,
    clearedStanding,
    describeStanding,
    turnOff,
    turnOffRule,
} from '../../src/server/setup/rules/setup-standing'
import { english } from '../../src/server/setup/rules/setup-text'
import { evaluateGate } from '../../src/server/setup/rules/setup-gate'

// The rule that keeps a verified setup on through failed re-runs (domain, no Glide): off only after an admin's
// decision or `maxFailedRuns` failures in a row spanning `minHours`.
const H = 3600000
const T0 = Date.UTC(2026, 2, 1, 8, 0, 0)
const rule = DEFAULT_TURN_OFF_RULE
const verified: VerificationStanding = { ...clearedStanding(), completed: true, testsPassedOn: '2026-02-28 08:00:00' }
const gateOf = (s: VerificationStanding) =>
    evaluateGate({
        exists: true,
        step: 'complete',
        configuration: 'basic',
        completed: s.completed,
        testsPassed: s.testsPassedOn !== '',
    })

/** Runs failed verifications at the given hours after T0, from `start`. */
function failAt(start: VerificationStanding, hours: number[]) {
    let s = start
    const outcomes: string[] = []
    for (const h of hours) {
        const r = afterVerification(s, false, T0 + h * H, rule)
        s = r.standing
        outcomes.push(r.outcome)
    }
    return { s, outcomes }
}

test('the defaults are 3 failed runs over at least 24 hours', () => {
    expect(rule).toEqual({ maxFailedRuns: 3, minHours: 24 })
})

test('one failed re-run (rotated secret, Entra blip) keeps the last good setup on: the gate stays open', () => {
    const r = afterVerification(verified, false, T0, rule)
    expect(r.outcome).toBe('tolerated')
    expect(r.standing).toMatchObject({
        completed: true,
        testsPassedOn: '2026-02-28 08:00:00',
        failedRuns: 1,
        firstFailedOn: '2026-03-01 08:00:00',
        lastFailedOn: '2026-03-01 08:00:00',
        offReason: '',
    })
    expect(gateOf(r.standing)).toEqual({ open: true })
})

test('many failures within a day stay on; the run that completes both the count and the span turns it off', () => {
    const quick = failAt(verified, [0, 0.1, 0.2, 0.3, 0.4, 23.9])
    expect(quick.outcomes.every((o) => o === 'tolerated')).toBe(true)
    expect(quick.s).toMatchObject({ completed: true, failedRuns: 6 })
    const off = afterVerification(quick.s, false, T0 + 24 * H, rule)
    expect(off.outcome).toBe('turned_off')
    expect(off.standing).toMatchObject({
        completed: false,
        offReason: 'repeated_failures',
        offOn: '2026-03-02 08:00:00',
        failedRuns: 7,
        firstFailedOn: '2026-03-01 08:00:00',
    })
    expect(gateOf(off.standing)).toMatchObject({ open: false, reason: 'final_step' })
})

test('a day and more of failures is not enough on its own: the count must be reached too', () => {
    const slow = failAt(verified, [0, 48])
    expect(slow.outcomes).toEqual(['tolerated', 'tolerated'])
    expect(failAt(slow.s, [49]).outcomes).toEqual(['turned_off'])
})

test('a pass in between starts the count again', () => {
    const two = failAt(verified, [0, 10])
    const pass = afterVerification(two.s, true, T0 + 20 * H, rule)
    expect(pass.outcome).toBe('restored')
    expect(pass.standing).toMatchObject({
        completed: true,
        testsPassedOn: '2026-03-02 04:00:00',
        failedRuns: 0,
        firstFailedOn: '',
    })
    expect(failAt(pass.standing, [30, 40, 50]).outcomes).toEqual(['tolerated', 'tolerated', 'tolerated'])
})

test('an admin turns it off explicitly; failures while off keep it off; a pass turns it on again', () => {
    const failing = failAt(verified, [0]).s
    const off = turnOff(failing, T0 + H, 'm365.admin')
    if (!off.ok) throw new Error('refused')
    expect(off.standing).toMatchObject({
        completed: false,
        offReason: 'admin',
        offBy: 'm365.admin',
        offOn: '2026-03-01 09:00:00',
        testsPassedOn: '2026-02-28 08:00:00',
    })
    expect(gateOf(off.standing)).toMatchObject({ open: false, reason: 'final_step' })
    expect(turnOff(off.standing, T0 + 2 * H, 'm365.admin').ok).toBe(false)
    const still = afterVerification(off.standing, false, T0 + 2 * H, rule)
    expect(still).toMatchObject({
        outcome: 'still_off',
        standing: { completed: false, offReason: 'admin', failedRuns: 2 },
    })
    const back = afterVerification(still.standing, true, T0 + 3 * H, rule)
    expect(back.outcome).toBe('restored')
    expect(back.standing).toEqual({ ...clearedStanding(), completed: true, testsPassedOn: '2026-03-01 11:00:00' })
})

test('a setup that never passed stays closed and counts nothing; its first pass is "passed"', () => {
    const r = afterVerification(clearedStanding(), false, T0, rule)
    expect(r).toEqual({ outcome: 'not_complete', standing: clearedStanding() })
    expect(afterVerification(clearedStanding(), true, T0, rule).outcome).toBe('passed')
    expect(turnOff(clearedStanding(), T0, 'x').ok).toBe(false)
})

test('the rule from properties: bad values fall back to the defaults; 0 hours means the count alone', () => {
    expect(turnOffRule(NaN, NaN)).toEqual(rule)
    expect(turnOffRule(0, -1)).toEqual(rule)
    expect(turnOffRule(2.7, 0)).toEqual({ maxFailedRuns: 2, minHours: 0 })
    const strict = turnOffRule(2, 0)
    let s = afterVerification(verified, false, T0, strict).standing
    const r = afterVerification(s, false, T0 + 1000, strict)
    expect(r.outcome).toBe('turned_off')
    s = r.standing
    expect(s.completed).toBe(false)
})

test('what admins read: on, degraded (what failed, the rule, when it could go off), off and why', () => {
    expect(describeStanding(clearedStanding(), rule, [])).toEqual({
        state: 'not_verified',
        message: [],
        canTurnOff: false,
    })
    expect(english(describeStanding(verified, rule, []).message)).toBe(
        'The integration is on: every verification test passed on 2026-02-28 08:00:00 (UTC).',
    )
    const failing = failAt(verified, [0, 2]).s
    const d = describeStanding(failing, rule, ['Token request through the outbound OAuth profile'])
    expect(d.state).toBe('degraded')
    expect(d.canTurnOff).toBe(true)
    expect(english(d.message)).toBe(
        'The last verification (2026-03-01 10:00:00 UTC) failed: Token request through the outbound OAuth profile. ' +
            'The integration keeps running for users on the setup verified on 2026-02-28 08:00:00 (UTC). ' +
            'It is turned off for everyone after 3 failed verifications in a row over at least 24 hours (so far 2, the first on 2026-03-01 08:00:00 UTC; not before 2026-03-02 08:00:00 UTC), or when you turn it off.',
    )
    const byAdmin = turnOff(failing, T0 + 3 * H, 'm365.admin')
    if (!byAdmin.ok) throw new Error('refused')
    expect(english(describeStanding(byAdmin.standing, rule, []).message)).toMatch(
        /^m365\.admin turned the integration off on 2026-03-01 11:00:00 \(UTC\)/,
    )
    const auto = failAt(failing, [24]).s
    const a = describeStanding(auto, rule, [])
    expect(a.state).toBe('off')
    expect(english(a.message)).toMatch(
        /^The integration was turned off on 2026-03-02 08:00:00 \(UTC\) after 3 failed verifications in a row since 2026-03-01 08:00:00 \(UTC\)/,
    )
})
