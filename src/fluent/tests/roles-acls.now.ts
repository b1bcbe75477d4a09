import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'
import { administrator, insightsUser } from '../security/roles.now'

// Roles and ACLs on a real instance: an insights user sees health and solutions but cannot contact Microsoft
// support (create a case) or read Setup; an app administrator can. The REST steps need the Basic Auth
// Configurations "x_mioms_m365_assis ATF insights user" and "x_mioms_m365_assis ATF administrator" (README).

Test(
    {
        $id: Now.ID['atf-roles-insights-denied'],
        name: 'Microsoft 365 support: an insights user cannot escalate or read Setup',
        description:
            'As a user holding only x_mioms_m365_assis.insights_user: inserting a case and a setup_state row with ACLs enforced is refused, and POST /app/incident/{sys_id}/cases (Contact Microsoft support) and GET /app/setup answer 403 (negative side of the administrator-only ACLs).',
        active: true,
        failOnServerError: false,
    },
    (atf) => {
        atf.server.createUser({
            $id: Now.ID['atf-roles-insights-user'],
            firstName: 'ATF',
            lastName: 'Insights user',
            roles: [insightsUser],
            groups: [],
            impersonate: true,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf-roles-insights-case-insert'],
            table: 'x_mioms_m365_assis_case',
            fieldValues: { title: 'ATF insights user escalation' },
            enforceSecurity: true,
            assert: 'record_not_inserted',
        })
        atf.server.recordInsert({
            $id: Now.ID['atf-roles-insights-setup-insert'],
            table: 'x_mioms_m365_assis_setup_state',
            fieldValues: { step: 'consent' },
            enforceSecurity: true,
            assert: 'record_not_inserted',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf-roles-insights-setup-read'],
            table: 'x_mioms_m365_assis_setup_state',
            fieldValues: '',
            enforceSecurity: true,
            assert: 'no_records_match_query',
        })
        const profile = atf.server.runServerSideScript({
            $id: Now.ID['atf-roles-insights-profile'],
            script: `
            (function (outputs, steps, params, stepResult) {
                // Finds the Basic Auth Configuration this test authenticates with (README: Running the ATF tests).
                var NAME = 'x_mioms_m365_assis ATF insights user'
                function fail(why) {
                    stepResult.setOutputMessage('Basic Auth Configuration "' + NAME + '": ' + why + ' (README: Running the ATF tests).')
                    return false
                }
                var profile = new GlideRecord('sys_auth_profile_basic')
                profile.addQuery('name', NAME)
                profile.query()
                if (!profile.next()) return fail('not found; create it for a test user with the x_mioms_m365_assis.insights_user role')
                var user = new GlideRecord('sys_user')
                if (!user.get('user_name', profile.getValue('username'))) return fail('its user name is not a user')
                var roles = new GlideRecord('sys_user_has_role')
                roles.addQuery('user', user.getUniqueValue())
                roles.addQuery('role.name', 'x_mioms_m365_assis.insights_user')
                roles.query()
                if (!roles.hasNext()) return fail('user ' + user.getValue('user_name') + ' lacks x_mioms_m365_assis.insights_user')
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
            $id: Now.ID['atf-roles-insights-escalate'],
            path: '/api/x_mioms_m365_assis/app/incident/00000000000000000000000000000000/cases',
            method: 'post',
            auth: 'basic',
            basicAuthentication: profile.record_id,
            body: '{"title":"ATF","description":"ATF insights user may not escalate","contactName":"ATF","contactEmail":"atf@example.com"}',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-roles-insights-escalate-403'], statusCode: 403 })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf-roles-insights-setup-get'],
            path: '/api/x_mioms_m365_assis/app/setup',
            method: 'get',
            auth: 'basic',
            basicAuthentication: profile.record_id,
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-roles-insights-setup-get-403'], statusCode: 403 })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf-roles-insights-status-get'],
            path: '/api/x_mioms_m365_assis/app/status',
            method: 'get',
            auth: 'basic',
            basicAuthentication: profile.record_id,
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-roles-insights-status-get-200'], statusCode: 200 })
    },
)

Test(
    {
        $id: Now.ID['atf-roles-admin-allowed'],
        name: 'Microsoft 365 support: an administrator can read Setup and reach Contact Microsoft support',
        description:
            'As a user holding x_mioms_m365_assis.administrator: inserting and reading a setup_state row with ACLs enforced succeeds (rolled back by ATF), GET /app/setup answers 200 and POST /app/incident/{sys_id}/cases passes the route ACL (not 403; an unknown incident answers 404), the positive side of the administrator-only ACLs.',
        active: true,
        failOnServerError: false,
    },
    (atf) => {
        atf.server.createUser({
            $id: Now.ID['atf-roles-admin-user'],
            firstName: 'ATF',
            lastName: 'Administrator',
            roles: [administrator],
            groups: [],
            impersonate: true,
        })
        const row = atf.server.recordInsert({
            $id: Now.ID['atf-roles-admin-setup-insert'],
            table: 'x_mioms_m365_assis_setup_state',
            fieldValues: { step: 'consent' },
            enforceSecurity: true,
            assert: 'record_successfully_inserted',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf-roles-admin-setup-read'],
            table: 'x_mioms_m365_assis_setup_state',
            recordId: row.record_id,
            fieldValues: 'step=consent',
            enforceSecurity: true,
            assert: 'record_validated',
        })
        const profile = atf.server.runServerSideScript({
            $id: Now.ID['atf-roles-admin-profile'],
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
            $id: Now.ID['atf-roles-admin-setup-get'],
            path: '/api/x_mioms_m365_assis/app/setup',
            method: 'get',
            auth: 'basic',
            basicAuthentication: profile.record_id,
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-roles-admin-setup-get-200'], statusCode: 200 })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf-roles-admin-escalate'],
            path: '/api/x_mioms_m365_assis/app/incident/00000000000000000000000000000000/cases',
            method: 'post',
            auth: 'basic',
            basicAuthentication: profile.record_id,
            body: '{"title":"ATF","description":"ATF administrator passes the route ACL","contactName":"ATF","contactEmail":"atf@example.com"}',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({
            $id: Now.ID['atf-roles-admin-escalate-not-403'],
            statusCode: 403,
            operation: 'not_equals',
        })
        atf.rest.assertStatusCode({
            $id: Now.ID['atf-roles-admin-escalate-not-401'],
            statusCode: 401,
            operation: 'not_equals',
        })
    },
)
