import '@servicenow/sdk/global'
import { Acl, RestApi } from '@servicenow/sdk/core'
import { getAppStatus } from '../../server/inbound/app-status-route'
import { getSetupState, postSetupTurnOff, postSetupVerify, putSetupStep } from '../../server/setup/setup-routes'
import {
    getIncidentCases,
    getIncidentSolutions,
    getIncidentTab,
    postHealthFeedback,
    postIncidentCase,
    postSolutionFeedback,
    postSolutionSearch,
} from '../../server/incident/incident-tab-routes'
import { getLinkAccount, putLinkAccount } from '../../server/cases/link-account-routes'

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

// Why: the Microsoft 365 tab on incidents (health, solutions, feedback on both) is for every app role.
export const appApiIncidentTabAcl = Acl({
    $id: Now.ID['acl-rest-app-incident-tab'],
    type: 'rest_endpoint',
    name: 'Microsoft 365 incident tab',
    operation: 'execute',
    roles: ['x_mioms_m365_assis.insights_user', 'x_mioms_m365_assis.administrator'],
    description: 'Users with an app role may read the Microsoft 365 tab, search solutions and give feedback.',
})

// Why: opening a Microsoft support case and linking the admin account it is opened as are administrator-only
// (the original app's rule; insights users see no button and the route refuses them).
export const appApiEscalateAcl = Acl({
    $id: Now.ID['acl-rest-app-escalate'],
    type: 'rest_endpoint',
    name: 'Microsoft 365 contact support and link account',
    operation: 'execute',
    roles: ['x_mioms_m365_assis.administrator'],
    description:
        'Only app administrators may contact Microsoft support, read cases and link a Microsoft 365 admin account.',
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
            shortDescription:
                'Setup flow: steps, answers, option lists, Complete the integration values and test results.',
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
        {
            $id: Now.ID['rest-app-setup-turn-off-post'],
            name: 'setup turn off',
            method: 'POST',
            path: '/setup/turn-off',
            script: postSetupTurnOff,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [appApiSetupAcl],
            shortDescription: 'Turns the integration off for every user until the verification tests pass again.',
        },
        {
            $id: Now.ID['rest-app-incident-tab-get'],
            name: 'incident tab',
            method: 'GET',
            path: '/incident/{sys_id}/tab',
            script: getIncidentTab,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [appApiIncidentTabAcl],
            shortDescription:
                'Microsoft 365 tab of an incident from instance data: matching health issues, last poll, cases, escalation form.',
        },
        {
            $id: Now.ID['rest-app-incident-solutions-get'],
            name: 'incident solutions',
            method: 'GET',
            path: '/incident/{sys_id}/solutions',
            script: getIncidentSolutions,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [appApiIncidentTabAcl],
            shortDescription:
                "Recommended solutions for the incident's text (connector, cached); connector trouble is described in error.",
        },
        {
            $id: Now.ID['rest-app-incident-solutions-search'],
            name: 'incident solutions search',
            method: 'POST',
            path: '/incident/{sys_id}/solutions/search',
            script: postSolutionSearch,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [appApiIncidentTabAcl],
            shortDescription: 'Recommended solutions for a text, cached per incident and query.',
        },
        {
            $id: Now.ID['rest-app-incident-solutions-feedback'],
            name: 'incident solutions feedback',
            method: 'POST',
            path: '/incident/{sys_id}/solutions/feedback',
            script: postSolutionFeedback,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [appApiIncidentTabAcl],
            shortDescription: 'Stores whether a recommended solution helped (one answer per user).',
        },
        {
            $id: Now.ID['rest-app-incident-health-feedback'],
            name: 'incident health feedback',
            method: 'POST',
            path: '/incident/{sys_id}/health/feedback',
            script: postHealthFeedback,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [appApiIncidentTabAcl],
            shortDescription:
                'Stores whether a suggested service health issue is related to the incident (a rejected one is not suggested again).',
        },
        {
            $id: Now.ID['rest-app-incident-cases-get'],
            name: 'incident cases',
            method: 'GET',
            path: '/incident/{sys_id}/cases',
            script: getIncidentCases,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [appApiEscalateAcl],
            shortDescription: "The incident's Microsoft support cases with status and activity.",
        },
        {
            $id: Now.ID['rest-app-incident-cases-post'],
            name: 'incident contact support',
            method: 'POST',
            path: '/incident/{sys_id}/cases',
            script: postIncidentCase,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [appApiEscalateAcl],
            shortDescription: 'Contact Microsoft support: saves the case, then creates it at the connector.',
        },
        {
            $id: Now.ID['rest-app-link-account-get'],
            name: 'link account',
            method: 'GET',
            path: '/link-account',
            script: getLinkAccount,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [appApiEscalateAcl],
            shortDescription: "The session user's linked Microsoft 365 admin account.",
        },
        {
            $id: Now.ID['rest-app-link-account-put'],
            name: 'link account save',
            method: 'PUT',
            path: '/link-account',
            script: putLinkAccount,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [appApiEscalateAcl],
            shortDescription: "Validates and stores the session user's Microsoft 365 admin email.",
        },
    ],
})
