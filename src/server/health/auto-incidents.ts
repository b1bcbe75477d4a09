import { getById, list, Row, update } from '../platform/records.ts'
import { log } from '../platform/log.ts'
import { parsePosts, glideToIso, isoToGlide } from './rules/health-issue-mapping.ts'
import {
    AUTO_RESOLVE_CLOSE_CODE,
    AutoIncidentSettings,
    incidentFieldsFor,
    incidentIsResolved,
    planIncidentAction,
    postsToSync,
    RESOLVED_STATE,
    resolutionNoteFor,
    StoredIssue,
    workNoteFor,
} from './rules/health-auto-incident.ts'
import { HEALTH_ISSUE_FIELDS, HEALTH_ISSUE_TABLE } from './health-issue-store.ts'
import { readAutoIncidentSettings, resolveAutoIncidentSettings } from './auto-incident-settings.ts'
import { appendWorkNote, insertIncident, readIncidentSnapshot, updateIncident } from '../platform/incident-table.ts'

// One ServiceNow incident per Microsoft 365 service health issue (when enabled): created for active issues,
// Microsoft's new posts appended as work notes, resolved when Microsoft resolves the issue (when auto-resolve is
// on), left alone once closed. Idempotent: running it again for the same rows changes nothing.
//
// Duplicate guards: the health issue row (unique issue_id) holds the incident reference and is written right after
// the incident is inserted; the row is re-read immediately before creating; a run lease (health-state-store)
// keeps two polls from working at once; and the incident carries correlation_id = issue id.

export interface AutoIncidentReport {
    enabled: boolean
    settingsError: string
    created: number
    notes: number
    resolved: number
    skippedClosed: number
}

function emptyReport(enabled: boolean): AutoIncidentReport {
    return { enabled, settingsError: '', created: 0, notes: 0, resolved: 0, skippedClosed: 0 }
}

function asStored(row: Row): StoredIssue {
    return {
        issue_id: row.issue_id,
        title: row.title,
        service: row.service,
        feature: row.feature,
        feature_group: row.feature_group,
        impact_description: row.impact_description,
        classification: row.classification,
        origin: row.origin,
        status: row.status,
        is_resolved: row.is_resolved,
        start_date_time: row.start_date_time,
        end_date_time: row.end_date_time,
        last_modified_date_time: row.last_modified_date_time,
    }
}

/**
 * Processes the given health issue rows plus every active issue that has no incident yet (issues stored before
 * the feature was switched on, or whose incident creation failed last time).
 */
export function syncAutoIncidents(
    changedSysIds: string[],
    settings: AutoIncidentSettings = readAutoIncidentSettings(),
): AutoIncidentReport {
    const report = emptyReport(settings.enabled)
    if (!settings.enabled) return report
    const resolved = resolveAutoIncidentSettings(settings)
    if (!resolved.ok) {
        report.settingsError = resolved.message
        log.error('Service health: automatic incidents are switched on but not set up: {0}', resolved.message)
        return report
    }
    const s = resolved.settings
    const ids: string[] = []
    const seen: Record<string, boolean> = {}
    const add = (id: string) => {
        if (id && !seen[id]) {
            seen[id] = true
            ids.push(id)
        }
    }
    changedSysIds.forEach(add)
    list(HEALTH_ISSUE_TABLE, { is_resolved: false, incident: { op: 'ISEMPTY' } }, ['issue_id'], {
        orderBy: 'start_date_time',
        limit: 200,
    }).forEach((r) => add(r.sys_id))
    // Auto-resolve switched on after Microsoft resolved an issue: its incident is still open and Graph will not
    // report the issue again, so pick those up here too.
    if (s.autoResolve)
        list(
            HEALTH_ISSUE_TABLE,
            {
                is_resolved: true,
                incident: { op: 'ISNOTEMPTY' },
                'incident.active': true,
                'incident.state': { op: '!=', value: 6 },
            },
            ['issue_id'],
            { orderBy: 'end_date_time', limit: 200 },
        ).forEach((r) => add(r.sys_id))
    for (const id of ids) syncOne(id, s, report)
    return report
}

function syncOne(issueSysId: string, s: AutoIncidentSettings, report: AutoIncidentReport): void {
    const row = getById(HEALTH_ISSUE_TABLE, issueSysId, HEALTH_ISSUE_FIELDS)
    if (!row) return
    const issueResolved = row.is_resolved === 'true' || row.is_resolved === '1'
    const inc = row.incident ? readIncidentSnapshot(row.incident) : null
    const action = planIncidentAction(
        issueResolved,
        inc ? { exists: true, state: inc.state, active: inc.active } : null,
    )
    if (action === 'skip_resolved_issue' || action === 'none') return
    if (action === 'skip_closed') {
        report.skippedClosed++
        return
    }
    let incidentId = row.incident
    let incidentState = inc ? inc.state : ''
    if (action === 'create') {
        incidentId = insertIncident(incidentFieldsFor(asStored(row), s))
        if (!incidentId) {
            log.error('Service health: the incident for {0} could not be created', row.issue_id)
            return
        }
        update(HEALTH_ISSUE_TABLE, issueSysId, { incident: incidentId })
        const created = readIncidentSnapshot(incidentId)
        incidentState = created ? created.state : ''
        report.created++
        log.info(
            'Service health: created incident {0} for Microsoft 365 issue {1}',
            created ? created.number : incidentId,
            row.issue_id,
        )
    }

    // Every post newer than the last one written becomes its own work note, oldest first.
    const pending = postsToSync(parsePosts(row.posts), glideToIso(row.last_post_synced_on))
    let synced = row.last_post_synced_on
    for (const p of pending) {
        if (!appendWorkNote(incidentId, workNoteFor(row.issue_id, p))) {
            log.error('Service health: could not add a work note to the incident of {0}', row.issue_id)
            break
        }
        report.notes++
        synced = isoToGlide(p.createdDateTime)
        // Written after each note, so a failure half-way never posts the same update twice.
        update(HEALTH_ISSUE_TABLE, issueSysId, { last_post_synced_on: synced })
    }

    if (issueResolved && s.autoResolve && !incidentIsResolved(incidentState)) {
        const ok = updateIncident(incidentId, {
            state: RESOLVED_STATE,
            close_code: AUTO_RESOLVE_CLOSE_CODE,
            close_notes: resolutionNoteFor(asStored(row)),
        })
        if (ok) {
            report.resolved++
            log.info('Service health: resolved the incident of Microsoft 365 issue {0}', row.issue_id)
        }
    }
}
