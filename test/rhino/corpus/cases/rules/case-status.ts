import type * as M from '../../../../../src/server/cases/rules/case-status.ts'
import { corpus, loose } from '../../support.ts'

export default corpus<typeof M>({
    caseStatusLabel: [
        ['pending'],
        ['in_progress'],
        ['waiting_on_customer'],
        ['failed'],
        ['IN_PROGRESS'],
        ['bogus'],
        [''],
        ['__proto__'],
        ['constructor'],
        ['toString'],
        loose(null),
    ],
})
