import '@servicenow/sdk/global'
import { BooleanColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'

// An agent's answer on a suggested service health issue for an incident: related or not related. One answer per
// incident and issue (the last one counts, whoever gave it): a rejected issue is never suggested again for that
// incident (src/server/incident/health-for-incident.ts).
export const x_mioms_m365_assis_health_match_feedback = Table({
    name: 'x_mioms_m365_assis_health_match_feedback',
    label: 'Microsoft 365 health match feedback',
    display: 'issue_id',
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
        incident: ReferenceColumn({
            label: 'Incident',
            referenceTable: 'incident',
            mandatory: true,
            cascadeRule: 'cascade',
        }),
        issue_id: StringColumn({ label: 'Issue ID', maxLength: 60, mandatory: true }),
        related: BooleanColumn({ label: 'Related', default: false }),
        // Who answered last; kept when that user is deleted (the answer is about the incident, not the person).
        user: ReferenceColumn({ label: 'Answered by', referenceTable: 'sys_user', cascadeRule: 'clear' }),
    },
    index: [{ name: 'incident_issue', unique: true, element: ['incident', 'issue_id'] }],
})
