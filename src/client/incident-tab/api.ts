import { apiFetch } from '../shared/api.ts'

// The tab's calls to the internal API (src/server/incident/incident-tab-routes.ts).

export interface HealthPost {
    createdDateTime: string
    postType: string
    html: string
}

export interface HealthIssue {
    issueId: string
    title: string
    service: string
    feature: string
    impactDescription: string
    classification: string
    status: string
    isResolved: boolean
    startDateTime: string
    lastModified: string
    posts: HealthPost[]
}

export interface Solution {
    id: string
    title: string
    summary: string
    url: string
    source: string
}

export type Solutions =
    | { ok: true; query: string; solutions: Solution[]; fromCache: boolean; stale?: boolean; feedback: Record<string, boolean> }
    | { ok: false; query: string; message: string; code: string; feedback: Record<string, boolean> }

export interface CaseActivity {
    type: string
    status: string
    noteAuthor: string
    noteBody: string
    occurredAt: string
}

export interface SupportCase {
    sysId: string
    caseId: string
    title: string
    status: string
    syncState: string
    syncAttempts: number
    nextAttemptAt: string
    lastError: string
    adminEmail: string
    isTest: boolean
    createdOn: string
    activity: CaseActivity[]
}

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
    setup: { complete: boolean; message: string | null }
    canEscalate: boolean
    messages: string[]
    health: { matcher: string; issues: HealthIssue[] }
    solutions: Solutions | null
    cases: SupportCase[] | null
    escalation: Escalation | null
}

export interface CaseRequest {
    title: string
    description: string
    contactName: string
    contactEmail: string
    contactPhone: string
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
    cases: (id: string) => apiFetch<{ cases: SupportCase[] }>(base(id) + '/cases'),
    createCase: (id: string, r: CaseRequest) => apiFetch<CaseCreated>(base(id) + '/cases', { method: 'POST', body: r }),
}
