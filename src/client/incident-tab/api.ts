import { apiFetch } from '../shared/api.ts'
// The response shapes are the server's own types (type-only imports: nothing of the server is bundled), so the
// page and the API cannot drift apart.
import type { HealthPost, HealthIssueView as HealthIssue } from '../../server/incident/health-for-incident.ts'
import type { CaseView as SupportCase } from '../../server/incident/incident-tab-service.ts'
import type { Solution } from '../../server/outbound/connector-client.ts'
import type { CaseRequest } from '../../server/domain/case-escalation.ts'

export type { HealthPost, HealthIssue, SupportCase, Solution, CaseRequest }
export type CaseActivity = SupportCase['activity'][number]

// The tab's calls to the internal API (src/server/incident/incident-tab-routes.ts).

export type Solutions =
    | { ok: true; query: string; solutions: Solution[]; fromCache: boolean; stale?: boolean; feedback: Record<string, boolean> }
    | { ok: false; query: string; message: string; code: string; feedback: Record<string, boolean> }

export interface Escalation {
    title: string
    description: string
    contactName: string
    contactEmail: string
    contactPhone: string
    adminEmail: string
    adminEmailSource: string
    isTestEnvironment: boolean
}

export interface TabData {
    incident: { sysId: string; number: string; shortDescription: string; active: boolean }
    /** adminNotice: for administrators only, while Setup's re-verification fails or after the integration was turned off. */
    setup: { complete: boolean; message: string | null; adminNotice: string | null }
    canEscalate: boolean
    messages: string[]
    health: { matcher: string; issues: HealthIssue[] }
    solutions: Solutions | null
    cases: SupportCase[] | null
    escalation: Escalation | null
}

export interface CaseCreated {
    case: SupportCase | null
    outcome: 'synced' | 'pending' | 'failed'
    message: string
}

const base = (id: string) => '/incident/' + encodeURIComponent(id)

export const tabApi = {
    load: (id: string) => apiFetch<TabData>(base(id) + '/tab'),
    search: (id: string, query: string) => apiFetch<Solutions>(base(id) + '/solutions/search', { method: 'POST', body: { query } }),
    feedback: (id: string, solutionId: string, helpful: boolean) => apiFetch<{ solutionId: string; helpful: boolean }>(base(id) + '/solutions/feedback', { method: 'POST', body: { solutionId, helpful } }),
    healthFeedback: (id: string, issueId: string, related: boolean) => apiFetch<{ issueId: string; related: boolean }>(base(id) + '/health/feedback', { method: 'POST', body: { issueId, related } }),
    cases: (id: string) => apiFetch<{ cases: SupportCase[] }>(base(id) + '/cases'),
    createCase: (id: string, r: CaseRequest) => apiFetch<CaseCreated>(base(id) + '/cases', { method: 'POST', body: r }),
}
