import { GlideOAuthClient, GlideOAuthClientRequest } from '@servicenow/glide/sn_auth'
import { RESTMessageV2 } from '@servicenow/glide/sn_ws'
import * as control from '../../testkit/glide/control'
import { startChildServer, type ChildServer } from './fixtures/child-server'

let server: ChildServer
let profileId: string
beforeAll(async () => {
    server = await startChildServer()
})
afterAll(() => server.stop())
beforeEach(() => {
    control.reset()
    const [entity] = control.seed('oauth_entity', [
        {
            name: 'M365 connector',
            client_id: 'client-1',
            client_secret: 's3cret-value',
            token_url: server.baseUrl + '/token',
        },
    ])
    control.seed('oauth_entity', [
        { name: 'Wrong secret', client_id: 'client-1', client_secret: 'nope', token_url: server.baseUrl + '/token' },
    ])
    profileId = control.seed('oauth_entity_profile', [
        {
            name: 'M365 connector default_profile',
            oauth_entity: entity.sys_id,
            grant_type: 'client_credentials',
            default: true,
        },
    ])[0].sys_id
})

function tokenRequests(): { contentType: string; form: Record<string, string> }[] {
    const rm = new RESTMessageV2()
    rm.setEndpoint(server.baseUrl + '/token-requests')
    rm.setHttpMethod('get')
    return JSON.parse(rm.execute().getBody())
}

function expectNoLeak(...secrets: string[]): void {
    const logged = JSON.stringify([control.rows('syslog'), control.rows('sys_outbound_http_log')])
    for (const s of secrets) expect(logged).not.toContain(s)
}

test('client-credentials request by request object: form POST with extra parameters, token returned', () => {
    const before = tokenRequests().length
    const req = new GlideOAuthClientRequest()
    req.setGrantType('client_credentials')
    req.setParameter('resource', 'api://connector')
    req.setScope('api://connector/.default')
    const res = new GlideOAuthClient().requestTokenByRequest('M365 connector', req)
    expect(res.getResponseCode()).toBe(200)
    expect(res.getErrorMessage()).toBe('')
    const token = res.getToken()
    expect(token.getAccessToken()).toMatch(/^tok-\d+-x+$/)
    expect(token.getExpiresIn()).toBeGreaterThan(3500)
    const sent = tokenRequests()[before]
    expect(sent.contentType).toBe('application/x-www-form-urlencoded')
    expect(sent.form).toEqual({
        grant_type: 'client_credentials',
        client_id: 'client-1',
        client_secret: 's3cret-value',
        resource: 'api://connector',
        scope: 'api://connector/.default',
    })
    expectNoLeak('s3cret-value', token.getAccessToken())
    // Without requestor and profile parameters nothing is stored.
    expect(control.rows('oauth_credential')).toHaveLength(0)
})

test('requestToken with a JSON string; failure gives the provider error and no token, logged without the secret', () => {
    const ok = new GlideOAuthClient().requestToken(
        'M365 connector',
        JSON.stringify({ grant_type: 'client_credentials', resource: 'api://x' }),
    )
    expect(ok.getResponseCode()).toBe(200)
    const bad = new GlideOAuthClient().requestToken(
        'Wrong secret',
        JSON.stringify({ grant_type: 'client_credentials' }),
    )
    expect(bad.getResponseCode()).toBe(401)
    expect(bad.getToken()).toBeNull()
    expect(bad.getErrorMessage()).toBe('invalid_client: AADSTS7000215: Invalid client secret provided.')
    expect(bad.getResponseParameters().error).toBe('invalid_client')
    expect(control.syslog().pop()?.message).toMatch(
        /OAuth token request for 'Wrong secret' failed: status 401, invalid_client/,
    )
    expectNoLeak('s3cret-value', 'nope', ok.getToken().getAccessToken())
    const missing = new GlideOAuthClient().requestToken('No such entity', '{}')
    expect(missing.getErrorMessage()).toMatch(/not found/)
})

test('with requestor and profile parameters the token is stored in oauth_credential and getToken reads it', () => {
    const req = new GlideOAuthClientRequest()
    req.setGrantType('client_credentials')
    req.setParameter('oauth_requestor_context', 'sys_user')
    req.setParameter('oauth_requestor', control.ADMIN_SYS_ID)
    req.setParameter('oauth_provider_profile', profileId)
    const res = new GlideOAuthClient().requestTokenByRequest('M365 connector', req)
    const access = res.getToken().getAccessToken()
    const sent = tokenRequests().pop()!
    expect(Object.keys(sent.form).sort()).toEqual(['client_id', 'client_secret', 'grant_type'])
    const creds = control.rows('oauth_credential')
    expect(creds).toHaveLength(1)
    expect(creds[0]).toMatchObject({
        type: 'access_token',
        token: access,
        user: control.ADMIN_SYS_ID,
        oauth_entity_profile: profileId,
    })
    expect(creds[0].expires).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
    const stored = new GlideOAuthClient().getToken(control.ADMIN_SYS_ID, profileId)
    expect(stored.getAccessToken()).toBe(access)
    expect(stored.getExpiresIn()).toBeGreaterThan(3500)
    expectNoLeak(access, 's3cret-value')
})

test('setAuthenticationProfile(oauth2) attaches a bearer token, reuses it until it expires', () => {
    control.clock.set(Date.now())
    const call = () => {
        const rm = new RESTMessageV2()
        rm.setEndpoint(server.baseUrl + '/protected')
        rm.setHttpMethod('get')
        rm.setAuthenticationProfile('oauth2', profileId)
        const res = rm.execute()
        expect(res.getStatusCode()).toBe(200)
        return JSON.parse(res.getBody()).authorization as string
    }
    const before = tokenRequests().length
    const first = call()
    const second = call()
    expect(second).toBe(first)
    expect(tokenRequests().length).toBe(before + 1)
    control.clock.advance(3600 * 1000)
    const third = call()
    expect(third).not.toBe(first)
    expect(tokenRequests().length).toBe(before + 2)
    expect(control.rows('oauth_credential').filter((c) => c.type === 'access_token')).toHaveLength(1)
    expectNoLeak(first.slice(7), third.slice(7), 's3cret-value')
})

describe("the OAuth provider's OAuth API script (OAuthUtil doc: preprocessAccessToken edits the request parameters)", () => {
    const script = (name: string, body: string) =>
        control.seed('sys_script_include', [
            {
                name,
                access: 'public',
                script:
                    `var ${name} = Class.create()\n${name}.prototype = Object.extendsObject(global.OAuthUtil, {\n` +
                    `    preprocessAccessToken: function (requestParamMap) { ${body} },\n    type: '${name}',\n})`,
            },
        ])[0].sys_id
    const useScript = (id: string) => {
        const gr = control.rows('oauth_entity').find((e) => e.name === 'M365 connector')!
        control.seed('oauth_entity', [{ ...gr, sys_id: undefined, name: 'With script', oauth_api_script: id }])
    }

    test('a referenced OAuthXxx script adds and removes parameters before the request is sent', () => {
        useScript(
            script(
                'OAuthAddAudience',
                "requestParamMap.put('resource', 'api://from-script'); requestParamMap.remove('scope')",
            ),
        )
        const before = tokenRequests().length
        const req = new GlideOAuthClientRequest()
        req.setGrantType('client_credentials')
        req.setScope('api://connector/.default')
        expect(new GlideOAuthClient().requestTokenByRequest('With script', req).getResponseCode()).toBe(200)
        expect(tokenRequests()[before].form).toEqual({
            grant_type: 'client_credentials',
            client_id: 'client-1',
            client_secret: 's3cret-value',
            resource: 'api://from-script',
        })
    })

    test('a script whose name does not start with OAuth is not run (the platform requires the prefix)', () => {
        useScript(script('AddAudience', "requestParamMap.put('resource', 'api://from-script')"))
        const before = tokenRequests().length
        const req = new GlideOAuthClientRequest()
        req.setGrantType('client_credentials')
        new GlideOAuthClient().requestTokenByRequest('With script', req)
        expect(tokenRequests()[before].form).not.toHaveProperty('resource')
        expect(control.syslog().some((l) => /OAuth API script .* not named OAuth/.test(l.message))).toBe(true)
    })

    test('setParameter values are sent unless switched off (the docs do not say; tests switch it off)', () => {
        const send = () => {
            const before = tokenRequests().length
            const req = new GlideOAuthClientRequest()
            req.setGrantType('client_credentials')
            req.setParameter('resource', 'api://connector')
            req.setParameter('oauth_requestor', 'r1')
            new GlideOAuthClient().requestTokenByRequest('M365 connector', req)
            return tokenRequests()[before].form
        }
        expect(send()).toMatchObject({ resource: 'api://connector' })
        control.oauthSendsSetParameters(false)
        try {
            const form = send()
            expect(form).not.toHaveProperty('resource')
            expect(form).not.toHaveProperty('oauth_requestor')
        } finally {
            control.oauthSendsSetParameters(true)
        }
    })
})
