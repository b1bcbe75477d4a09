import '@servicenow/sdk/global'
import { BooleanColumn, ChoiceColumn, DateTimeColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'

// A Microsoft Graph service health issue (serviceHealthIssue), upserted by issue_id by the poller.
export const x_mioms_m365_assis_health_issue = Table({
    name: 'x_mioms_m365_assis_health_issue',
    label: 'Microsoft 365 service health issue',
    display: 'title',
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
        issue_id: StringColumn({ label: 'Issue ID', maxLength: 60, mandatory: true, unique: true }),
        title: StringColumn({ label: 'Title', maxLength: 255 }),
        service: StringColumn({ label: 'Service', maxLength: 100 }),
        feature: StringColumn({ label: 'Feature', maxLength: 100 }),
        feature_group: StringColumn({ label: 'Feature group', maxLength: 100 }),
        impact_description: StringColumn({ label: 'Impact description', maxLength: 4000 }),
        classification: ChoiceColumn({
            label: 'Classification',
            choices: {
                advisory: { label: 'Advisory', sequence: 10 },
                incident: { label: 'Incident', sequence: 20 },
            },
            dropdown: 'dropdown_with_none',
        }),
        // Graph enums that Microsoft extends over time (serviceHealthOrigin, serviceHealthStatus): kept as text.
        origin: StringColumn({ label: 'Origin', maxLength: 40 }),
        status: StringColumn({ label: 'Status', maxLength: 60 }),
        is_resolved: BooleanColumn({ label: 'Resolved', default: false }),
        start_date_time: DateTimeColumn({ label: 'Start' }),
        end_date_time: DateTimeColumn({ label: 'End' }),
        last_modified_date_time: DateTimeColumn({ label: 'Last modified' }),
        // Raw posts JSON; descriptions are HTML and must be sanitized before display.
        posts: StringColumn({ label: 'Posts (JSON)', maxLength: 65000 }),
        incident: ReferenceColumn({ label: 'Incident', referenceTable: 'incident', cascadeRule: 'clear' }),
        last_post_synced_on: DateTimeColumn({ label: 'Last post synced on' }),
    },
})
