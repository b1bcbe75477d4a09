import { list } from '../platform/records.ts'
import { rankIssues } from '../domain/health-match-placeholder.ts'

// Section 1 of the tab: service health issues matching the incident's short description (as the original app does), from the health_issue table. Ranking is the
// placeholder in domain/health-match-placeholder.ts until the service-health module exports its matcher.
// Posts stay HTML here: the page sanitizes them with DOMPurify before rendering.

export const HEALTH_TABLE = 'x_mioms_m365_assis_health_issue'
const FIELDS = ['issue_id', 'title', 'service', 'feature', 'impact_description', 'classification', 'status', 'is_resolved', 'start_date_time', 'end_date_time', 'last_modified_date_time', 'posts', 'incident'] as const

export interface HealthPost {
    createdDateTime: string
    postType: string
    html: string
}

export interface HealthIssueView {
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

export function parsePosts(json: string): HealthPost[] {
    let v: unknown
    try {
        v = JSON.parse(json || '[]')
    } catch {
        return []
    }
    if (!Array.isArray(v)) return []
    const s = (x: unknown): string => (x === null || x === undefined ? '' : String(x))
    return v
        .filter((p) => p && typeof p === 'object')
        .map((p: Record<string, unknown>) => {
            const d = p.description && typeof p.description === 'object' ? (p.description as Record<string, unknown>) : null
            return { createdDateTime: s(p.createdDateTime), postType: s(p.postType), html: d ? s(d.content) : s(p.content ?? p.description) }
        })
        .sort((a, b) => (a.createdDateTime < b.createdDateTime ? 1 : -1))
}

export function matchingHealthIssues(incident: { sysId: string; shortDescription: string }, limit = 5): HealthIssueView[] {
    const rows = list(HEALTH_TABLE, '', FIELDS, { orderByDesc: 'last_modified_date_time', limit: 500 })
    const views = rows.map((r) => ({
        issueId: r.issue_id,
        title: r.title,
        service: r.service,
        feature: r.feature,
        impactDescription: r.impact_description,
        classification: r.classification,
        status: r.status,
        isResolved: r.is_resolved === 'true',
        startDateTime: r.start_date_time,
        lastModified: r.last_modified_date_time,
        postsJson: r.posts,
        linkedIncident: r.incident,
    }))
    // An issue the health sync opened this very incident for always matches.
    const own = views.filter((v) => v.linkedIncident === incident.sysId)
    const ranked = rankIssues(incident.shortDescription, views.filter((v) => v.linkedIncident !== incident.sysId), limit)
    return own
        .concat(ranked)
        .slice(0, limit)
        .map(({ postsJson, linkedIncident: _l, ...v }) => ({ ...v, posts: parsePosts(postsJson) }))
}
