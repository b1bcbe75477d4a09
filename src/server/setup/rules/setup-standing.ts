import { glideFromMs, parseGlideUtc } from '../../domain/iso-time.ts'
import { Message, cat, tx } from './setup-text.ts'

// Whether the integration stays on after Setup's verification tests are run again. A setup that passed once keeps
// working through a failed re-run (a rotated secret not yet pasted, an Entra blip): switching the app off for every
// user is a decision, never a side effect. It goes off only when
//   - an admin turns it off ("Turn the integration off until fixed"), or changes a verified answer in Setup, or
//   - verification keeps failing: `maxFailedRuns` failed runs in a row spanning at least `minHours` hours
//     (defaults 3 and 24: a blip passes on the next try; a secret nobody fixes for a day is not a blip).
// It comes back on when every test passes again.

export type OffReason = '' | 'admin' | 'repeated_failures'

/** The verification columns of setup_state. */
export interface VerificationStanding {
    /** Features are open: the last good setup is in force. */
    completed: boolean
    /** When every test last passed (GlideDateTime UTC); kept through failures and turn-offs, cleared by a change. */
    testsPassedOn: string
    /** Failed runs in a row since the last pass (counted only once a setup has passed). */
    failedRuns: number
    firstFailedOn: string
    lastFailedOn: string
    /** Why a setup that had passed is off; '' while on, or when it never passed. */
    offReason: OffReason
    offOn: string
    /** User name of the admin who turned it off. */
    offBy: string
}

export interface TurnOffRule {
    maxFailedRuns: number
    minHours: number
}

export const DEFAULT_TURN_OFF_RULE: TurnOffRule = { maxFailedRuns: 3, minHours: 24 }

/** The rule from the two properties; a value that is not a sensible number falls back to the default. */
export function turnOffRule(maxFailedRuns: number, minHours: number): TurnOffRule {
    const runs =
        isFinite(maxFailedRuns) && maxFailedRuns >= 1 ? Math.floor(maxFailedRuns) : DEFAULT_TURN_OFF_RULE.maxFailedRuns
    const hours = isFinite(minHours) && minHours >= 0 ? minHours : DEFAULT_TURN_OFF_RULE.minHours
    return { maxFailedRuns: runs, minHours: hours }
}

export function clearedStanding(): VerificationStanding {
    return {
        completed: false,
        testsPassedOn: '',
        failedRuns: 0,
        firstFailedOn: '',
        lastFailedOn: '',
        offReason: '',
        offOn: '',
        offBy: '',
    }
}

export function isOffReason(v: string): v is OffReason {
    return v === '' || v === 'admin' || v === 'repeated_failures'
}

/**
 * passed: first pass; restored: on again after failures or a turn-off; tolerated: failed, the last good setup stays
 * on; turned_off: failed once too often; still_off: failed while off; not_complete: failed and never passed.
 */
export type RunOutcome = 'passed' | 'restored' | 'tolerated' | 'turned_off' | 'still_off' | 'not_complete'

export function afterVerification(
    prev: VerificationStanding,
    allPassed: boolean,
    nowMs: number,
    rule: TurnOffRule,
): { standing: VerificationStanding; outcome: RunOutcome } {
    const now = glideFromMs(nowMs)
    if (allPassed) {
        const outcome: RunOutcome =
            prev.testsPassedOn && (prev.failedRuns > 0 || !prev.completed) ? 'restored' : 'passed'
        return { standing: { ...clearedStanding(), completed: true, testsPassedOn: now }, outcome }
    }
    if (!prev.testsPassedOn) return { standing: { ...clearedStanding() }, outcome: 'not_complete' }
    const failed: VerificationStanding = {
        ...prev,
        failedRuns: prev.failedRuns + 1,
        firstFailedOn: prev.failedRuns > 0 && prev.firstFailedOn ? prev.firstFailedOn : now,
        lastFailedOn: now,
    }
    if (!prev.completed) return { standing: failed, outcome: 'still_off' }
    if (ruleReached(failed, nowMs, rule)) {
        return {
            standing: { ...failed, completed: false, offReason: 'repeated_failures', offOn: now, offBy: '' },
            outcome: 'turned_off',
        }
    }
    return { standing: failed, outcome: 'tolerated' }
}

function ruleReached(s: VerificationStanding, nowMs: number, rule: TurnOffRule): boolean {
    const first = parseGlideUtc(s.firstFailedOn)
    return s.failedRuns >= rule.maxFailedRuns && first !== null && nowMs - first >= rule.minHours * 3600000
}

/** The admin's "Turn the integration off until fixed"; refused when it is not on. */
export function turnOff(
    prev: VerificationStanding,
    nowMs: number,
    userName: string,
): { ok: true; standing: VerificationStanding } | { ok: false } {
    if (!prev.completed) return { ok: false }
    return {
        ok: true,
        standing: { ...prev, completed: false, offReason: 'admin', offOn: glideFromMs(nowMs), offBy: userName },
    }
}

export type StandingState = 'not_verified' | 'on' | 'degraded' | 'off'

export interface StandingView {
    state: StandingState
    /** What admins read at the top of Setup (and in the log): the state, what failed, and the rule. */
    message: Message
    canTurnOff: boolean
}

/** `failedTests`: names of the tests that did not pass in the last run. */
export function describeStanding(s: VerificationStanding, rule: TurnOffRule, failedTests: string[]): StandingView {
    const failed = failedTests.length ? failedTests.join(', ') : '-'
    if (s.completed && s.failedRuns === 0) {
        return {
            state: 'on',
            message: tx('The integration is on: every verification test passed on {0} (UTC).', s.testsPassedOn),
            canTurnOff: false,
        }
    }
    if (s.completed) {
        return {
            state: 'degraded',
            message: cat(
                tx('The last verification ({0} UTC) failed: {1}.', s.lastFailedOn, failed),
                tx('The integration keeps running for users on the setup verified on {0} (UTC).', s.testsPassedOn),
                ruleText(s, rule),
            ),
            canTurnOff: true,
        }
    }
    if (s.offReason === 'admin') {
        return {
            state: 'off',
            message: cat(
                tx(
                    '{0} turned the integration off on {1} (UTC): users see the "final set up step" message.',
                    s.offBy || '-',
                    s.offOn,
                ),
                tx(
                    'Fix what the verification tests say, then run them again: when all pass, the integration is on again.',
                ),
            ),
            canTurnOff: false,
        }
    }
    if (s.offReason === 'repeated_failures') {
        return {
            state: 'off',
            message: cat(
                tx(
                    'The integration was turned off on {0} (UTC) after {1} failed verifications in a row since {2} (UTC): users see the "final set up step" message.',
                    s.offOn,
                    s.failedRuns,
                    s.firstFailedOn,
                ),
                tx(
                    'Fix what the verification tests say, then run them again: when all pass, the integration is on again.',
                ),
            ),
            canTurnOff: false,
        }
    }
    return { state: 'not_verified', message: [], canTurnOff: false }
}

function ruleText(s: VerificationStanding, rule: TurnOffRule): Message {
    const first = parseGlideUtc(s.firstFailedOn)
    const notBefore = first === null ? '-' : glideFromMs(first + rule.minHours * 3600000)
    return tx(
        'It is turned off for everyone after {0} failed verifications in a row over at least {1} hours (so far {2}, the first on {3} UTC; not before {4} UTC), or when you turn it off.',
        rule.maxFailedRuns,
        rule.minHours,
        s.failedRuns,
        s.firstFailedOn,
        notBefore,
    )
}
