import '@servicenow/sdk/global'
import { Acl, RestApi } from '@servicenow/sdk/core'
import { getConnectorPing } from '../../server/inbound/connector-ping-route'
import { postCaseEvent } from '../../server/inbound/case-events-route'
import { getCase } from '../../server/inbound/case-read-route'
import { administrator, integration } from '../security/roles.now'

// Why: the connector (integration user) checks its credentials and reads cases back; app administrators may
// call the same read-only routes from REST API Explorer or Setup's verification test to diagnose a broken
// integration. Reading exposes nothing an administrator cannot already see in the case list.
export const connectorReadAcl = Acl({
    $id: Now.ID['acl-rest-connector-read'],
    type: 'rest_endpoint',
    name: 'Microsoft 365 connector API (read)',
    operation: 'execute',
    roles: [integration, administrator],
    description: 'The connector integration user and app administrators may call the read-only connector routes.',
})

// Why: only the connector reports Microsoft's case updates; an administrator posting events would forge
// Microsoft's side of the case (and its work notes). Platform admin still passes (admin overrides).
export const connectorWriteAcl = Acl({
    $id: Now.ID['acl-rest-connector-write'],
    type: 'rest_endpoint',
    name: 'Microsoft 365 connector API (events)',
    operation: 'execute',
    roles: [integration],
    description: 'Only the connector integration user may post case events.',
})

// The support connector calls the app back here (basic auth of the integration user, or an Entra bearer token
// through the OIDC provider configuration). URLs: /api/x_mioms_m365_assis/v1/connector/<path>; v1 is the
// default version, so /api/x_mioms_m365_assis/connector/<path> answers too. Every route: authentication
// required, route-level ACL, and requires_snc_internal_role false on purpose: the integration user is a
// web-service-only account without snc_internal, and the ACL role is the gate.
RestApi({
    $id: Now.ID['rest-connector-api'],
    name: 'Microsoft 365 support connector callbacks',
    serviceId: 'connector',
    shortDescription: 'Inbound API the Microsoft 365 support connector calls when a case changes.',
    consumes: 'application/json',
    produces: 'application/json',
    versions: [
        {
            $id: Now.ID['rest-connector-v1'],
            version: 1,
            isDefault: true,
            active: true,
            shortDescription: 'First version.',
        },
    ],
    routes: [
        {
            $id: Now.ID['rest-connector-ping'],
            name: 'ping',
            method: 'GET',
            path: '/ping',
            version: 1,
            script: getConnectorPing,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [connectorReadAcl],
            shortDescription:
                'Proves authentication works: returns the scope, the app version and the calling user name.',
        },
        {
            $id: Now.ID['rest-connector-case-events'],
            name: 'case events',
            method: 'POST',
            path: '/cases/{case_id}/events',
            version: 1,
            script: postCaseEvent,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [connectorWriteAcl],
            shortDescription: 'Records one case event (status_changed, note_added, closed); idempotent by event_id.',
            requestExample:
                '{"event_id":"evt-0001","type":"status_changed","status":"in_progress","occurred_at":"2026-01-31T09:30:00Z"}',
        },
        {
            $id: Now.ID['rest-connector-case-get'],
            name: 'case',
            method: 'GET',
            path: '/cases/{case_id}',
            version: 1,
            script: getCase,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [connectorReadAcl],
            shortDescription: 'The case as the app holds it, with its latest events.',
        },
    ],
})
