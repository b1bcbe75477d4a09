import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

// The M365TokenProvider Script Include asked for what it must not issue: an OAuth profile other than Setup's, an
// unknown profile, and a resource other than the connector's or Microsoft Graph. Each must answer a clear error
// code and message and never a token. ATF rolls back the OAuth records the steps insert.

Test(
    {
        $id: Now.ID['atf-token-provider-misconfigured'],
        name: 'Microsoft 365 support: token provider refuses other OAuth profiles and resources',
        description:
            'Inserts an OAuth application and a client-credentials profile that Setup did not choose, then calls M365TokenProvider.getToken and getBearerToken with that profile and with an unknown profile sys_id (asserts ok false, code profile_not_allowed, no token), and getBearerToken with the Setup profile for a resource other than the connector or Microsoft Graph (asserts code resource_not_allowed, no token). Nothing in any answer looks like a token or secret.',
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
                token_url: 'https://login.microsoftonline.com/example.invalid/oauth2/v2.0/token',
            },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf-token-provider-profile'],
            table: 'oauth_entity_profile',
            fieldValues: {
                name: 'ATF M365 misconfigured profile',
                oauth_entity: entity.record_id,
                grant_type: 'client_credentials',
            },
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
                    var other = profile.getUniqueValue()
                    var r = provider.getToken(other, 'https://graph.microsoft.com')
                    assertEqual({ name: 'other profile ok', shouldbe: false, value: r.ok })
                    assertEqual({ name: 'other profile code', shouldbe: 'profile_not_allowed', value: r.code })
                    assertEqual({ name: 'other profile message', shouldbe: true, value: String(r.message).length > 0 })
                    var b = provider.getBearerToken(other, 'https://graph.microsoft.com', true)
                    assertEqual({ name: 'other profile bearer code', shouldbe: 'profile_not_allowed', value: b.code })
                    assertEqual({ name: 'other profile bearer token', shouldbe: '', value: b.token })
                    var missing = provider.getBearerToken('0000000000000000000000000000a7f0', 'https://graph.microsoft.com')
                    assertEqual({ name: 'unknown profile code', shouldbe: 'profile_not_allowed', value: missing.code })
                    assertEqual({ name: 'unknown profile token', shouldbe: '', value: missing.token })
                    // With the Setup profile (empty = Setup's), a resource the app does not call; on an instance
                    // where Setup has not chosen a profile the answer is not_configured, equally without a token.
                    var res = provider.getBearerToken('', 'https://management.azure.com')
                    assertEqual({ name: 'foreign resource refused', shouldbe: true, value: res.code === 'resource_not_allowed' || res.code === 'not_configured' })
                    assertEqual({ name: 'foreign resource token', shouldbe: '', value: res.token })
                    var json = JSON.stringify([r, b, missing, res])
                    assertEqual({ name: 'no token in the answers', shouldbe: -1, value: json.search(/eyJ[A-Za-z0-9_-]{10,}|access_?token|secret/i) })
                    stepResult.setOutputMessage(r.code + ' | ' + b.code + ' | ' + missing.code + ' | ' + res.code + ': ' + res.message)
                    return true
                })(outputs, steps, params, stepResult, assertEqual)
            `,
        })
    },
)
