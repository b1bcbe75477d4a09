import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

// Every global table the app's server code touches, one record per operation; nothing it does not touch.
// test/build/cross-scope.test.ts derives the list from src/server (records helpers, GlideRecord, dot-walks) and
// fails on a missing or a stale privilege. A privilege cannot exceed the target table's own cross-scope setting:
// Setup test 1 detects a locked-down oauth_entity and tells the admin what to change.

// Why: Setup lists and checks the inbound OAuth API endpoint (basic flow) and reads oauth_entity (test 1); the
// token provider reads the outbound profile's OAuth application (its name and token URL).
CrossScopePrivilege({
    $id: Now.ID['xscope-oauth-entity-read'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'oauth_entity',
    operation: 'read',
    status: 'allowed',
})

// Why: Setup lists OAuth profiles for the outbound connection and the token provider checks the chosen one.
CrossScopePrivilege({
    $id: Now.ID['xscope-oauth-entity-profile-read'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'oauth_entity_profile',
    operation: 'read',
    status: 'allowed',
})

// Why: Setup lists the OIDC entities (AAD flow) and reads the chosen one's provider configuration and Client ID.
CrossScopePrivilege({
    $id: Now.ID['xscope-oauth-oidc-entity-read'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'oauth_oidc_entity',
    operation: 'read',
    status: 'allowed',
})

// Why: Setup test 2 reads the OIDC provider's metadata URL, user claim (appid) and user field.
CrossScopePrivilege({
    $id: Now.ID['xscope-oidc-provider-configuration-read'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'oidc_provider_configuration',
    operation: 'read',
    status: 'allowed',
})

// Why: Setup checks the integration user; the tab reads the session user and the incident's caller (contact
// details of a case); automatic incidents resolve the assignee by user name.
CrossScopePrivilege({
    $id: Now.ID['xscope-sys-user-read'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_user',
    operation: 'read',
    status: 'allowed',
})

// Why: Setup verifies the integration user holds the integration role (and incident_manager in the AAD flow).
CrossScopePrivilege({
    $id: Now.ID['xscope-sys-user-has-role-read'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_user_has_role',
    operation: 'read',
    status: 'allowed',
})

// Why: Setup resolves the integration user's roles to names (also a dot-walk role.name in its user list).
CrossScopePrivilege({
    $id: Now.ID['xscope-sys-user-role-read'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_user_role',
    operation: 'read',
    status: 'allowed',
})

// Why: cases, solutions and health matching all start from the incident's fields.
CrossScopePrivilege({
    $id: Now.ID['xscope-incident-read'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'incident',
    operation: 'read',
    status: 'allowed',
})

// Why: case updates add work notes and health issues update/auto-resolve the incident they created.
CrossScopePrivilege({
    $id: Now.ID['xscope-incident-write'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'incident',
    operation: 'write',
    status: 'allowed',
})

// Why: the optional feature creates one incident per Microsoft 365 service health incident.
CrossScopePrivilege({
    $id: Now.ID['xscope-incident-create'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'incident',
    operation: 'create',
    status: 'allowed',
})

// Why: automatic incidents resolve the assignment group of Service Health Settings (by name or sys_id).
CrossScopePrivilege({
    $id: Now.ID['xscope-sys-user-group-read'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_user_group',
    operation: 'read',
    status: 'allowed',
})

// Why: Setup test 6 (verification) reads the app's own privileges to check that each is allowed.
CrossScopePrivilege({
    $id: Now.ID['xscope-sys-scope-privilege-read'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_scope_privilege',
    operation: 'read',
    status: 'allowed',
})

// Why: test 6 finds those privileges by source_scope.scope, a dot-walk into sys_scope (checked cross-scope).
CrossScopePrivilege({
    $id: Now.ID['xscope-sys-scope-read'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_scope',
    operation: 'read',
    status: 'allowed',
})

// Why: when Setup's verification passes, the app finds its own service health poll job (sysauto_script) to queue
// it with gs.executeNow, so health data is there without waiting for the schedule.
CrossScopePrivilege({
    $id: Now.ID['xscope-sysauto-script-read'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sysauto_script',
    operation: 'read',
    status: 'allowed',
})
