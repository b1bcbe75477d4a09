// The shapes of the Setup API are the server's own types (type-only imports: nothing of the server is
// bundled), so the page and src/server/setup/setup-service.ts cannot drift apart.
import type {
    AnswerField,
    Configuration as ServerConfiguration,
    SetupAnswers,
    StepId,
} from '../../server/setup/rules/setup-steps.ts'
import type { SetupView, StepView } from '../../server/setup/setup-service.ts'

export type { SetupView, StepId, StepView }
export type Configuration = ServerConfiguration | ''
export type Answers = SetupAnswers
export type Field = AnswerField
export type Options = SetupView['options']
export type CheckResult = SetupView['results'][number]
export type Summary = NonNullable<SetupView['summary']>

// Which answers each step sends: the server's own table (a pure domain module, bundled into the page).
export { STEP_FIELDS } from '../../server/setup/rules/setup-steps.ts'

/** Props every step component receives. */
export interface StepProps {
    view: SetupView
    draft: Answers
    set: <F extends Field>(field: F, value: Answers[F]) => void
    errors: Partial<Record<Field, string>>
}
