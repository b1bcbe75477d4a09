import '@servicenow/sdk/global'
import { Acl, RestApi } from '@servicenow/sdk/core'
import { getAppStatus } from '../../server/inbound/app-status-route'

// Why: the internal API behind the app's UI pages; any user with an app role may ask whether setup is done.
export const appApiReadAcl = Acl({
    $id: Now.ID['acl-rest-app-status'],
    type: 'rest_endpoint',
    name: 'Microsoft 365 app status',
    operation: 'execute',
    roles: ['x_mioms_m365_assis.insights_user', 'x_mioms_m365_assis.administrator'],
    description: 'Users with an app role may read the app status (setup complete or not).',
})

// Internal API for the UI pages (X-UserToken session auth). Feature routes are added to this API by feature.
RestApi({
    $id: Now.ID['rest-app-api'],
    name: 'Microsoft 365 support integration app API',
    serviceId: 'app',
    shortDescription: 'Internal API used by the app UI pages.',
    consumes: 'application/json',
    produces: 'application/json',
    routes: [
        {
            $id: Now.ID['rest-app-status'],
            name: 'status',
            method: 'GET',
            path: '/status',
            script: getAppStatus,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [appApiReadAcl],
            shortDescription: 'Setup state and the message to show when setup is not complete.',
        },
    ],
})
