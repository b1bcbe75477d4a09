// What the built application (dist/app) must contain. One list: add an entry when you add metadata.
// app-xml.test.ts checks each entry against the XML that `now-sdk build` emits.

export const SCOPE = 'x_mioms_m365_assis'
const t = (name: string) => `${SCOPE}_${name}`
const r = (name: string) => `${SCOPE}.${name}`

export const ROLE = { insights: r('insights_user'), admin: r('administrator'), integration: r('integration') }

export interface FieldSpec {
    name: string
    type: string // sys_dictionary.internal_type
    maxLength?: number
    reference?: string
    choices?: string[]
    unique?: boolean
    mandatory?: boolean
    default?: string
}

export type Expectation =
    | { kind: 'role'; name: string; contains?: string[] }
    | { kind: 'privilege'; table: string; operation: 'read' | 'write' | 'create' | 'delete' }
    | {
          kind: 'table'
          name: string
          access: 'public' | 'package_private'
          wsAccess: boolean
          fields: FieldSpec[]
          // Composite or secondary indexes (dist/app/dictionary); single-column unique ones are field.unique.
          indexes?: { name: string; unique: boolean; columns: string[] }[]
      }
    | {
          kind: 'acl'
          table: string
          operation: 'read' | 'write' | 'create' | 'delete'
          roles: string[]
          condition?: string
      }
    | { kind: 'property'; name: string; type: string; value?: string; choices?: string }
    | { kind: 'menu'; title: string; roles: string[] }
    | {
          kind: 'module'
          menu: string
          title: string
          linkType: string
          target: string
          filter?: string
          roles: string[]
      }
    // Records that must never be emitted (whole-form records would replace the incident layout on install).
    | { kind: 'absent'; table: string; where: Record<string, string>; why: string }
    // ATF tests (sys_atf_test) with at least minSteps active steps, restSteps of them "Send REST Request - Inbound".
    | { kind: 'atf_test'; name: string; minSteps: number; restSteps: number }
    // Translations: one sys_ui_message per entry of the catalog file (src/i18n/<language>.json), keyed by the app's
    // key for the English text (src/server/domain/message-key.ts); `english` ships the English texts themselves.
    | { kind: 'ui_messages'; language: string; catalog: string; english?: boolean }
    // Any other record: exactly one row of `table` matches `where`, and each of `fields` has that text.
    | { kind: 'record'; table: string; where: Record<string, string>; fields?: Record<string, string>; why: string }
    // A system properties page (sys_properties_category) listing exactly these properties (by m2m rows).
    | { kind: 'property_category'; name: string; properties: string[] }

const s = (name: string, maxLength: number, extra: Partial<FieldSpec> = {}): FieldSpec => ({
    name,
    type: 'string',
    maxLength,
    ...extra,
})
const ref = (name: string, reference: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
    name,
    type: 'reference',
    reference,
    ...extra,
})
const dt = (name: string): FieldSpec => ({ name, type: 'glide_date_time' })
const bool = (name: string): FieldSpec => ({ name, type: 'boolean', default: 'false' })
const email = (name: string): FieldSpec => ({ name, type: 'email', maxLength: 100 })
const choice = (name: string, choices: string[], extra: Partial<FieldSpec> = {}): FieldSpec => ({
    name,
    type: 'choice',
    choices,
    ...extra,
})

const caseStatuses = [
    'pending',
    'submitted',
    'open',
    'in_progress',
    'waiting_on_customer',
    'resolved',
    'closed',
    'failed',
]
const Me = 'userDYNAMIC90d1921e5f510100a9ad2572f2b477fe'

const crud = (
    table: string,
    roles: { read: string[]; create: string[]; write: string[]; delete: string[] },
    condition?: string,
) =>
    (['read', 'create', 'write', 'delete'] as const).map(
        (operation): Expectation => ({ kind: 'acl', table: t(table), operation, roles: roles[operation], condition }),
    )

const HEALTH_MENU = 'Microsoft 365 Support'

export const EXPECTED: Expectation[] = [
    // Roles
    { kind: 'role', name: ROLE.insights },
    { kind: 'role', name: ROLE.admin, contains: [ROLE.insights] },
    { kind: 'role', name: ROLE.integration },

    // Cross-scope privileges (all on global tables, status allowed)
    // (test/build/cross-scope.test.ts derives the same list from src/server and fails on a missing or stale one)
    ...[
        'oauth_entity',
        'oauth_entity_profile',
        'oauth_oidc_entity',
        'oidc_provider_configuration',
        'sys_user',
        'sys_user_has_role',
        'sys_user_role',
        'sys_user_group',
        'sys_scope_privilege',
        'sys_scope',
        'sysauto_script',
    ].map((table): Expectation => ({ kind: 'privilege', table, operation: 'read' })),
    { kind: 'privilege', table: 'incident', operation: 'read' },
    { kind: 'privilege', table: 'incident', operation: 'write' },
    { kind: 'privilege', table: 'incident', operation: 'create' },

    // Tables
    {
        kind: 'table',
        name: t('case'),
        access: 'package_private',
        wsAccess: false,
        fields: [
            ref('incident', 'incident', { mandatory: true }),
            s('connector_case_id', 100, { unique: true }),
            choice('status', caseStatuses, { default: 'pending' }),
            s('title', 160, { mandatory: true }),
            s('description', 4000),
            s('contact_name', 100),
            email('contact_email'),
            s('contact_phone', 40),
            email('admin_email'),
            bool('is_test'),
            choice('sync_state', ['pending', 'synced', 'retrying', 'failed'], { default: 'pending' }),
            { name: 'sync_attempts', type: 'integer', default: '0' },
            dt('next_attempt_at'),
            s('last_error', 1000),
            ref('opened_by', 'sys_user'),
            dt('last_event_at'),
        ],
        indexes: [{ name: 'sync_due', unique: false, columns: ['sync_state', 'next_attempt_at'] }],
    },
    {
        kind: 'table',
        name: t('case_activity'),
        access: 'package_private',
        wsAccess: false,
        fields: [
            ref('case', t('case'), { mandatory: true }),
            s('event_id', 100, { unique: true, mandatory: true }),
            choice('type', ['status_changed', 'note_added', 'closed'], { mandatory: true }),
            choice('status', caseStatuses),
            s('note_author', 100),
            s('note_body', 8000),
            dt('note_created_at'),
            dt('occurred_at'),
            s('response', 4000),
        ],
    },
    {
        kind: 'table',
        name: t('linked_account'),
        access: 'package_private',
        wsAccess: false,
        fields: [
            ref('user', 'sys_user', { unique: true, mandatory: true }),
            { ...email('admin_email'), mandatory: true },
            bool('valid'),
            dt('validated_on'),
        ],
    },
    {
        kind: 'table',
        name: t('setup_state'),
        access: 'package_private',
        wsAccess: false,
        fields: [
            s('step', 40),
            choice('configuration', ['basic', 'aad', 'insights']),
            bool('consent'),
            bool('test_environment'),
            s('tenant_domain', 255),
            ref('outbound_profile', 'oauth_entity_profile'),
            ref('inbound_entity', 'oauth_entity'),
            ref('oidc_provider', 'oidc_provider_configuration'),
            ref('integration_user', 'sys_user'),
            s('integration_user_id', 100),
            s('repository_id', 100),
            bool('sso'),
            email('admin_email'),
            s('test_results', 4000),
            dt('tests_passed_on'),
            bool('completed'),
            // Re-verification standing (src/server/setup/rules/setup-standing.ts)
            { name: 'failed_verifications', type: 'integer', default: '0' },
            dt('first_failed_on'),
            dt('last_failed_on'),
            choice('turned_off_reason', ['admin', 'repeated_failures']),
            dt('turned_off_on'),
            s('turned_off_by', 100),
        ],
    },
    {
        kind: 'table',
        name: t('health_issue'),
        access: 'package_private',
        wsAccess: false,
        fields: [
            s('issue_id', 60, { unique: true, mandatory: true }),
            s('title', 255),
            s('service', 100),
            s('feature', 100),
            s('feature_group', 100),
            s('impact_description', 4000),
            choice('classification', ['advisory', 'incident']),
            s('origin', 40),
            s('status', 60),
            bool('is_resolved'),
            dt('start_date_time'),
            dt('end_date_time'),
            dt('last_modified_date_time'),
            s('posts', 65000),
            ref('incident', 'incident'),
            dt('last_post_synced_on'),
        ],
    },
    {
        kind: 'table',
        name: t('solution_cache'),
        access: 'package_private',
        wsAccess: false,
        fields: [
            ref('incident', 'incident', { mandatory: true }),
            s('query_hash', 64, { mandatory: true }),
            s('query_text', 1000),
            s('results', 65000),
            dt('expires_on'),
        ],
        indexes: [
            { name: 'incident_query', unique: true, columns: ['incident', 'query_hash'] },
            { name: 'expires_on', unique: false, columns: ['expires_on'] },
        ],
    },
    {
        kind: 'table',
        name: t('solution_feedback'),
        access: 'package_private',
        wsAccess: false,
        fields: [
            ref('incident', 'incident', { mandatory: true }),
            s('solution_id', 100, { mandatory: true }),
            bool('helpful'),
            ref('user', 'sys_user', { mandatory: true }),
        ],
    },
    {
        kind: 'table',
        name: t('health_match_feedback'),
        access: 'package_private',
        wsAccess: false,
        fields: [
            ref('incident', 'incident', { mandatory: true }),
            s('issue_id', 60, { mandatory: true }),
            bool('related'),
            ref('user', 'sys_user'),
        ],
        indexes: [{ name: 'incident_issue', unique: true, columns: ['incident', 'issue_id'] }],
    },

    // Table ACLs (record type, allow, one per table and operation)
    ...crud('case', {
        read: [ROLE.admin, ROLE.integration],
        create: [ROLE.admin],
        write: [ROLE.admin, ROLE.integration],
        delete: [ROLE.admin],
    }),
    ...crud('case_activity', {
        read: [ROLE.admin, ROLE.integration],
        create: [ROLE.admin, ROLE.integration],
        write: [ROLE.integration],
        delete: [ROLE.admin],
    }),
    ...crud('setup_state', { read: [ROLE.admin], create: [ROLE.admin], write: [ROLE.admin], delete: [ROLE.admin] }),
    ...crud(
        'linked_account',
        { read: [ROLE.admin], create: [ROLE.admin], write: [ROLE.admin], delete: [ROLE.admin] },
        Me,
    ),
    ...crud('health_issue', { read: [ROLE.insights], create: [ROLE.admin], write: [ROLE.admin], delete: [ROLE.admin] }),
    ...crud('solution_cache', {
        read: [ROLE.insights],
        create: [ROLE.admin],
        write: [ROLE.admin],
        delete: [ROLE.admin],
    }),
    { kind: 'acl', table: t('solution_feedback'), operation: 'read', roles: [ROLE.insights], condition: Me },
    { kind: 'acl', table: t('solution_feedback'), operation: 'read', roles: [ROLE.admin] },
    { kind: 'acl', table: t('solution_feedback'), operation: 'create', roles: [ROLE.insights], condition: Me },
    { kind: 'acl', table: t('solution_feedback'), operation: 'write', roles: [ROLE.insights], condition: Me },
    { kind: 'acl', table: t('solution_feedback'), operation: 'delete', roles: [ROLE.admin] },
    ...crud('health_match_feedback', {
        read: [ROLE.insights],
        create: [ROLE.insights],
        write: [ROLE.insights],
        delete: [ROLE.admin],
    }),

    // Properties (all private, administrator read/write)
    { kind: 'property', name: r('connector.endpoint'), type: 'string' },
    { kind: 'property', name: r('connector.repository_id'), type: 'string' },
    { kind: 'property', name: r('connector.resource'), type: 'string' },
    { kind: 'property', name: r('oauth.profile'), type: 'string' },
    { kind: 'property', name: r('graph.base_url'), type: 'string', value: 'https://graph.microsoft.com' },
    { kind: 'property', name: r('graph.resource'), type: 'string', value: 'https://graph.microsoft.com' },
    { kind: 'property', name: r('test_environment'), type: 'boolean', value: 'false' },
    { kind: 'property', name: r('sso_enabled'), type: 'boolean', value: 'false' },
    { kind: 'property', name: r('admin_email'), type: 'string' },
    { kind: 'property', name: r('health.poll_interval_minutes'), type: 'integer', value: '15' },
    { kind: 'property', name: r('health.watermark'), type: 'string' },
    { kind: 'property', name: r('outbound.timeout_ms'), type: 'integer', value: '20000' },
    { kind: 'property', name: r('outbound.max_retries'), type: 'integer', value: '3' },
    { kind: 'property', name: r('solutions.cache_ttl_minutes'), type: 'integer', value: '1440' },
    { kind: 'property', name: r('inbound.max_body_bytes'), type: 'integer', value: '65536' },
    {
        kind: 'property',
        name: r('logging.verbosity'),
        type: 'choicelist',
        value: 'info',
        choices: 'debug,info,warn,error',
    },
    { kind: 'property', name: r('setup.turn_off_after_failures'), type: 'integer', value: '3' },
    { kind: 'property', name: r('setup.turn_off_after_hours'), type: 'integer', value: '24' },
    // Service health poller and automatic incidents (src/fluent/configuration/health-properties.now.ts)
    { kind: 'property', name: r('health.page_size'), type: 'integer', value: '100' },
    { kind: 'property', name: r('health.max_requests_per_run'), type: 'integer', value: '50' },
    { kind: 'property', name: r('health.max_requests_per_minute'), type: 'integer', value: '120' },
    { kind: 'property', name: r('health.max_requests_per_hour'), type: 'integer', value: '400' },
    { kind: 'property', name: r('health.sync_cursor'), type: 'string' },
    { kind: 'property', name: r('health.rate_budget'), type: 'string' },
    { kind: 'property', name: r('health.last_run'), type: 'string' },
    { kind: 'property', name: r('health.overviews'), type: 'string' },
    { kind: 'property', name: r('health.run_lock'), type: 'string' },
    { kind: 'property', name: r('health.overviews_interval_minutes'), type: 'integer', value: '360' },
    { kind: 'property', name: r('health.poll_requested'), type: 'string' },
    { kind: 'property', name: r('health.auto_incident.enabled'), type: 'boolean', value: 'false' },
    { kind: 'property', name: r('health.auto_incident.assignment_group'), type: 'string' },
    { kind: 'property', name: r('health.auto_incident.category'), type: 'string' },
    { kind: 'property', name: r('health.auto_incident.subcategory'), type: 'string' },
    { kind: 'property', name: r('health.auto_incident.assigned_to'), type: 'string' },
    { kind: 'property', name: r('health.auto_incident.auto_resolve'), type: 'boolean', value: 'false' },
    // The "Service Health Settings" page: automatic incidents, polling limits and the last run's outcome (read only);
    // the poller's working state (cursor, budget, lock, overviews) stays off it.
    {
        kind: 'property_category',
        name: r('service_health'),
        properties: [
            'health.auto_incident.enabled',
            'health.auto_incident.assignment_group',
            'health.auto_incident.category',
            'health.auto_incident.subcategory',
            'health.auto_incident.assigned_to',
            'health.auto_incident.auto_resolve',
            'health.page_size',
            'health.max_requests_per_run',
            'health.max_requests_per_minute',
            'health.max_requests_per_hour',
            'health.overviews_interval_minutes',
            'health.last_run',
        ].map(r),
    },

    // Navigation
    { kind: 'menu', title: HEALTH_MENU, roles: [ROLE.insights, ROLE.admin] },
    {
        kind: 'module',
        menu: HEALTH_MENU,
        title: 'Setup',
        linkType: 'DIRECT',
        target: `${SCOPE}_setup.do`,
        roles: [ROLE.admin],
    },
    {
        kind: 'module',
        menu: HEALTH_MENU,
        title: 'Link Account',
        linkType: 'DIRECT',
        target: `${SCOPE}_link_account.do`,
        roles: [ROLE.admin],
    },
    {
        kind: 'module',
        menu: HEALTH_MENU,
        title: 'Service Health',
        linkType: 'LIST',
        target: t('health_issue'),
        roles: [ROLE.insights, ROLE.admin],
    },
    { kind: 'module', menu: HEALTH_MENU, title: 'Cases', linkType: 'LIST', target: t('case'), roles: [ROLE.admin] },
    {
        kind: 'module',
        menu: HEALTH_MENU,
        title: 'Logs',
        linkType: 'LIST',
        target: 'syslog',
        filter: `source=${SCOPE}`,
        roles: [ROLE.admin],
    },
    {
        kind: 'module',
        menu: HEALTH_MENU,
        title: 'Active Service Health Issues',
        linkType: 'LIST',
        target: t('health_issue'),
        filter: 'is_resolved=false',
        roles: [ROLE.insights, ROLE.admin],
    },
    {
        kind: 'module',
        menu: HEALTH_MENU,
        title: 'Service Health Settings',
        linkType: 'DIRECT',
        target: 'system_properties_ui.do?sysparm_category=x_mioms_m365_assis.service_health&sysparm_title=Microsoft%20365%20service%20health%20settings',
        roles: [ROLE.admin],
    },

    // UI pages (src/fluent/ui-pages): the API routes behind them carry the role checks.
    ...(
        [
            ['setup', 'Setup wizard'],
            ['link_account', 'Link Account'],
            ['incident_tab', "the iframe inside the incident form's Microsoft 365 section"],
        ] as const
    ).map(
        ([name, why]): Expectation => ({
            kind: 'record',
            table: 'sys_ui_page',
            where: { name },
            fields: { endpoint: `${SCOPE}_${name}.do`, direct: 'true' },
            why,
        }),
    ),

    // The incident form's "Microsoft 365" section (src/fluent/incident-form): additive records only.
    {
        kind: 'record',
        table: 'sys_ui_macro',
        where: { name: `${SCOPE}_incident_tab` },
        fields: { active: 'true' },
        why: 'iframe to the incident tab page, rendered for app roles on saved incidents',
    },
    {
        kind: 'record',
        table: 'sys_ui_formatter',
        where: { formatter: `${SCOPE}_incident_tab.xml` },
        fields: { name: 'Microsoft 365', table: 'incident', type: 'formatter', active: 'true' },
        why: 'lets a form section hold the macro',
    },
    {
        kind: 'record',
        table: 'sys_ui_section',
        where: { name: 'incident', caption: 'Microsoft 365' },
        fields: { roles: `${ROLE.insights},${ROLE.admin}`, view: 'Default view' },
        why: 'a new section for app roles; an admin places it on the form',
    },
    {
        kind: 'record',
        table: 'sys_ui_element',
        where: { element: `${SCOPE}_incident_tab.xml` },
        fields: { type: 'formatter', position: '0' },
        why: 'the formatter inside the new section',
    },

    // Scheduled jobs (src/fluent/jobs). run_start is fixed so that every build emits the same record.
    {
        kind: 'record',
        table: 'sysauto_script',
        where: { name: 'Microsoft 365 support: send pending cases' },
        fields: {
            active: 'true',
            run_type: 'periodically',
            run_period: '1970-01-01 00:01:00',
            run_start: '2026-01-01 00:00:00',
        },
        why: 'sends cases the connector did not take yet (backoff per case)',
    },
    {
        kind: 'record',
        table: 'sysauto_script',
        where: { name: 'Microsoft 365 service health poll' },
        fields: {
            active: 'true',
            run_type: 'periodically',
            run_period: '1970-01-01 00:05:00',
            run_start: '2026-01-01 00:00:00',
        },
        why: 'polls Graph service health when health.poll_interval_minutes has passed',
    },

    {
        kind: 'record',
        table: 'sysauto_script',
        where: { name: 'Microsoft 365 support: purge expired solutions' },
        fields: { active: 'true', run_type: 'daily', run_start: '2026-01-01 00:00:00' },
        why: 'deletes solution_cache rows a week after they expired',
    },

    // The token provider bridge (src/fluent/script-includes): callable from other scopes once an admin approves them.
    {
        kind: 'record',
        table: 'sys_script_include',
        where: { name: 'M365TokenProvider' },
        fields: { access: 'public', caller_access: '2', client_callable: 'false', active: 'true' },
        why: 'other scopes may use the outbound identity only after an admin approves the calling scope',
    },
    // The OAuth API script an Entra v1 outbound provider references (name must start with OAuth; the platform's
    // OAuth client loads it, so it is public, without a caller restriction).
    {
        kind: 'record',
        table: 'sys_script_include',
        where: { name: 'OAuthM365EntraResource' },
        fields: {
            access: 'public',
            caller_access: '',
            client_callable: 'false',
            active: 'true',
            api_name: 'x_mioms_m365_assis.OAuthM365EntraResource',
        },
        why: 'adds the resource parameter Entra v1 token requests need (documented OAuth API script path)',
    },

    // Never shipped
    // The form's main section has no caption: shipping one would replace the incident layout.
    {
        kind: 'absent',
        table: 'sys_ui_section',
        where: { name: 'incident', caption: '' },
        why: "would replace the incident form's main section",
    },
    { kind: 'absent', table: 'sys_ui_form_section', where: {}, why: 'would reorder the sections of a form' },
    {
        kind: 'absent',
        table: 'sys_ui_form',
        where: { name: 'incident' },
        why: 'would replace the incident form layout',
    },

    // ATF tests an admin runs on the instance (src/fluent/tests, README: Running the ATF tests)
    {
        kind: 'atf_test',
        name: 'Microsoft 365 support: connector ping needs credentials and the integration role',
        minSteps: 6,
        restSteps: 2,
    },
    {
        kind: 'atf_test',
        name: 'Microsoft 365 support: case event route rejects bad requests with a JSON error',
        minSteps: 10,
        restSteps: 3,
    },
    {
        kind: 'atf_test',
        name: 'Microsoft 365 support: an insights user cannot escalate or read Setup',
        minSteps: 11,
        restSteps: 3,
    },
    {
        kind: 'atf_test',
        name: 'Microsoft 365 support: an administrator can read Setup and reach Contact Microsoft support',
        minSteps: 8,
        restSteps: 2,
    },
    {
        kind: 'atf_test',
        name: 'Microsoft 365 support: status says setup incomplete until Setup is completed',
        minSteps: 9,
        restSteps: 2,
    },
    {
        kind: 'atf_test',
        name: 'Microsoft 365 support: token provider refuses other OAuth profiles and resources',
        minSteps: 3,
        restSteps: 0,
    },

    // Translations (src/fluent/i18n, generated from src/i18n by npm run i18n:generate)
    { kind: 'ui_messages', language: 'en', catalog: 'src/i18n/fr.json', english: true },
    { kind: 'ui_messages', language: 'fr', catalog: 'src/i18n/fr.json' },
    { kind: 'ui_messages', language: 'da', catalog: 'src/i18n/da.json' },
    { kind: 'ui_messages', language: 'zh', catalog: 'src/i18n/zh.json' },
]
