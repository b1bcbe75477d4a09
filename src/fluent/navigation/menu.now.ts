import '@servicenow/sdk/global'
import { ApplicationMenu, Record } from '@servicenow/sdk/core'
import { administrator, insightsUser } from '../security/roles.now'

// Role names as strings inside Record() data: role objects serialize as "[object Object]" there (SDK-NOTES).
const adminRoleName = 'x_mioms_m365_assis.administrator'
const insightsRoleName = 'x_mioms_m365_assis.insights_user'

// Why: the navigator entry is shown to anyone holding an app role; modules narrow it further.
export const m365SupportMenu = ApplicationMenu({
    $id: Now.ID['menu-m365-support'],
    title: 'Microsoft 365 Support',
    hint: 'Microsoft 365 service health, recommended solutions and support cases',
    description:
        'Setup, linked admin account, service health, support cases and logs of the Microsoft 365 support integration.',
    roles: [insightsUser, administrator],
    active: true,
    order: 100,
})

// Why: Setup configures OAuth, the integration user and the connector: administrators only.
Record({
    $id: Now.ID['module-setup'],
    table: 'sys_app_module',
    data: {
        title: 'Setup',
        application: m365SupportMenu,
        link_type: 'DIRECT',
        query: 'x_mioms_m365_assis_setup.do',
        hint: 'Set up the Microsoft 365 support integration',
        roles: [adminRoleName],
        active: true,
        order: 100,
    },
})

// Why: linking the Microsoft 365 admin email is needed to open cases: administrators only.
Record({
    $id: Now.ID['module-link-account'],
    table: 'sys_app_module',
    data: {
        title: 'Link Account',
        application: m365SupportMenu,
        link_type: 'DIRECT',
        query: 'x_mioms_m365_assis_link_account.do',
        hint: 'Link your Microsoft 365 admin account',
        roles: [adminRoleName],
        active: true,
        order: 200,
    },
})

// Why: service health is the insights feature, open to every app role.
Record({
    $id: Now.ID['module-service-health'],
    table: 'sys_app_module',
    data: {
        title: 'Service Health',
        application: m365SupportMenu,
        link_type: 'LIST',
        name: 'x_mioms_m365_assis_health_issue',
        filter: 'ORDERBYDESClast_modified_date_time',
        hint: 'Microsoft 365 service health issues',
        roles: [insightsRoleName, adminRoleName],
        active: true,
        order: 300,
    },
})

// Why: support cases are administrator data (table ACLs say the same).
Record({
    $id: Now.ID['module-cases'],
    table: 'sys_app_module',
    data: {
        title: 'Cases',
        application: m365SupportMenu,
        link_type: 'LIST',
        name: 'x_mioms_m365_assis_case',
        filter: 'ORDERBYDESCsys_created_on',
        hint: 'Microsoft 365 support cases',
        roles: [adminRoleName],
        active: true,
        order: 400,
    },
})

// Why: the app logs with source = scope; this is where Setup's error messages point administrators.
Record({
    $id: Now.ID['module-logs'],
    table: 'sys_app_module',
    data: {
        title: 'Logs',
        application: m365SupportMenu,
        link_type: 'LIST',
        name: 'syslog',
        filter: 'source=x_mioms_m365_assis^ORDERBYDESCsys_created_on',
        hint: 'Log entries of the Microsoft 365 support integration',
        roles: [adminRoleName],
        active: true,
        order: 500,
    },
})
