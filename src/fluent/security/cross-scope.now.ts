import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

// Every global table the app's server code touches. A privilege cannot exceed the target table's own
// cross-scope setting: Setup test 1 detects a locked-down oauth_entity and tells the admin what to change.

// Why: Setup lists and checks the inbound OAuth API endpoint (basic flow) and reads oauth_entity (test 1).
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

// Why: the AAD flow checks the OIDC entity's Client ID against the token audience (oauth_oidc_entity).
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

// Why: Setup checks the integration user (web service access only, User ID) and cases record who opened them.
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

// Why: role checks in Setup resolve role names to sys_user_role records.
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

// Why: the incident's comments and work notes (journal entries) are sent with a new case.
CrossScopePrivilege({
    $id: Now.ID['xscope-sys-journal-field-read'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_journal_field',
    operation: 'read',
    status: 'allowed',
})

// Why: Setup offers incident Impact/Urgency/Category/close code choices for the health-issue mapping.
CrossScopePrivilege({
    $id: Now.ID['xscope-sys-choice-read'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_choice',
    operation: 'read',
    status: 'allowed',
})

// Why: Setup lets the admin pick the assignment group for incidents created from health issues.
CrossScopePrivilege({
    $id: Now.ID['xscope-sys-user-group-read'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_user_group',
    operation: 'read',
    status: 'allowed',
})
