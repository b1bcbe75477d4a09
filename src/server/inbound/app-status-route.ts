import { sessionUserName } from '../platform/session-user.ts'
import { handleJson, RouteResult, RESTAPIRequest, RESTAPIResponse } from '../platform/rest.ts'
import { evaluateGate } from '../setup/rules/setup-gate.ts'
import { readSetupSnapshot } from '../setup/setup-state-store.ts'
import { SCOPE } from '../domain/scope.ts'
import { msg } from '../platform/i18n.ts'
import { APP_VERSION } from '../domain/version.ts'

// GET /api/x_mioms_m365_assis/app/status: what every page of the app asks first (is setup done?).
export function getAppStatus(request: RESTAPIRequest, response: RESTAPIResponse): void {
    handleJson(request, response, 'app/status', status)
}

function status(): RouteResult {
    const snapshot = readSetupSnapshot()
    const gate = evaluateGate(snapshot)
    return {
        status: 200,
        body: {
            scope: SCOPE,
            version: APP_VERSION,
            user: sessionUserName(),
            setupComplete: gate.open,
            configuration: snapshot.configuration || null,
            message: gate.open ? null : msg(gate.message),
        },
    }
}
