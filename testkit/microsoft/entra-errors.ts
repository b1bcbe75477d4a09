// Entra ID token-endpoint errors as the real service shapes them (OAuth error + AADSTS code in the description).
import { randomUUID } from 'node:crypto'
import { Reply } from './http.ts'

export function aadError(
    baseUrl: string,
    status: number,
    error: string,
    code: number,
    text: string,
    headers: Record<string, string> = {},
): Reply {
    const traceId = randomUUID()
    const correlationId = randomUUID()
    const timestamp = new Date()
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, 'Z')
    return {
        status,
        headers: { 'Cache-Control': 'no-store', Pragma: 'no-cache', ...headers },
        body: {
            error,
            error_description: `AADSTS${code}: ${text}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
            error_codes: [code],
            timestamp,
            trace_id: traceId,
            correlation_id: correlationId,
            error_uri: `${baseUrl}/error?code=${code}`,
        },
    }
}

export const AAD = {
    missingParam: (name: string) =>
        [400, 'invalid_request', 900144, `The request body must contain the following parameter: '${name}'.`] as const,
    missingSecret: () =>
        [
            401,
            'invalid_client',
            7000218,
            "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
        ] as const,
    unsupportedGrant: (g: string) =>
        [400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${g}'.`] as const,
    unknownTenant: (t: string) =>
        [
            400,
            'invalid_request',
            90002,
            `Tenant '${t}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
        ] as const,
    unknownClient: (id: string, tenant: string) =>
        [
            400,
            'unauthorized_client',
            700016,
            `Application with identifier '${id}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
        ] as const,
    badSecret: (id: string) =>
        [
            401,
            'invalid_client',
            7000215,
            `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${id}'.`,
        ] as const,
    expiredSecret: (id: string) =>
        [
            401,
            'invalid_client',
            7000222,
            `The provided client secret keys for app '${id}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.`,
        ] as const,
    unknownResource: (resource: string, tenant: string) =>
        [
            400,
            'invalid_resource',
            500011,
            `The resource principal named ${resource} was not found in the tenant named ${tenant}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
        ] as const,
    badScope: (scope: string) =>
        [
            400,
            'invalid_scope',
            1002012,
            `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
        ] as const,
    resourceOnV2: () => [400, 'invalid_request', 901002, "The 'resource' request parameter is not supported."] as const,
    unavailable: () =>
        [
            503,
            'temporarily_unavailable',
            50196,
            'The server is temporarily unavailable. Please retry the request.',
        ] as const,
    throttled: () =>
        [
            429,
            'temporarily_unavailable',
            50196,
            'The server terminated an operation because it encountered a client request loop. Please retry after the time given in Retry-After.',
        ] as const,
}
