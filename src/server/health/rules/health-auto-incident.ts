import { htmlToText } from './health-text.ts'
import { neutralizeJournalMarkup } from '../../domain/journal-text.ts'
import { graphTimeMs } from './health-issue-mapping.ts'
import { GraphPost } from '../../outbound/rules/graph-types.ts'
import { glideFromMs, parseGlideUtc } from '../../domain/iso-time.ts'
import { own } from '../../domain/own-key.ts'
import { stableSort } from '../../domain/stable-sort.ts'

// Automatic ServiceNow incidents for Microsoft 365 service health issues: settings validation, field mapping,
// work notes and the resolution. Pure.
//
// Mapping (also in src/server/health/README.md):
//   Title                  -> Short description ("Microsoft 365: <title>")
//   Issue type (classification) -> Impact: incident -> 1 High (Microsoft confirmed a service problem affecting
//                             users), advisory -> 3 Low (limited scope or a possible issue), anything else -> 2.
//   Status                 -> Urgency: serviceInterruption -> 1 High; investigating, serviceDegradation,
//                             restoringService -> 2 Medium; extendedRecovery, verifyingService, resolved states and
//                             unknown statuses -> 3 Low.
//   Everything else        -> Description (issue id, service, feature, impact, dates, origin ...).
//   Each Microsoft post    -> one work note (plain text: the HTML is reduced to text, never rendered; [code]
//                             journal markup is neutralized after the entities are decoded).
// The out-of-box priority lookup then gives e.g. incident + serviceInterruption = P1, advisory + degradation = P4.

export const AUTO_RESOLVE_CLOSE_CODE = 'Closed/Resolved by Caller'
/** incident.state: 6 Resolved, 7 Closed, 8 Canceled. */
export const RESOLVED_STATE = '6'
const CLOSED_STATES = ['7', '8']
const SHORT_DESCRIPTION_MAX = 160
const DESCRIPTION_MAX = 4000
const WORK_NOTE_MAX = 4000

export interface AutoIncidentSettings {
    enabled: boolean
    /** sys_user_group sys_id (required). */
    assignmentGroup: string
    /** incident.category value (required). */
    category: string
    subcategory: string
    /** sys_user sys_id (optional). */
    assignedTo: string
    autoResolve: boolean
}

export type SettingsCheck = { ok: true } | { ok: false; missing: string[]; message: string }

/**
 * Required: Assignment group and Category. `exists` says whether a referenced record exists (the caller looks
 * them up), so a deleted group is reported instead of silently creating unassigned incidents.
 */
export function validateAutoIncidentSettings(
    s: AutoIncidentSettings,
    exists: { group: boolean; assignee: boolean } = { group: true, assignee: true },
): SettingsCheck {
    const missing: string[] = []
    if (!s.assignmentGroup.trim()) missing.push('Assignment group')
    if (!s.category.trim()) missing.push('Category')
    if (missing.length) {
        return {
            ok: false,
            missing,
            message:
                'Automatic incidents need ' +
                missing.join(' and ') +
                '. Set ' +
                (missing.length > 1 ? 'them' : 'it') +
                ' under Microsoft 365 Support > Service Health Settings.',
        }
    }
    const invalid: string[] = []
    if (!exists.group) invalid.push('Assignment group')
    if (s.assignedTo.trim() && !exists.assignee) invalid.push('Assigned to')
    if (invalid.length) {
        return {
            ok: false,
            missing: invalid,
            message:
                'Automatic incidents: ' +
                invalid.join(' and ') +
                ' does not exist. Choose another under Microsoft 365 Support > Service Health Settings.',
        }
    }
    return { ok: true }
}

export function impactFor(classification: string): string {
    const c = String(classification || '').toLowerCase()
    return c === 'incident' ? '1' : c === 'advisory' ? '3' : '2'
}

export function urgencyFor(status: string): string {
    switch (String(status || '')) {
        case 'serviceInterruption':
            return '1'
        case 'investigating':
        case 'serviceDegradation':
        case 'restoringService':
            return '2'
        default:
            return '3'
    }
}

/** The stored health issue as the mapping reads it (a health_issue row). */
export interface StoredIssue {
    issue_id: string
    title: string
    service: string
    feature: string
    feature_group: string
    impact_description: string
    classification: string
    origin: string
    status: string
    is_resolved: string
    start_date_time: string
    end_date_time: string
    last_modified_date_time: string
}

// Graph serviceHealthStatus values (not the support case statuses of cases/rules/case-status.ts).
const GRAPH_HEALTH_STATUS_LABELS: Record<string, string> = {
    investigating: 'Investigating',
    serviceDegradation: 'Service degradation',
    serviceInterruption: 'Service interruption',
    restoringService: 'Restoring service',
    extendedRecovery: 'Extended recovery',
    verifyingService: 'Verifying service',
    serviceRestored: 'Service restored',
    postIncidentReviewPublished: 'Post-incident report published',
    falsePositive: 'False positive',
    resolved: 'Resolved',
    confirmed: 'Confirmed',
    reported: 'Reported',
    mitigated: 'Mitigated',
}

export function healthStatusLabel(status: string): string {
    return own(GRAPH_HEALTH_STATUS_LABELS, status) || status
}

function clip(s: string, max: number): string {
    return s.length > max ? s.slice(0, max - 3) + '...' : s
}

/** "2026-11-01 10:00:00 UTC" from a stored UTC date-time or an ISO string (converted to UTC), '' when unusable. */
export function displayUtc(value: string): string {
    const glide = parseGlideUtc(value)
    const t = glide !== null ? glide : graphTimeMs(value)
    return isFinite(t) ? glideFromMs(t) + ' UTC' : ''
}

export function shortDescriptionFor(i: StoredIssue): string {
    return clip('Microsoft 365: ' + (i.title || i.issue_id), SHORT_DESCRIPTION_MAX)
}

export function descriptionFor(i: StoredIssue): string {
    const lines = [
        'Microsoft 365 service health issue ' + i.issue_id,
        'Service: ' + i.service,
        'Feature: ' + [i.feature_group, i.feature].filter(Boolean).join(' / '),
        'Issue type: ' + (i.classification || 'unknown'),
        'Status: ' + healthStatusLabel(i.status),
        'Origin: ' + (i.origin || 'microsoft'),
        'Start: ' + displayUtc(i.start_date_time),
    ]
    if (i.end_date_time) lines.push('End: ' + displayUtc(i.end_date_time))
    lines.push('Last updated by Microsoft: ' + displayUtc(i.last_modified_date_time))
    lines.push('', 'User impact:', htmlToText(i.impact_description || ''))
    return clip(lines.join('\n'), DESCRIPTION_MAX)
}

/** The new incident's fields. */
export function incidentFieldsFor(i: StoredIssue, s: AutoIncidentSettings): Record<string, string> {
    const f: Record<string, string> = {
        short_description: shortDescriptionFor(i),
        description: descriptionFor(i),
        impact: impactFor(i.classification),
        urgency: urgencyFor(i.status),
        assignment_group: s.assignmentGroup.trim(),
        category: s.category.trim(),
        // The platform's field for an external system's id: lets admins find the incident by Microsoft's id.
        correlation_id: i.issue_id,
        correlation_display: 'Microsoft 365 service health',
    }
    if (s.subcategory.trim()) f.subcategory = s.subcategory.trim()
    if (s.assignedTo.trim()) f.assigned_to = s.assignedTo.trim()
    return f
}

/**
 * Posts not yet written as work notes (created after `syncedIso`), oldest first. Compared in whole seconds: the
 * mark is stored in a date-time column (seconds), while Graph's times carry milliseconds.
 */
export function postsToSync(posts: GraphPost[], syncedIso: string): GraphPost[] {
    const since = syncedIso ? Math.floor(graphTimeMs(syncedIso) / 1000) : NaN
    const fresh = posts.filter((p) => {
        const t = Math.floor(graphTimeMs(p.createdDateTime) / 1000)
        return isFinite(t) && (!isFinite(since) || t > since)
    })
    return stableSort(fresh, (a, b) => graphTimeMs(a.createdDateTime) - graphTimeMs(b.createdDateTime))
}

export function workNoteFor(issueId: string, p: GraphPost): string {
    const kind = p.postType && p.postType !== 'regular' ? ' (' + p.postType + ')' : ''
    const body = htmlToText(String((p.description && p.description.content) || ''))
    // Last, after htmlToText decoded the entities: the same neutralizing as connector case notes.
    return neutralizeJournalMarkup(
        clip(
            'Microsoft 365 service health update for ' +
                issueId +
                kind +
                ', posted ' +
                displayUtc(p.createdDateTime) +
                ':\n\n' +
                body,
            WORK_NOTE_MAX,
        ),
    )
}

/** The resolution note the product specifies, with the issue's end (or last change) as the date. */
export function resolutionNoteFor(i: StoredIssue): string {
    const when = displayUtc(i.end_date_time || i.last_modified_date_time)
    return (
        'The Microsoft service health incident was resolved on ' +
        when +
        '. Please refer to the incident details in the Microsoft 365 Support tab for more information.'
    )
}

/** Closed or canceled incidents get nothing more from the app (product rule: updates stop once closed). */
export function incidentIsClosed(state: string, active: string): boolean {
    return active === 'false' || active === '0' || CLOSED_STATES.indexOf(String(state)) >= 0
}

export function incidentIsResolved(state: string): boolean {
    return String(state) === RESOLVED_STATE
}

export type IncidentAction = 'create' | 'update' | 'skip_resolved_issue' | 'skip_closed' | 'none'

/** What to do for one stored issue. New incidents only for issues that are still active. */
export function planIncidentAction(
    issueResolved: boolean,
    incident: { exists: boolean; state: string; active: string } | null,
): IncidentAction {
    if (!incident || !incident.exists) return issueResolved ? 'skip_resolved_issue' : 'create'
    if (incidentIsClosed(incident.state, incident.active)) return 'skip_closed'
    return 'update'
}
