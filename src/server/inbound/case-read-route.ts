import { handleJson, HttpError, RouteRequest, RouteResult, RESTAPIRequest, RESTAPIResponse } from '../platform/rest.ts'
import { getById, list } from '../platform/records.ts'
import { findCase } from './case-event-service.ts'
import { ACTIVITY_TABLE, CASE_TABLE } from '../cases/case-store.ts'
import { readIncidentSnapshot } from '../platform/incident-table.ts'

// GET /api/x_mioms_m365_assis/v1/connector/cases/{case_id}: the case as the app holds it, with its latest
// events, so the connector can reconcile after an outage. Contact details are left out (the connector has them).
const CASE_FIELDS = [
    'connector_case_id',
    'title',
    'status',
    'sync_state',
    'is_test',
    'incident',
    'last_event_at',
    'sys_created_on',
    'sys_updated_on',
] as const
const ACTIVITY_FIELDS = ['event_id', 'type', 'status', 'occurred_at', 'sys_created_on'] as const
export const MAX_EVENTS_RETURNED = 50

export function getCase(request: RESTAPIRequest, response: RESTAPIResponse): void {
    handleJson(request, response, 'connector/cases/get', readCase)
}

// Glide stores UTC 'yyyy-MM-dd HH:mm:ss'; the contract speaks ISO 8601.
function iso(glideUtc: string): string | null {
    return glideUtc ? glideUtc.replace(' ', 'T') + 'Z' : null
}

function readCase(req: RouteRequest): RouteResult {
    const caseId = req.pathParam('case_id')
    const found = findCase(caseId)
    if (!found) throw new HttpError(404, 'case_not_found', 'No Microsoft 365 support case ' + caseId + '.')
    const c = getById(CASE_TABLE, found.sys_id, CASE_FIELDS)
    if (!c) throw new HttpError(404, 'case_not_found', 'No Microsoft 365 support case ' + caseId + '.')
    const incident = c.incident ? readIncidentSnapshot(c.incident) : null
    const events = list(ACTIVITY_TABLE, { case: c.sys_id }, ACTIVITY_FIELDS, {
        orderByDesc: 'occurred_at',
        limit: MAX_EVENTS_RETURNED,
    })
    return {
        status: 200,
        body: {
            case_id: c.connector_case_id,
            title: c.title,
            status: c.status,
            sync_state: c.sync_state,
            is_test: c.is_test === 'true',
            incident: incident ? { number: incident.number, active: incident.active !== 'false' } : null,
            last_event_at: iso(c.last_event_at),
            created_at: iso(c.sys_created_on),
            updated_at: iso(c.sys_updated_on),
            events: events.map((e) => ({
                event_id: e.event_id,
                type: e.type,
                status: e.status || null,
                occurred_at: iso(e.occurred_at),
                received_at: iso(e.sys_created_on),
            })),
        },
    }
}
