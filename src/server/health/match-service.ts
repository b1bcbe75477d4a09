import { getById, Row } from '../platform/records.ts'
import { IncidentText, MatchScore, rankIssues } from '../domain/health-matching.ts'
import { activeIssueRows } from './health-issue-store.ts'

// Stable entry for the incident tab: the active Microsoft 365 service health issues that match an incident, best
// first. Reads the incident's short description and description; scoring is domain/health-matching.ts.

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

/** Ranked matches for free text (the tab's search, or an incident not saved yet). */
export function matchHealthIssuesForText(text: IncidentText, limit = 5): HealthIssueMatch[] {
    const rows = activeIssueRows()
    const byId: Record<string, Row> = {}
    for (const r of rows) byId[r.issue_id] = r
    const ranked = rankIssues(
        text,
        rows.map((r) => ({ id: r.issue_id, title: r.title, service: r.service, feature: r.feature, featureGroup: r.feature_group, impactDescription: r.impact_description })),
        { limit },
    )
    return ranked.map((m) => toMatch(byId[m.issueId], m))
}

/** Ranked matches for an incident by sys_id; [] when the incident does not exist. */
export function matchHealthIssuesForIncident(incidentSysId: string, limit = 5): HealthIssueMatch[] {
    const inc = getById('incident', incidentSysId, ['short_description', 'description'])
    if (!inc) return []
    return matchHealthIssuesForText({ shortDescription: inc.short_description, description: inc.description }, limit)
}
