// Pure pieces of the outbound layer: retry decisions, Retry-After, token endpoint kinds, refresh skew, error mapping.
import {
    attemptsFromRetries,
    backoffDelayMs,
    decideRetry,
    DEFAULT_RETRY_POLICY,
    isRetryableStatus,
    MAX_ATTEMPTS_CEILING,
    parseRetryAfterMs,
} from '../../src/server/outbound/rules/retry-policy'
import {
    isTokenFresh,
    normalizeResource,
    refreshSkewSeconds,
    tokenEndpointKind,
    tokenRequestorId,
    tokenRequestScope,
} from '../../src/server/outbound/rules/token-cache-policy'
import {
    codeForStatus,
    parseServiceError,
    summarizeEntraError,
    userMessageFor,
} from '../../src/server/outbound/rules/outbound-errors'
import { MSG } from '../../src/server/domain/messages'
import { checkCallerTokenRequest, loggable } from '../../src/server/outbound/rules/token-audience'
import { decideInteractiveRetry, isConnectionReset } from '../../src/server/outbound/rules/retry-mode'
import { oauthApiScriptProblem, OAUTH_API_SCRIPT_SYS_ID } from '../../src/server/domain/oauth-api-script'

describe('retry policy', () => {
    const policy = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 4000, maxTotalWaitMs: 8000 }
    const base = { attempt: 1, status: 503, waitedMs: 0, idempotent: true }

    it('retries throttling and gateway failures only', () => {
        expect([429, 502, 503, 504].every(isRetryableStatus)).toBe(true)
        expect([400, 401, 403, 404, 409, 500].some(isRetryableStatus)).toBe(false)
    })

    it('turns outbound.max_retries into a bounded attempt count', () => {
        expect(attemptsFromRetries(3)).toBe(4)
        expect(attemptsFromRetries(0)).toBe(1)
        expect(attemptsFromRetries(-2)).toBe(1)
        expect(attemptsFromRetries(NaN)).toBe(1)
        expect(attemptsFromRetries(100)).toBe(MAX_ATTEMPTS_CEILING)
    })

    it('reads Retry-After as seconds or as an HTTP date', () => {
        const now = Date.parse('2025-03-01T10:00:00Z')
        expect(parseRetryAfterMs('2', now)).toBe(2000)
        expect(parseRetryAfterMs('0', now)).toBe(0)
        expect(parseRetryAfterMs('Sat, 01 Mar 2025 10:00:03 GMT', now)).toBe(3000)
        expect(parseRetryAfterMs('Sat, 01 Mar 2025 09:00:00 GMT', now)).toBe(0)
        expect(parseRetryAfterMs('soon', now)).toBeUndefined()
        expect(parseRetryAfterMs('', now)).toBeUndefined()
        expect(parseRetryAfterMs(null, now)).toBeUndefined()
    })

    it('backs off exponentially with jitter, never above the cap', () => {
        const lo = () => 0
        const hi = () => 1
        expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, policy, lo))).toEqual([250, 500, 1000, 2000])
        expect([1, 2, 3, 4, 5, 9].map((n) => backoffDelayMs(n, policy, hi))).toEqual([
            500, 1000, 2000, 4000, 4000, 4000,
        ])
        for (let i = 0; i < 200; i++) {
            const d = backoffDelayMs(3, policy, Math.random)
            expect(d).toBeGreaterThanOrEqual(1000)
            expect(d).toBeLessThanOrEqual(2000)
        }
    })

    it('honours Retry-After within the caps and gives up beyond them', () => {
        expect(decideRetry({ ...base, status: 429, retryAfterMs: 1000 }, policy, Math.random)).toEqual({
            retry: true,
            delayMs: 1000,
        })
        expect(decideRetry({ ...base, status: 429, retryAfterMs: 60000 }, policy, Math.random)).toEqual({
            retry: false,
            reason: 'wait_cap',
            retryAfterMs: 60000,
        })
        expect(
            decideRetry({ ...base, status: 429, retryAfterMs: 3000, waitedMs: 6000 }, policy, Math.random),
        ).toMatchObject({ retry: false, reason: 'wait_cap' })
    })

    it('stops after maxAttempts and never repeats unsafe requests except after a 429', () => {
        expect(decideRetry({ ...base, attempt: 4 }, policy, Math.random)).toMatchObject({
            retry: false,
            reason: 'attempts_exhausted',
        })
        expect(decideRetry({ ...base, idempotent: false }, policy, Math.random)).toMatchObject({
            retry: false,
            reason: 'not_retryable',
        })
        expect(
            decideRetry({ ...base, status: 0, transportError: true, idempotent: false }, policy, Math.random),
        ).toMatchObject({ retry: false })
        expect(decideRetry({ ...base, status: 429, idempotent: false }, policy, () => 0)).toEqual({
            retry: true,
            delayMs: 250,
        })
        expect(decideRetry({ ...base, status: 0, transportError: true }, policy, () => 0)).toEqual({
            retry: true,
            delayMs: 250,
        })
        expect(decideRetry({ ...base, status: 400 }, policy, Math.random)).toMatchObject({
            retry: false,
            reason: 'not_retryable',
        })
    })

    it('the default policy keeps one click under ten seconds of waiting', () => {
        expect(DEFAULT_RETRY_POLICY.maxTotalWaitMs).toBeLessThanOrEqual(10000)
        expect(DEFAULT_RETRY_POLICY.maxDelayMs).toBeLessThanOrEqual(DEFAULT_RETRY_POLICY.maxTotalWaitMs)
    })
})

describe('token cache policy', () => {
    it('tells Entra v1 from v2 by the token URL', () => {
        expect(tokenEndpointKind('https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/token')).toBe('v1')
        expect(tokenEndpointKind('https://login.microsoftonline.com/tid/oauth2/v2.0/token')).toBe('v2')
        expect(tokenEndpointKind('https://login.microsoftonline.us/tid/OAuth2/V2.0/Token/')).toBe('v2')
        expect(tokenEndpointKind('http://127.0.0.1:4000/tid/oauth2/token?x=1')).toBe('v1')
        expect(tokenEndpointKind('https://example.com/token')).toBeNull()
        expect(tokenEndpointKind('')).toBeNull()
    })

    it('asks for <resource>/.default on v1 and v2', () => {
        // v1 and v2 alike: the OAuth API script turns v1's scope into resource (oauth-api-script.test.ts).
        expect(tokenRequestScope('api://m365-support-connector/')).toBe('api://m365-support-connector/.default')
        expect(tokenRequestScope('https://graph.microsoft.com')).toBe('https://graph.microsoft.com/.default')
        expect(tokenRequestScope('https://graph.microsoft.com/.default')).toBe('https://graph.microsoft.com/.default')
        expect(normalizeResource('  https://graph.microsoft.us// ')).toBe('https://graph.microsoft.us')
    })

    it('refreshes 10% of the lifetime early, at most five minutes', () => {
        expect(refreshSkewSeconds(3599)).toBe(300)
        expect(refreshSkewSeconds(600)).toBe(60)
        expect(refreshSkewSeconds(10)).toBe(1)
        expect(refreshSkewSeconds(undefined)).toBe(300)
        const now = 1_000_000
        expect(isTokenFresh({ expiresAtMs: now + 10_000, lifetimeSeconds: 10 }, now)).toBe(true)
        expect(isTokenFresh({ expiresAtMs: now + 1_000, lifetimeSeconds: 10 }, now)).toBe(false)
        expect(isTokenFresh({ expiresAtMs: now + 301_000 }, now)).toBe(true)
        expect(isTokenFresh({ expiresAtMs: now + 299_000 }, now)).toBe(false)
        expect(isTokenFresh({ expiresAtMs: NaN }, now)).toBe(false)
    })

    it('gives each profile+resource its own 32-hex requestor id', () => {
        const a = tokenRequestorId('p1', 'https://graph.microsoft.com')
        expect(a).toMatch(/^[0-9a-f]{32}$/)
        expect(tokenRequestorId('p1', 'https://graph.microsoft.com/')).toBe(a)
        expect(tokenRequestorId('p1', 'api://m365-support-connector')).not.toBe(a)
        expect(tokenRequestorId('p2', 'https://graph.microsoft.com')).not.toBe(a)
    })
})

describe('error mapping', () => {
    it('maps failures to the verbatim user messages', () => {
        expect(userMessageFor('not_configured')).toBe(MSG.setupIncomplete)
        expect(userMessageFor('profile_not_found')).toBe(MSG.setupIncomplete)
        expect(userMessageFor('final_step_incomplete')).toBe(MSG.finalStepIncomplete)
        expect(userMessageFor('invalid_admin', { adminEmail: 'bob@contoso.com' })).toBe(
            'bob@contoso.com is not a valid Microsoft 365 admin account. You need Microsoft 365 admin privileges to open a service request. In the app, link the admin account.',
        )
        for (const c of ['internal', 'throttled', 'timeout', 'bad_json', 'token_error', 'forbidden', 'conflict'])
            expect(userMessageFor(c)).toBe(MSG.contactAppSupport)
    })

    it('maps statuses to stable codes', () => {
        expect([400, 401, 403, 404, 409, 429, 500, 503, 418].map(codeForStatus)).toEqual([
            'invalid_request',
            'unauthorized',
            'forbidden',
            'not_found',
            'conflict',
            'throttled',
            'internal',
            'unavailable',
            'http_error',
        ])
    })

    it('keeps the AADSTS code and first line of an Entra error, drops trace lines', () => {
        const body = JSON.stringify({
            error: 'invalid_client',
            error_description:
                'AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value.\r\nTrace ID: abc\r\nCorrelation ID: c-1\r\nTimestamp: 2025-01-01 00:00:00Z',
            error_codes: [7000215],
            correlation_id: 'c-1',
        })
        const e = summarizeEntraError(401, body)
        expect(e).toEqual({
            error: 'invalid_client',
            aadsts: 'AADSTS7000215',
            description: expect.stringMatching(/^AADSTS7000215: Invalid client secret provided\./),
            correlationId: 'c-1',
        })
        expect(e.description).not.toMatch(/Trace ID/)
        expect(summarizeEntraError(502, '<html>bad gateway</html>')).toEqual({
            error: 'token_error',
            description: expect.stringContaining('HTTP 502'),
        })
    })

    it('reads connector and Graph error bodies alike', () => {
        expect(parseServiceError('{"error":{"code":"invalid_admin","message":"no","correlationId":"k1"}}')).toEqual({
            code: 'invalid_admin',
            message: 'no',
            correlationId: 'k1',
        })
        expect(
            parseServiceError(
                '{"error":{"code":"TooManyRequests","message":"slow down","innerError":{"request-id":"r1","client-request-id":"c1"}}}',
            ),
        ).toEqual({ code: 'TooManyRequests', message: 'slow down', correlationId: 'c1' })
        expect(parseServiceError('not json')).toBeNull()
        expect(parseServiceError('{"error":"x"}')).toBeNull()
    })
})

describe('what M365TokenProvider callers may ask for', () => {
    it('only the Setup profile and the configured audiences', () => {
        const allowed = { profileId: 'ABC', resources: ['api://conn/', 'https://graph.microsoft.com', ''] }
        expect(checkCallerTokenRequest('', 'api://conn', allowed)).toEqual({
            ok: true,
            profileId: 'ABC',
            resource: 'api://conn',
        })
        expect(checkCallerTokenRequest(' abc ', 'API://CONN/.default', allowed)).toEqual({
            ok: true,
            profileId: 'ABC',
            resource: 'api://conn',
        })
        expect(checkCallerTokenRequest('abd', 'api://conn', allowed)).toEqual({
            ok: false,
            code: 'profile_not_allowed',
        })
        expect(checkCallerTokenRequest('', '', allowed)).toEqual({ ok: false, code: 'resource_not_allowed' })
        expect(checkCallerTokenRequest('', 'api://conn/x', allowed)).toEqual({
            ok: false,
            code: 'resource_not_allowed',
        })
        expect(checkCallerTokenRequest('ABC', 'api://conn', { profileId: '', resources: ['api://conn'] })).toEqual({
            ok: false,
            code: 'profile_not_allowed',
        })
        expect(checkCallerTokenRequest('', 'api://conn', { profileId: '', resources: ['api://conn'] })).toEqual({
            ok: false,
            code: 'not_configured',
        })
        expect(loggable('a\nb'.padEnd(300, 'x'))).toHaveLength(203)
    })
})

describe('interactive retry mode', () => {
    const base = {
        attempt: 1,
        status: 0,
        transportError: 'java.net.SocketException: Connection reset',
        idempotent: true,
    }
    it('retries only a connection reset on a repeatable request, once, at once', () => {
        expect(decideInteractiveRetry(base)).toEqual({ retry: true, delayMs: 0 })
        expect(decideInteractiveRetry({ ...base, attempt: 2 })).toEqual({ retry: false })
        expect(decideInteractiveRetry({ ...base, idempotent: false })).toEqual({ retry: false })
        for (const status of [429, 500, 502, 503, 504])
            expect(decideInteractiveRetry({ ...base, status, transportError: '' })).toEqual({ retry: false })
        expect(
            decideInteractiveRetry({
                ...base,
                transportError: 'java.net.ConnectException: Connection refused (127.0.0.1:9)',
            }),
        ).toEqual({ retry: false })
        expect(
            decideInteractiveRetry({
                ...base,
                transportError: 'Request timed out after 5000 ms (java.net.SocketTimeoutException: Read timed out)',
            }),
        ).toEqual({ retry: false })
    })
    it('recognizes the JVM wordings of a dropped connection', () => {
        for (const t of [
            'java.net.SocketException: Connection reset',
            'java.net.SocketException: Broken pipe (Write failed)',
            'org.apache.http.NoHttpResponseException: host:443 failed to respond',
        ])
            expect(isConnectionReset(t)).toBe(true)
        for (const t of ['', 'java.net.UnknownHostException: x', 'java.net.ConnectException: Connection refused'])
            expect(isConnectionReset(t)).toBe(false)
    })
})

describe('OAuth API script on the outbound provider', () => {
    it("v1 needs one, v2 must not carry the app's", () => {
        expect(oauthApiScriptProblem('v1', '')).toBe('missing_on_v1')
        expect(oauthApiScriptProblem('v1', OAUTH_API_SCRIPT_SYS_ID)).toBeNull()
        expect(oauthApiScriptProblem('v1', 'an-admins-own-script')).toBeNull()
        expect(oauthApiScriptProblem('v2', '')).toBeNull()
        expect(oauthApiScriptProblem('v2', OAUTH_API_SCRIPT_SYS_ID.toUpperCase())).toBe('ours_on_v2')
    })
})
