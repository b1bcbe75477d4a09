import { handleJson, RouteRequest, RouteResult, RESTAPIRequest, RESTAPIResponse } from '../platform/rest.ts'
import {
    getSetupView,
    runSetupVerification,
    saveSetupStep,
    turnOffIntegration,
    ValidationError,
} from './setup-service.ts'

// The Setup page's internal API (administrator only, session + X-UserToken):
//   GET  /api/x_mioms_m365_assis/app/setup               the flow, answers, option lists, summary, test results
//   PUT  /api/x_mioms_m365_assis/app/setup/steps/{step}  save one step (422 with per-field messages)
//   POST /api/x_mioms_m365_assis/app/setup/verify        run the verification tests
//   POST /api/x_mioms_m365_assis/app/setup/turn-off      turn the integration off until verification passes (409 when off)

const MAX_BODY = 16384

export function getSetupState(request: RESTAPIRequest, response: RESTAPIResponse): void {
    handleJson(request, response, 'app/setup', () => ({ status: 200, body: getSetupView() }))
}

export function putSetupStep(request: RESTAPIRequest, response: RESTAPIResponse): void {
    handleJson(request, response, 'app/setup/steps', saveStep)
}

export function postSetupVerify(request: RESTAPIRequest, response: RESTAPIResponse): void {
    handleJson(request, response, 'app/setup/verify', () => ({ status: 200, body: runSetupVerification() }))
}

export function postSetupTurnOff(request: RESTAPIRequest, response: RESTAPIResponse): void {
    handleJson(request, response, 'app/setup/turn-off', () => ({ status: 200, body: turnOffIntegration() }))
}

function saveStep(req: RouteRequest): RouteResult {
    const body = req.json(MAX_BODY)
    try {
        return { status: 200, body: saveSetupStep(req.pathParam('step'), body) }
    } catch (e) {
        // Field messages travel with the error so the page can show each next to its field.
        if (e instanceof ValidationError)
            return { status: 422, body: { error: { code: e.code, message: e.message, fields: e.fields } } }
        throw e
    }
}
