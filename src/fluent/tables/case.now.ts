import '@servicenow/sdk/global'
import {
    BooleanColumn,
    ChoiceColumn,
    DateTimeColumn,
    EmailColumn,
    IntegerColumn,
    ReferenceColumn,
    StringColumn,
    Table,
} from '@servicenow/sdk/core'
import { CASE_STATUS_CHOICES } from '../../server/cases/rules/case-status'

// Case status values and labels come from the one list in src/server/cases/rules/case-status.ts.
export const caseStatusChoices = CASE_STATUS_CHOICES

// A Microsoft support case opened from an incident. Rows outlive incident reopening (product requirement).
export const x_mioms_m365_assis_case = Table({
    name: 'x_mioms_m365_assis_case',
    label: 'Microsoft 365 support case',
    display: 'title',
    // Only this app's scope touches cases: no cross-scope or Table API access.
    accessibleFrom: 'package_private',
    actions: [],
    callerAccess: 'none',
    allowWebServiceAccess: false,
    allowClientScripts: false,
    allowNewFields: false,
    allowUiActions: false,
    createAccessControls: false,
    extensible: false,
    audit: true,
    schema: {
        incident: ReferenceColumn({
            label: 'Incident',
            referenceTable: 'incident',
            mandatory: true,
            cascadeRule: 'clear',
        }),
        // Empty until the connector answers; unique when set (empty values are NULL in the index).
        connector_case_id: StringColumn({ label: 'Connector case ID', maxLength: 100, unique: true }),
        status: ChoiceColumn({
            label: 'Status',
            choices: caseStatusChoices,
            default: 'pending',
            dropdown: 'dropdown_without_none',
        }),
        title: StringColumn({ label: 'Title', maxLength: 160, mandatory: true }),
        description: StringColumn({ label: 'Description', maxLength: 4000 }),
        contact_name: StringColumn({ label: 'Contact name', maxLength: 100 }),
        contact_email: EmailColumn({ label: 'Contact email', maxLength: 100 }),
        contact_phone: StringColumn({ label: 'Contact phone', maxLength: 40 }),
        admin_email: EmailColumn({ label: 'Microsoft 365 admin email', maxLength: 100 }),
        is_test: BooleanColumn({ label: 'Test environment', default: false }),
        sync_state: ChoiceColumn({
            label: 'Sync state',
            choices: {
                pending: { label: 'Pending', sequence: 10 },
                synced: { label: 'Synced', sequence: 20 },
                retrying: { label: 'Retrying', sequence: 30 },
                failed: { label: 'Failed', sequence: 40 },
            },
            default: 'pending',
            dropdown: 'dropdown_without_none',
        }),
        sync_attempts: IntegerColumn({ label: 'Sync attempts', default: 0, min: 0 }),
        next_attempt_at: DateTimeColumn({ label: 'Next attempt at' }),
        last_error: StringColumn({ label: 'Last error', maxLength: 1000 }),
        opened_by: ReferenceColumn({ label: 'Opened by', referenceTable: 'sys_user', cascadeRule: 'clear' }),
        last_event_at: DateTimeColumn({ label: 'Last event at' }),
    },
    index: [
        // The retry job scans pending/retrying cases whose next attempt is due.
        { name: 'sync_due', unique: false, element: ['sync_state', 'next_attempt_at'] },
    ],
})
