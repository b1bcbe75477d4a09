import { evaluateGate } from '../setup/rules/setup-gate.ts'
import { readSetupSnapshot } from '../setup/setup-state-store.ts'
import { setupNoticeForAdmins } from '../setup/setup-notice.ts'
import { MSG } from '../domain/messages.ts'
import { msg } from '../platform/i18n.ts'
import { log } from '../platform/log.ts'
import { getBooleanSetting } from '../platform/properties.ts'
import { Row } from '../platform/records.ts'
import { HttpError } from '../platform/rest.ts'
import {
    ROLE_ADMINISTRATOR,
    sessionLanguage,
    sessionTimeZone,
    sessionUser,
    SessionUser,
    userHasRole,
} from '../platform/session-user.ts'
import { IncidentContext, readIncidentContext } from './incident-context.ts'
import { incidentReadableByUser } from '../platform/incident-table.ts'
import { HealthIssueView, MATCHER, matchingHealthIssues } from './health-for-incident.ts'
import { feedbackFor, findSolutions } from '../solutions/solution-service.ts'
import { healthPollStatus, PollStatus } from '../health/health-job.ts'
import { SectionError, sectionError } from './section-error.ts'
import { activityOfCase, casesOfIncident } from '../cases/case-store.ts'
import { adminEmailFor } from '../cases/case-service.ts'
import { CachedSolution, incidentQueryText } from '../solutions/rules/solution-query.ts'
import { CASE_LIMITS } from '../cases/rules/case-escalation.ts'

// What the Microsoft 365 tab shows for one incident, in two answers so that a slow connector never holds up the
// rest: tabView is local data only (health matches, cases, the escalation form), solutionsView calls the connector
// (or its cache). The page asks for the first, then the second (see incident-tab/app.tsx for why not both at once).

export interface TabAccess {
    user: SessionUser
    incident: IncidentContext
    gateOpen: boolean
    gateMessage: string | null
    /** The English catalog key of gateMessage. */
    gateKey: string | null
    canEscalate: boolean
    /** Insights-only installs open no cases: no case list, no Contact Microsoft support, no admin email. */
    insightsOnly: boolean
}

/** Who is asking about which incident; 404 when it does not exist or the instance's ACLs hide it from them. */
export function openTab(incidentId: string): TabAccess {
    if (!/^[0-9a-f]{32}$/.test(incidentId) || !incidentReadableByUser(incidentId))
        throw new HttpError(404, 'not_found', msg('The incident was not found.'))
    const incident = readIncidentContext(incidentId)
    if (!incident) throw new HttpError(404, 'not_found', msg('The incident was not found.'))
    const snapshot = readSetupSnapshot()
    const gate = evaluateGate(snapshot)
    const gateMessage = gate.open ? null : gate.message
    if (gateMessage) log.warn('Microsoft 365 tab on {0}: {1}', incident.number, gateMessage)
    // Insights-only installs give no one the right to open cases.
    const insightsOnly = snapshot.configuration === 'insights'
    const canEscalate = userHasRole(ROLE_ADMINISTRATOR) && !insightsOnly
    return {
        user: sessionUser(),
        incident,
        gateOpen: gate.open,
        gateMessage: gateMessage ? msg(gateMessage) : null,
        gateKey: gateMessage,
        canEscalate,
        insightsOnly,
    }
}

/** Refuses feature calls until Setup is complete (same message the tab shows at the top). */
export function requireOpenGate(access: TabAccess): void {
    if (access.gateOpen) return
    if (access.gateKey === MSG.finalStepIncomplete)
        throw new HttpError(409, 'setup_incomplete', msg(MSG.finalStepIncomplete))
    throw new HttpError(409, 'setup_incomplete', msg(MSG.setupIncomplete))
}

export interface CaseView {
    sysId: string
    caseId: string
    title: string
    status: string
    syncState: string
    syncAttempts: number
    nextAttemptAt: string
    lastError: string
    adminEmail: string
    isTest: boolean
    createdOn: string
    activity: { type: string; status: string; noteAuthor: string; noteBody: string; occurredAt: string }[]
}

export function caseView(row: Row): CaseView {
    return {
        sysId: row.sys_id,
        caseId: row.connector_case_id,
        title: row.title,
        status: row.status,
        syncState: row.sync_state,
        syncAttempts: Number(row.sync_attempts) || 0,
        nextAttemptAt: row.next_attempt_at,
        lastError: row.last_error,
        adminEmail: row.admin_email,
        isTest: row.is_test === 'true',
        createdOn: row.sys_created_on,
        activity: activityOfCase(row.sys_id).map((a) => ({
            type: a.type,
            status: a.status,
            noteAuthor: a.note_author,
            noteBody: a.note_body,
            occurredAt: a.occurred_at,
        })),
    }
}

export function casesView(incidentId: string): CaseView[] {
    return casesOfIncident(incidentId).map(caseView)
}

export interface SolutionsFeedback {
    /** The session user's answers on this incident, by solution id. */
    feedback: Record<string, boolean>
}

/** Recommended solutions for a query, or what went wrong at the connector (shown in the solutions section only). */
export type SolutionsView =
    | ({
          ok: true
          query: string
          solutions: CachedSolution[]
          fromCache: boolean
          stale?: boolean
      } & SolutionsFeedback)
    | ({ ok: false; query: string; error: SectionError } & SolutionsFeedback)

export function solutionsView(access: TabAccess, query: string): SolutionsView {
    const r = findSolutions({ sysId: access.incident.sysId, number: access.incident.number }, query)
    const feedback = feedbackFor(access.incident.sysId, access.user.sysId)
    if (!r.ok) return { ok: false, query: r.query, error: sectionError(r), feedback }
    const view: SolutionsView = { ok: true, query: r.query, solutions: r.solutions, fromCache: r.fromCache, feedback }
    if (r.stale) view.stale = true
    return view
}

/** The recommended solutions for the incident's own text (the tab's second request). */
export function incidentSolutionsView(incidentId: string): SolutionsView {
    const a = openTab(incidentId)
    requireOpenGate(a)
    return solutionsView(a, incidentQueryText(a.incident.shortDescription, a.incident.description))
}

export interface TabView {
    incident: { sysId: string; number: string; shortDescription: string; active: boolean }
    /** adminNotice: administrators only, while Setup's re-verification fails (integration still on) or after it was turned off. */
    setup: { complete: boolean; message: string | null; adminNotice: string | null }
    /** The session language (ServiceNow code): the page shows dates in it, not in the browser's locale. */
    language: string
    /** The session user's time zone (Java ID, '' when unknown): the page shows dates in it, not in the browser's. */
    timeZone: string
    canEscalate: boolean
    insightsOnly: boolean
    messages: string[]
    /** poll: when service health was last read from Microsoft (null: not polled yet). */
    health: { matcher: string; issues: HealthIssueView[]; poll: PollStatus }
    cases: CaseView[] | null
    escalation: {
        title: string
        description: string
        contactName: string
        contactEmail: string
        contactPhone: string
        adminEmail: string
        adminEmailSource: string
        isTestEnvironment: boolean
    } | null
}

export function tabView(incidentId: string): TabView {
    const a = openTab(incidentId)
    const i = a.incident
    const base: TabView = {
        incident: { sysId: i.sysId, number: i.number, shortDescription: i.shortDescription, active: i.active },
        setup: {
            complete: a.gateOpen,
            message: a.gateMessage,
            adminNotice: userHasRole(ROLE_ADMINISTRATOR) ? setupNoticeForAdmins() : null,
        },
        language: sessionLanguage(),
        timeZone: sessionTimeZone(),
        canEscalate: a.canEscalate,
        insightsOnly: a.insightsOnly,
        messages: a.gateMessage ? [a.gateMessage] : [],
        health: { matcher: MATCHER, issues: [], poll: { polledAt: null, pending: false } },
        cases: null,
        escalation: null,
    }
    if (!a.gateOpen) return base
    base.health.issues = matchingHealthIssues(i)
    base.health.poll = healthPollStatus()
    // The case table is readable by app administrators only (see docs/data-model.md); insights-only installs have none.
    if (userHasRole(ROLE_ADMINISTRATOR) && !a.insightsOnly) base.cases = casesView(i.sysId)
    if (a.canEscalate) {
        const admin = adminEmailFor(a.user)
        base.escalation = {
            title: (i.number + ': ' + i.shortDescription).slice(0, CASE_LIMITS.title),
            description: (i.description || i.shortDescription).slice(0, CASE_LIMITS.description),
            contactName: i.caller.name || a.user.name,
            contactEmail: i.caller.email || a.user.email,
            contactPhone: i.caller.phone || a.user.phone,
            adminEmail: admin.email,
            adminEmailSource: admin.source,
            isTestEnvironment: getBooleanSetting('test_environment'),
        }
    }
    return base
}
