import '@servicenow/sdk/global'
import { DateTimeColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'

// Recommended-solution results per incident and query, so reopening the tab does not call the connector again.
export const x_mioms_m365_assis_solution_cache = Table({
    name: 'x_mioms_m365_assis_solution_cache',
    label: 'Microsoft 365 solution cache',
    display: 'query_text',
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
        // SHA-256 hex of the normalized query text.
        query_hash: StringColumn({ label: 'Query hash', maxLength: 64, mandatory: true }),
        query_text: StringColumn({ label: 'Query', maxLength: 1000 }),
        results: StringColumn({ label: 'Results (JSON)', maxLength: 65000 }),
        expires_on: DateTimeColumn({ label: 'Expires on' }),
    },
    index: [
        { name: 'incident_query', unique: true, element: ['incident', 'query_hash'] },
        // The purge job deletes expired rows.
        { name: 'expires_on', unique: false, element: ['expires_on'] },
    ],
})
