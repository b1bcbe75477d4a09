import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { administrator } from '../security/roles.now'

// All properties are private (isPrivate: not carried by update sets, so instance-specific endpoints and IDs
// never travel to another instance) and readable/writable by app administrators only. Server code reads them
// through src/server/platform (gs.getProperty is not limited by these roles).
const adminOnly = { read: [administrator], write: [administrator] }

// Why: where cases and solutions are sent; instance specific, set by Setup.
Property({
    $id: Now.ID['prop-connector-endpoint'],
    name: 'x_mioms_m365_assis.connector.endpoint',
    type: 'string',
    description: 'Base URL of the Microsoft 365 support connector (cases, solutions). Set by Setup.',
    isPrivate: true,
    roles: adminOnly,
})

// Why: identifies this instance's repository to the connector; given by the Microsoft 365 admin.
Property({
    $id: Now.ID['prop-connector-repository-id'],
    name: 'x_mioms_m365_assis.connector.repository_id',
    type: 'string',
    description: 'Repository ID the Microsoft 365 admin created for this instance; sent with every connector call.',
    isPrivate: true,
    roles: adminOnly,
})

// Why: the connector token's audience; Entra v1 needs it as resource, v2 as <resource>/.default scope.
Property({
    $id: Now.ID['prop-connector-resource'],
    name: 'x_mioms_m365_assis.connector.resource',
    type: 'string',
    description: 'App ID URI of the connector: the resource (v1) or scope prefix (v2) of the connector token.',
    isPrivate: true,
    roles: adminOnly,
})

// Why: the outbound OAuth profile the token provider uses; chosen in Setup.
Property({
    $id: Now.ID['prop-oauth-profile'],
    name: 'x_mioms_m365_assis.oauth.profile',
    type: 'string',
    description: 'sys_id of the oauth_entity_profile (client credentials) used for outbound calls. Set by Setup.',
    isPrivate: true,
    roles: adminOnly,
})

// Why: national clouds use another Graph host (graph.microsoft.us, dod-graph.microsoft.us, ...chinacloudapi.cn).
Property({
    $id: Now.ID['prop-graph-base-url'],
    name: 'x_mioms_m365_assis.graph.base_url',
    type: 'string',
    value: 'https://graph.microsoft.com',
    description: 'Microsoft Graph base URL for service health calls (change for national clouds).',
    isPrivate: true,
    roles: adminOnly,
})

// Why: the Graph token's resource/scope; differs per national cloud like the base URL.
Property({
    $id: Now.ID['prop-graph-resource'],
    name: 'x_mioms_m365_assis.graph.resource',
    type: 'string',
    value: 'https://graph.microsoft.com',
    description: 'Resource (v1) or scope prefix (v2) of the Microsoft Graph token.',
    isPrivate: true,
    roles: adminOnly,
})

// Why: in a test environment Microsoft agents do not contact anyone about cases.
Property({
    $id: Now.ID['prop-test-environment'],
    name: 'x_mioms_m365_assis.test_environment',
    type: 'boolean',
    value: false,
    description: 'true: this is a test environment; cases are marked as test and Microsoft agents do not contact you.',
    isPrivate: true,
    roles: adminOnly,
})

// Why: application setting from Setup: SSO with Microsoft 365.
Property({
    $id: Now.ID['prop-sso-enabled'],
    name: 'x_mioms_m365_assis.sso_enabled',
    type: 'boolean',
    value: false,
    description: 'true: users sign in to ServiceNow with Microsoft 365 (SSO), as chosen in Setup.',
    isPrivate: true,
    roles: adminOnly,
})

// Why: default Microsoft 365 admin email for cases when the user has no linked account.
Property({
    $id: Now.ID['prop-admin-email'],
    name: 'x_mioms_m365_assis.admin_email',
    type: 'string',
    description: 'Default Microsoft 365 admin email used to open cases when the user has no linked account.',
    isPrivate: true,
    roles: adminOnly,
})

// Why: Graph allows 240 requests/min and 800/hour per app and tenant; 15 minutes stays well below.
Property({
    $id: Now.ID['prop-health-poll-interval-minutes'],
    name: 'x_mioms_m365_assis.health.poll_interval_minutes',
    type: 'integer',
    value: 15,
    description: 'Minutes between service health polls of Microsoft Graph (default 15).',
    isPrivate: true,
    roles: adminOnly,
})

// Why: Graph has no webhooks for service health; the poller resumes from this lastModifiedDateTime.
Property({
    $id: Now.ID['prop-health-watermark'],
    name: 'x_mioms_m365_assis.health.watermark',
    type: 'string',
    description: 'ISO 8601 lastModifiedDateTime of the newest issue already synced; empty means a full sync.',
    isPrivate: true,
    roles: adminOnly,
})

// Why: bounds how long a user or job waits on the connector or Graph.
Property({
    $id: Now.ID['prop-outbound-timeout-ms'],
    name: 'x_mioms_m365_assis.outbound.timeout_ms',
    type: 'integer',
    value: 20000,
    description: 'Timeout in milliseconds for each outbound HTTP call (default 20000).',
    isPrivate: true,
    roles: adminOnly,
})

// Why: RESTMessageV2 has no retry policy for scripted calls; the app retries 429/5xx itself, in scheduled jobs only
// (a user's request never waits: it answers at once and the job or the user tries again).
Property({
    $id: Now.ID['prop-outbound-max-retries'],
    name: 'x_mioms_m365_assis.outbound.max_retries',
    type: 'integer',
    value: 3,
    description:
        'Retries, with bounded backoff, after a throttled (429) or failed (5xx, timeout) outbound call made by a scheduled job (default 3). Requests a user waits on are never retried after a wait.',
    isPrivate: true,
    roles: adminOnly,
})

// Why: solutions change slowly; caching a day avoids a connector call per page view.
Property({
    $id: Now.ID['prop-solutions-cache-ttl-minutes'],
    name: 'x_mioms_m365_assis.solutions.cache_ttl_minutes',
    type: 'integer',
    value: 1440,
    description: 'Minutes recommended solutions stay cached per incident and query (default 1440).',
    isPrivate: true,
    roles: adminOnly,
})

// Why: connector callbacks are small; a cap rejects oversized bodies before parsing.
Property({
    $id: Now.ID['prop-inbound-max-body-bytes'],
    name: 'x_mioms_m365_assis.inbound.max_body_bytes',
    type: 'integer',
    value: 65536,
    description: 'Largest inbound connector request body accepted, in bytes (default 65536); larger gets 413.',
    isPrivate: true,
    roles: adminOnly,
})

// Why: the platform reads <scope>.logging.verbosity to filter the app's gs.debug/info/warn/error.
Property({
    $id: Now.ID['prop-logging-verbosity'],
    name: 'x_mioms_m365_assis.logging.verbosity',
    type: 'choicelist',
    choices: ['debug', 'info', 'warn', 'error'],
    value: 'info',
    description: 'Lowest level the app logs (source x_mioms_m365_assis): debug, info, warn or error (default info).',
    isPrivate: true,
    roles: adminOnly,
})

// Why: a failed re-run of Setup's verification (rotated secret, Entra blip) must not switch the app off for every
// user at once; the last good setup stays on until failures repeat this often over the hours below.
Property({
    $id: Now.ID['prop-setup-turn-off-after-failures'],
    name: 'x_mioms_m365_assis.setup.turn_off_after_failures',
    type: 'integer',
    value: 3,
    description:
        'Failed Setup verifications in a row (spanning setup.turn_off_after_hours) that turn a verified integration off for every user (default 3).',
    isPrivate: true,
    roles: adminOnly,
})

// Why: with the failure count, this keeps one bad afternoon from switching the app off: failures must last this long.
Property({
    $id: Now.ID['prop-setup-turn-off-after-hours'],
    name: 'x_mioms_m365_assis.setup.turn_off_after_hours',
    type: 'integer',
    value: 24,
    description:
        'Hours from the first to the last of those failed verifications before the integration is turned off (default 24; 0 = on the count alone).',
    isPrivate: true,
    roles: adminOnly,
})
