import { list, Row } from '../platform/records.ts'
import { IncidentText, incidentCodes, MatchScore, prepareIssues, rankPrepared } from './rules/health-matching.ts'
import { HEALTH_ISSUE_FIELDS, HEALTH_ISSUE_TABLE } from './health-issue-store.ts'
import { readOverviews } from './health-state-store.ts'

// Stable entry for the incident tab: the active Microsoft 365 service health issues that match an incident, best
// first. Reads the incident's short description and description, the stored active issues and the service names of
// the last healthOverviews; scoring is health/rules/health-matching.ts.

export interface HealthIssueMatch {
    sys_id: string
    issue_id: string
    title: string
    service: string
    feature: string
    feature_group: string
    impact_description: string
    classification: string
    status: string
    is_resolved: string
    start_date_time: string
    last_modified_date_time: string
    /** Raw posts JSON (HTML descriptions: sanitize before showing). */
    posts: string
    score: number
    reasons: string[]
}

export interface MatchRequest {
    limit?: number
    /** Issue ids never to suggest (agents said "not related" for this incident). */
    exclude?: string[]
}

// Ranking needs no posts (up to 65,000 characters each): they are read for the issues returned, and for all active
// issues only when the incident quotes an error code (codes are also looked up in the posts).
const RANK_FIELDS = [
    'issue_id',
    'title',
    'service',
    'feature',
    'feature_group',
    'impact_description',
    'classification',
    'status',
    'is_resolved',
    'start_date_time',
    'last_modified_date_time',
] as const
const MAX_ACTIVE = 500

function activeRows(fields: readonly string[]): Row[] {
    return list(HEALTH_ISSUE_TABLE, { is_resolved: false }, fields, {
        orderByDesc: 'last_modified_date_time',
        limit: MAX_ACTIVE,
    })
}

function toMatch(row: Row, m: MatchScore): HealthIssueMatch {
    return {
        sys_id: row.sys_id,
        issue_id: row.issue_id,
        title: row.title,
        service: row.service,
        feature: row.feature,
        feature_group: row.feature_group,
        impact_description: row.impact_description,
        classification: row.classification,
        status: row.status,
        is_resolved: row.is_resolved,
        start_date_time: row.start_date_time,
        last_modified_date_time: row.last_modified_date_time,
        posts: row.posts,
        score: m.score,
        reasons: m.reasons,
    }
}

/** Service names healthOverviews reported last (the issues' own services are added by the matcher). */
function overviewServices(): string[] {
    const o = readOverviews()
    return o && Array.isArray(o.services)
        ? o.services.map((s) => String((s && s.service) || '')).filter((s) => !!s)
        : []
}

/** Ranked matches for an incident's text: the tab passes the text it has already read, so nothing reads it again. */
export function matchHealthIssuesForText(text: IncidentText, req: MatchRequest = {}): HealthIssueMatch[] {
    const limit = req.limit !== undefined ? req.limit : 5
    const withPosts = incidentCodes(text).length > 0
    const rows = withPosts ? activeRows(HEALTH_ISSUE_FIELDS) : activeRows(RANK_FIELDS)
    const byId: Record<string, Row> = Object.create(null)
    for (const r of rows) byId[r.issue_id] = r
    const prepared = prepareIssues(
        rows.map((r) => ({
            id: r.issue_id,
            title: r.title,
            service: r.service,
            feature: r.feature,
            featureGroup: r.feature_group,
            impactDescription: r.impact_description,
            details: withPosts ? r.posts : undefined,
        })),
        overviewServices(),
    )
    const ranked = rankPrepared(text, prepared, { limit, exclude: req.exclude })
    if (!ranked.length) return []
    if (!withPosts) {
        const posts: Record<string, string> = Object.create(null)
        for (const r of list(HEALTH_ISSUE_TABLE, { issue_id: { op: 'IN', value: ranked.map((m) => m.issueId) } }, [
            'issue_id',
            'posts',
        ]))
            posts[r.issue_id] = r.posts
        for (const m of ranked) byId[m.issueId] = { ...byId[m.issueId], posts: posts[m.issueId] || '[]' }
    }
    return ranked.map((m) => toMatch(byId[m.issueId], m))
}
