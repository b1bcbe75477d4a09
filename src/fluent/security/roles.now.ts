import '@servicenow/sdk/global'
import { Role } from '@servicenow/sdk/core'

// Why: sees Microsoft 365 service health and recommended solutions in the incident tab.
export const insightsUser = Role({
    name: 'x_mioms_m365_assis.insights_user',
    description: 'Sees Microsoft 365 service health and recommended solutions on incidents.',
})

// Why: everything insights_user does, plus escalating incidents to Microsoft support and running Setup.
export const administrator = Role({
    name: 'x_mioms_m365_assis.administrator',
    description: 'Runs Setup, links the Microsoft 365 admin account and escalates incidents to Microsoft support.',
    containsRoles: [insightsUser],
})

// Why: the support connector's callbacks run as an integration user holding only this role.
export const integration = Role({
    name: 'x_mioms_m365_assis.integration',
    description: 'Held by the integration user the support connector authenticates as (inbound REST API only).',
})
