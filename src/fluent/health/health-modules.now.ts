import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { m365SupportMenu } from '../navigation/menu.now'

const adminRoleName = 'x_mioms_m365_assis.administrator'
const insightsRoleName = 'x_mioms_m365_assis.insights_user'

// Why: what agents look for first: issues Microsoft has not resolved yet, most recently changed first.
Record({
    $id: Now.ID['module-service-health-active'],
    table: 'sys_app_module',
    data: {
        title: 'Active Service Health Issues',
        application: m365SupportMenu,
        link_type: 'LIST',
        name: 'x_mioms_m365_assis_health_issue',
        filter: 'is_resolved=false^ORDERBYDESClast_modified_date_time',
        hint: 'Microsoft 365 service health issues that are not resolved',
        roles: [insightsRoleName, adminRoleName],
        active: true,
        order: 310,
    },
})

// Why: automatic incidents and polling limits are administrator settings (the properties are admin-only too).
Record({
    $id: Now.ID['module-service-health-settings'],
    table: 'sys_app_module',
    data: {
        title: 'Service Health Settings',
        application: m365SupportMenu,
        link_type: 'DIRECT',
        query: 'system_properties_ui.do?sysparm_category=x_mioms_m365_assis.service_health&sysparm_title=Microsoft%20365%20service%20health%20settings',
        hint: 'Automatic incidents for Microsoft 365 service health issues, and polling limits',
        roles: [adminRoleName],
        active: true,
        order: 320,
    },
})
