import { startMicrosoftSide, MicrosoftSide } from '../../testkit/microsoft/index.ts'
import { DEFAULTS } from '../../testkit/microsoft/defaults.ts'
import { generateIssues } from '../../testkit/microsoft/graph-seed.ts'
import { clientToken } from './helpers.ts'

const BASE_TIME = '2026-11-01T00:00:00.000Z'
let side: MicrosoftSide
let token: string
let sa: string

beforeAll(async () => {
    side = await startMicrosoftSide({ graph: { baseTime: BASE_TIME } })
    sa = `${side.urls.graph}/v1.0/admin/serviceAnnouncement`
    token = await clientToken(side.urls, DEFAULTS.graphResource)
})
afterAll(() => side.close())
beforeEach(() => side.control.graph.reset())

const get = (url: string, headers: Record<string, string> = {}) =>
    fetch(url, { headers: { Authorization: `Bearer ${token}`, ...headers } })

describe('seed data', () => {
    test('40 realistic, deterministic issues with Graph fields and hostile HTML in some posts', async () => {
        const body = await (await get(`${sa}/issues`)).json()
        expect(body['@odata.context']).toBe(
            'https://graph.microsoft.com/v1.0/$metadata#admin/serviceAnnouncement/issues',
        )
        expect(body.value).toHaveLength(40)
        expect(body['@odata.nextLink']).toBeUndefined()
        const again = generateIssues(40, 1, Date.parse(BASE_TIME))
        expect(body.value.map((i: { id: string }) => i.id)).toEqual(again.map((i) => i.id))
        for (const i of body.value) {
            expect(i.id).toMatch(/^[A-Z]{2}\d{6}$/)
            expect(['incident', 'advisory']).toContain(i.classification)
            expect(i.posts.length).toBeGreaterThan(0)
            expect(i.posts[0].description.contentType).toBe('html')
            expect(Date.parse(i.lastModifiedDateTime)).toBeLessThanOrEqual(Date.parse(BASE_TIME))
            expect(i.isResolved).toBe(i.endDateTime !== null)
        }
        const services = new Set(body.value.map((i: { service: string }) => i.service))
        expect([...services]).toEqual(
            expect.arrayContaining([
                'Exchange Online',
                'Microsoft Teams',
                'SharePoint Online',
                'OneDrive for Business',
                'Microsoft Entra',
            ]),
        )
        const html = body.value
            .flatMap((i: { posts: { description: { content: string } }[] }) =>
                i.posts.map((p) => p.description.content),
            )
            .join('\n')
        expect(html).toContain('<script>')
        expect(html).toMatch(/ on(error|click|mouseover)=/)
    })

    test('healthOverviews lists services with a status', async () => {
        const body = await (await get(`${sa}/healthOverviews`)).json()
        expect(body.value.find((s: { id: string }) => s.id === 'Exchange')).toMatchObject({
            service: 'Exchange Online',
        })
        for (const s of body.value) expect(typeof s.status).toBe('string')
        const expanded = await (await get(`${sa}/healthOverviews?$expand=issues`)).json()
        expect(expanded.value.reduce((n: number, s: { issues: unknown[] }) => n + s.issues.length, 0)).toBe(40)
    })

    test('messages are served and paged', async () => {
        const body = await (await get(`${sa}/messages`, { Prefer: 'odata.maxpagesize=5' })).json()
        expect(body.value).toHaveLength(5)
        expect(body.value[0].id).toMatch(/^MC\d{6}$/)
        expect(body['@odata.nextLink']).toContain('/messages?$skiptoken=')
        const one = await (await get(`${sa}/messages/${body.value[0].id}`)).json()
        expect(one.title).toBe(body.value[0].title)
    })
})

describe('paging and filtering', () => {
    test('1,000-issue backfill: default page 100, maxpagesize up to 1000, nextLink until done', async () => {
        await side.control.graph.seed({ count: 1000, seed: 7, baseTime: BASE_TIME })
        const walk = async (prefer?: string) => {
            const ids: string[] = []
            let url: string | undefined = `${sa}/issues`
            let pages = 0
            while (url) {
                const res = await get(url, prefer ? { Prefer: prefer } : {})
                const body = await res.json()
                ids.push(...body.value.map((i: { id: string }) => i.id))
                url = body['@odata.nextLink']
                pages++
                if (pages === 1 && prefer)
                    expect(res.headers.get('preference-applied')).toMatch(/^odata\.maxpagesize=\d+$/)
            }
            return { ids, pages }
        }
        const byDefault = await walk()
        expect(byDefault.pages).toBe(10)
        expect(new Set(byDefault.ids).size).toBe(1000)
        const big = await walk('odata.maxpagesize=5000')
        expect(big.pages).toBe(1)
        expect(big.ids).toEqual(byDefault.ids)
        expect((await walk('odata.maxpagesize=250')).pages).toBe(4)
        const c = await side.control.graph.counters()
        expect(c.pages.issues).toBe(15)
        expect(c.itemsServed.issues).toBe(3000)
    })

    test('$filter on lastModifiedDateTime with ge and gt, combined with and; $top and $orderby', async () => {
        const all = (await side.control.graph.issues()).map((i) => i.lastModifiedDateTime).sort()
        const pivot = all[20]
        const ge = await (
            await get(`${sa}/issues?$filter=${encodeURIComponent(`lastModifiedDateTime ge ${pivot}`)}`)
        ).json()
        expect(ge.value.length).toBe(all.filter((d) => d >= pivot).length)
        const gt = await (
            await get(`${sa}/issues?$filter=${encodeURIComponent(`lastModifiedDateTime gt ${pivot}`)}`)
        ).json()
        expect(gt.value.length).toBe(all.filter((d) => d > pivot).length)
        const both = await (
            await get(
                `${sa}/issues?$filter=${encodeURIComponent(`lastModifiedDateTime ge ${pivot} and classification eq 'incident'`)}`,
            )
        ).json()
        for (const i of both.value) expect(i.classification).toBe('incident')
        const top = await (await get(`${sa}/issues?$top=3&$orderby=lastModifiedDateTime desc`)).json()
        expect(top.value).toHaveLength(3)
        expect(top.value[0].lastModifiedDateTime).toBe(all[all.length - 1])
        const page2 = await (await get(top['@odata.nextLink'])).json()
        expect(page2.value[0].lastModifiedDateTime <= top.value[2].lastModifiedDateTime).toBe(true)
    })

    test('bad $filter gives Graph BadRequest', async () => {
        const res = await get(`${sa}/issues?$filter=${encodeURIComponent('bogus eq 1')}`)
        expect(res.status).toBe(400)
        expect((await res.json()).error.code).toBe('BadRequest')
    })

    test('a modified issue shows up after the watermark', async () => {
        const issues = await side.control.graph.issues()
        const watermark = issues
            .map((i) => i.lastModifiedDateTime)
            .sort()
            .pop()!
        const none = await (
            await get(`${sa}/issues?$filter=${encodeURIComponent(`lastModifiedDateTime gt ${watermark}`)}`)
        ).json()
        expect(none.value).toEqual([])
        const changed = await side.control.graph.updateIssue(issues[3].id, {
            status: 'serviceRestored',
            post: '<p>Fixed.</p>',
        })
        expect(changed.isResolved).toBe(true)
        const added = await side.control.graph.addIssue({
            title: 'Users cannot open Teams',
            service: 'Microsoft Teams',
        })
        const after = await (
            await get(`${sa}/issues?$filter=${encodeURIComponent(`lastModifiedDateTime gt ${watermark}`)}`)
        ).json()
        expect(after.value.map((i: { id: string }) => i.id).sort()).toEqual([issues[3].id, added.id].sort())
        expect(after.value.find((i: { id: string }) => i.id === issues[3].id).posts.at(-1).description.content).toBe(
            '<p>Fixed.</p>',
        )
    })
})

describe('errors', () => {
    test('unknown issue id: 404 itemNotFound', async () => {
        const res = await get(`${sa}/issues/EX000000`)
        expect(res.status).toBe(404)
        const body = await res.json()
        expect(body.error.code).toBe('itemNotFound')
        expect(typeof body.error.message).toBe('string')
    })

    test('401 without a token, with a wrong audience, or expired', async () => {
        const none = await fetch(`${sa}/issues`)
        expect(none.status).toBe(401)
        expect((await none.json()).error.code).toBe('InvalidAuthenticationToken')
        expect(none.headers.get('www-authenticate')).toMatch(/^Bearer /)
        const connectorToken = await clientToken(side.urls, DEFAULTS.connectorResource)
        const wrong = await fetch(`${sa}/issues`, { headers: { Authorization: `Bearer ${connectorToken}` } })
        expect(wrong.status).toBe(401)
        expect((await wrong.json()).error.message).toContain('Invalid audience')
        const expired = await side.control.entra.mintToken({
            clientId: DEFAULTS.outboundClient.clientId,
            audience: DEFAULTS.graphResource,
            expiresInSeconds: -5,
            roles: [...DEFAULTS.graphRoles],
        })
        expect((await fetch(`${sa}/issues`, { headers: { Authorization: `Bearer ${expired}` } })).status).toBe(401)
    })

    test('403 when the app lacks ServiceHealth.Read.All; v2 tokens work', async () => {
        const noRoles = await clientToken(side.urls, DEFAULTS.graphResource, {
            ...DEFAULTS.callbackClient,
            version: 'v2',
        })
        const res = await fetch(`${sa}/issues`, { headers: { Authorization: `Bearer ${noRoles}` } })
        expect(res.status).toBe(403)
        const v2 = await clientToken(side.urls, DEFAULTS.graphResource, { version: 'v2' })
        expect((await fetch(`${sa}/healthOverviews`, { headers: { Authorization: `Bearer ${v2}` } })).status).toBe(200)
    })

    test('forced 429 with Retry-After for the next K requests, then normal', async () => {
        await side.control.graph.setFaults({ throttle: { count: 2, retryAfterSeconds: 3 } })
        for (let i = 0; i < 2; i++) {
            const res = await get(`${sa}/issues`)
            expect(res.status).toBe(429)
            expect(res.headers.get('retry-after')).toBe('3')
            expect((await res.json()).error.code).toBe('TooManyRequests')
        }
        expect((await get(`${sa}/issues`)).status).toBe(200)
        const c = await side.control.graph.counters()
        expect(c.responses).toMatchObject({ '429': 2, '200': 1 })
        expect(c.requests.total).toBe(3)
    })

    test('per-app rate limit (240/60 s style)', async () => {
        await side.control.graph.rateLimit(3)
        const statuses = []
        for (let i = 0; i < 4; i++) statuses.push((await get(`${sa}/healthOverviews`)).status)
        expect(statuses).toEqual([200, 200, 200, 429])
    })
})
