import { handleJson, RouteRequest, RouteResult, RESTAPIRequest, RESTAPIResponse } from '../platform/rest.ts'
import { getNumberSetting } from '../platform/properties.ts'
import { receiveCaseEvent, requireJsonContentType } from './case-event-service.ts'

// POST /api/x_mioms_m365_assis/v1/connector/cases/{case_id}/events: one case event from the connector.
export const DEFAULT_MAX_BODY_BYTES = 65536

export function postCaseEvent(request: RESTAPIRequest, response: RESTAPIResponse): void {
    handleJson(request, response, 'connector/cases/events', caseEvent)
}

function caseEvent(req: RouteRequest): RouteResult {
    requireJsonContentType(req.header('Content-Type'))
    // The size cap is checked on the raw body, before it is parsed.
    const body = req.json(getNumberSetting('inbound.max_body_bytes', DEFAULT_MAX_BODY_BYTES))
    return receiveCaseEvent(req.pathParam('case_id'), body, new Date().getTime())
}
