import '@servicenow/sdk/global'
import { Property, Record } from '@servicenow/sdk/core'
import { administrator } from '../security/roles.now'

// Properties of the service health poller and of the automatic incidents (issue 7). Private and admin-only like
// the app's other properties. The poller's state properties are written by the job a few times per poll:
// ignoreCache keeps those writes from flushing the whole property cache on every node.
const adminOnly = { read: [administrator], write: [administrator] }

// Why: Graph pages hold up to 1000 issues; 100 keeps each response small (posts are HTML) at 10 requests per 1,000.
export const healthPageSize = Property({
    $id: Now.ID['prop-health-page-size'],
    name: 'x_mioms_m365_assis.health.page_size',
    type: 'integer',
    value: 100,
    description: 'Issues per Graph page (Prefer: odata.maxpagesize, 1-1000, default 100).',
    isPrivate: true,
    roles: adminOnly,
})

// Why: bounds one run; a pass that needs more continues at the next run.
export const healthMaxPerRun = Property({
    $id: Now.ID['prop-health-max-requests-per-run'],
    name: 'x_mioms_m365_assis.health.max_requests_per_run',
    type: 'integer',
    value: 50,
    description: 'Most Microsoft Graph requests one service health poll sends (default 50).',
    isPrivate: true,
    roles: adminOnly,
})

// Why: Graph allows 240/60 s per app and tenant; the poller's fixed windows may meet at a boundary, so at most half.
export const healthMaxPerMinute = Property({
    $id: Now.ID['prop-health-max-requests-per-minute'],
    name: 'x_mioms_m365_assis.health.max_requests_per_minute',
    type: 'integer',
    value: 120,
    description:
        "Most Graph requests the poller sends per minute (default 120, capped at 120: half of Graph's 240/60 s).",
    isPrivate: true,
    roles: adminOnly,
})

// Why: Graph allows 800/hour per app and tenant; same reasoning as per minute.
export const healthMaxPerHour = Property({
    $id: Now.ID['prop-health-max-requests-per-hour'],
    name: 'x_mioms_m365_assis.health.max_requests_per_hour',
    type: 'integer',
    value: 400,
    description:
        "Most Graph requests the poller sends per hour (default 400, capped at 400: half of Graph's 800/hour).",
    isPrivate: true,
    roles: adminOnly,
})

// Why: an unfinished pass (budget spent, 429) resumes from Graph's nextLink instead of starting over.
export const healthSyncCursor = Property({
    $id: Now.ID['prop-health-sync-cursor'],
    name: 'x_mioms_m365_assis.health.sync_cursor',
    type: 'string',
    description:
        'Written by the poller: the unfinished pass (JSON: since, nextLink, newest change seen). Empty when none.',
    isPrivate: true,
    ignoreCache: true,
    roles: adminOnly,
})

// Why: the per-minute/per-hour counts and a 429's Retry-After must survive between runs.
export const healthRateBudget = Property({
    $id: Now.ID['prop-health-rate-budget'],
    name: 'x_mioms_m365_assis.health.rate_budget',
    type: 'string',
    description:
        'Written by the poller: Graph request counts of the current minute and hour, and the Retry-After instant (JSON).',
    isPrivate: true,
    ignoreCache: true,
    roles: adminOnly,
})

// Why: admins see when the poll last ran and why it stopped (including settings errors) on the settings page.
export const healthLastRun = Property({
    $id: Now.ID['prop-health-last-run'],
    name: 'x_mioms_m365_assis.health.last_run',
    type: 'string',
    description:
        'Written by the poller: time, outcome, Graph requests and error of the last service health poll (JSON). Read only.',
    isPrivate: true,
    ignoreCache: true,
    roles: adminOnly,
})

// Why: healthOverviews (status per service) are few and small; no table needed.
export const healthOverviews = Property({
    $id: Now.ID['prop-health-overviews'],
    name: 'x_mioms_m365_assis.health.overviews',
    type: 'string',
    description: 'Written by the poller: Microsoft 365 status per service from Graph healthOverviews (JSON).',
    isPrivate: true,
    ignoreCache: true,
    roles: adminOnly,
})

// Why: healthOverviews (status per service) change rarely and the issues carry their own status, so they are
// refreshed every few hours rather than on every poll: a steady-state poll is then one Graph request.
export const healthOverviewsInterval = Property({
    $id: Now.ID['prop-health-overviews-interval-minutes'],
    name: 'x_mioms_m365_assis.health.overviews_interval_minutes',
    type: 'integer',
    value: 360,
    description: 'Minutes between two healthOverviews requests (default 360; never more often than the poll interval).',
    isPrivate: true,
    roles: adminOnly,
})

// Why: Setup's completion asks for a poll at once (the job treats a request as due) instead of waiting for the schedule.
export const healthPollRequested = Property({
    $id: Now.ID['prop-health-poll-requested'],
    name: 'x_mioms_m365_assis.health.poll_requested',
    type: 'string',
    description:
        'Written by the app: when a service health poll was requested out of schedule (ISO time). Empty when none is waiting.',
    isPrivate: true,
    ignoreCache: true,
    roles: adminOnly,
})

// Why: keeps a manual "Execute Now" and the scheduled run from polling at the same time.
export const healthRunLock = Property({
    $id: Now.ID['prop-health-run-lock'],
    name: 'x_mioms_m365_assis.health.run_lock',
    type: 'string',
    description: 'Written by the poller: epoch ms until which a poll holds the run lease. Empty when no poll runs.',
    isPrivate: true,
    ignoreCache: true,
    roles: adminOnly,
})

// Automatic incidents (Service Health > Automatic Incident Settings).
export const autoIncidentEnabled = Property({
    $id: Now.ID['prop-health-auto-incident-enabled'],
    name: 'x_mioms_m365_assis.health.auto_incident.enabled',
    type: 'boolean',
    value: false,
    description:
        'Create a ServiceNow incident for each active Microsoft 365 service health issue. Needs Assignment group and Category.',
    isPrivate: true,
    roles: adminOnly,
})

export const autoIncidentAssignmentGroup = Property({
    $id: Now.ID['prop-health-auto-incident-assignment-group'],
    name: 'x_mioms_m365_assis.health.auto_incident.assignment_group',
    type: 'string',
    description: 'Required: Assignment group of the automatic incidents (group name or sys_id).',
    isPrivate: true,
    roles: adminOnly,
})

export const autoIncidentCategory = Property({
    $id: Now.ID['prop-health-auto-incident-category'],
    name: 'x_mioms_m365_assis.health.auto_incident.category',
    type: 'string',
    description: 'Required: Category of the automatic incidents (the incident category value, e.g. software).',
    isPrivate: true,
    roles: adminOnly,
})

export const autoIncidentSubcategory = Property({
    $id: Now.ID['prop-health-auto-incident-subcategory'],
    name: 'x_mioms_m365_assis.health.auto_incident.subcategory',
    type: 'string',
    description: 'Optional: Subcategory of the automatic incidents (the incident subcategory value).',
    isPrivate: true,
    roles: adminOnly,
})

export const autoIncidentAssignedTo = Property({
    $id: Now.ID['prop-health-auto-incident-assigned-to'],
    name: 'x_mioms_m365_assis.health.auto_incident.assigned_to',
    type: 'string',
    description: 'Optional: Assigned to of the automatic incidents (user name or sys_id).',
    isPrivate: true,
    roles: adminOnly,
})

export const autoIncidentAutoResolve = Property({
    $id: Now.ID['prop-health-auto-incident-auto-resolve'],
    name: 'x_mioms_m365_assis.health.auto_incident.auto_resolve',
    type: 'boolean',
    value: false,
    description: 'Resolve the automatic incident (code "Closed/Resolved by Caller") when Microsoft resolves the issue.',
    isPrivate: true,
    roles: adminOnly,
})

// The settings page: the platform's properties page for this category (system_properties_ui.do).
export const serviceHealthCategory = Record({
    $id: Now.ID['prop-category-service-health'],
    table: 'sys_properties_category',
    data: {
        name: 'x_mioms_m365_assis.service_health',
        title: 'Microsoft 365 service health: automatic incidents and polling',
    },
})

Record({
    $id: Now.ID['prop-category-m2m-enabled'],
    table: 'sys_properties_category_m2m',
    data: { category: serviceHealthCategory, property: autoIncidentEnabled, order: 100 },
})

Record({
    $id: Now.ID['prop-category-m2m-assignment-group'],
    table: 'sys_properties_category_m2m',
    data: { category: serviceHealthCategory, property: autoIncidentAssignmentGroup, order: 200 },
})

Record({
    $id: Now.ID['prop-category-m2m-category'],
    table: 'sys_properties_category_m2m',
    data: { category: serviceHealthCategory, property: autoIncidentCategory, order: 300 },
})

Record({
    $id: Now.ID['prop-category-m2m-subcategory'],
    table: 'sys_properties_category_m2m',
    data: { category: serviceHealthCategory, property: autoIncidentSubcategory, order: 400 },
})

Record({
    $id: Now.ID['prop-category-m2m-assigned-to'],
    table: 'sys_properties_category_m2m',
    data: { category: serviceHealthCategory, property: autoIncidentAssignedTo, order: 500 },
})

Record({
    $id: Now.ID['prop-category-m2m-auto-resolve'],
    table: 'sys_properties_category_m2m',
    data: { category: serviceHealthCategory, property: autoIncidentAutoResolve, order: 600 },
})

Record({
    $id: Now.ID['prop-category-m2m-page-size'],
    table: 'sys_properties_category_m2m',
    data: { category: serviceHealthCategory, property: healthPageSize, order: 700 },
})

Record({
    $id: Now.ID['prop-category-m2m-max-per-run'],
    table: 'sys_properties_category_m2m',
    data: { category: serviceHealthCategory, property: healthMaxPerRun, order: 800 },
})

Record({
    $id: Now.ID['prop-category-m2m-max-per-minute'],
    table: 'sys_properties_category_m2m',
    data: { category: serviceHealthCategory, property: healthMaxPerMinute, order: 900 },
})

Record({
    $id: Now.ID['prop-category-m2m-max-per-hour'],
    table: 'sys_properties_category_m2m',
    data: { category: serviceHealthCategory, property: healthMaxPerHour, order: 1000 },
})

Record({
    $id: Now.ID['prop-category-m2m-overviews-interval'],
    table: 'sys_properties_category_m2m',
    data: { category: serviceHealthCategory, property: healthOverviewsInterval, order: 1050 },
})

Record({
    $id: Now.ID['prop-category-m2m-last-run'],
    table: 'sys_properties_category_m2m',
    data: { category: serviceHealthCategory, property: healthLastRun, order: 1100 },
})
