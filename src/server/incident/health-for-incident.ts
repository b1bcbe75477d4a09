import { list } from '../platform/records.ts'
import { graphTimeMs } from '../health/rules/health-issue-mapping.ts'
import { stableSort } from '../domain/stable-sort.ts'
import { HealthIssueMatch, matchHealthIssuesForText } from '../health/match-service.ts'
import {
    confirmedIssueIds,
    listedIssueIds,
    MatchFeedback,
    rejectedIssueIds,
} from '../health/rules/health-match-feedback.ts'
import { healthFeedbackFor } from './health-feedback-store.ts'
import { HEALTH_ISSUE_TABLE } from '../health/health-issue-store.ts'

// Section 1 of the tab: Microsoft 365 service health issues for the incident. The issue the health sync opened this
// incident for (health_issue.incident) comes first, then issues agents confirmed as related, then the service-health
// matcher's ranking (src/server/health/match-service.ts); issues agents marked "not related" never appear
// (health/rules/health-match-feedback.ts). Posts stay HTML here: the page sanitizes them (src/client/incident-tab/sanitize.ts).

export const MATCHER = 'health/match-service'

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
    /** The agents' answer on this incident: true related, null not answered (rejected issues are not listed). */
    related: boolean | null
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
    const posts = v
        .filter((p) => p && typeof p === 'object')
        .map((p: Record<string, unknown>) => {
            const d =
                p.description && typeof p.description === 'object' ? (p.description as Record<string, unknown>) : null
            return {
                createdDateTime: s(p.createdDateTime),
                postType: s(p.postType),
                html: d ? s(d.content) : s(p.content ?? p.description),
            }
        })
    // Newest first, by instant: as text, "…:38Z" sorts after "…:38.5Z" and offsets do not compare at all.
    const time = (p: HealthPost) => graphTimeMs(p.createdDateTime) || 0
    return stableSort(posts, (a, b) => time(b) - time(a))
}

type IssueRow = Record<string, string>

function view(r: IssueRow, feedback: MatchFeedback): HealthIssueView {
    return {
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
        posts: parsePosts(r.posts),
        related: feedback[r.issue_id] === true ? true : null,
    }
}

const FIELDS = [
    'issue_id',
    'title',
    'service',
    'feature',
    'impact_description',
    'classification',
    'status',
    'is_resolved',
    'start_date_time',
    'last_modified_date_time',
    'posts',
] as const

/** A ranked match as the stored row's fields the view reads. */
function asRow(m: HealthIssueMatch): IssueRow {
    const row: IssueRow = {}
    for (const f of FIELDS) row[f] = m[f]
    return row
}

/** The tab passes the incident text it already read: the matcher does not read the incident again. */
export function matchingHealthIssues(
    incident: { sysId: string; shortDescription: string; description: string },
    limit = 5,
): HealthIssueView[] {
    const incidentSysId = incident.sysId
    const feedback = healthFeedbackFor(incidentSysId)
    const rejected = rejectedIssueIds(feedback)
    const confirmed = confirmedIssueIds(feedback)
    const rows: Record<string, IssueRow> = Object.create(null)
    const own = list(HEALTH_ISSUE_TABLE, { incident: incidentSysId }, FIELDS, {
        orderByDesc: 'last_modified_date_time',
        limit: limit + rejected.length,
    })
    own.forEach((r) => (rows[r.issue_id] = r))
    // Confirmed issues are listed even when resolved since, or no longer ranked.
    if (confirmed.length)
        list(HEALTH_ISSUE_TABLE, { issue_id: { op: 'IN', value: confirmed } }, FIELDS).forEach(
            (r) => (rows[r.issue_id] = r),
        )
    const text = { shortDescription: incident.shortDescription, description: incident.description }
    const ranked = matchHealthIssuesForText(text, { limit, exclude: rejected }).map(asRow)
    ranked.forEach((r) => rows[r.issue_id] || (rows[r.issue_id] = r))
    const ids = listedIssueIds(
        own.map((r) => r.issue_id),
        confirmed.filter((id) => !!rows[id]),
        ranked.map((r) => r.issue_id),
        feedback,
        limit,
    )
    return ids.map((id) => view(rows[id], feedback))
}
