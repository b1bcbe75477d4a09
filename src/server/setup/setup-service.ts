import { log } from '../platform/log.ts'
import { nowMs } from '../platform/clock.ts'
import { HttpError } from '../platform/rest.ts'
import { STEP_ORDER, STEP_TITLES, SetupAnswers, StepId, isSkipped, isStepId, stepIndex } from './rules/setup-steps.ts'
import { canOpen, pickStepInput, resumeStep, saveStep } from './rules/setup-machine.ts'
import { StepFacts } from './rules/setup-validation.ts'
import { MSG } from '../domain/messages.ts'
import { msg } from '../platform/i18n.ts'
import { isGuid } from './rules/setup-formats.ts'
import {
    CheckResult,
    ShownCheck,
    CROSS_SCOPE_FIX,
    allPassed,
    countResults,
    isCrossScopeRefusal,
} from './rules/setup-checks.ts'
import {
    RunOutcome,
    StandingView,
    TurnOffRule,
    afterVerification,
    describeStanding,
    turnOff,
} from './rules/setup-standing.ts'
import { english } from './rules/setup-text.ts'
import { sessionUser } from '../platform/session-user.ts'
import { failedTestNames, loadFlow, readTurnOffRule, saveFlow } from './setup-state-store.ts'
import { formatContext } from './setup-context.ts'
import { inboundFacts, profileFacts, userFacts } from './setup-options.ts'
import { SetupOptions, loadOptions, summaryFor } from './setup-view-data.ts'
import { ShownSummary, showChecks, showErrors, showSummary, text } from './setup-render.ts'
import { runChecks } from './setup-verify.ts'
import { requestHealthPoll } from '../health/health-job.ts'

// The Setup flow's service: what the page shows, saving one step, and running the verification tests.

export interface StepView {
    id: StepId
    title: string
    skipped: boolean
    done: boolean
    canOpen: boolean
}

export interface SetupView {
    step: StepId
    completed: boolean
    testsPassedOn: string
    answers: SetupAnswers
    steps: StepView[]
    options: SetupOptions
    summary: ShownSummary | null
    results: ShownCheck[]
    /** Whether the integration is on for users, what the last verification found, and the turn-off rule. */
    status: SetupStatus
}

export interface SetupStatus {
    state: StandingView['state']
    message: string
    canTurnOff: boolean
    failedRuns: number
    rule: TurnOffRule
}

export function getSetupView(): SetupView {
    const { state, results } = loadFlow()
    const ctx = formatContext()
    const s = { ...state, step: resumeStep(state.step, state.answers, ctx) }
    const steps = STEP_ORDER.map((id) => ({
        id,
        title: msg(STEP_TITLES[id]),
        skipped: isSkipped(id, s.answers.configuration),
        done: id === 'complete' ? s.completed : stepIndex(id) < stepIndex(s.step),
        canOpen: canOpen(id, s),
    }))
    const options = loadOptions()
    const rule = readTurnOffRule()
    const standing = describeStanding(s, rule, failedTestNames(results))
    const status: SetupStatus = {
        state: standing.state,
        message: text(standing.message),
        canTurnOff: standing.canTurnOff,
        failedRuns: s.failedRuns,
        rule,
    }
    return {
        step: s.step,
        completed: s.completed,
        testsPassedOn: s.testsPassedOn,
        answers: s.answers,
        steps,
        options,
        summary: showSummary(summaryFor(s.answers)),
        results,
        status,
    }
}

/** 422 with the field errors, in the app's error shape plus `fields`. */
export class ValidationError extends HttpError {
    fields: Record<string, string>
    constructor(message: string, fields: Record<string, string>) {
        super(422, 'invalid', message)
        this.fields = fields
    }
}

function factsFor(step: StepId, a: SetupAnswers): StepFacts {
    if (step === 'outbound' && a.outbound_profile) return { profile: profileFacts(a.outbound_profile) }
    if (step === 'inbound' && a.inbound_entity) return { inbound: inboundFacts(a.inbound_entity) }
    if (step === 'integration_user') {
        if (a.configuration === 'aad' && isGuid(a.integration_user_id))
            return { user: userFacts(a.integration_user_id.trim(), true) }
        if (a.configuration !== 'aad' && a.integration_user) return { user: userFacts(a.integration_user, false) }
    }
    return {}
}

export function saveSetupStep(stepName: string, body: Record<string, unknown>): SetupView {
    if (!isStepId(stepName)) throw new HttpError(404, 'not_found', msg('There is no setup step "{0}".', stepName))
    const step = stepName
    const { state } = loadFlow()
    const ctx = formatContext()
    const current = { ...state, step: resumeStep(state.step, state.answers, ctx) }
    const input = pickStepInput(step, body)
    const merged = { ...current.answers, ...input }
    let facts: StepFacts
    try {
        facts = factsFor(step, merged)
    } catch (e) {
        throw crossScopeOr(e)
    }
    // Values derived from the picked records, kept so later steps and the tests need not look them up again.
    if (step === 'inbound')
        input.oidc_provider = facts.inbound && facts.inbound.provider ? facts.inbound.provider.id : ''
    if (step === 'integration_user' && facts.user && facts.user.exists) {
        const u = facts.user as ReturnType<typeof userFacts>
        if (merged.configuration === 'aad') input.integration_user = u.id
        else input.integration_user_id = u.userName
    }
    const out = saveStep(current, step, input, ctx, facts)
    if (!out.ok) throw new ValidationError(text(out.message), showErrors(out.errors))
    saveFlow(out.state, out.verificationReset ? [] : null)
    log.info(
        'Setup step {0} saved; next step {1}{2}',
        step,
        out.state.step,
        out.verificationReset ? ' (verification must run again)' : '',
    )
    return getSetupView()
}

export function runSetupVerification(): SetupView {
    const { state } = loadFlow()
    const ctx = formatContext()
    const step = resumeStep(state.step, state.answers, ctx)
    if (step !== 'complete' || !state.answers.configuration)
        throw new HttpError(409, 'incomplete', msg('Complete the earlier steps first.'))
    const results = runChecks(state.answers, ctx)
    const rule = readTurnOffRule()
    const { standing, outcome } = afterVerification(state, allPassed(results), nowMs(), rule)
    const shown = showChecks(results)
    saveFlow({ ...state, ...standing, step }, shown)
    logOutcome(outcome, results, english(describeStanding(standing, rule, failedTestNames(shown)).message))
    // Service health has no data until a poll ran: start one now rather than at the job's next due time.
    if (outcome === 'passed' || outcome === 'restored') requestHealthPoll('Setup verification passed')
    return getSetupView()
}

// Every run leaves an entry in the app's log (Microsoft 365 Support > Logs), in English for whoever reads it later.
// Counts are exact: a test that was not run (an earlier one failed) is named as such, not counted as failed.
function logOutcome(outcome: RunOutcome, results: CheckResult[], standing: string): void {
    const total = results.length
    if (outcome === 'passed') return log.info('Setup verification passed ({0} tests); setup is complete', total)
    if (outcome === 'restored')
        return log.info('Setup verification passed ({0} tests); the integration is on again', total)
    const c = countResults(results)
    const ids = (status: string) =>
        results
            .filter((r) => r.status === status)
            .map((r) => r.id)
            .join(', ') || '-'
    const line =
        'Setup verification: ' +
        c.failed +
        ' of ' +
        total +
        ' tests failed (' +
        ids('failed') +
        '), ' +
        c.notRun +
        ' not run (' +
        ids('skipped') +
        '), ' +
        c.passed +
        ' passed'
    if (outcome === 'not_complete') log.warn('{0}', line)
    else if (outcome === 'turned_off') log.error('{0}; the integration is now OFF for every user. {1}', line, standing)
    else log.warn('{0}. {1}', line, standing)
}

/** "Turn the integration off until fixed": every feature shows the final-step message until verification passes. */
export function turnOffIntegration(): SetupView {
    const { state } = loadFlow()
    const user = sessionUser().userName
    const out = turnOff(state, nowMs(), user)
    if (!out.ok) throw new HttpError(409, 'already_off', msg('The integration is already off.'))
    saveFlow({ ...state, ...out.standing }, null)
    log.warn('{0} turned the Microsoft 365 integration off for every user until Setup verification passes again', user)
    return getSetupView()
}

function crossScopeOr(e: unknown): HttpError {
    const t = e instanceof Error ? e.message : String(e)
    if (isCrossScopeRefusal(t)) {
        const table = /against '([^']+)'/.exec(t)?.[1] ?? 'oauth_entity'
        return new HttpError(
            409,
            'cross_scope_refused',
            msg('{0}. How to fix: {1}', msg(MSG.crossScopeRefused, table), text(CROSS_SCOPE_FIX)),
        )
    }
    log.error('Setup lookup failed: {0}', t)
    return new HttpError(500, 'internal', msg(MSG.contactAppSupport))
}
