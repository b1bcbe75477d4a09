// Global tables the app touches, with their real field names (see shared/PLATFORM-NOTES.md). Only the
// fields we use are listed: an unknown field reads as undefined and is ignored on write, as on the platform.
import type { TableOptions } from './table-options'

export const tableDefinitions: (TableOptions & { name: string })[] = [
    {
        name: 'sys_user',
        fields: [
            'user_name',
            'email',
            'first_name',
            'last_name',
            'name',
            'web_service_access_only',
            'active',
            'locked_out',
            'password',
            'preferred_language',
            'time_zone',
            'phone',
            'mobile_phone',
        ],
        unique: [['user_name']],
        display: 'name',
        defaults: { active: 'true', web_service_access_only: 'false', locked_out: 'false' },
        compute: (r) => {
            r.name = [r.first_name, r.last_name].filter(Boolean).join(' ') || r.name || ''
        },
    },
    { name: 'sys_user_group', fields: ['name', 'active', 'manager'], refs: { manager: 'sys_user' } },
    { name: 'sys_user_role', fields: ['name', 'description', 'elevated_privilege'], unique: [['name']] },
    {
        name: 'sys_user_has_role',
        fields: ['user', 'role', 'state', 'inherited', 'granted_by'],
        refs: { user: 'sys_user', role: 'sys_user_role' },
        display: 'role',
        defaults: { state: 'active', inherited: 'false' },
    },
    {
        name: 'sys_user_role_contains',
        fields: ['role', 'contains'],
        refs: { role: 'sys_user_role', contains: 'sys_user_role' },
    },
    {
        name: 'sys_properties',
        fields: ['name', 'value', 'type', 'description', 'is_private'],
        unique: [['name']],
        defaults: { type: 'string' },
    },
    { name: 'syslog', fields: ['level', 'message', 'source'], display: 'message' },
    {
        name: 'sys_ui_message',
        fields: ['key', 'language', 'message', 'code'],
        display: 'message',
        unique: [['key', 'language']],
    },
    { name: 'sys_journal_field', fields: ['element', 'element_id', 'name', 'value'], display: 'value' },
    {
        name: 'incident',
        display: 'number',
        number: { field: 'number', prefix: 'INC' },
        journal: ['work_notes', 'comments'],
        fields: [
            'number',
            'short_description',
            'description',
            'state',
            'impact',
            'urgency',
            'priority',
            'active',
            'caller_id',
            'assignment_group',
            'assigned_to',
            'category',
            'subcategory',
            'close_code',
            'close_notes',
            'opened_at',
            'opened_by',
            'resolved_at',
        ],
        refs: {
            caller_id: 'sys_user',
            assigned_to: 'sys_user',
            opened_by: 'sys_user',
            assignment_group: 'sys_user_group',
        },
        defaults: { state: '1', impact: '3', urgency: '3', priority: '5', active: 'true' },
        // The out-of-box priority lookup: 1..3 impact x 1..3 urgency -> priority 1..5.
        compute: (r) => {
            const p = Number(r.impact) + Number(r.urgency) - 1
            if (p >= 1 && p <= 5) r.priority = String(p)
        },
    },
    // Script Includes (the app's come from the build, testkit/app/install-app.ts); sn_auth runs an OAuth provider's
    // OAuth API script from here.
    {
        name: 'sys_script_include',
        fields: ['name', 'api_name', 'script', 'access', 'active', 'client_callable', 'description'],
        display: 'name',
        defaults: { active: 'true', access: 'package_private' },
    },
    {
        name: 'oauth_entity',
        fields: [
            'name',
            'client_id',
            'client_secret',
            'token_url',
            'auth_url',
            'type',
            'active',
            'default_grant_type',
            'oauth_api_script',
        ],
        refs: { oauth_api_script: 'sys_script_include' },
        password2: ['client_secret'],
        defaults: { active: 'true', type: 'client', default_grant_type: 'client_credentials' },
    },
    {
        name: 'oidc_provider_configuration',
        fields: ['name', 'oidc_url', 'user_claim', 'user_field', 'enable_jti_claim_verification'],
    },
    {
        name: 'oauth_oidc_entity',
        extends: 'oauth_entity',
        fields: ['oidc_provider_configuration', 'clock_skew'],
        refs: { oidc_provider_configuration: 'oidc_provider_configuration' },
        defaults: { type: 'oauth_provider' },
    },
    {
        name: 'oauth_entity_profile',
        fields: ['name', 'oauth_entity', 'grant_type', 'default'],
        refs: { oauth_entity: 'oauth_entity' },
        defaults: { grant_type: 'client_credentials', default: 'false' },
    },
    {
        name: 'oauth_entity_scope',
        fields: ['name', 'oauth_entity', 'oauth_entity_scope'],
        refs: { oauth_entity: 'oauth_entity' },
    },
    {
        name: 'oauth_entity_profile_scope',
        fields: ['oauth_entity_profile', 'oauth_entity_scope'],
        refs: { oauth_entity_profile: 'oauth_entity_profile', oauth_entity_scope: 'oauth_entity_scope' },
        display: 'oauth_entity_scope',
    },
    {
        name: 'oauth_credential',
        fields: ['name', 'peer', 'oauth_entity_profile', 'type', 'token', 'expires', 'scope', 'user'],
        refs: { peer: 'oauth_entity', oauth_entity_profile: 'oauth_entity_profile', user: 'sys_user' },
        password2: ['token'],
    },
    {
        name: 'sys_outbound_http_log',
        fields: ['http_method', 'url', 'response_status', 'elapsed_time', 'source_scope'],
        display: 'url',
    },
    {
        name: 'sys_scope_privilege',
        fields: ['source_scope', 'target_scope', 'target_name', 'target_type', 'operation', 'status'],
        display: 'target_name',
        defaults: { status: 'allowed' },
    },
    {
        name: 'sys_db_object',
        fields: [
            'name',
            'label',
            'super_class',
            'access',
            'read_access',
            'create_access',
            'update_access',
            'delete_access',
            'ws_access',
            'caller_access',
        ],
        refs: { super_class: 'sys_db_object' },
        unique: [['name']],
        defaults: {
            access: 'public',
            read_access: 'true',
            create_access: 'false',
            update_access: 'false',
            delete_access: 'false',
            ws_access: 'true',
            caller_access: '',
        },
    },
    // Scheduled jobs: sysauto (Scheduled Job) and its child sysauto_script (Scheduled Script Execution), which the
    // app's ScheduledScript records become; sys_trigger holds what the scheduler runs next (gs.executeNow adds a
    // run-once trigger there; see gs.ts). Fields as the build emits them (dist/app/update/sysauto_script_*.xml).
    {
        name: 'sysauto',
        fields: ['name', 'active', 'run_type', 'run_as', 'run_period', 'run_start'],
        display: 'name',
        defaults: { active: 'true' },
    },
    { name: 'sysauto_script', extends: 'sysauto', fields: ['script', 'conditional', 'condition'] },
    {
        name: 'sys_trigger',
        fields: ['name', 'document', 'document_key', 'trigger_type', 'next_action', 'state'],
        display: 'name',
        defaults: { trigger_type: '0', state: '0' },
    },
]
