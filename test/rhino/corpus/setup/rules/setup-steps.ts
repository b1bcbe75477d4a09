import type * as M from '../../../../../src/server/setup/rules/setup-steps.ts'
import { STEP_ORDER } from '../../../../../src/server/setup/rules/setup-steps.ts'
import { corpus, loose } from '../../support.ts'

const CONFIGS: ('basic' | 'aad' | 'insights' | '')[] = ['basic', 'aad', 'insights', '']
const each = <T>(f: (s: M.StepId, c: M.Configuration | '') => T): T[] => {
    const out: T[] = []
    for (const s of STEP_ORDER) for (const c of CONFIGS) out.push(f(s, c))
    return out
}

export default corpus<typeof M>({
    isStepId: [['consent'], ['complete'], ['Complete'], [''], ['constructor'], ['toString']],
    isConfiguration: [['basic'], ['aad'], ['insights'], ['AAD'], [''], ['constructor']],
    isSkipped: each((s, c) => [s, c] as [M.StepId, M.Configuration | '']),
    stepIndex: STEP_ORDER.map((s): [M.StepId] => [s]).concat([loose('nope')]),
    nextStep: each((s, c) => [s, c] as [M.StepId, M.Configuration | '']),
    laterStep: [
        ['consent', 'complete'],
        ['settings', 'tenant'],
        ['inbound', 'inbound'],
    ],
    earlierStep: [
        ['consent', 'complete'],
        ['settings', 'tenant'],
        ['inbound', 'inbound'],
    ],
})
