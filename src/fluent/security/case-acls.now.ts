import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { administrator, integration } from './roles.now'

// Why: app administrators see the cases they and their colleagues escalated; the connector's integration user
// reads the case it is updating.
Acl({
    $id: Now.ID['acl-case-read'],
    type: 'record',
    table: 'x_mioms_m365_assis_case',
    operation: 'read',
    roles: [administrator, integration],
    adminOverrides: true,
    description: 'Microsoft 365 support cases are visible to app administrators and the connector integration user.',
})

// Why: only app administrators may escalate an incident to Microsoft support (product rule).
Acl({
    $id: Now.ID['acl-case-create'],
    type: 'record',
    table: 'x_mioms_m365_assis_case',
    operation: 'create',
    roles: [administrator],
    adminOverrides: true,
    description: 'Only app administrators open Microsoft 365 support cases.',
})

// Why: administrators edit contact details; the connector moves the status and sync fields.
Acl({
    $id: Now.ID['acl-case-write'],
    type: 'record',
    table: 'x_mioms_m365_assis_case',
    operation: 'write',
    roles: [administrator, integration],
    adminOverrides: true,
    description: 'App administrators and the connector integration user update cases.',
})

// Why: cases are the record of what was sent to Microsoft; only administrators may remove one (e.g. test cases).
Acl({
    $id: Now.ID['acl-case-delete'],
    type: 'record',
    table: 'x_mioms_m365_assis_case',
    operation: 'delete',
    roles: [administrator],
    adminOverrides: true,
    description: 'Only app administrators delete cases.',
})

// Why: the case history is shown to administrators and re-read by the connector for idempotent redelivery.
Acl({
    $id: Now.ID['acl-case-activity-read'],
    type: 'record',
    table: 'x_mioms_m365_assis_case_activity',
    operation: 'read',
    roles: [administrator, integration],
    adminOverrides: true,
    description: 'Case activity is visible to app administrators and the connector integration user.',
})

// Why: activity rows come from connector callbacks (integration) or notes an administrator adds to the case.
Acl({
    $id: Now.ID['acl-case-activity-create'],
    type: 'record',
    table: 'x_mioms_m365_assis_case_activity',
    operation: 'create',
    roles: [integration, administrator],
    adminOverrides: true,
    description: 'The connector integration user and app administrators add case activity.',
})

// Why: only the connector writes back to an activity row (the stored response of the first delivery).
Acl({
    $id: Now.ID['acl-case-activity-write'],
    type: 'record',
    table: 'x_mioms_m365_assis_case_activity',
    operation: 'write',
    roles: [integration],
    adminOverrides: true,
    description: 'Only the connector integration user updates case activity.',
})

// Why: activity is an audit trail of Microsoft's updates; only administrators may prune it.
Acl({
    $id: Now.ID['acl-case-activity-delete'],
    type: 'record',
    table: 'x_mioms_m365_assis_case_activity',
    operation: 'delete',
    roles: [administrator],
    adminOverrides: true,
    description: 'Only app administrators delete case activity.',
})
