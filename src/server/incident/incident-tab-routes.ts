import { handleJson, HttpError, RouteRequest, RouteResult, RESTAPIRequest, RESTAPIResponse } from '../platform/rest.ts'
import { msg } from '../platform/i18n.ts'
import { log } from '../platform/log.ts'
import { ROLE_ADMINISTRATOR, userHasRole } from '../platform/session-user.ts'
import { readCaseRequest, validateCaseRequest } from '../cases/rules/case-escalation.ts'
import { recordFeedback } from '../solutions/solution-service.ts'
import { recordHealthFeedback } from './health-feedback-store.ts'
import { findIssueRow } from '../health/health-issue-store.ts'
import { escalate } from '../cases/case-service.ts'
import {
    caseView,
    casesView,
    incidentSolutionsView,
    openTab,
    requireOpenGate,
    solutionsView,
    tabView,
} from './incident-tab-service.ts'
import { readCase } from '../cases/case-store.ts'
import { MSG } from '../domain/messages.ts'

// Routes of the internal API (serviceId app) behind the Microsoft 365 tab. Route ACLs: insights_user for the
// tab, solutions, search and feedback; administrator for Contact Microsoft support (checked here again).
// The tab route answers from instance data only; the solutions route is the one that may wait on the connector.

const MAX_BODY = 32768

/** GET /incident/{sys_id}/tab */
export function getIncidentTab(request: RESTAPIRequest, response: RESTAPIResponse): void {
    handleJson(request, response, 'incident/tab', (req) => ({ status: 200, body: tabView(req.pathParam('sys_id')) }))
}

/** GET /incident/{sys_id}/solutions: recommended solutions for the incident's text (cached); connector trouble in `error`. */
export function getIncidentSolutions(request: RESTAPIRequest, response: RESTAPIResponse): void {
    handleJson(request, response, 'incident/solutions', (req) => ({
        status: 200,
        body: incidentSolutionsView(req.pathParam('sys_id')),
    }))
}

/** POST /incident/{sys_id}/solutions/search {query} */
export function postSolutionSearch(request: RESTAPIRequest, response: RESTAPIResponse): void {
    handleJson(request, response, 'incident/solutions/search', (req) => {
        const access = openTab(req.pathParam('sys_id'))
        requireOpenGate(access)
        const query = req.json(MAX_BODY).query
        if (typeof query !== 'string' || !query.trim())
            throw new HttpError(400, 'invalid_request', msg('Enter text to search for.'))
        return { status: 200, body: solutionsView(access, query) }
    })
}

/** POST /incident/{sys_id}/solutions/feedback {solutionId, helpful} */
export function postSolutionFeedback(request: RESTAPIRequest, response: RESTAPIResponse): void {
    handleJson(request, response, 'incident/solutions/feedback', (req) => {
        const access = openTab(req.pathParam('sys_id'))
        requireOpenGate(access)
        const body = req.json(MAX_BODY)
        const solutionId = typeof body.solutionId === 'string' ? body.solutionId : ''
        // Goes into an encoded query: no ^ or = allowed.
        if (!/^[A-Za-z0-9._:-]{1,100}$/.test(solutionId) || typeof body.helpful !== 'boolean') {
            throw new HttpError(400, 'invalid_request', msg('Give a solution ID and whether it helped.'))
        }
        if (!recordFeedback(access.incident.sysId, access.user.sysId, solutionId, body.helpful)) {
            log.error('Solution feedback for incident {0} could not be saved', access.incident.number)
            throw new HttpError(500, 'not_saved', msg(MSG.contactAppSupport))
        }
        return { status: 200, body: { solutionId, helpful: body.helpful } }
    })
}

/** POST /incident/{sys_id}/health/feedback {issueId, related}: whether a suggested health issue is related. */
export function postHealthFeedback(request: RESTAPIRequest, response: RESTAPIResponse): void {
    handleJson(request, response, 'incident/health/feedback', (req) => {
        const access = openTab(req.pathParam('sys_id'))
        requireOpenGate(access)
        const body = req.json(MAX_BODY)
        const issueId = typeof body.issueId === 'string' ? body.issueId : ''
        // Goes into an encoded query: no ^ or = allowed (Graph ids look like EX1234567).
        if (!/^[A-Za-z0-9._:-]{1,60}$/.test(issueId) || typeof body.related !== 'boolean') {
            throw new HttpError(
                400,
                'invalid_request',
                msg('Give a service health issue ID and whether it is related.'),
            )
        }
        if (!findIssueRow(issueId))
            throw new HttpError(404, 'not_found', msg('The service health issue {0} was not found.', issueId))
        if (!recordHealthFeedback(access.incident.sysId, access.user.sysId, issueId, body.related)) {
            log.error('Health issue feedback for incident {0} could not be saved', access.incident.number)
            throw new HttpError(500, 'not_saved', msg(MSG.contactAppSupport))
        }
        log.info(
            'Incident {0}: health issue {1} marked {2} by {3}',
            access.incident.number,
            issueId,
            body.related ? 'related' : 'not related',
            access.user.userName,
        )
        return { status: 200, body: { issueId, related: body.related } }
    })
}

function requireAdministrator(): void {
    if (!userHasRole(ROLE_ADMINISTRATOR))
        throw new HttpError(
            403,
            'forbidden',
            msg('Only Microsoft 365 support administrators can contact Microsoft support.'),
        )
}

/** GET /incident/{sys_id}/cases: the incident's cases with their activity (administrators). */
export function getIncidentCases(request: RESTAPIRequest, response: RESTAPIResponse): void {
    handleJson(request, response, 'incident/cases', (req) => {
        requireAdministrator()
        const access = openTab(req.pathParam('sys_id'))
        return { status: 200, body: { cases: casesView(access.incident.sysId) } }
    })
}

/** POST /incident/{sys_id}/cases: Contact Microsoft support. */
export function postIncidentCase(request: RESTAPIRequest, response: RESTAPIResponse): void {
    handleJson(request, response, 'incident/cases/create', (req) => createCaseRoute(req))
}

function createCaseRoute(req: RouteRequest): RouteResult {
    requireAdministrator()
    const access = openTab(req.pathParam('sys_id'))
    requireOpenGate(access)
    if (access.insightsOnly)
        throw new HttpError(
            403,
            'insights_only',
            msg('This integration is set up for insights only: it opens no Microsoft support cases.'),
        )
    if (!access.canEscalate)
        throw new HttpError(
            403,
            'forbidden',
            msg('Only Microsoft 365 support administrators can contact Microsoft support.'),
        )
    const request = readCaseRequest(req.json(MAX_BODY))
    const errors = validateCaseRequest(request)
    if (errors.length) {
        const fields: Record<string, string> = {}
        for (const e of errors) fields[e.field] = msg(e.message)
        return {
            status: 422,
            body: { error: { code: 'invalid_request', message: msg('Check the highlighted fields.'), fields } },
        }
    }
    const r = escalate({ sysId: access.incident.sysId, number: access.incident.number }, request, access.user)
    if (r.kind === 'refused')
        return { status: 422, body: { error: { code: 'invalid_admin', message: msg(MSG.invalidAdmin, r.adminEmail) } } }
    if (r.kind === 'not_saved')
        return { status: 500, body: { error: { code: 'not_saved', message: msg(MSG.unableToSaveTicket) } } }
    const row = readCase(r.caseSysId)
    const view = row ? caseView(row) : null
    if (r.decision.kind === 'synced')
        return {
            status: 201,
            body: {
                case: view,
                outcome: 'synced',
                message: msg('Microsoft support case {0} was opened.', r.decision.caseId),
            },
        }
    if (r.decision.kind === 'retry') {
        return {
            status: 202,
            body: {
                case: view,
                outcome: 'pending',
                message: msg(
                    'The case is saved. Microsoft support could not be reached; the case will be sent automatically.',
                ),
            },
        }
    }
    // invalid_admin's text names the admin email: built here from the key, the others are MSG texts as they are.
    const message =
        r.decision.code === 'invalid_admin'
            ? msg(MSG.invalidAdmin, view ? view.adminEmail : '')
            : msg(r.decision.userMessage)
    return { status: 201, body: { case: view, outcome: 'failed', message } }
}
