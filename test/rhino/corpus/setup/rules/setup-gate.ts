import type * as M from '../../../../../src/server/setup/rules/setup-gate.ts'
import { corpus } from '../../support.ts'

const s = (
    exists: boolean,
    step: string,
    configuration: string,
    completed: boolean,
    testsPassed: boolean,
): M.SetupSnapshot => ({ exists, step, configuration, completed, testsPassed })

export default corpus<typeof M>({
    evaluateGate: [
        [s(true, 'complete', 'basic', true, true)],
        [s(true, 'complete', 'basic', true, false)],
        [s(true, 'complete', '', false, false)],
        [s(true, 'tenant', 'aad', false, false)],
        [s(false, 'complete', 'basic', true, true)],
    ],
})
