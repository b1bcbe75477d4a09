import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

// Setup state on a real instance: GET /app/status says setup is incomplete (with the verbatim message) until
// the setup_state row is completed and its tests passed. The steps change setup_state; ATF rolls it back.
// Needs the Basic Auth Configuration "x_mioms_m365_assis ATF administrator" (README: Running the ATF tests).

Test(
    {
        $id: Now.ID['atf-setup-state-status'],
        name: 'Microsoft 365 support: status says setup incomplete until Setup is completed',
        description:
            'Marks every setup_state row incomplete and asserts GET /api/x_mioms_m365_assis/app/status answers setupComplete false with the "complete the setup steps" message; then completes the oldest row (step complete, tests passed) and asserts setupComplete true.',
        active: true,
        failOnServerError: false,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf-setup-state-incomplete'],
            script: `
                (function (outputs, steps, params, stepResult) {
                    var rows = new GlideRecord('x_mioms_m365_assis_setup_state')
                    rows.query()
                    var n = 0
                    while (rows.next()) {
                        rows.setValue('completed', false)
                        rows.setValue('step', 'consent')
                        rows.setValue('tests_passed_on', '')
                        rows.update()
                        n++
                    }
                    stepResult.setOutputMessage('setup_state rows marked incomplete: ' + n)
                    return true
                })(outputs, steps, params, stepResult)
            `,
        })
        const profile = atf.server.runServerSideScript({
            $id: Now.ID['atf-setup-state-profile'],
            script: `
            (function (outputs, steps, params, stepResult) {
                // Finds the Basic Auth Configuration this test authenticates with (README: Running the ATF tests).
                var NAME = 'x_mioms_m365_assis ATF administrator'
                function fail(why) {
                    stepResult.setOutputMessage('Basic Auth Configuration "' + NAME + '": ' + why + ' (README: Running the ATF tests).')
                    return false
                }
                var profile = new GlideRecord('sys_auth_profile_basic')
                profile.addQuery('name', NAME)
                profile.query()
                if (!profile.next()) return fail('not found; create it for a test user with the x_mioms_m365_assis.administrator role')
                var user = new GlideRecord('sys_user')
                if (!user.get('user_name', profile.getValue('username'))) return fail('its user name is not a user')
                var roles = new GlideRecord('sys_user_has_role')
                roles.addQuery('user', user.getUniqueValue())
                roles.addQuery('role.name', 'x_mioms_m365_assis.administrator')
                roles.query()
                if (!roles.hasNext()) return fail('user ' + user.getValue('user_name') + ' lacks x_mioms_m365_assis.administrator')
                outputs.table = 'sys_auth_profile_basic'
                outputs.record_id = profile.getUniqueValue()
                stepResult.setOutputMessage('Authenticating as ' + user.getValue('user_name'))
                return true
            })(outputs, steps, params, stepResult)
        `,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf-setup-state-status-incomplete'],
            path: '/api/x_mioms_m365_assis/app/status',
            method: 'get',
            auth: 'basic',
            basicAuthentication: profile.record_id,
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-setup-state-status-incomplete-200'], statusCode: 200 })
        atf.rest.assertResponsePayload({
            $id: Now.ID['atf-setup-state-status-incomplete-flag'],
            responseBody: '"setupComplete":false',
            operation: 'contains',
        })
        atf.rest.assertResponsePayload({
            $id: Now.ID['atf-setup-state-status-incomplete-message'],
            responseBody: '"message":"',
            operation: 'contains',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf-setup-state-complete'],
            script: `
                (function (outputs, steps, params, stepResult) {
                    var row = new GlideRecord('x_mioms_m365_assis_setup_state')
                    row.orderBy('sys_created_on')
                    row.setLimit(1)
                    row.query()
                    if (!row.next()) {
                        row.initialize()
                        row.setValue('configuration', 'insights')
                    }
                    if (!row.getValue('configuration')) row.setValue('configuration', 'insights')
                    row.setValue('step', 'complete')
                    row.setValue('completed', true)
                    row.setValue('tests_passed_on', new GlideDateTime().getValue())
                    var id = row.isNewRecord() ? row.insert() : row.update()
                    stepResult.setOutputMessage('setup_state ' + id + ' completed')
                    return !!id
                })(outputs, steps, params, stepResult)
            `,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf-setup-state-status-complete'],
            path: '/api/x_mioms_m365_assis/app/status',
            method: 'get',
            auth: 'basic',
            basicAuthentication: profile.record_id,
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-setup-state-status-complete-200'], statusCode: 200 })
        atf.rest.assertResponsePayload({
            $id: Now.ID['atf-setup-state-status-complete-flag'],
            responseBody: '"setupComplete":true',
            operation: 'contains',
        })
    },
)
