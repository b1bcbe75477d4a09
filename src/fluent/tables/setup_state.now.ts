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

// The Setup wizard's progress: a single row (code enforces the single row; the platform has no such constraint).
export const x_mioms_m365_assis_setup_state = Table({
    name: 'x_mioms_m365_assis_setup_state',
    label: 'Microsoft 365 setup state',
    display: 'step',
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
        // Free text: the step names belong to the domain state machine (src/server/domain), not the dictionary.
        step: StringColumn({ label: 'Step', maxLength: 40 }),
        configuration: ChoiceColumn({
            label: 'Configuration',
            choices: {
                basic: { label: 'Basic authentication (inbound)', sequence: 10 },
                aad: { label: 'Microsoft Entra ID (OIDC inbound)', sequence: 20 },
                insights: { label: 'Insights only', sequence: 30 },
            },
            dropdown: 'dropdown_with_none',
        }),
        consent: BooleanColumn({ label: 'Consent given', default: false }),
        test_environment: BooleanColumn({ label: 'Test environment', default: false }),
        tenant_domain: StringColumn({ label: 'Tenant domain', maxLength: 255 }),
        outbound_profile: ReferenceColumn({
            label: 'Outbound OAuth profile',
            referenceTable: 'oauth_entity_profile',
            cascadeRule: 'clear',
        }),
        inbound_entity: ReferenceColumn({
            label: 'Inbound OAuth entity',
            referenceTable: 'oauth_entity',
            cascadeRule: 'clear',
        }),
        oidc_provider: ReferenceColumn({
            label: 'OIDC provider',
            referenceTable: 'oidc_provider_configuration',
            cascadeRule: 'clear',
        }),
        integration_user: ReferenceColumn({
            label: 'Integration user',
            referenceTable: 'sys_user',
            cascadeRule: 'clear',
        }),
        // sys_user.user_name of the integration user (the REST app's client ID in the AAD flow).
        integration_user_id: StringColumn({ label: 'Integration user ID', maxLength: 100 }),
        repository_id: StringColumn({ label: 'Repository ID', maxLength: 100 }),
        sso: BooleanColumn({ label: 'SSO with Microsoft 365', default: false }),
        admin_email: EmailColumn({ label: 'Microsoft 365 admin email', maxLength: 100 }),
        test_results: StringColumn({ label: 'Test results (JSON)', maxLength: 4000 }),
        tests_passed_on: DateTimeColumn({ label: 'Tests passed on' }),
        completed: BooleanColumn({ label: 'Completed', default: false }),
        // Re-verification of a setup that passed once (src/server/setup/rules/setup-standing.ts): failures are counted and
        // the last good setup stays on until an admin turns it off or the failures last (README: Setup).
        failed_verifications: IntegerColumn({ label: 'Failed verifications in a row', default: 0, min: 0 }),
        first_failed_on: DateTimeColumn({ label: 'First failed verification' }),
        last_failed_on: DateTimeColumn({ label: 'Last failed verification' }),
        turned_off_reason: ChoiceColumn({
            label: 'Turned off because',
            choices: {
                admin: { label: 'An administrator turned it off', sequence: 10 },
                repeated_failures: { label: 'Verification failed repeatedly', sequence: 20 },
            },
            dropdown: 'dropdown_with_none',
        }),
        turned_off_on: DateTimeColumn({ label: 'Turned off on' }),
        turned_off_by: StringColumn({ label: 'Turned off by', maxLength: 100 }),
    },
})
