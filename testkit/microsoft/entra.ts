// Entra ID stand-in: client-credentials tokens at Entra's tenant-scoped paths (v1 /oauth2/token with `resource`,
// v2 /oauth2/v2.0/token with `scope=<resource>/.default`), OIDC metadata and JWKS. Keys and JWT signing come from
// oauth2-mock-server's issuer; the Entra-specific paths, claims and AADSTS errors are ours.
import { randomUUID, createHash } from 'node:crypto'
import { OAuth2Issuer } from 'oauth2-mock-server'
import { createLocalJWKSet } from 'jose'
import { Listener, Reply, Req, Router, json, listenerFor, parseJson, header } from './http.ts'
import { Counters, Faults, addCommonControl } from './faults.ts'
import { AAD, aadError } from './entra-errors.ts'
import { DEFAULTS } from './defaults.ts'
import { VerifyOptions, VerifyResult, verifyWithKeySet } from './verify-bearer.ts'

export interface EntraClient {
    clientId: string
    clientSecret: string
    /** App roles granted to this client (put in the `roles` claim). */
    roles?: string[]
    /** Simulates an expired secret (AADSTS7000222). */
    secretExpired?: boolean
}

export interface EntraOptions {
    port?: number
    host?: string
    tenantId?: string
    /** Other names accepted in the path for this tenant (e.g. contoso.onmicrosoft.com). */
    tenantDomains?: string[]
    clients?: EntraClient[]
    tokenLifetimeSeconds?: number
    /** Resources (App ID URIs) tokens may be requested for; registered client ids are always accepted too. */
    knownResources?: string[]
}

export interface MintOptions {
    clientId: string
    audience: string
    version?: '1.0' | '2.0'
    expiresInSeconds?: number
    roles?: string[]
}

export interface EntraStandIn {
    url: string
    tenantId: string
    issuerV1: string
    issuerV2: string
    tokenUrlV1: string
    tokenUrlV2: string
    metadataUrlV1: string
    metadataUrlV2: string
    jwksUri: string
    counters: Counters
    /** Validates a token (or "Bearer <token>") against this provider's keys and issuers. */
    verifyBearer(
        tokenOrHeader: string | undefined,
        opts: Omit<VerifyOptions, 'issuer'> & { issuer?: string | string[] },
    ): Promise<VerifyResult>
    /** Signs a token directly (tests: expired or foreign-audience tokens), without counting a token request. */
    mintToken(opts: MintOptions): Promise<string>
    close(): Promise<void>
}

const stableUuid = (seed: string): string => {
    const h = createHash('sha256').update(seed).digest('hex')
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}

const normalizeResource = (r: string): string => r.replace(/\/+$/, '')

export async function startEntra(options: EntraOptions = {}): Promise<EntraStandIn> {
    const tenantId = options.tenantId ?? DEFAULTS.tenantId
    const tenantNames = new Set(
        [tenantId, ...(options.tenantDomains ?? [DEFAULTS.tenantDomain])].map((t) => t.toLowerCase()),
    )
    const initialClients = options.clients ?? [
        { ...DEFAULTS.outboundClient, roles: [...DEFAULTS.graphRoles] },
        { ...DEFAULTS.callbackClient },
    ]
    let clients = new Map<string, EntraClient>()
    let lifetime = options.tokenLifetimeSeconds ?? DEFAULTS.tokenLifetimeSeconds
    const resetState = () => {
        clients = new Map(initialClients.map((c) => [c.clientId, { ...c }]))
        lifetime = options.tokenLifetimeSeconds ?? DEFAULTS.tokenLifetimeSeconds
    }
    resetState()
    const knownResources = new Set(
        (options.knownResources ?? [DEFAULTS.connectorResource, DEFAULTS.graphResource]).map(normalizeResource),
    )

    const issuer = new OAuth2Issuer()
    let signingKid = (await issuer.keys.generate('RS256')).kid
    const counters = new Counters()
    const router = new Router()
    // The listener forwards to `handler`, built below once the routes exist.
    const server = new Listener((req, res) => handler(req, res), options.host ?? '127.0.0.1')
    const base = () => server.url
    const iss = (v: '1.0' | '2.0') => (v === '1.0' ? `${base()}/${tenantId}/` : `${base()}/${tenantId}/v2.0`)

    const errorReply = (status: number, _code: string, message: string, headers?: Record<string, string>): Reply => {
        if (status === 503) return aadError(base(), ...AAD.unavailable(), headers)
        if (status === 429) return aadError(base(), ...AAD.throttled(), headers)
        return aadError(
            base(),
            status,
            status === 404 ? 'not_found' : 'invalid_request',
            90000 + status,
            message,
            headers,
        )
    }
    const faults = new Faults(errorReply)

    const sign = async (m: MintOptions): Promise<string> => {
        const ver = m.version ?? '1.0'
        const oid = stableUuid(`sp:${m.clientId}`)
        const roles = m.roles ?? clients.get(m.clientId)?.roles
        issuer.url = iss(ver)
        return issuer.buildToken({
            kid: signingKid,
            expiresIn: m.expiresInSeconds ?? lifetime,
            scopesOrTransform: (_h, p) => {
                Object.assign(p, {
                    aud: m.audience,
                    aio: randomUUID().replace(/-/g, ''),
                    idtyp: 'app',
                    oid,
                    rh: `0.${randomUUID().replace(/-/g, '')}.`,
                    sub: oid,
                    tid: tenantId,
                    uti: randomUUID().replace(/-/g, '').slice(0, 22),
                    ver,
                    ...(ver === '1.0'
                        ? { appid: m.clientId, appidacr: '1', idp: iss('1.0') }
                        : { azp: m.clientId, azpacr: '1' }),
                    ...(roles && roles.length ? { roles } : {}),
                })
            },
        })
    }

    const jwks = () => ({ keys: issuer.keys.toJSON() })
    const metadata = (ver: '1.0' | '2.0') => {
        const t = `${base()}/${tenantId}`
        const v2 = ver === '2.0'
        return {
            issuer: iss(ver),
            token_endpoint: v2 ? `${t}/oauth2/v2.0/token` : `${t}/oauth2/token`,
            authorization_endpoint: v2 ? `${t}/oauth2/v2.0/authorize` : `${t}/oauth2/authorize`,
            jwks_uri: v2 ? `${t}/discovery/v2.0/keys` : `${base()}/common/discovery/keys`,
            token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
            response_types_supported: ['code', 'id_token', 'code id_token', 'token id_token', 'token'],
            subject_types_supported: ['pairwise'],
            id_token_signing_alg_values_supported: ['RS256'],
            grant_types_supported: ['client_credentials'],
            tenant_region_scope: 'EU',
            cloud_instance_name: 'microsoftonline.com',
            msgraph_host: 'graph.microsoft.com',
        }
    }

    const tenantOk = (req: Req) => tenantNames.has((req.params.tenant ?? '').toLowerCase())

    const token =
        (ver: '1.0' | '2.0') =>
        async (req: Req): Promise<Reply> => {
            counters.inc('tokenRequests')
            const fail = (e: readonly [number, string, number, string], clientId?: string) => {
                counters.inc('tokenErrors', `AADSTS${e[2]}`)
                if (clientId) counters.inc('tokenFailures', clientId)
                return aadError(base(), ...e)
            }
            if (!tenantOk(req)) return fail(AAD.unknownTenant(req.params.tenant))
            const form = new URLSearchParams(req.rawBody)
            let clientId = form.get('client_id') ?? undefined
            let secret = form.get('client_secret') ?? undefined
            const basic = /^Basic\s+(.+)$/i.exec(header(req, 'authorization') ?? '')
            if (basic) {
                const [id, ...rest] = Buffer.from(basic[1], 'base64').toString('utf8').split(':')
                clientId = decodeURIComponent(id)
                secret = decodeURIComponent(rest.join(':'))
            }
            if (clientId) counters.inc('tokenRequests', clientId)
            const grant = form.get('grant_type')
            if (!grant) return fail(AAD.missingParam('grant_type'), clientId)
            if (grant !== 'client_credentials') return fail(AAD.unsupportedGrant(grant), clientId)
            if (!clientId) return fail(AAD.missingParam('client_id'))
            const client = clients.get(clientId)
            if (!client) return fail(AAD.unknownClient(clientId, tenantId), clientId)
            if (!secret) return fail(AAD.missingSecret(), clientId)
            if (secret !== client.clientSecret) return fail(AAD.badSecret(clientId), clientId)
            if (client.secretExpired) return fail(AAD.expiredSecret(clientId), clientId)

            let resource: string
            const scope = form.get('scope')
            if (ver === '1.0') {
                const r = form.get('resource')
                if (!r) return fail(AAD.missingParam('resource'), clientId)
                resource = normalizeResource(r)
            } else {
                if (form.get('resource')) return fail(AAD.resourceOnV2(), clientId)
                if (!scope) return fail(AAD.missingParam('scope'), clientId)
                if (!/^\S+\/\.default$/.test(scope.trim())) return fail(AAD.badScope(scope), clientId)
                resource = normalizeResource(scope.trim().replace(/\/\.default$/, ''))
            }
            if (!knownResources.has(resource) && !clients.has(resource))
                return fail(AAD.unknownResource(resource, tenantId), clientId)

            const accessToken = await sign({ clientId, audience: resource, version: ver })
            counters.inc('tokensIssued')
            counters.inc('tokensIssued', clientId)
            const now = Math.floor(Date.now() / 1000)
            const headers = { 'Cache-Control': 'no-store', Pragma: 'no-cache' }
            // v1 answers with numbers as strings (as Entra does); v2 with numbers.
            if (ver === '1.0') {
                return json(
                    200,
                    {
                        token_type: 'Bearer',
                        expires_in: String(lifetime),
                        ext_expires_in: String(lifetime),
                        expires_on: String(now + lifetime),
                        not_before: String(now - 10),
                        resource,
                        access_token: accessToken,
                    },
                    headers,
                )
            }
            return json(
                200,
                { token_type: 'Bearer', expires_in: lifetime, ext_expires_in: lifetime, access_token: accessToken },
                headers,
            )
        }

    const tenantGuard = (fn: (req: Req) => Reply) => (req: Req) =>
        tenantOk(req) ? fn(req) : aadError(base(), ...AAD.unknownTenant(req.params.tenant))

    router
        .add(
            'GET',
            '/:tenant/.well-known/openid-configuration',
            tenantGuard(() => json(200, metadata('1.0'))),
        )
        .add(
            'GET',
            '/:tenant/v2.0/.well-known/openid-configuration',
            tenantGuard(() => json(200, metadata('2.0'))),
        )
        .add('GET', '/common/discovery/keys', () => json(200, jwks()))
        .add('GET', '/common/discovery/v2.0/keys', () => json(200, jwks()))
        .add(
            'GET',
            '/:tenant/discovery/keys',
            tenantGuard(() => json(200, jwks())),
        )
        .add(
            'GET',
            '/:tenant/discovery/v2.0/keys',
            tenantGuard(() => json(200, jwks())),
        )
        .add('POST', '/:tenant/oauth2/token', token('1.0'))
        .add('POST', '/:tenant/oauth2/v2.0/token', token('2.0'))

    addCommonControl(router, { faults, counters, reset: resetState })
    router
        .add('GET', '/_control/settings', () =>
            json(200, { tokenLifetimeSeconds: lifetime, clients: [...clients.keys()] }),
        )
        .add('POST', '/_control/settings', (req) => {
            const b = (parseJson(req.rawBody) ?? {}) as { tokenLifetimeSeconds?: number }
            if (typeof b.tokenLifetimeSeconds === 'number') lifetime = b.tokenLifetimeSeconds
            return json(200, { tokenLifetimeSeconds: lifetime })
        })
        .add('POST', '/_control/clients', (req) => {
            const c = parseJson(req.rawBody) as EntraClient | undefined
            if (!c || typeof c.clientId !== 'string' || typeof c.clientSecret !== 'string') {
                return json(400, { error: 'clientId and clientSecret are required' })
            }
            clients.set(c.clientId, { ...c })
            return json(200, { clientId: c.clientId })
        })
        .add('POST', '/_control/keys/rotate', async () => {
            signingKid = (await issuer.keys.generate('RS256')).kid
            return json(200, { kid: signingKid, keys: issuer.keys.toJSON().length })
        })
        .add('POST', '/_control/tokens', async (req) => {
            const m = parseJson(req.rawBody) as MintOptions | undefined
            if (!m || typeof m.clientId !== 'string' || typeof m.audience !== 'string') {
                return json(400, { error: 'clientId and audience are required' })
            }
            return json(200, { access_token: await sign(m) })
        })

    const handler = listenerFor(router, {
        maxBodyBytes: 64 * 1024,
        pre: (req) => {
            counters.inc('requests')
            return faults.before(req)
        },
        post: (req, reply) => faults.after(req, reply),
        errorReply,
    })
    await server.listen(options.port ?? 0)

    const url = server.url
    return {
        url,
        tenantId,
        issuerV1: iss('1.0'),
        issuerV2: iss('2.0'),
        tokenUrlV1: `${url}/${tenantId}/oauth2/token`,
        tokenUrlV2: `${url}/${tenantId}/oauth2/v2.0/token`,
        metadataUrlV1: `${url}/${tenantId}/.well-known/openid-configuration`,
        metadataUrlV2: `${url}/${tenantId}/v2.0/.well-known/openid-configuration`,
        jwksUri: `${url}/common/discovery/keys`,
        counters,
        verifyBearer: (t, o) =>
            verifyWithKeySet(t, (h, tok) => createLocalJWKSet(jwks())(h, tok), {
                ...o,
                issuer: o.issuer ?? [iss('1.0'), iss('2.0')],
            }),
        mintToken: sign,
        close: () => server.close(),
    }
}
