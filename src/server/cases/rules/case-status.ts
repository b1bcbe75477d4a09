import { own } from '../../domain/own-key.ts'

// The statuses of a Microsoft 365 support case (x_mioms_m365_assis_case.status, case_activity.status) and their
// English labels, in one place: the tables' choices (src/fluent/tables/case.now.ts imports this list), the work
// notes (inbound/rules/case-event-plan.ts) and the incident tab (src/client/incident-tab/case-status-label.ts,
// whose t() calls must stay literals: test/app/case-status-labels.test.ts holds it to this list).
// Not Graph's service health statuses: those are health/rules/health-auto-incident.ts GRAPH_HEALTH_STATUS_LABELS.
export const CASE_STATUS_CHOICES = {
    pending: { label: 'Pending', sequence: 10 },
    submitted: { label: 'Submitted', sequence: 20 },
    open: { label: 'Open', sequence: 30 },
    in_progress: { label: 'In progress', sequence: 40 },
    waiting_on_customer: { label: 'Waiting on customer', sequence: 50 },
    resolved: { label: 'Resolved', sequence: 60 },
    closed: { label: 'Closed', sequence: 70 },
    failed: { label: 'Failed', sequence: 80 },
}

export type CaseStatus = keyof typeof CASE_STATUS_CHOICES

// Statuses Microsoft reports for a case. 'pending' and 'failed' are the app's own sync states (case not yet
// accepted by the connector), so the connector may not set them.
export const CONNECTOR_STATUSES: readonly CaseStatus[] = [
    'submitted',
    'open',
    'in_progress',
    'waiting_on_customer',
    'resolved',
    'closed',
]

/** The English label of a case status (work notes); an unknown value is shown as it came. */
export function caseStatusLabel(status: string): string {
    const choice = own<{ label: string }>(CASE_STATUS_CHOICES, status)
    return choice ? choice.label : status
}
