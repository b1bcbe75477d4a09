// M365TokenProvider, as another scope calls it (issue 11, defect 3): the Script Include evaluated as the platform
// would (Class.create, require resolving its sys_module path to the real module) on the double, against the Entra
// stand-in. An approved caller gets tokens only for the OAuth profile chosen in Setup and for the connector's App ID
// URI or Microsoft Graph; any other profile or resource is refused with a clear code and message, no token request
// is made, and the refusal is logged without any token or secret.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as control from '../../testkit/glide/control'
import { DEFAULTS } from '../../testkit/microsoft/defaults'
import { spawnMicrosoftSide, type SpawnedMicrosoftSide as Side } from '../../testkit/microsoft/spawn'
import { counter, jwtClaims, seedInstance, setProp, SECRET, storedTokens } from '../../testkit/worlds/outbound-instance'

jest.setTimeout(60000)

const ROOT = join(__dirname, '..', '..')
const script = readFileSync(join(ROOT, 'src/fluent/script-includes/m365-token-provider.js'), 'utf8')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string }
const PREFIX = `x_mioms_m365_assis/${pkg.name}/${pkg.version}/`

interface Provider {
    getToken(profileId: string, resource: string): { ok: boolean; code: string; message: string; expiresAt: string }
    getBearerToken(
        profileId: string,
        resource: string,
        forceRefresh?: boolean,
    ): { ok: boolean; token: string; code: string; message: string; expiresAt: string }
}

function provider(): Provider {
    const Class = {
        create: () =>
            function (this: { initialize: () => void }) {
                this.initialize()
            },
    }
    const req = (path: string) => require(join(ROOT, path.slice(PREFIX.length)))
    const Ctor = new Function('Class', 'require', script + '\nreturn M365TokenProvider')(Class, req)
    return new Ctor() as Provider
}

let side: Side
let profileId: string
let otherProfileId: string
const answers: unknown[] = []

beforeAll(async () => {
    side = await spawnMicrosoftSide()
})
afterAll(async () => {
    await side.close()
})
beforeEach(async () => {
    await side.control.resetAll()
    profileId = seedInstance(side).profileId
    setProp('connector.resource', DEFAULTS.connectorResource)
    // A second, working OAuth application on the instance that the app was never configured with.
    const [entity] = control.seed('oauth_entity', [
        {
            name: 'Some other integration',
            client_id: DEFAULTS.outboundClient.clientId,
            client_secret: SECRET,
            token_url: side.urls.tokenUrlV2,
        },
    ])
    otherProfileId = control.seed('oauth_entity_profile', [
        {
            name: 'Some other integration default_profile',
            oauth_entity: entity.sys_id,
            grant_type: 'client_credentials',
        },
    ])[0].sys_id
    answers.length = 0
})
afterEach(() => {
    const haystack = JSON.stringify([control.rows('syslog'), answers])
    expect(haystack).not.toContain(SECRET)
    for (const t of storedTokens()) expect(JSON.stringify(control.rows('syslog'))).not.toContain(t)
})

const entraTokens = () => counter(side.control.entra, 'tokenRequests')
const keep = <T>(v: T): T => (answers.push(v), v)
const refusals = () =>
    control
        .syslog()
        .filter((l) => l.source === 'x_mioms_m365_assis' && /M365TokenProvider\.\w+ refused/.test(l.message))
        .map((l) => l.message)

test('the Setup profile (empty or explicit) and the two audiences: tokens are issued', async () => {
    const p = provider()
    const c = p.getBearerToken('', DEFAULTS.connectorResource)
    expect(c).toMatchObject({ ok: true, code: 'ok' })
    expect(jwtClaims(c.token)).toMatchObject({ aud: DEFAULTS.connectorResource })
    const g = p.getBearerToken(profileId, DEFAULTS.graphResource + '/')
    expect(g).toMatchObject({ ok: true, code: 'ok' })
    expect(jwtClaims(g.token)).toMatchObject({ aud: DEFAULTS.graphResource })
    expect(keep(p.getToken(profileId, DEFAULTS.connectorResource))).toMatchObject({ ok: true, code: 'ok' })
    expect(await entraTokens()).toBe(2)
    expect(refusals()).toEqual([])
})

test('another OAuth profile on the instance: refused, no token requested', async () => {
    const p = provider()
    const r = keep(p.getBearerToken(otherProfileId, DEFAULTS.graphResource))
    expect(r).toEqual({
        ok: false,
        token: '',
        code: 'profile_not_allowed',
        message: expect.stringContaining('OAuth profile chosen in Microsoft 365 Support Setup'),
        expiresAt: '',
    })
    expect(keep(p.getToken(otherProfileId, DEFAULTS.graphResource))).toMatchObject({
        ok: false,
        code: 'profile_not_allowed',
    })
    expect(keep(p.getBearerToken('0000000000000000000000000000a7f0', DEFAULTS.connectorResource))).toMatchObject({
        ok: false,
        token: '',
        code: 'profile_not_allowed',
    })
    expect(await entraTokens()).toBe(0)
    expect(control.rows('oauth_credential')).toHaveLength(0)
    expect(refusals()).toHaveLength(3)
    expect(refusals()[0]).toBe(
        `M365TokenProvider.getBearerToken refused (profile_not_allowed): profile "${otherProfileId}", resource "${DEFAULTS.graphResource}"`,
    )
})

test('any other resource through the Setup profile: refused, no token requested', async () => {
    const p = provider()
    for (const resource of [
        'https://management.azure.com',
        'https://vault.azure.net/.default',
        'api://some-other-app',
        '',
        'https://graph.microsoft.com.evil.example',
    ]) {
        const r = keep(p.getBearerToken('', resource, true))
        expect(r).toMatchObject({
            ok: false,
            token: '',
            code: 'resource_not_allowed',
            message: expect.stringContaining('Microsoft Graph'),
        })
        expect(keep(p.getToken('', resource))).toMatchObject({ ok: false, code: 'resource_not_allowed' })
    }
    expect(await entraTokens()).toBe(0)
    expect(refusals()).toHaveLength(10)
    expect(refusals()[0]).toBe(
        'M365TokenProvider.getBearerToken refused (resource_not_allowed): profile "", resource "https://management.azure.com"',
    )
})

test('before Setup chose a profile nothing is issued, whatever the caller passes', async () => {
    setProp('oauth.profile', '')
    const p = provider()
    expect(keep(p.getBearerToken('', DEFAULTS.graphResource))).toMatchObject({
        ok: false,
        token: '',
        code: 'not_configured',
    })
    expect(keep(p.getBearerToken(otherProfileId, DEFAULTS.graphResource))).toMatchObject({
        ok: false,
        token: '',
        code: 'profile_not_allowed',
    })
    expect(await entraTokens()).toBe(0)
})
