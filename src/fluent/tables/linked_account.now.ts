import '@servicenow/sdk/global'
import { BooleanColumn, DateTimeColumn, EmailColumn, ReferenceColumn, Table } from '@servicenow/sdk/core'

// Link Account: the Microsoft 365 admin email a ServiceNow administrator opens cases as. One row per user.
export const x_mioms_m365_assis_linked_account = Table({
    name: 'x_mioms_m365_assis_linked_account',
    label: 'Microsoft 365 linked account',
    display: 'admin_email',
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
        user: ReferenceColumn({
            label: 'User',
            referenceTable: 'sys_user',
            mandatory: true,
            unique: true,
            cascadeRule: 'cascade',
        }),
        admin_email: EmailColumn({ label: 'Microsoft 365 admin email', maxLength: 100, mandatory: true }),
        valid: BooleanColumn({ label: 'Valid', default: false }),
        validated_on: DateTimeColumn({ label: 'Validated on' }),
    },
})
