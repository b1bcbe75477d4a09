import { Configuration } from './setup-steps.ts'
import { Message, tx } from './setup-text.ts'

// "Complete the integration": the values the Microsoft 365 admin enters in the admin center, and where.
// Insights-only installs are never called back, so the inbound values are the guide's placeholder "ignored".

export const IGNORED = 'ignored'

export interface SummaryInput {
    configuration: Configuration
    outboundClientId: string
    repositoryId: string
    /** glide.servlet.uri, e.g. https://contoso.service-now.com/ */
    instanceUrl: string
    inboundClientId: string
    userName: string
}

export interface SummaryValue {
    id: 'outbound_app_id' | 'repository_id' | 'endpoint' | 'client_id' | 'user_name'
    label: string
    value: string
}

export interface Summary {
    values: SummaryValue[]
    authenticationType: 'Basic Auth' | 'AAD Auth'
    adminCenterSteps: Message[]
}

// Base path of the app's connector callback API (src/fluent/rest/connector-api.now.ts: serviceId connector, v1).
export const INBOUND_BASE_PATH = 'api/x_mioms_m365_assis/v1/connector'

export function inboundBaseUrl(instanceUrl: string): string {
    const base = instanceUrl.replace(/\/+$/, '')
    return base ? base + '/' + INBOUND_BASE_PATH : ''
}

export function buildSummary(s: SummaryInput): Summary {
    const insights = s.configuration === 'insights'
    const values: SummaryValue[] = [
        { id: 'outbound_app_id', label: 'Outbound App ID', value: s.outboundClientId },
        { id: 'repository_id', label: 'Repository ID', value: s.repositoryId },
        { id: 'endpoint', label: 'Endpoint', value: inboundBaseUrl(s.instanceUrl) },
        { id: 'client_id', label: 'Client ID', value: insights ? IGNORED : s.inboundClientId },
        { id: 'user_name', label: 'User Name', value: insights ? IGNORED : s.userName },
    ]
    const authenticationType = s.configuration === 'basic' ? 'Basic Auth' : 'AAD Auth'
    const secretLine =
        s.configuration === 'basic'
            ? tx(
                  "Client secret: the Client Secret of the OAuth API endpoint for external clients; Refresh token expiration: 864000; Rest username: the User Name above; Rest user password: the integration user's password.",
              )
            : s.configuration === 'aad'
              ? tx(
                    "Client secret: the secret of the REST API app (the inbound OIDC provider); Rest username: the User Name above (the REST-user app's client ID); Rest user password: the REST-user app's secret.",
                )
              : tx(
                    'Client ID, Rest username and Rest user password: any value, such as "{0}" (insights only is never called back).',
                    IGNORED,
                )
    return {
        values,
        authenticationType,
        adminCenterSteps: [
            tx('Sign in to the Microsoft 365 admin center as a support admin or service request admin.'),
            tx('Go to Settings > Org settings > Organization profiles > Support integration.'),
            tx(
                'Basic information tab: Internal support tool = ServiceNow; Application ID to issue OAuth token = the Outbound App ID above.',
            ),
            tx(
                'Repositories tab: New repository; Repository = the Repository ID above; Endpoint = the Endpoint above; Authentication type = {0}; Client ID = the Client ID above.',
                authenticationType,
            ),
            secretLine,
            tx('Save the repository, come back here, and only then select Next: it runs the verification tests.'),
        ],
    }
}
