// Demo identities shared by the sandbox, the stand-ins and tests. None of these are real tenants or secrets.
export const DEFAULTS = {
    tenantId: 'f3b0c2d4-6a1e-4c55-9a7e-2b8d5e1f0c31',
    tenantDomain: 'contoso.onmicrosoft.com',
    /** The app's outbound OAuth client (oauth_entity): calls the connector and Graph. */
    outboundClient: { clientId: '3c9f1e2a-7b4d-4f6e-8a1c-5d2e9b0f4a17', clientSecret: 'sandbox-outbound-secret' },
    /** The "REST user" app the connector uses to call the app back with a bearer token (OIDC appid -> User ID). */
    callbackClient: { clientId: '6a2d8b1f-4c3e-4d7a-9b8e-1f0a2c3d4e5f', clientSecret: 'sandbox-callback-secret' },
    connectorResource: 'api://m365-support-connector',
    graphResource: 'https://graph.microsoft.com',
    repositoryId: '7d3e1f20-9c4b-4a8e-b6d5-0f1e2a3b4c5d',
    adminEmails: ['admin@contoso.onmicrosoft.com', 'it.admin@contoso.com'],
    connectorVersion: '1.0.0',
    integrationUser: { user: 'm365_integration', password: 'sandbox-integration-password' },
    graphRoles: ['ServiceHealth.Read.All', 'ServiceMessage.Read.All'],
    tokenLifetimeSeconds: 3599,
} as const
