import { t } from 'sn-translate'
import type { CaseStatus } from '../../server/cases/rules/case-status.ts'

// The incident tab's labels of support case statuses. The build collects t() literals only, so the English text is
// written here again; the Record type makes the keys exactly the server's statuses, and
// test/app/case-status-labels.test.ts fails if a text differs from src/server/cases/rules/case-status.ts.
const LABELS: Record<CaseStatus, () => string> = {
    pending: () => t('Pending'),
    submitted: () => t('Submitted'),
    open: () => t('Open'),
    in_progress: () => t('In progress'),
    waiting_on_customer: () => t('Waiting on customer'),
    resolved: () => t('Resolved'),
    closed: () => t('Closed'),
    failed: () => t('Failed'),
}

/** A value the app does not know (a newer connector's) is shown as it came. */
export function caseStatusLabel(status: string): string {
    return Object.prototype.hasOwnProperty.call(LABELS, status) ? LABELS[status as CaseStatus]() : status
}
