import { apiFetch } from '../shared/api.ts'
// The response shapes are the server's own types (type-only imports: nothing of the server is bundled), so the
// page and the API cannot drift apart.
import type { HealthPost, HealthIssueView as HealthIssue } from '../../server/incident/health-for-incident.ts'
import type {
    CaseView as SupportCase,
    SolutionsView as Solutions,
    TabView as TabData,
} from '../../server/incident/incident-tab-service.ts'
import type { SectionError } from '../../server/incident/section-error.ts'
import type { Solution } from '../../server/outbound/connector-client.ts'
import type { CaseRequest } from '../../server/cases/rules/case-escalation.ts'

export type { HealthPost, HealthIssue, SupportCase, Solution, CaseRequest, Solutions, TabData, SectionError }
export type CaseActivity = SupportCase['activity'][number]
export type Escalation = NonNullable<TabData['escalation']>

// The tab's calls to the internal API (src/server/incident/incident-tab-routes.ts).

export interface CaseCreated {
    case: SupportCase | null
    outcome: 'synced' | 'pending' | 'failed'
    message: string
}

const base = (id: string) => '/incident/' + encodeURIComponent(id)

export const tabApi = {
    /** Instance data only: answers at once whatever the connector does. */
    load: (id: string) => apiFetch<TabData>(base(id) + '/tab'),
    /** The incident's recommended solutions: the call that may wait on the connector. */
    solutions: (id: string) => apiFetch<Solutions>(base(id) + '/solutions'),
    search: (id: string, query: string) =>
        apiFetch<Solutions>(base(id) + '/solutions/search', { method: 'POST', body: { query } }),
    feedback: (id: string, solutionId: string, helpful: boolean) =>
        apiFetch<{ solutionId: string; helpful: boolean }>(base(id) + '/solutions/feedback', {
            method: 'POST',
            body: { solutionId, helpful },
        }),
    healthFeedback: (id: string, issueId: string, related: boolean) =>
        apiFetch<{ issueId: string; related: boolean }>(base(id) + '/health/feedback', {
            method: 'POST',
            body: { issueId, related },
        }),
    cases: (id: string) => apiFetch<{ cases: SupportCase[] }>(base(id) + '/cases'),
    createCase: (id: string, r: CaseRequest) => apiFetch<CaseCreated>(base(id) + '/cases', { method: 'POST', body: r }),
}
