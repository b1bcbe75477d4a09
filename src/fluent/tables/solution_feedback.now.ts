import '@servicenow/sdk/global'
import { BooleanColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'

// "Was this helpful?" on a recommended solution, per user.
export const x_mioms_m365_assis_solution_feedback = Table({
    name: 'x_mioms_m365_assis_solution_feedback',
    label: 'Microsoft 365 solution feedback',
    display: 'solution_id',
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
        solution_id: StringColumn({ label: 'Solution ID', maxLength: 100, mandatory: true }),
        helpful: BooleanColumn({ label: 'Helpful', default: false }),
        user: ReferenceColumn({ label: 'User', referenceTable: 'sys_user', mandatory: true, cascadeRule: 'cascade' }),
    },
})
