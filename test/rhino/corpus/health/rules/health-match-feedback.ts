import type * as M from '../../../../../src/server/health/rules/health-match-feedback.ts'
import { corpus } from '../../support.ts'

// Agents' answers on suggested health issues: the order the tab lists issues in, with keys that trip plain objects.
const FEEDBACK: M.MatchFeedback = { EX1: false, TM2: true, SP3: true, constructor: false, toString: true }

export default corpus<typeof M>({
    rejectedIssueIds: [[FEEDBACK], [{}]],
    confirmedIssueIds: [[FEEDBACK], [{}]],
    listedIssueIds: [
        [['AD9'], ['TM2', 'SP3'], ['EX1', 'SP3', 'OD4', 'PB5'], FEEDBACK, 10],
        [['AD9'], ['TM2', 'SP3'], ['OD4', 'PB5'], FEEDBACK, 3],
        [['EX1'], [], ['EX1', 'OD4', 'constructor', 'toString', '__proto__', 'hasOwnProperty'], FEEDBACK, 10],
        [[], [], ['OD4', 'OD4', ''], {}, 5],
        [[], [], ['OD4'], {}, 0],
    ],
})
