import '@servicenow/sdk/global'
import { Acl, RestApi } from '@servicenow/sdk/core'
import { getAppStatus } from '../../server/inbound/app-status-route'
import { getSetupState, postSetupVerify, putSetupStep } from '../../server/setup/setup-routes'

// Why: the internal API behind the app's UI pages; any user with an app role may ask whether setup is done.
export const appApiReadAcl = Acl({
    $id: Now.ID['acl-rest-app-status'],
    type: 'rest_endpoint',
    name: 'Microsoft 365 app status',
    operation: 'execute',
    roles: ['x_mioms_m365_assis.insights_user', 'x_mioms_m365_assis.administrator'],
    description: 'Users with an app role may read the app status (setup complete or not).',
})

// Why: Setup reads and changes the integration's OAuth profile, inbound provider, integration user and
// connector settings, and runs outbound test calls: app administrators only.
export const appApiSetupAcl = Acl({
    $id: Now.ID['acl-rest-app-setup'],
    type: 'rest_endpoint',
    name: 'Microsoft 365 app setup',
    operation: 'execute',
    roles: ['x_mioms_m365_assis.administrator'],
    description: 'Only app administrators may read or change Setup and run its verification tests.',
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
        {
            $id: Now.ID['rest-app-setup-get'],
            name: 'setup',
            method: 'GET',
            path: '/setup',
            script: getSetupState,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [appApiSetupAcl],
            shortDescription: 'Setup flow: steps, answers, option lists, Complete the integration values and test results.',
        },
        {
            $id: Now.ID['rest-app-setup-step-put'],
            name: 'setup step',
            method: 'PUT',
            path: '/setup/steps/{step}',
            script: putSetupStep,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [appApiSetupAcl],
            shortDescription: 'Validates and saves one Setup step; 422 with a message per field.',
        },
        {
            $id: Now.ID['rest-app-setup-verify-post'],
            name: 'setup verify',
            method: 'POST',
            path: '/setup/verify',
            script: postSetupVerify,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [appApiSetupAcl],
            shortDescription: 'Runs the verification tests; setup completes when all applicable tests pass.',
        },
    ],
})
