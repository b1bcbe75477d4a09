import { describeStanding } from './rules/setup-standing.ts'
import { failedTestNames, loadFlow, readTurnOffRule } from './setup-state-store.ts'
import { text } from './setup-render.ts'

// What app administrators see outside Setup (the incident tab) while a verified setup is failing its re-runs or
// is turned off: the same words as the top of Setup. Users without the role see nothing of it, and the gate's
// verbatim message only when the integration is really off.
export function setupNoticeForAdmins(): string | null {
    const { state, results } = loadFlow()
    const view = describeStanding(state, readTurnOffRule(), failedTestNames(results))
    return view.state === 'degraded' || view.state === 'off' ? text(view.message) : null
}
