import '@servicenow/sdk/global'
import { ChoiceColumn, DateTimeColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'
import { caseStatusChoices } from './case.now'

// One connector event applied to a case. event_id makes repeated deliveries idempotent; response replays the
// first answer to a redelivery.
export const x_mioms_m365_assis_case_activity = Table({
    name: 'x_mioms_m365_assis_case_activity',
    label: 'Microsoft 365 case activity',
    display: 'event_id',
    accessibleFrom: 'package_private',
    actions: [],
    callerAccess: 'none',
    allowWebServiceAccess: false,
    allowClientScripts: false,
    allowNewFields: false,
    allowUiActions: false,
    createAccessControls: false,
    extensible: false,
    schema: {
        case: ReferenceColumn({
            label: 'Case',
            referenceTable: 'x_mioms_m365_assis_case',
            mandatory: true,
            cascadeRule: 'cascade',
        }),
        event_id: StringColumn({ label: 'Event ID', maxLength: 100, mandatory: true, unique: true }),
        type: ChoiceColumn({
            label: 'Type',
            choices: {
                status_changed: { label: 'Status changed', sequence: 10 },
                note_added: { label: 'Note added', sequence: 20 },
                closed: { label: 'Closed', sequence: 30 },
            },
            dropdown: 'dropdown_without_none',
            mandatory: true,
        }),
        status: ChoiceColumn({ label: 'Status', choices: caseStatusChoices, dropdown: 'dropdown_with_none' }),
        note_author: StringColumn({ label: 'Note author', maxLength: 100 }),
        // Plain text from Microsoft agents: never rendered as HTML.
        note_body: StringColumn({ label: 'Note', maxLength: 8000 }),
        note_created_at: DateTimeColumn({ label: 'Note created at' }),
        occurred_at: DateTimeColumn({ label: 'Occurred at' }),
        response: StringColumn({ label: 'Response (JSON)', maxLength: 4000 }),
    },
})
