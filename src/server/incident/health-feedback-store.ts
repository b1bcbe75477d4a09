import { findOne, insert, list, update } from '../platform/records.ts'
import { MatchFeedback } from '../health/rules/health-match-feedback.ts'

// x_mioms_m365_assis_health_match_feedback: agents' related / not related answers on suggested service health
// issues, one row per incident and issue (unique index), the last answer counts.

export const HEALTH_FEEDBACK_TABLE = 'x_mioms_m365_assis_health_match_feedback'

/** Answers on one incident, by issue id. */
export function healthFeedbackFor(incidentId: string): MatchFeedback {
    const out: MatchFeedback = Object.create(null)
    for (const row of list(HEALTH_FEEDBACK_TABLE, { incident: incidentId }, ['issue_id', 'related'], {
        orderBy: 'sys_created_on',
    }))
        out[row.issue_id] = row.related === 'true'
    return out
}

/** Stores (or changes) the answer; false when the instance refused the write. */
export function recordHealthFeedback(incidentId: string, userId: string, issueId: string, related: boolean): boolean {
    const query = { incident: incidentId, issue_id: issueId }
    const values = { incident: incidentId, issue_id: issueId, related: String(related), user: userId }
    const existing = findOne(HEALTH_FEEDBACK_TABLE, query, [])
    if (existing) return update(HEALTH_FEEDBACK_TABLE, existing.sys_id, values)
    if (insert(HEALTH_FEEDBACK_TABLE, values)) return true
    // (incident, issue_id) is unique: a colleague answered a moment ago; this answer is the newer one.
    const other = findOne(HEALTH_FEEDBACK_TABLE, query, [])
    return !!other && update(HEALTH_FEEDBACK_TABLE, other.sys_id, values)
}
