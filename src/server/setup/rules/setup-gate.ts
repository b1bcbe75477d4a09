import { MSG } from '../../domain/messages.ts'

// Whether the app's features may run, from the setup state row. The original app distinguishes "setup not
// done" from "only the final step (Complete the integration + verification tests) is missing".
export interface SetupSnapshot {
    exists: boolean
    step: string
    configuration: string
    completed: boolean
    testsPassed: boolean
}

export type GateResult = { open: true } | { open: false; reason: 'setup' | 'final_step'; message: string }

export const FINAL_STEP = 'complete'

export function evaluateGate(s: SetupSnapshot): GateResult {
    if (s.exists && s.completed && s.testsPassed) return { open: true }
    if (s.exists && s.configuration && s.step === FINAL_STEP)
        return { open: false, reason: 'final_step', message: MSG.finalStepIncomplete }
    return { open: false, reason: 'setup', message: MSG.setupIncomplete }
}
