// Entra v1 `resource` through the documented path (issue 11, defect 4): the app ships an OAuth API script
// (OAuthM365EntraResource, extending OAuthUtil) whose preprocessAccessToken turns scope=<resource>/.default into
// resource=<resource>; the outbound OAuth provider references it. The double's sn_auth runs the built script on the
// token request's parameters (testkit/glide/oauth-api-script.ts) and, for these tests, does not send parameters set
// with GlideOAuthClientRequest.setParameter (undocumented), so only the documented path can deliver `resource`.
// Against the Entra stand-in: v1 receives resource (it refuses a v1 request without it), v2 receives scope (it
// refuses resource).
import { GlideRecord } from '@servicenow/glide'
import * as control from '../../testkit/glide/control'
import { RequestParamMap } from '../../testkit/glide/oauth-api-script'
import { builtApp } from '../../testkit/app/install-app'
import { DEFAULTS } from '../../testkit/microsoft/defaults'
import { spawnMicrosoftSide, type SpawnedMicrosoftSide as Side } from '../../testkit/microsoft/spawn'
import { counter, jwtClaims, seedInstance, setProp, storedTokens } from '../../testkit/worlds/outbound-instance'
import { getTokenStatus, resetTokenMemo } from '../../src/server/outbound/token-provider'
import { MSG } from '../../src/server/domain/messages'
import { listIssuesPage } from '../../src/server/outbound/graph-client'

jest.setTimeout(60000)

const NAME = 'OAuthM365EntraResource'
let side: Side

beforeAll(async () => {
    side = await spawnMicrosoftSide()
})
afterAll(async () => {
    control.oauthSendsSetParameters(true)
    await side.close()
})
beforeEach(async () => {
    await side.control.resetAll()
})

const shipped = () =>
    (builtApp().records.get('sys_script_include') ?? []).find((r) => String(r.name) === NAME) as
        | Record<string, unknown>
        | undefined
const text = (v: unknown) =>
    v && typeof v === 'object' ? String((v as Record<string, unknown>)['#text'] ?? '') : String(v ?? '')
const entraTokens = () => counter(side.control.entra, 'tokenRequests')
const tokenErrors = () => side.control.entra.counters().then((c) => c.tokenErrors ?? {})
const setEntity = (entityId: string, field: string, value: string) => {
    const gr = new GlideRecord('oauth_entity')
    gr.get(entityId)
    gr.setValue(field, value)
    gr.update()
}

describe('the shipped OAuth API script', () => {
    test('is a public Script Include named OAuth..., extending the global OAuthUtil, with the sys_id the app checks for', () => {
        const si = shipped()
        expect(si).toBeDefined()
        expect(text(si!.access)).toBe('public')
        expect(text(si!.active)).toBe('true')
        expect(text(si!.script)).toMatch(/Object\.extendsObject\(global\.OAuthUtil, \{/)
        expect(text(si!.script)).toMatch(/preprocessAccessToken: function \(requestParamMap\)/)
        const { OAUTH_API_SCRIPT_SYS_ID, OAUTH_API_SCRIPT_NAME } = require('../../src/server/domain/oauth-api-script')
        expect(text(si!.sys_id)).toBe(OAUTH_API_SCRIPT_SYS_ID)
        expect(OAUTH_API_SCRIPT_NAME).toBe(NAME)
    })

    test('preprocessAccessToken: scope <resource>/.default becomes resource; anything else is left alone', () => {
        seedInstance(side)
        const row = control.rows('sys_script_include').find((r) => r.name === NAME)!
        const Base = function () {
            /* OAuthUtil */
        } as unknown as { prototype: Record<string, unknown> }
        Base.prototype = {
            interceptRequestParameters(this: { preprocessAccessToken(m: unknown): void }, m: unknown) {
                this.preprocessAccessToken(m)
            },
        }
        const O = Object.assign(Object.create(Object), {
            extendsObject: (b: typeof Base, s: object) => ({ ...b.prototype, ...s }),
        })
        const Ctor = new Function('Class', 'Object', 'global', row.script + '\nreturn ' + NAME)(
            {
                create: () =>
                    function () {
                        /* */
                    },
            },
            O,
            { OAuthUtil: Base },
        )
        const run = (pairs: [string, string][]) => {
            const m = new RequestParamMap()
            for (const [k, v] of pairs) m.put(k, v)
            Ctor.prototype.interceptRequestParameters.call(Ctor.prototype, m)
            return Object.fromEntries(m.entries())
        }
        expect(
            run([
                ['grant_type', 'client_credentials'],
                ['scope', 'api://m365-support-connector/.default'],
            ]),
        ).toEqual({ grant_type: 'client_credentials', resource: 'api://m365-support-connector' })
        expect(
            run([
                ['scope', 'https://graph.microsoft.com/.default'],
                ['resource', 'https://graph.microsoft.com'],
            ]),
        ).toEqual({ scope: 'https://graph.microsoft.com/.default', resource: 'https://graph.microsoft.com' })
        expect(run([['scope', 'openid profile']])).toEqual({ scope: 'openid profile' })
        expect(run([['grant_type', 'client_credentials']])).toEqual({ grant_type: 'client_credentials' })
    })
})

describe('token requests reach Entra in the right form', () => {
    afterEach(() => control.oauthSendsSetParameters(true))

    test.each([false, true])(
        'v1 with the OAuth API script: Entra receives resource (setParameter sent: %s)',
        async (sendsSetParameters) => {
            seedInstance(side)
            control.oauthSendsSetParameters(sendsSetParameters)
            expect(
                getTokenStatus(control.rows('oauth_entity_profile')[0].sys_id, DEFAULTS.connectorResource),
            ).toMatchObject({ ok: true, code: 'ok' })
            expect(jwtClaims(storedTokens()[0])).toMatchObject({
                ver: '1.0',
                aud: DEFAULTS.connectorResource,
                appid: DEFAULTS.outboundClient.clientId,
            })
            // And through the Graph client, a second audience on the same OAuth provider.
            expect(listIssuesPage({ pageSize: 1 }, { retry: 'job' }).ok).toBe(true)
            const graphToken = storedTokens()
                .map(jwtClaims)
                .find((c) => c.aud === DEFAULTS.graphResource)
            expect(graphToken).toMatchObject({ ver: '1.0' })
            expect(await entraTokens()).toBe(2)
            expect(await tokenErrors()).toEqual({})
        },
    )

    test.each([false, true])(
        'v2: Entra receives scope=<resource>/.default and no resource (setParameter sent: %s)',
        async (sendsSetParameters) => {
            seedInstance(side, { version: 'v2' })
            control.oauthSendsSetParameters(sendsSetParameters)
            expect(
                getTokenStatus(control.rows('oauth_entity_profile')[0].sys_id, DEFAULTS.graphResource),
            ).toMatchObject({ ok: true })
            expect(jwtClaims(storedTokens()[0])).toMatchObject({
                ver: '2.0',
                aud: DEFAULTS.graphResource,
                azp: DEFAULTS.outboundClient.clientId,
            })
            expect(await tokenErrors()).toEqual({})
        },
    )

    test('v1 without an OAuth API script: a clear error naming the script, nothing sent to Entra', async () => {
        const { entityId, profileId } = seedInstance(side)
        control.oauthSendsSetParameters(false)
        setEntity(entityId, 'oauth_api_script', '')
        const s = getTokenStatus(profileId, DEFAULTS.connectorResource)
        expect(s).toMatchObject({ ok: false, code: 'oauth_api_script' })
        expect(s.message).toContain('/oauth2/token')
        expect(s.message).toContain(NAME)
        setProp('graph.base_url', side.urls.graph)
        expect(listIssuesPage({}, { retry: 'job' })).toMatchObject({
            ok: false,
            code: 'oauth_api_script',
            message: MSG.setupIncomplete,
        })
        expect(await entraTokens()).toBe(0)
    })

    test("v2 carrying the app's OAuth API script: a clear error, nothing sent (Entra v2 refuses resource)", async () => {
        const { entityId, profileId } = seedInstance(side, { version: 'v2' })
        resetTokenMemo()
        setEntity(entityId, 'oauth_api_script', control.rows('sys_script_include').find((r) => r.name === NAME)!.sys_id)
        const s = getTokenStatus(profileId, DEFAULTS.graphResource)
        expect(s).toMatchObject({ ok: false, code: 'oauth_api_script' })
        expect(s.message).toContain('v2.0')
        expect(await entraTokens()).toBe(0)
    })
})
