// Token provider and Graph client through the Glide double against the real Entra and Graph stand-ins (child
// process): token reuse and expiry, v1/v2, bad secret, 401 refresh, retries, throttling, timeouts, bad JSON,
// paging, and no token or secret in syslog or any returned object.
import { GlideRecord } from '@servicenow/glide'
import * as control from '../../testkit/glide/control'
import { DEFAULTS } from '../../testkit/microsoft/defaults'
import { spawnMicrosoftSide, type SpawnedMicrosoftSide as Side } from '../../testkit/microsoft/spawn'
import {
    counter,
    jwtClaims,
    recordWaits,
    restoreWaiter,
    seedInstance,
    setProp,
    SECRET,
    storedTokens,
} from '../../testkit/worlds/outbound-instance'
import { checkConfiguredTokens, getTokenStatus, resetTokenMemo } from '../../src/server/outbound/token-provider'
import { graphBaseUrl, listHealthOverviews, listIssuesPage } from '../../src/server/outbound/graph-client'
import type { GraphIssue } from '../../src/server/outbound/rules/graph-types'
import { graphResource } from '../../src/server/outbound/graph-endpoint'
import { MSG } from '../../src/server/domain/messages'

jest.setTimeout(60000)

// The Graph client serves the health poll job: bounded backoff (interactive calls are in interactive-vs-job.test.ts).
const JOB = { retry: 'job' } as const

let side: Side
const returned: unknown[] = []
const seenTokens = new Set<string>()
const keep = <T>(v: T): T => {
    returned.push(v)
    for (const t of storedTokens()) seenTokens.add(t)
    return v
}

beforeAll(async () => {
    side = await spawnMicrosoftSide()
})
afterAll(async () => {
    // The leak checks above searched for real tokens, not an empty list.
    expect(seenTokens.size).toBeGreaterThan(10)
    restoreWaiter()
    await side.close()
})
beforeEach(async () => {
    await side.control.resetAll()
    restoreWaiter()
})
afterEach(() => {
    // Every test's logs and results are searched for the real secret and every token issued so far.
    for (const t of storedTokens()) seenTokens.add(t)
    const haystack = JSON.stringify([control.rows('syslog'), control.rows('sys_outbound_http_log'), returned])
    expect(haystack).not.toContain(SECRET)
    for (const t of seenTokens) expect(haystack).not.toContain(t)
    const app = control.syslog().filter((r) => r.source === 'x_mioms_m365_assis')
    for (const r of app) expect(r.message).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/)
})

const entraTokens = () => counter(side.control.entra, 'tokenRequests')
const graphRequests = () => counter(side.control.graph, 'requests')

describe('token reuse and expiry', () => {
    it('makes one token request for 50 Graph calls in a transaction', async () => {
        seedInstance(side)
        for (let i = 0; i < 50; i++) expect(keep(listIssuesPage({ pageSize: 5 }, JOB)).ok).toBe(true)
        expect(await entraTokens()).toBe(1)
        expect(await graphRequests()).toBe(50)
    })

    it('reuses the token stored in oauth_credential in later transactions, refreshes near expiry', async () => {
        seedInstance(side)
        control.clock.set(Date.now())
        expect(keep(listIssuesPage({ pageSize: 5 }, JOB)).ok).toBe(true)
        for (let i = 0; i < 5; i++) {
            resetTokenMemo() // next transaction: module state is gone, oauth_credential is not
            control.clock.advance(60_000)
            expect(keep(listIssuesPage({ pageSize: 5 }, JOB)).ok).toBe(true)
        }
        expect(await entraTokens()).toBe(1)
        // 3599 s lifetime, 5 min skew: at 56 minutes the stored token is due for replacement.
        resetTokenMemo()
        control.clock.advance((3599 - 5 * 60 - 300 + 10) * 1000)
        expect(keep(listIssuesPage({ pageSize: 5 }, JOB)).ok).toBe(true)
        expect(await entraTokens()).toBe(2)
        expect(control.rows('oauth_credential').filter((r) => r.type === 'access_token')).toHaveLength(1)
    })

    it('short-lived tokens: one request per lifetime, renewed after 90% of it (real waiting)', async () => {
        await side.control.entra.setTokenLifetime(4)
        seedInstance(side)
        const started = Date.now()
        let calls = 0
        while (Date.now() - started < 5000) {
            expect(keep(getIssueList()).ok).toBe(true)
            calls++
            await new Promise((r) => setTimeout(r, 100))
        }
        const tokens = await entraTokens()
        expect(calls).toBeGreaterThan(20)
        // 5 s of calls with a 4 s lifetime renewed at 90% of it: exactly two tokens.
        expect(tokens).toBe(2)
    })

    it('keeps connector and Graph tokens apart for one profile', async () => {
        seedInstance(side)
        setProp('connector.resource', DEFAULTS.connectorResource)
        const both = keep(checkConfiguredTokens())
        expect(both.connector).toMatchObject({ ok: true, code: 'ok' })
        expect(both.graph).toMatchObject({ ok: true, code: 'ok' })
        expect(Date.parse(both.graph.expiresAt)).toBeGreaterThan(Date.now() + 3000_000)
        resetTokenMemo()
        keep(checkConfiguredTokens())
        expect(await entraTokens()).toBe(2)
        const auds = storedTokens()
            .map((t) => jwtClaims(t).aud)
            .sort()
        expect(auds).toEqual([DEFAULTS.connectorResource, DEFAULTS.graphResource].sort())
    })
})

function getIssueList() {
    return listIssuesPage({ pageSize: 1 }, JOB)
}

describe('Entra v1 and v2', () => {
    it('v1 token URL: sends resource, gets a v1 token (appid, aud = resource)', async () => {
        const { profileId } = seedInstance(side, { version: 'v1' })
        const s = keep(getTokenStatus(profileId, DEFAULTS.connectorResource))
        expect(s).toMatchObject({ ok: true, code: 'ok', message: 'Token available (Entra v1).' })
        expect(s).not.toHaveProperty('accessToken')
        const claims = jwtClaims(storedTokens()[0])
        expect(claims).toMatchObject({
            ver: '1.0',
            appid: DEFAULTS.outboundClient.clientId,
            aud: DEFAULTS.connectorResource,
            iss: side.urls.issuerV1,
        })
        expect(claims).not.toHaveProperty('azp')
    })

    it('v2 token URL: sends scope=<resource>/.default, gets a v2 token (azp)', async () => {
        const { profileId } = seedInstance(side, { version: 'v2' })
        expect(keep(getTokenStatus(profileId, DEFAULTS.graphResource))).toMatchObject({
            ok: true,
            message: 'Token available (Entra v2).',
        })
        const claims = jwtClaims(storedTokens()[0])
        expect(claims).toMatchObject({ ver: '2.0', azp: DEFAULTS.outboundClient.clientId, aud: DEFAULTS.graphResource })
        expect(claims).not.toHaveProperty('appid')
        expect(keep(listIssuesPage({ pageSize: 3 }, JOB)).ok).toBe(true)
        expect(await entraTokens()).toBe(1)
    })

    it('an unknown token URL shape is a setup error, not a request', async () => {
        const { entityId, profileId } = seedInstance(side)
        const gr = new GlideRecord('oauth_entity')
        gr.get(entityId)
        gr.setValue('token_url', side.urls.entra + '/token')
        gr.update()
        expect(keep(getTokenStatus(profileId, DEFAULTS.graphResource))).toMatchObject({
            ok: false,
            code: 'unsupported_token_url',
        })
        const r = keep(listIssuesPage({}, JOB))
        expect(r).toMatchObject({ ok: false, code: 'unsupported_token_url', message: MSG.setupIncomplete })
        expect(await entraTokens()).toBe(0)
    })
})

describe('token failures', () => {
    it('wrong secret: Entra code and description, no secret, user sees "contact app support"', async () => {
        const { profileId } = seedInstance(side, { secret: 'not-the-secret-123' })
        const s = keep(getTokenStatus(profileId, DEFAULTS.graphResource))
        expect(s).toMatchObject({ ok: false, code: 'invalid_client', expiresAt: '' })
        expect(s.message).toMatch(/^AADSTS7000215: Invalid client secret provided\./)
        expect(s.message).not.toMatch(/Trace ID|not-the-secret-123/)
        const r = keep(listIssuesPage({}, JOB))
        expect(r).toMatchObject({ ok: false, code: 'token_error', message: MSG.contactAppSupport })
        expect(!r.ok && r.detail).toMatch(/invalid_client.*AADSTS7000215/)
        expect(await graphRequests()).toBe(0)
        const logged = JSON.stringify(control.rows('syslog'))
        expect(logged).toContain('AADSTS7000215')
        expect(logged).not.toContain('not-the-secret-123')
    })

    it('an Entra description without its AADSTS code: every reader gets one admin text that names the code', () => {
        // Before the one result vocabulary the readers disagreed here: the token status said only the description,
        // the Graph/connector detail "invalid_client AADSTS7000215: ...", Setup's check "AADSTS7000215: ...".
        // Now the Failure's detail carries the code once, as Setup's fix-it hints need it.
        const { entityId, profileId } = seedInstance(side)
        const origin = 'http://entra-no-code.invalid:9'
        control.registerInProcessHost(origin, () => ({
            status: 401,
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({
                error: 'invalid_client',
                error_description: 'The client secret is not valid.\r\nTrace ID: t-1',
                error_codes: [7000215],
            }),
        }))
        try {
            const gr = new GlideRecord('oauth_entity')
            gr.get(entityId)
            gr.setValue('token_url', origin + '/tenant/oauth2/token')
            gr.update()
            expect(keep(getTokenStatus(profileId, DEFAULTS.graphResource))).toMatchObject({
                ok: false,
                code: 'invalid_client',
                message: 'AADSTS7000215: The client secret is not valid.',
            })
            const r = keep(listIssuesPage({}, JOB))
            expect(r).toMatchObject({
                ok: false,
                status: 401,
                code: 'token_error',
                message: MSG.contactAppSupport,
                detail: 'invalid_client: AADSTS7000215: The client secret is not valid.',
            })
        } finally {
            control.unregisterInProcessHost(origin)
        }
    })

    it('no profile chosen: setup incomplete, nothing sent', async () => {
        seedInstance(side)
        setProp('oauth.profile', '')
        expect(keep(listIssuesPage({}, JOB))).toMatchObject({
            ok: false,
            status: 0,
            code: 'not_configured',
            message: MSG.setupIncomplete,
        })
        expect(await entraTokens()).toBe(0)
    })

    it('oauth_entity locked for other scopes: cross_scope_refused with the fix', async () => {
        const { profileId } = seedInstance(side)
        control.denyCrossScope('oauth_entity', 'read')
        const s = keep(getTokenStatus(profileId, DEFAULTS.graphResource))
        expect(s).toMatchObject({ ok: false, code: 'cross_scope_refused' })
        expect(s.message).toContain('All application scopes > Can read')
    })
})

describe('401 handling', () => {
    it('a rejected cached token is replaced once and the call succeeds', async () => {
        const { profileId } = seedInstance(side)
        expect(keep(getTokenStatus(profileId, DEFAULTS.graphResource)).ok).toBe(true)
        // The stored token is swapped for one Graph will refuse (wrong audience), as after a key or app change.
        const bad = await side.control.entra.mintToken({
            clientId: DEFAULTS.outboundClient.clientId,
            audience: 'api://somewhere-else',
        })
        seenTokens.add(bad)
        const cred = control.rows('oauth_credential').find((r) => r.type === 'access_token')!
        const gr = new GlideRecord('oauth_credential')
        gr.get(cred.sys_id)
        gr.setValue('token', bad)
        gr.update()
        resetTokenMemo()
        const r = keep(listIssuesPage({ pageSize: 2 }, JOB))
        expect(r.ok).toBe(true)
        expect(await counter(side.control.graph, 'unauthorized')).toBe(1)
        expect(await entraTokens()).toBe(2)
        expect(await graphRequests()).toBe(2)
    })

    it('refreshes only once: a second 401 is returned as unauthorized', async () => {
        seedInstance(side)
        setProp('graph.resource', DEFAULTS.connectorResource) // every token has the wrong audience for Graph
        const r = keep(listIssuesPage({}, JOB))
        expect(r).toMatchObject({ ok: false, status: 401, code: 'unauthorized', message: MSG.contactAppSupport })
        expect(await entraTokens()).toBe(2)
        expect(await graphRequests()).toBe(2)
    })
})

describe('retries, throttling, timeouts, bad JSON', () => {
    it('429 with Retry-After: waits what the server asked, then succeeds', async () => {
        seedInstance(side)
        const waits = recordWaits()
        await side.control.graph.setFaults({ throttle: { count: 2, retryAfterSeconds: 2 } })
        const r = keep(listIssuesPage({ pageSize: 3 }, JOB))
        expect(r.ok).toBe(true)
        expect(waits).toEqual([2000, 2000])
        expect(await graphRequests()).toBe(3)
        expect(await entraTokens()).toBe(1)
    })

    it('429 with Retry-After: the default waiter really waits', async () => {
        seedInstance(side)
        await side.control.graph.setFaults({ throttle: { count: 1, retryAfterSeconds: 1 } })
        const started = Date.now()
        const r = keep(listIssuesPage({ pageSize: 3 }, JOB))
        expect(r.ok).toBe(true)
        expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
    })

    it('a Retry-After beyond the wait cap is handed back, not waited out', async () => {
        seedInstance(side)
        const waits = recordWaits()
        await side.control.graph.setFaults({ throttle: { retryAfterSeconds: 120 } })
        const r = keep(listIssuesPage({}, JOB))
        expect(r).toMatchObject({
            ok: false,
            status: 429,
            code: 'throttled',
            retryAfterSeconds: 120,
            message: MSG.contactAppSupport,
        })
        expect(waits).toEqual([])
        expect(await graphRequests()).toBe(1)
    })

    it('503: bounded attempts from outbound.max_retries with growing backoff', async () => {
        seedInstance(side, { maxRetries: 2 })
        const waits = recordWaits()
        await side.control.graph.setFaults({ down: 'unavailable' })
        const r = keep(listIssuesPage({}, JOB))
        expect(r).toMatchObject({ ok: false, status: 503, code: 'unavailable', message: MSG.contactAppSupport })
        expect(await graphRequests()).toBe(3)
        expect(waits).toHaveLength(2)
        expect(waits[0]).toBeGreaterThanOrEqual(250)
        expect(waits[0]).toBeLessThanOrEqual(500)
        expect(waits[1]).toBeGreaterThanOrEqual(500)
        expect(waits[1]).toBeLessThanOrEqual(1000)
        expect(!r.ok && r.correlationId).toBeTruthy()
        const log = control
            .syslog()
            .map((l) => l.message)
            .join('\n')
        expect(log).toMatch(
            /Graph GET 127\.0\.0\.1:\d+\/v1\.0\/admin\/serviceAnnouncement\/issues: status 503 on attempt 1, retrying/,
        )
        expect(log).toMatch(/status 503 after 3 attempt\(s\), giving up/)
    })

    it('connection reset is retried like a 503', async () => {
        seedInstance(side, { maxRetries: 1 })
        const waits = recordWaits()
        await side.control.graph.setFaults({ down: 'reset' })
        const r = keep(listIssuesPage({}, JOB))
        expect(r).toMatchObject({ ok: false, status: 0, code: 'network_error', message: MSG.contactAppSupport })
        expect(waits).toHaveLength(1)
    })

    it('timeouts: outbound.timeout_ms per attempt, retried, then a clear timeout', async () => {
        seedInstance(side, { maxRetries: 1, timeoutMs: 1000 })
        const waits = recordWaits()
        // Fetch the token first so only Graph is slow.
        expect(keep(listIssuesPage({}, JOB)).ok).toBe(true)
        await side.control.graph.setFaults({ delayMs: 2500 })
        const started = Date.now()
        const r = keep(listIssuesPage({}, JOB))
        const elapsed = Date.now() - started
        expect(r).toMatchObject({ ok: false, status: 0, code: 'timeout', message: MSG.contactAppSupport })
        expect(!r.ok && r.detail).toBe('No answer within 1000 ms.')
        expect(waits).toHaveLength(1)
        expect(elapsed).toBeGreaterThanOrEqual(2000)
        expect(elapsed).toBeLessThan(5000)
    })

    it('a body that is not JSON is a clear error, not a crash', async () => {
        seedInstance(side)
        expect(keep(listIssuesPage({}, JOB)).ok).toBe(true)
        await side.control.graph.setFaults({ badJson: { count: 1 } })
        const r = keep(listIssuesPage({}, JOB))
        expect(r).toMatchObject({ ok: false, status: 200, code: 'bad_json', message: MSG.contactAppSupport })
        expect(control.syslog().some((l) => /not JSON/.test(l.message))).toBe(true)
    })
})

describe('Graph service health', () => {
    it('pages issues with Prefer odata.maxpagesize and @odata.nextLink, one request per page', async () => {
        seedInstance(side)
        const all = await side.control.graph.issues()
        const seen: GraphIssue[] = []
        let page = keep(listIssuesPage({ pageSize: 7 }, JOB))
        let pages = 0
        for (;;) {
            if (!page.ok) throw new Error(page.code)
            pages++
            expect(page.data.items.length).toBeLessThanOrEqual(7)
            seen.push(...page.data.items)
            if (!page.data.nextLink) break
            page = keep(listIssuesPage(page.data.nextLink, JOB))
        }
        expect(seen.map((i) => i.id).sort()).toEqual(all.map((i) => i.id).sort())
        expect(pages).toBe(Math.ceil(all.length / 7))
        expect(await graphRequests()).toBe(pages)
        expect(seen[0]).toHaveProperty('posts')
    })

    it('filters on lastModifiedDateTime (ge) for delta polls', async () => {
        seedInstance(side)
        const all = await side.control.graph.issues()
        const sorted = all.map((i) => i.lastModifiedDateTime).sort()
        const since = sorted[Math.floor(sorted.length / 2)]
        const r = keep(listIssuesPage({ since, pageSize: 1000 }, JOB))
        if (!r.ok) throw new Error(r.code)
        expect(r.data.items.length).toBe(
            all.filter((i) => Date.parse(i.lastModifiedDateTime) >= Date.parse(since)).length,
        )
        expect(r.data.nextLink).toBeUndefined()
    })

    it('a page link Graph does not know: 404 as not_found; and the health overviews', async () => {
        seedInstance(side)
        const [first] = await side.control.graph.issues()
        const firstPage = keep(listIssuesPage({ pageSize: 1000 }, JOB))
        expect(firstPage.ok && firstPage.data.items.find((i) => i.id === first.id)).toMatchObject({
            id: first.id,
            title: first.title,
        })
        // A saved nextLink on the Graph host that Graph no longer serves (the poller then starts its pass over).
        const gone = side.urls.graph + '/v1.0/admin/serviceAnnouncement/issues/EX999999/pages?$skiptoken=x'
        expect(keep(listIssuesPage(gone, JOB))).toMatchObject({
            ok: false,
            status: 404,
            code: 'not_found',
            message: MSG.contactAppSupport,
        })
        const o = keep(listHealthOverviews(JOB))
        expect(o.ok && o.data.length).toBeGreaterThan(3)
        expect(o.ok && o.data[0]).toHaveProperty('status')
    })

    it('base URL from graph.base_url (national clouds), and the token never follows a foreign nextLink', async () => {
        seedInstance(side)
        setProp('graph.base_url', 'https://graph.microsoft.us/')
        expect(graphBaseUrl()).toBe('https://graph.microsoft.us')
        // The token audience follows the national cloud, for the Graph client and Setup's token check alike.
        expect(graphResource()).toBe('https://graph.microsoft.us')
        setProp('graph.resource', 'https://custom.example')
        expect(graphResource()).toBe('https://custom.example')
        setProp('graph.resource', 'https://graph.microsoft.com')
        setProp('graph.base_url', 'https://microsoftgraph.chinacloudapi.cn')
        expect(graphBaseUrl()).toBe('https://microsoftgraph.chinacloudapi.cn')
        expect(graphResource()).toBe('https://microsoftgraph.chinacloudapi.cn')
        setProp('graph.base_url', side.urls.graph + '/')
        expect(keep(listIssuesPage({ pageSize: 2 }, JOB)).ok).toBe(true)
        const r = keep(listIssuesPage('http://evil.example/v1.0/admin/serviceAnnouncement/issues?$skiptoken=x', JOB))
        expect(r).toMatchObject({ ok: false, code: 'invalid_request' })
        expect(control.rows('sys_outbound_http_log').some((l) => l.url.includes('evil.example'))).toBe(false)
    })
})
