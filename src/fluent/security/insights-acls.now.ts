import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { administrator, insightsUser } from './roles.now'

// "Me": the platform's dynamic filter option for the current user.
const currentUser = 'userDYNAMIC90d1921e5f510100a9ad2572f2b477fe'

// Why: service health is the insights feature: every app role (administrator contains insights_user) reads it.
Acl({
    $id: Now.ID['acl-health-issue-read'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_issue',
    operation: 'read',
    roles: [insightsUser],
    adminOverrides: true,
    description: 'Users with an app role read Microsoft 365 service health issues.',
})

// Why: rows are Microsoft's data, written by the poller (runs as system); only administrators may add by hand.
Acl({
    $id: Now.ID['acl-health-issue-create'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_issue',
    operation: 'create',
    roles: [administrator],
    adminOverrides: true,
    description: 'Only app administrators create service health issues by hand (the poller runs as system).',
})

// Why: Microsoft's data must not be edited by users; administrators may correct the incident link.
Acl({
    $id: Now.ID['acl-health-issue-write'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_issue',
    operation: 'write',
    roles: [administrator],
    adminOverrides: true,
    description: 'Only app administrators update service health issues by hand.',
})

// Why: administrators may purge old issues.
Acl({
    $id: Now.ID['acl-health-issue-delete'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_issue',
    operation: 'delete',
    roles: [administrator],
    adminOverrides: true,
    description: 'Only app administrators delete service health issues.',
})

// Why: recommended solutions are the insights feature: every app role reads the cached results.
Acl({
    $id: Now.ID['acl-solution-cache-read'],
    type: 'record',
    table: 'x_mioms_m365_assis_solution_cache',
    operation: 'read',
    roles: [insightsUser],
    adminOverrides: true,
    description: 'Users with an app role read cached recommended solutions.',
})

// Why: the cache is filled by server code (runs without ACLs); by hand only administrators.
Acl({
    $id: Now.ID['acl-solution-cache-create'],
    type: 'record',
    table: 'x_mioms_m365_assis_solution_cache',
    operation: 'create',
    roles: [administrator],
    adminOverrides: true,
    description: 'Only app administrators create solution cache rows by hand.',
})

// Why: cached results are the connector's answer; by hand only administrators.
Acl({
    $id: Now.ID['acl-solution-cache-write'],
    type: 'record',
    table: 'x_mioms_m365_assis_solution_cache',
    operation: 'write',
    roles: [administrator],
    adminOverrides: true,
    description: 'Only app administrators update solution cache rows by hand.',
})

// Why: administrators may clear the cache.
Acl({
    $id: Now.ID['acl-solution-cache-delete'],
    type: 'record',
    table: 'x_mioms_m365_assis_solution_cache',
    operation: 'delete',
    roles: [administrator],
    adminOverrides: true,
    description: 'Only app administrators clear the solution cache.',
})

// Why: a user sees the feedback they gave, not their colleagues'.
Acl({
    $id: Now.ID['acl-solution-feedback-read-own'],
    type: 'record',
    table: 'x_mioms_m365_assis_solution_feedback',
    operation: 'read',
    roles: [insightsUser],
    condition: currentUser,
    adminOverrides: true,
    description: 'Users with an app role read their own solution feedback.',
})

// Why: administrators review all feedback to judge the recommended solutions.
Acl({
    $id: Now.ID['acl-solution-feedback-read-all'],
    type: 'record',
    table: 'x_mioms_m365_assis_solution_feedback',
    operation: 'read',
    roles: [administrator],
    adminOverrides: true,
    description: 'App administrators read all solution feedback.',
})

// Why: users give feedback as themselves only.
Acl({
    $id: Now.ID['acl-solution-feedback-create'],
    type: 'record',
    table: 'x_mioms_m365_assis_solution_feedback',
    operation: 'create',
    roles: [insightsUser],
    condition: currentUser,
    adminOverrides: true,
    description: 'Users with an app role give solution feedback as themselves.',
})

// Why: users may change their own vote only.
Acl({
    $id: Now.ID['acl-solution-feedback-write'],
    type: 'record',
    table: 'x_mioms_m365_assis_solution_feedback',
    operation: 'write',
    roles: [insightsUser],
    condition: currentUser,
    adminOverrides: true,
    description: 'Users with an app role change their own solution feedback.',
})

// Why: administrators may purge feedback.
Acl({
    $id: Now.ID['acl-solution-feedback-delete'],
    type: 'record',
    table: 'x_mioms_m365_assis_solution_feedback',
    operation: 'delete',
    roles: [administrator],
    adminOverrides: true,
    description: 'Only app administrators delete solution feedback.',
})

// Why: whether a suggested health issue is related is the incident's business, not one agent's: every app role
// reads the answers on an incident (the tab hides rejected issues for everyone).
Acl({
    $id: Now.ID['acl-health-match-feedback-read'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_match_feedback',
    operation: 'read',
    roles: [insightsUser],
    adminOverrides: true,
    description: 'Users with an app role read related / not related answers on suggested health issues.',
})

// Why: any agent working the incident may answer, and change an answer a colleague gave.
Acl({
    $id: Now.ID['acl-health-match-feedback-create'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_match_feedback',
    operation: 'create',
    roles: [insightsUser],
    adminOverrides: true,
    description: 'Users with an app role say whether a suggested health issue is related to an incident.',
})

// Why: same as create; the last answer counts.
Acl({
    $id: Now.ID['acl-health-match-feedback-write'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_match_feedback',
    operation: 'write',
    roles: [insightsUser],
    adminOverrides: true,
    description: 'Users with an app role change a related / not related answer on an incident.',
})

// Why: deleting answers brings rejected issues back; administrators only.
Acl({
    $id: Now.ID['acl-health-match-feedback-delete'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_match_feedback',
    operation: 'delete',
    roles: [administrator],
    adminOverrides: true,
    description: 'Only app administrators delete health match feedback.',
})
