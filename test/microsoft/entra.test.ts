import { decodeJwt, decodeProtectedHeader } from 'jose'
import { startEntra, EntraStandIn } from '../../testkit/microsoft/entra.ts'
import { DEFAULTS } from '../../testkit/microsoft/defaults.ts'
import { verifyBearer } from '../../testkit/microsoft/verify-bearer.ts'

const { clientId, clientSecret } = DEFAULTS.outboundClient
let entra: EntraStandIn

beforeAll(async () => {
    entra = await startEntra()
})
afterAll(() => entra.close())
beforeEach(() => fetch(`${entra.url}/_control/reset`, { method: 'POST' }))

const post = (url: string, form: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams(form),
    })
const cc = (extra: Record<string, string>) => ({
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: clientSecret,
    ...extra,
})

describe('v1 token endpoint', () => {
    test('issues a v1 token with aud=resource, appid, v1-style issuer and string lifetimes', async () => {
        const res = await post(entra.tokenUrlV1, cc({ resource: DEFAULTS.connectorResource }))
        expect(res.status).toBe(200)
        expect(res.headers.get('cache-control')).toBe('no-store')
        const body = await res.json()
        expect(body).toMatchObject({ token_type: 'Bearer', expires_in: '3599', resource: DEFAULTS.connectorResource })
        const claims = decodeJwt(body.access_token)
        expect(claims).toMatchObject({
            aud: DEFAULTS.connectorResource,
            appid: clientId,
            appidacr: '1',
            ver: '1.0',
            tid: DEFAULTS.tenantId,
            iss: `${entra.url}/${DEFAULTS.tenantId}/`,
            idtyp: 'app',
            roles: [...DEFAULTS.graphRoles],
        })
        expect(claims.azp).toBeUndefined()
        expect(claims.exp! - claims.iat!).toBe(3599)
        expect(decodeProtectedHeader(body.access_token)).toMatchObject({ alg: 'RS256', typ: 'JWT' })
    })

    test('accepts the tenant domain and client_secret_basic', async () => {
        const basic = Buffer.from(`${clientId}:${clientSecret}`).toString('base64')
        const res = await post(
            `${entra.url}/${DEFAULTS.tenantDomain}/oauth2/token`,
            { grant_type: 'client_credentials', resource: 'https://graph.microsoft.com/' },
            { Authorization: `Basic ${basic}` },
        )
        expect(res.status).toBe(200)
        expect(decodeJwt((await res.json()).access_token).aud).toBe('https://graph.microsoft.com')
    })

    test.each([
        [
            'wrong secret',
            cc({ resource: DEFAULTS.connectorResource, client_secret: 'nope' }),
            401,
            'invalid_client',
            7000215,
        ],
        [
            'missing secret',
            { grant_type: 'client_credentials', client_id: clientId, resource: DEFAULTS.connectorResource },
            401,
            'invalid_client',
            7000218,
        ],
        [
            'unknown client',
            cc({ resource: DEFAULTS.connectorResource, client_id: 'd0d0d0d0-0000-4000-8000-000000000000' }),
            400,
            'unauthorized_client',
            700016,
        ],
        ['missing resource', cc({}), 400, 'invalid_request', 900144],
        ['unknown resource', cc({ resource: 'api://nothing-here' }), 400, 'invalid_resource', 500011],
        [
            'wrong grant',
            cc({ resource: DEFAULTS.connectorResource, grant_type: 'password' }),
            400,
            'unsupported_grant_type',
            70003,
        ],
    ])('%s gives Entra error shape', async (_name, form, status, error, code) => {
        const res = await post(entra.tokenUrlV1, form)
        expect(res.status).toBe(status)
        const body = await res.json()
        expect(body.error).toBe(error)
        expect(body.error_codes).toEqual([code])
        expect(body.error_description).toMatch(new RegExp(`^AADSTS${code}: `))
        expect(body.error_description).toMatch(/Trace ID: .*\r\nCorrelation ID: /s)
        expect(body.access_token).toBeUndefined()
    })

    test('wrong secret text matches Entra', async () => {
        const body = await (
            await post(entra.tokenUrlV1, cc({ resource: DEFAULTS.connectorResource, client_secret: 'x' }))
        ).json()
        expect(body.error_description).toContain('AADSTS7000215: Invalid client secret provided.')
    })

    test('unknown tenant gives AADSTS90002', async () => {
        const res = await post(
            `${entra.url}/fabrikam.onmicrosoft.com/oauth2/token`,
            cc({ resource: DEFAULTS.connectorResource }),
        )
        expect(res.status).toBe(400)
        expect((await res.json()).error_codes).toEqual([90002])
    })

    test('expired secret gives AADSTS7000222', async () => {
        await fetch(`${entra.url}/_control/clients`, {
            method: 'POST',
            body: JSON.stringify({ clientId, clientSecret, secretExpired: true }),
        })
        const res = await post(entra.tokenUrlV1, cc({ resource: DEFAULTS.connectorResource }))
        expect(res.status).toBe(401)
        expect((await res.json()).error_codes).toEqual([7000222])
    })
})

describe('v2 token endpoint', () => {
    test('issues a v2 token with azp, aud and numeric lifetimes', async () => {
        const res = await post(entra.tokenUrlV2, cc({ scope: `${DEFAULTS.connectorResource}/.default` }))
        expect(res.status).toBe(200)
        const body = await res.json()
        expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3599 })
        const claims = decodeJwt(body.access_token)
        expect(claims).toMatchObject({
            aud: DEFAULTS.connectorResource,
            azp: clientId,
            azpacr: '1',
            ver: '2.0',
            iss: `${entra.url}/${DEFAULTS.tenantId}/v2.0`,
        })
        expect(claims.appid).toBeUndefined()
    })

    test.each([
        ['missing scope', cc({}), 'invalid_request', 900144],
        ['scope without /.default', cc({ scope: DEFAULTS.connectorResource }), 'invalid_scope', 1002012],
        [
            'resource on v2',
            cc({ scope: `${DEFAULTS.connectorResource}/.default`, resource: DEFAULTS.connectorResource }),
            'invalid_request',
            901002,
        ],
    ])('%s is rejected', async (_n, form, error, code) => {
        const res = await post(entra.tokenUrlV2, form)
        expect(res.status).toBe(400)
        expect(await res.json()).toMatchObject({ error, error_codes: [code] })
    })
})

describe('metadata, JWKS and verification', () => {
    test('v1 and v2 metadata point at this server', async () => {
        const v1 = await (await fetch(entra.metadataUrlV1)).json()
        expect(v1).toMatchObject({ issuer: entra.issuerV1, jwks_uri: entra.jwksUri, token_endpoint: entra.tokenUrlV1 })
        expect(entra.issuerV1).toBe(`${entra.url}/${DEFAULTS.tenantId}/`)
        const v2 = await (await fetch(entra.metadataUrlV2)).json()
        expect(v2).toMatchObject({ issuer: entra.issuerV2, token_endpoint: entra.tokenUrlV2 })
        const keys = await (await fetch(v2.jwks_uri)).json()
        expect(keys.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256' })
        expect(keys.keys[0].d).toBeUndefined()
    })

    const tokenFor = async (resource: string) =>
        (await (await post(entra.tokenUrlV1, cc({ resource }))).json()).access_token as string

    test('remote JWKS verification accepts the right audience and rejects others', async () => {
        const t = await tokenFor(DEFAULTS.connectorResource)
        const ok = await verifyBearer(`Bearer ${t}`, {
            audience: DEFAULTS.connectorResource,
            jwksUri: entra.jwksUri,
            issuer: entra.issuerV1,
        })
        expect(ok).toMatchObject({ ok: true, clientId })
        const bad = await verifyBearer(t, { audience: DEFAULTS.graphResource, jwksUri: entra.jwksUri })
        expect(bad).toMatchObject({ ok: false, error: 'invalid_audience' })
        expect(await verifyBearer(undefined, { audience: 'x', jwksUri: entra.jwksUri })).toMatchObject({
            ok: false,
            error: 'missing_token',
        })
    })

    test('tampered, expired and rotated-key tokens', async () => {
        const t = await tokenFor(DEFAULTS.connectorResource)
        const [h, p, s] = t.split('.')
        const forged = `${h}.${Buffer.from(JSON.stringify({ ...decodeJwt(t), appid: 'evil' })).toString('base64url')}.${s}`
        expect(p).not.toBe(forged.split('.')[1])
        expect(await entra.verifyBearer(forged, { audience: DEFAULTS.connectorResource })).toMatchObject({
            ok: false,
            error: 'invalid_token',
        })
        const expired = await entra.mintToken({ clientId, audience: DEFAULTS.connectorResource, expiresInSeconds: -60 })
        expect(await entra.verifyBearer(expired, { audience: DEFAULTS.connectorResource })).toMatchObject({
            ok: false,
            error: 'expired',
        })
        await fetch(`${entra.url}/_control/keys/rotate`, { method: 'POST' })
        const t2 = await tokenFor(DEFAULTS.connectorResource)
        expect(decodeProtectedHeader(t2).kid).not.toBe(decodeProtectedHeader(t).kid)
        // The remote set refetches on an unknown kid.
        expect(await verifyBearer(t2, { audience: DEFAULTS.connectorResource, jwksUri: entra.jwksUri })).toMatchObject({
            ok: true,
        })
        expect(await entra.verifyBearer(t, { audience: DEFAULTS.connectorResource })).toMatchObject({ ok: true })
    })
})

describe('control', () => {
    test('counts token requests per client and honours expires_in settings', async () => {
        await fetch(`${entra.url}/_control/settings`, {
            method: 'POST',
            body: JSON.stringify({ tokenLifetimeSeconds: 5 }),
        })
        const body = await (await post(entra.tokenUrlV2, cc({ scope: 'https://graph.microsoft.com/.default' }))).json()
        expect(body.expires_in).toBe(5)
        await post(entra.tokenUrlV1, cc({ resource: DEFAULTS.connectorResource, client_secret: 'bad' }))
        const c = await (await fetch(`${entra.url}/_control/counters`)).json()
        expect(c.tokenRequests).toEqual({ total: 2, [clientId]: 2 })
        expect(c.tokensIssued[clientId]).toBe(1)
        expect(c.tokenFailures[clientId]).toBe(1)
        expect(c.tokenErrors.AADSTS7000215).toBe(1)
    })

    test('faults: 503 and 429 in Entra shape', async () => {
        await fetch(`${entra.url}/_control/faults`, {
            method: 'POST',
            body: JSON.stringify({ throttle: { count: 1, retryAfterSeconds: 7 } }),
        })
        const r1 = await post(entra.tokenUrlV1, cc({ resource: DEFAULTS.connectorResource }))
        expect(r1.status).toBe(429)
        expect(r1.headers.get('retry-after')).toBe('7')
        expect((await r1.json()).error).toBe('temporarily_unavailable')
        expect((await post(entra.tokenUrlV1, cc({ resource: DEFAULTS.connectorResource }))).status).toBe(200)
        await fetch(`${entra.url}/_control/faults`, { method: 'POST', body: JSON.stringify({ down: 'unavailable' }) })
        expect((await post(entra.tokenUrlV1, cc({ resource: DEFAULTS.connectorResource }))).status).toBe(503)
    })
})
