import type * as M from '../../../../../src/server/setup/rules/setup-standing.ts'
import { DEFAULT_TURN_OFF_RULE } from '../../../../../src/server/setup/rules/setup-standing.ts'
import { T2020, corpus } from '../../support.ts'

const HOUR = 3600000
const RULE = DEFAULT_TURN_OFF_RULE
const on: M.VerificationStanding = {
    completed: true,
    testsPassedOn: '2020-11-11 07:00:00',
    failedRuns: 0,
    firstFailedOn: '',
    lastFailedOn: '',
    offReason: '',
    offOn: '',
    offBy: '',
}
const failing = (runs: number, first: string): M.VerificationStanding => ({
    ...on,
    failedRuns: runs,
    firstFailedOn: first,
    lastFailedOn: '2020-11-12 06:00:00',
})
const never: M.VerificationStanding = {
    completed: false,
    testsPassedOn: '',
    failedRuns: 0,
    firstFailedOn: '',
    lastFailedOn: '',
    offReason: '',
    offOn: '',
    offBy: '',
}
const offByAdmin: M.VerificationStanding = {
    ...on,
    completed: false,
    offReason: 'admin',
    offOn: '2020-11-12 05:00:00',
    offBy: '\u00c5sa.admin',
}
const offByRule: M.VerificationStanding = {
    ...failing(3, '2020-11-11 06:00:00'),
    completed: false,
    offReason: 'repeated_failures',
    offOn: '2020-11-12 06:00:00',
}

export default corpus<typeof M>({
    turnOffRule: [
        [3, 24],
        [0, -1],
        [2.9, 0.5],
        [NaN, Infinity],
        [1e21, 0],
        [-0, 1e-7],
    ],
    clearedStanding: [[]],
    isOffReason: [[''], ['admin'], ['repeated_failures'], ['Admin'], ['constructor']],
    afterVerification: [
        [on, true, T2020, RULE],
        [failing(2, '2020-11-11 06:00:00'), true, T2020, RULE],
        [offByAdmin, true, T2020, RULE],
        [never, true, T2020, RULE],
        [never, false, T2020, RULE],
        [on, false, T2020, RULE],
        [failing(1, '2020-11-12 06:00:00'), false, T2020, RULE],
        [failing(2, '2020-11-11 07:07:38'), false, T2020, RULE],
        [failing(2, '2020-11-11 07:07:39'), false, T2020, RULE],
        [failing(2, 'garbage'), false, T2020, RULE],
        [failing(0, '2020-01-01 00:00:00'), false, T2020, RULE],
        [offByAdmin, false, T2020, RULE],
        [failing(5, '2020-11-12 07:00:00'), false, T2020, { maxFailedRuns: 1, minHours: 0.1 }],
        [failing(5, '2020-11-12 07:00:00'), false, T2020 + 0.5 * HOUR, { maxFailedRuns: 1, minHours: 1 / 3 }],
    ],
    turnOff: [
        [on, T2020, 'admin'],
        [never, T2020, 'admin'],
        [failing(1, '2020-11-12 06:00:00'), T2020, ''],
    ],
    describeStanding: [
        [on, RULE, []],
        [failing(2, '2020-11-11 07:07:38'), RULE, ['Token request', 'Connector ping']],
        [failing(1, ''), { maxFailedRuns: 3, minHours: 0.1 }, []],
        [failing(1, '2020-11-11 07:07:38'), { maxFailedRuns: 3, minHours: 1 / 3 }, ['x']],
        [offByAdmin, RULE, []],
        [{ ...offByAdmin, offBy: '' }, RULE, []],
        [offByRule, RULE, ['Token request']],
        [never, RULE, []],
    ],
})
