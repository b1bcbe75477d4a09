import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

// On-instance checks of the connector callback API (/api/x_mioms_m365_assis/v1/connector): authentication,
// the integration role and the JSON error shape. They need the Basic Auth Configuration
// "x_mioms_m365_assis ATF integration" (README: Running the ATF tests); ATF rolls back what the steps write.

Test(
    {
        $id: Now.ID['atf-inbound-ping'],
        name: 'Microsoft 365 support: connector ping needs credentials and the integration role',
        description:
            'Sends GET /api/x_mioms_m365_assis/v1/connector/ping without credentials and asserts 401, then as a test user holding only x_mioms_m365_assis.integration and asserts 200 with the app scope and the caller in the JSON body.',
        active: true,
        failOnServerError: false,
    },
    (atf) => {
        atf.rest.sendRestRequest({
            $id: Now.ID['atf-inbound-ping-anonymous'],
            path: '/api/x_mioms_m365_assis/v1/connector/ping',
            method: 'get',
            auth: '',
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-inbound-ping-anonymous-401'], statusCode: 401 })
        const profile = atf.server.runServerSideScript({
            $id: Now.ID['atf-inbound-ping-profile'],
            script: `
            (function (outputs, steps, params, stepResult) {
                // Finds the Basic Auth Configuration this test authenticates with (README: Running the ATF tests).
                var NAME = 'x_mioms_m365_assis ATF integration'
                function fail(why) {
                    stepResult.setOutputMessage('Basic Auth Configuration "' + NAME + '": ' + why + ' (README: Running the ATF tests).')
                    return false
                }
                var profile = new GlideRecord('sys_auth_profile_basic')
                profile.addQuery('name', NAME)
                profile.query()
                if (!profile.next()) return fail('not found; create it for a test user with the x_mioms_m365_assis.integration role')
                var user = new GlideRecord('sys_user')
                if (!user.get('user_name', profile.getValue('username'))) return fail('its user name is not a user')
                var roles = new GlideRecord('sys_user_has_role')
                roles.addQuery('user', user.getUniqueValue())
                roles.addQuery('role.name', 'x_mioms_m365_assis.integration')
                roles.query()
                if (!roles.hasNext()) return fail('user ' + user.getValue('user_name') + ' lacks x_mioms_m365_assis.integration')
                var extra = new GlideRecord('sys_user_has_role')
                extra.addQuery('user', user.getUniqueValue())
                extra.addQuery('role.name', 'x_mioms_m365_assis.administrator')
                extra.query()
                if (extra.hasNext()) return fail('user ' + user.getValue('user_name') + ' must not have x_mioms_m365_assis.administrator')
                outputs.table = 'sys_auth_profile_basic'
                outputs.record_id = profile.getUniqueValue()
                stepResult.setOutputMessage('Authenticating as ' + user.getValue('user_name'))
                return true
            })(outputs, steps, params, stepResult)
        `,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf-inbound-ping-integration'],
            path: '/api/x_mioms_m365_assis/v1/connector/ping',
            method: 'get',
            auth: 'basic',
            basicAuthentication: profile.record_id,
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-inbound-ping-integration-200'], statusCode: 200 })
        atf.rest.assertResponseJSONPayloadIsValid({ $id: Now.ID['atf-inbound-ping-json'] })
        atf.rest.assertResponsePayload({
            $id: Now.ID['atf-inbound-ping-scope'],
            responseBody: 'x_mioms_m365_assis',
            operation: 'contains',
        })
    },
)

Test(
    {
        $id: Now.ID['atf-inbound-event-errors'],
        name: 'Microsoft 365 support: case event route rejects bad requests with a JSON error',
        description:
            'Posts to /api/x_mioms_m365_assis/v1/connector/cases/{case_id}/events: without credentials asserts 401; as the integration test user with a body that is not JSON, and with a JSON event missing its fields, asserts 400 and an {"error":{"code","message"}} body, so nothing is written.',
        active: true,
        failOnServerError: false,
    },
    (atf) => {
        atf.rest.sendRestRequest({
            $id: Now.ID['atf-inbound-event-anonymous'],
            path: '/api/x_mioms_m365_assis/v1/connector/cases/ATF-CASE-0001/events',
            method: 'post',
            auth: '',
            body: '{"event_id":"atf-0001","type":"status_changed","status":"in_progress","occurred_at":"2026-01-31T09:30:00Z"}',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-inbound-event-anonymous-401'], statusCode: 401 })
        const profile = atf.server.runServerSideScript({
            $id: Now.ID['atf-inbound-event-profile'],
            script: `
            (function (outputs, steps, params, stepResult) {
                // Finds the Basic Auth Configuration this test authenticates with (README: Running the ATF tests).
                var NAME = 'x_mioms_m365_assis ATF integration'
                function fail(why) {
                    stepResult.setOutputMessage('Basic Auth Configuration "' + NAME + '": ' + why + ' (README: Running the ATF tests).')
                    return false
                }
                var profile = new GlideRecord('sys_auth_profile_basic')
                profile.addQuery('name', NAME)
                profile.query()
                if (!profile.next()) return fail('not found; create it for a test user with the x_mioms_m365_assis.integration role')
                var user = new GlideRecord('sys_user')
                if (!user.get('user_name', profile.getValue('username'))) return fail('its user name is not a user')
                var roles = new GlideRecord('sys_user_has_role')
                roles.addQuery('user', user.getUniqueValue())
                roles.addQuery('role.name', 'x_mioms_m365_assis.integration')
                roles.query()
                if (!roles.hasNext()) return fail('user ' + user.getValue('user_name') + ' lacks x_mioms_m365_assis.integration')
                var extra = new GlideRecord('sys_user_has_role')
                extra.addQuery('user', user.getUniqueValue())
                extra.addQuery('role.name', 'x_mioms_m365_assis.administrator')
                extra.query()
                if (extra.hasNext()) return fail('user ' + user.getValue('user_name') + ' must not have x_mioms_m365_assis.administrator')
                outputs.table = 'sys_auth_profile_basic'
                outputs.record_id = profile.getUniqueValue()
                stepResult.setOutputMessage('Authenticating as ' + user.getValue('user_name'))
                return true
            })(outputs, steps, params, stepResult)
        `,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf-inbound-event-not-json'],
            path: '/api/x_mioms_m365_assis/v1/connector/cases/ATF-CASE-0001/events',
            method: 'post',
            auth: 'basic',
            basicAuthentication: profile.record_id,
            body: '{"event_id": "atf-0002", "type":',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-inbound-event-not-json-400'], statusCode: 400 })
        atf.rest.assertResponseJSONPayloadIsValid({ $id: Now.ID['atf-inbound-event-not-json-valid'] })
        atf.rest.assertResponsePayload({
            $id: Now.ID['atf-inbound-event-not-json-error'],
            responseBody: '"error":{"code":"invalid_json"',
            operation: 'contains',
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf-inbound-event-bad-fields'],
            path: '/api/x_mioms_m365_assis/v1/connector/cases/ATF-CASE-0001/events',
            method: 'post',
            auth: 'basic',
            basicAuthentication: profile.record_id,
            body: '{"type":"no_such_type"}',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-inbound-event-bad-fields-400'], statusCode: 400 })
        atf.rest.assertResponsePayload({
            $id: Now.ID['atf-inbound-event-bad-fields-error'],
            responseBody: '"error":{"code":',
            operation: 'contains',
        })
        atf.rest.assertResponsePayload({
            $id: Now.ID['atf-inbound-event-bad-fields-message'],
            responseBody: '"message":',
            operation: 'contains',
        })
    },
)
