import { findOne, insert, Row, update } from '../platform/records.ts'
import { issueToRow, rowChanged } from './rules/health-issue-mapping.ts'
import { GraphIssue } from '../outbound/rules/graph-types.ts'
import { log } from '../platform/log.ts'

// x_mioms_m365_assis_health_issue, upserted by issue_id (unique).

export const HEALTH_ISSUE_TABLE = 'x_mioms_m365_assis_health_issue'
export const HEALTH_ISSUE_FIELDS = [
    'issue_id',
    'title',
    'service',
    'feature',
    'feature_group',
    'impact_description',
    'classification',
    'origin',
    'status',
    'is_resolved',
    'start_date_time',
    'end_date_time',
    'last_modified_date_time',
    'posts',
    'incident',
    'last_post_synced_on',
] as const

// Microsoft's ids look like EX123456; anything else is refused rather than put into an encoded query.
const SAFE_ID = /^[A-Za-z0-9_.:-]{1,60}$/

export interface UpsertResult {
    created: number
    updated: number
    unchanged: number
    skipped: number
    /** Writes the instance refused: the poller must read these issues again, so it keeps its page and watermark. */
    failed: number
    /** sys_ids of the rows created or changed, in input order. */
    changedSysIds: string[]
}

export function findIssueRow(issueId: string): Row | null {
    if (!SAFE_ID.test(issueId)) return null
    return findOne(HEALTH_ISSUE_TABLE, { issue_id: issueId }, HEALTH_ISSUE_FIELDS)
}

export function upsertIssues(issues: GraphIssue[]): UpsertResult {
    const r: UpsertResult = { created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0, changedSysIds: [] }
    for (const issue of issues) {
        if (!issue || !SAFE_ID.test(String(issue.id || ''))) {
            r.skipped++
            log.warn(
                'Service health: skipped an issue with an unexpected id {0}',
                String(issue && issue.id).slice(0, 80),
            )
            continue
        }
        const row = issueToRow(issue)
        let stored = findIssueRow(issue.id)
        if (!stored) {
            const id = insert(HEALTH_ISSUE_TABLE, row)
            if (id) {
                r.created++
                r.changedSysIds.push(id)
                continue
            }
            // Refused by the unique index: another run inserted it a moment ago; update that row instead.
            stored = findIssueRow(issue.id)
            if (!stored) {
                r.failed++
                log.error('Service health: could not store issue {0}', issue.id)
                continue
            }
        }
        if (!rowChanged(stored, row)) {
            r.unchanged++
            continue
        }
        if (update(HEALTH_ISSUE_TABLE, stored.sys_id, row)) {
            r.updated++
            r.changedSysIds.push(stored.sys_id)
        } else {
            r.failed++
            log.error('Service health: could not update issue {0}', issue.id)
        }
    }
    return r
}
