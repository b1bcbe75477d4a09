import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

// The M365TokenProvider Script Include against deliberately broken OAuth profiles: it must answer a clear
// error code and message and never a token. ATF rolls back the OAuth records the steps insert.

Test(
    {
        $id: Now.ID['atf-token-provider-misconfigured'],
        name: 'Microsoft 365 support: token provider reports a misconfigured OAuth profile clearly',
        description:
            'Inserts an OAuth application whose token URL is not an Entra token endpoint and a client-credentials profile for it, then calls M365TokenProvider.getToken: asserts ok false, code unsupported_token_url, a message naming /oauth2/token, no token or secret in the answer; and for an unknown profile sys_id asserts code profile_not_found.',
        active: true,
        failOnServerError: false,
    },
    (atf) => {
        const entity = atf.server.recordInsert({
            $id: Now.ID['atf-token-provider-entity'],
            table: 'oauth_entity',
            fieldValues: {
                name: 'ATF M365 misconfigured provider',
                type: 'client',
                client_id: '00000000-0000-0000-0000-00000000a7f0',
                token_url: 'https://example.invalid/not-a-token-endpoint',
            },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf-token-provider-profile'],
            table: 'oauth_entity_profile',
            fieldValues: { name: 'ATF M365 misconfigured profile', oauth_entity: entity.record_id, grant_type: 'client_credentials' },
            enforceSecurity: false,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf-token-provider-check'],
            script: `
                (function (outputs, steps, params, stepResult, assertEqual) {
                    var profile = new GlideRecord('oauth_entity_profile')
                    if (!profile.get('name', 'ATF M365 misconfigured profile')) {
                        stepResult.setOutputMessage('The profile inserted by the previous step was not found.')
                        return false
                    }
                    var provider = new x_mioms_m365_assis.M365TokenProvider()
                    var r = provider.getToken(profile.getUniqueValue(), 'api://atf-m365-support-connector')
                    assertEqual({ name: 'ok', shouldbe: false, value: r.ok })
                    assertEqual({ name: 'code', shouldbe: 'unsupported_token_url', value: r.code })
                    assertEqual({ name: 'message names the token endpoint', shouldbe: true, value: String(r.message).indexOf('/oauth2/token') >= 0 })
                    var json = JSON.stringify(r)
                    assertEqual({ name: 'no token in the answer', shouldbe: -1, value: json.search(/access_?token|bearer|secret/i) })
                    var missing = provider.getToken('0000000000000000000000000000a7f0', 'api://atf-m365-support-connector')
                    assertEqual({ name: 'unknown profile ok', shouldbe: false, value: missing.ok })
                    assertEqual({ name: 'unknown profile code', shouldbe: 'profile_not_found', value: missing.code })
                    assertEqual({ name: 'unknown profile message', shouldbe: true, value: String(missing.message).length > 0 })
                    stepResult.setOutputMessage(r.code + ': ' + r.message + ' | ' + missing.code + ': ' + missing.message)
                    return true
                })(outputs, steps, params, stepResult, assertEqual)
            `,
        })
    },
)
