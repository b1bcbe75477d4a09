import { sessionUserName } from '../platform/session-user.ts'
import { handleJson, RouteResult, RESTAPIRequest, RESTAPIResponse } from '../platform/rest.ts'
import { SCOPE } from '../domain/scope.ts'
import { APP_VERSION } from '../domain/version.ts'

// GET /api/x_mioms_m365_assis/v1/connector/ping: proves the connector's credentials work end to end (platform
// authentication, the route ACL) and tells it who it is signed in as. Reads nothing else.
export function getConnectorPing(request: RESTAPIRequest, response: RESTAPIResponse): void {
    handleJson(request, response, 'connector/ping', ping)
}

function ping(): RouteResult {
    return { status: 200, body: { scope: SCOPE, version: APP_VERSION, user: sessionUserName() } }
}
