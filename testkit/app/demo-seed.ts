import * as control from '../glide/control'
import { gs } from '../glide/gs'
import { DEFAULTS } from '../microsoft/defaults.ts'
import { OAUTH_API_SCRIPT_SYS_ID } from '../../src/server/domain/oauth-api-script.ts'

// Demo data for the sandbox instance: users for each role, the Entra-side OAuth records Setup asks for
// (pointing at the local Entra ID stand-in), and incidents that match the Graph stand-in's health issues.

export interface MicrosoftUrls {
    entra: string
    connector: string
    graph: string
}

export const DEMO_USERS = [
    { userName: 'admin', description: 'system administrator (runs Setup)' },
    { userName: 'm365.admin', description: 'x_mioms_m365_assis.administrator: escalates to Microsoft support' },
    { userName: 'agent.insights', description: 'x_mioms_m365_assis.insights_user: service health and solutions' },
    { userName: 'plain.user', description: 'no app role' },
    { userName: 'lea.martin', description: 'x_mioms_m365_assis.administrator, French (preferred language fr)' },
    {
        userName: 'mette.jensen',
        description: 'x_mioms_m365_assis.insights_user, Danish (preferred language da, time zone Europe/Copenhagen)',
    },
    { userName: 'li.wei', description: 'x_mioms_m365_assis.insights_user, Simplified Chinese (preferred language zh)' },
    // Administrator twins of the Danish and Chinese users: Setup and Link Account can be seen in every language.
    {
        userName: 'mette.admin',
        description: 'x_mioms_m365_assis.administrator, Danish (preferred language da): Setup in Danish',
    },
    {
        userName: 'li.admin',
        description: 'x_mioms_m365_assis.administrator, Simplified Chinese (preferred language zh): Setup in Chinese',
    },
    {
        userName: 'jonas.berg',
        description: "no app role, Danish (preferred language da): the platform's refusals in Danish",
    },
]

export function seedDemo(urls: MicrosoftUrls): void {
    control.createUser('m365.admin', ['x_mioms_m365_assis.administrator', 'itil'], {
        first_name: 'Megan',
        last_name: 'Bowen',
        email: 'it.admin@contoso.com',
        password: 'demo',
    })
    control.createUser('agent.insights', ['x_mioms_m365_assis.insights_user', 'itil'], {
        first_name: 'Alex',
        last_name: 'Wilber',
        email: 'alex.wilber@contoso.com',
        password: 'demo',
    })
    control.createUser('plain.user', [], {
        first_name: 'Pat',
        last_name: 'Doe',
        email: 'pat.doe@contoso.com',
        password: 'demo',
    })
    // The shipped translations (sys_ui_message) show for users whose preferred language is fr, da or zh.
    control.createUser('lea.martin', ['x_mioms_m365_assis.administrator', 'itil'], {
        first_name: 'Léa',
        last_name: 'Martin',
        email: 'admin@contoso.onmicrosoft.com',
        preferred_language: 'fr',
        password: 'demo',
    })
    control.createUser('mette.jensen', ['x_mioms_m365_assis.insights_user', 'itil'], {
        first_name: 'Mette',
        last_name: 'Jensen',
        email: 'mette.jensen@contoso.com',
        preferred_language: 'da',
        time_zone: 'Europe/Copenhagen',
        password: 'demo',
    })
    control.createUser('li.wei', ['x_mioms_m365_assis.insights_user', 'itil'], {
        first_name: 'Wei',
        last_name: 'Li',
        email: 'li.wei@contoso.com',
        preferred_language: 'zh',
        password: 'demo',
    })
    control.createUser('mette.admin', ['x_mioms_m365_assis.administrator', 'itil'], {
        first_name: 'Mette',
        last_name: 'Jensen (admin)',
        email: 'mette.admin@contoso.onmicrosoft.com',
        preferred_language: 'da',
        password: 'demo',
    })
    control.createUser('li.admin', ['x_mioms_m365_assis.administrator', 'itil'], {
        first_name: 'Wei',
        last_name: 'Li (admin)',
        email: 'li.admin@contoso.onmicrosoft.com',
        preferred_language: 'zh',
        password: 'demo',
    })
    control.createUser('jonas.berg', ['itil'], {
        first_name: 'Jonas',
        last_name: 'Berg',
        email: 'jonas.berg@contoso.com',
        preferred_language: 'da',
        password: 'demo',
    })
    // Basic-auth integration user (web service access only, incident_manager as the guides ask).
    control.createUser(DEFAULTS.integrationUser.user, ['x_mioms_m365_assis.integration', 'incident_manager'], {
        first_name: 'Microsoft 365',
        last_name: 'Integration',
        web_service_access_only: 'true',
        password: DEFAULTS.integrationUser.password,
    })
    // AAD configuration: the integration user's User ID is the REST-user app's client ID (claim appid).
    control.createUser(DEFAULTS.callbackClient.clientId, ['x_mioms_m365_assis.integration', 'incident_manager'], {
        first_name: 'Microsoft 365',
        last_name: 'REST user',
        web_service_access_only: 'true',
    })

    const tenant = DEFAULTS.tenantDomain
    const [outbound] = control.seed('oauth_entity', [
        {
            name: 'Microsoft 365 support outbound',
            client_id: DEFAULTS.outboundClient.clientId,
            client_secret: DEFAULTS.outboundClient.clientSecret,
            token_url: `${urls.entra}/${tenant}/oauth2/token`,
            type: 'oauth_provider',
            default_grant_type: 'client_credentials',
            // Entra v1 token URL: the app's OAuth API script adds `resource`, as Setup's outbound step says.
            oauth_api_script: OAUTH_API_SCRIPT_SYS_ID,
        },
    ])
    control.seed('oauth_entity_profile', [
        {
            name: 'Microsoft 365 support outbound default_profile',
            oauth_entity: outbound.sys_id,
            grant_type: 'client_credentials',
            default: 'true',
        },
    ])
    control.seed('oauth_entity', [
        {
            name: 'Microsoft 365 support inbound',
            client_id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
            client_secret: 'sandbox-inbound-endpoint-secret',
            type: 'client',
        },
    ])
    // v1 tokens (issuer sts-style, claim appid) as the guides configure; a second configuration accepts v2
    // tokens (issuer .../v2.0, claim azp) for connectors that request them from the v2 endpoint.
    const [oidc, oidcV2] = control.seed('oidc_provider_configuration', [
        {
            name: 'Contoso Azure',
            oidc_url: `${urls.entra}/${tenant}/.well-known/openid-configuration`,
            user_claim: 'appid',
            user_field: 'user_name',
        },
        {
            name: 'Contoso Azure (v2 tokens)',
            oidc_url: `${urls.entra}/${tenant}/v2.0/.well-known/openid-configuration`,
            user_claim: 'azp',
            user_field: 'user_name',
        },
    ])
    control.seed('oauth_oidc_entity', [
        {
            name: 'contoso_application_inbound_api',
            client_id: DEFAULTS.callbackClient.clientId,
            client_secret: DEFAULTS.callbackClient.clientSecret,
            oidc_provider_configuration: oidc.sys_id,
        },
        {
            name: 'contoso_application_inbound_api_v2',
            client_id: DEFAULTS.callbackClient.clientId,
            client_secret: DEFAULTS.callbackClient.clientSecret,
            oidc_provider_configuration: oidcV2.sys_id,
        },
    ])

    // Graph service health is served by the local stand-in (the way a national cloud changes the base URL).
    gs.setProperty('x_mioms_m365_assis.graph.base_url', urls.graph)
    control.seed('sys_user_group', [{ name: 'Microsoft 365 Support', active: 'true' }])

    const caller = control.rows('sys_user').find((u) => u.user_name === 'agent.insights')!.sys_id
    control.seed('incident', [
        {
            short_description: 'Users cannot send or receive email in Outlook',
            description: 'Since 9:00 several users in Sales get "Cannot connect to server" in Outlook; OWA also slow.',
            caller_id: caller,
            impact: '2',
            urgency: '2',
        },
        {
            short_description: 'Teams meetings drop after a few minutes',
            description: 'Microsoft Teams calls disconnect after 2-3 minutes for remote staff.',
            caller_id: caller,
            impact: '2',
            urgency: '1',
        },
        {
            short_description: 'SharePoint site returns access denied',
            description: 'The HR SharePoint Online site shows "Access denied" to members who had access yesterday.',
            caller_id: caller,
        },
        {
            short_description: 'Printer on floor 3 jams',
            description: 'Paper jam on the floor 3 printer.',
            caller_id: caller,
        },
    ])
}
