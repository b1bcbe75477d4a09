import {
    BOOLEAN_FIELDS,
    Configuration,
    STEP_FIELDS,
    STEP_ORDER,
    SetupAnswers,
    StepId,
    VERIFIED_FIELDS,
    earlierStep,
    isConfiguration,
    isSkipped,
    laterStep,
    nextStep,
    stepIndex,
} from './setup-steps.ts'
import { FieldErrors, StepFacts, hasErrors, validateStep } from './setup-validation.ts'
import { FormatContext } from './setup-formats.ts'
import { Message, tx } from './setup-text.ts'
import { VerificationStanding, clearedStanding } from './setup-standing.ts'

// The flow's transitions. `step` (saved in setup_state) is where the admin resumes: the furthest step reached,
// pulled back to the first applicable step whose answers are missing (e.g. after switching from insights only
// to basic, the inbound steps become due). Going back never clears answers; changing an answer the tests
// verified clears the verification standing (setup-standing.ts): the admin decided on a new configuration.

export interface FlowState extends VerificationStanding {
    step: StepId
    answers: SetupAnswers
}

export type SaveOutcome =
    | { ok: true; state: FlowState; changed: boolean; verificationReset: boolean }
    | { ok: false; errors: FieldErrors; message: Message }

/** Takes only the step's own fields from a request body, coerced to the answer types. */
export function pickStepInput(step: StepId, body: Record<string, unknown>): Partial<SetupAnswers> {
    const out: Record<string, unknown> = {}
    for (const f of STEP_FIELDS[step]) {
        if (!(f in body)) continue
        const v = body[f]
        if (BOOLEAN_FIELDS.indexOf(f) >= 0) out[f] = v === true || v === 'true'
        else out[f] = v === null || v === undefined ? '' : String(v).trim()
    }
    return out as Partial<SetupAnswers>
}

/** First applicable step whose answers do not pass the shape checks ('complete' when all do). */
export function firstIncompleteStep(a: SetupAnswers, ctx: FormatContext): StepId {
    for (const s of STEP_ORDER) {
        if (s === 'complete') return s
        if (isSkipped(s, a.configuration)) continue
        if (hasErrors(validateStep(s, a, ctx))) return s
    }
    return 'complete'
}

export function resumeStep(saved: StepId, a: SetupAnswers, ctx: FormatContext): StepId {
    const step = isSkipped(saved, a.configuration) ? (nextStep(saved, a.configuration) ?? 'complete') : saved
    return earlierStep(step, firstIncompleteStep(a, ctx))
}

/** Steps the admin may open: any applicable step up to where the flow stands. */
export function canOpen(step: StepId, state: FlowState): boolean {
    return !isSkipped(step, state.answers.configuration) && stepIndex(step) <= stepIndex(state.step)
}

export function saveStep(
    state: FlowState,
    step: StepId,
    input: Partial<SetupAnswers>,
    ctx: FormatContext,
    facts?: StepFacts,
): SaveOutcome {
    if (isSkipped(step, state.answers.configuration))
        return { ok: false, errors: {}, message: tx('This step is skipped for insights only.') }
    if (!canOpen(step, state)) return { ok: false, errors: {}, message: tx('Complete the earlier steps first.') }
    const answers: SetupAnswers = { ...state.answers, ...input }
    if (step === 'inbound' && answers.configuration !== 'aad') answers.oidc_provider = ''
    const errors = validateStep(step, answers, ctx, facts)
    if (hasErrors(errors)) return { ok: false, errors, message: tx('Fix the highlighted fields.') }
    const changed =
        STEP_ORDER.some((s) => STEP_FIELDS[s].some((f) => answers[f] !== state.answers[f])) ||
        answers.oidc_provider !== state.answers.oidc_provider
    const verificationReset = VERIFIED_FIELDS.some((f) => answers[f] !== state.answers[f])
    const reached = laterStep(state.step, nextStep(step, answers.configuration as Configuration | '') ?? 'complete')
    const next: FlowState = {
        ...state,
        ...(verificationReset ? clearedStanding() : {}),
        step: resumeStep(reached, answers, ctx),
        answers,
    }
    return { ok: true, state: next, changed, verificationReset }
}

export function normalizeConfiguration(v: string): Configuration | '' {
    return isConfiguration(v) ? v : ''
}
