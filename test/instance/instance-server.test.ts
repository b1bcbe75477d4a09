import { AddressInfo } from 'node:net'
import { join } from 'node:path'
import * as control from '../../testkit/glide/control'
import { installApp } from '../../testkit/app/install-app'
import { createInstanceServer, InstanceServer } from '../../testkit/instance/server'
import { doubleRuntime } from '../../testkit/instance/runtime'

// The sandbox instance serves the BUILT UI pages and runs the BUILT REST routes' server modules on the
// double, with the platform's authentication and route ACL checks.
const ROOT = join(__dirname, '..', '..')
let instance: InstanceServer
let base: string

beforeAll(async () => {
    const app = installApp()
    control.createUser('agent', ['x_mioms_m365_assis.insights_user'], { password: 'pw' })
    control.createUser('nobody', [], { password: 'pw' })
    instance = createInstanceServer({ app, rootDir: ROOT, scope: 'x_mioms_m365_assis', runtime: doubleRuntime() })
    await new Promise<void>((r) => instance.server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${(instance.server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((r) => instance.server.close(() => r())))

async function signIn(user: string): Promise<{ cookie: string; gck: string }> {
    const login = await fetch(`${base}/login.do?user=${user}&next=/x_mioms_m365_assis_setup.do`, { redirect: 'manual' })
    expect(login.status).toBe(302)
    const cookie = login.headers.get('set-cookie')!.split(';')[0]
    const page = await fetch(`${base}/x_mioms_m365_assis_setup.do`, { headers: { cookie } })
    const html = await page.text()
    const gck = /window\.g_ck="([a-f0-9]+)"/.exec(html)![1]
    return { cookie, gck }
}

test('serves the built Setup page as HTML with the session token and its bundle', async () => {
    const { cookie } = await signIn('agent')
    const html = await (await fetch(`${base}/x_mioms_m365_assis_setup.do`, { headers: { cookie } })).text()
    expect(html).toContain('<div id="root"></div>')
    expect(html).not.toContain('<sdk:now-ux-globals')
    const src = /<script src="([^"]+main\.jsdbx)"/.exec(html)![1]
    const js = await fetch(base + src)
    expect(js.status).toBe(200)
    expect(js.headers.get('content-type')).toContain('javascript')
    expect((await js.text()).length).toBeGreaterThan(1000)
})

test('pages need a session: anonymous visitors are sent to sign in', async () => {
    const res = await fetch(`${base}/x_mioms_m365_assis_setup.do`, { redirect: 'manual' })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toContain('next=')
})

test('the status route runs the real module and reports that setup is not done', async () => {
    const { cookie, gck } = await signIn('agent')
    const res = await fetch(`${base}/api/x_mioms_m365_assis/app/status`, { headers: { cookie, 'X-UserToken': gck } })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toMatchObject({ scope: 'x_mioms_m365_assis', user: 'agent', setupComplete: false })
    expect(body.message).toBe(
        'Please contact your ServiceNow admin and ask them to complete the setup steps for the app.',
    )
})

test('a session call without the matching X-UserToken is refused (CSRF check)', async () => {
    const { cookie } = await signIn('agent')
    const res = await fetch(`${base}/api/x_mioms_m365_assis/app/status`, {
        headers: { cookie, 'X-UserToken': 'wrong' },
    })
    expect(res.status).toBe(401)
})

test('the route ACL refuses a user without an app role, and anonymous callers get 401', async () => {
    const auth = 'Basic ' + Buffer.from('nobody:pw').toString('base64')
    expect(
        (await fetch(`${base}/api/x_mioms_m365_assis/app/status`, { headers: { authorization: auth } })).status,
    ).toBe(403)
    expect((await fetch(`${base}/api/x_mioms_m365_assis/app/status`)).status).toBe(401)
    const wrong = 'Basic ' + Buffer.from('agent:nope').toString('base64')
    expect(
        (await fetch(`${base}/api/x_mioms_m365_assis/app/status`, { headers: { authorization: wrong } })).status,
    ).toBe(401)
})

test("the instance can call itself in-process (what Setup's inbound ping does)", () => {
    const anonymous = instance.dispatchInProcess('GET', 'http://127.0.0.1:1/api/x_mioms_m365_assis/app/status', {}, '')
    expect(anonymous.status).toBe(401)
    const basic = 'Basic ' + Buffer.from('agent:pw').toString('base64')
    const ok = instance.dispatchInProcess(
        'GET',
        'http://127.0.0.1:1/api/x_mioms_m365_assis/app/status',
        { Authorization: basic },
        '',
    )
    expect(ok.status).toBe(200)
    expect(JSON.parse(ok.body).user).toBe('agent')
})

test('unknown API paths get the platform error shape', async () => {
    const res = await fetch(`${base}/api/x_mioms_m365_assis/app/nope`)
    expect(res.status).toBe(400)
    expect((await res.json()).status).toBe('failure')
})

test("the menu's list views (<table>_list.do?sysparm_query=<filter>) are served from the built modules, as the user may read them", async () => {
    control.createUser('boss', ['x_mioms_m365_assis.administrator'], { password: 'pw' })
    control.seed('x_mioms_m365_assis_health_issue', [
        {
            issue_id: 'EX100',
            title: 'Mail delays',
            service: 'Exchange Online',
            is_resolved: 'false',
            last_modified_date_time: '2026-03-01 08:00:00',
        },
        {
            issue_id: 'TM200',
            title: 'Teams <b>calls</b> drop',
            service: 'Microsoft Teams',
            is_resolved: 'true',
            last_modified_date_time: '2026-03-01 09:00:00',
        },
    ])
    const home = await (await fetch(`${base}/`)).text()
    const links = [...home.matchAll(/href="(\/[a-z0-9_]+_list\.do[^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'))
    expect(links).toEqual(
        expect.arrayContaining([
            '/x_mioms_m365_assis_health_issue_list.do?sysparm_query=' +
                encodeURIComponent('ORDERBYDESClast_modified_date_time'),
            '/x_mioms_m365_assis_case_list.do?sysparm_query=' + encodeURIComponent('ORDERBYDESCsys_created_on'),
            '/syslog_list.do?sysparm_query=' +
                encodeURIComponent('source=x_mioms_m365_assis^ORDERBYDESCsys_created_on'),
        ]),
    )
    const get = async (user: string, path: string) => {
        const r = await fetch(base + path, { headers: { cookie: (await signIn(user)).cookie } })
        return { status: r.status, html: await r.text() }
    }
    const health = await get('agent', links.find((l) => l.includes('health_issue') && l.includes('is_resolved'))!)
    expect(health.status).toBe(200)
    expect(health.html).toContain('<h1>Active Service Health Issues</h1>')
    expect(health.html).toContain('EX100')
    expect(health.html).not.toContain('TM200')
    const all = await get(
        'agent',
        '/x_mioms_m365_assis_health_issue_list.do?sysparm_query=ORDERBYDESClast_modified_date_time',
    )
    // Newest first, and a title is text, never markup.
    expect(all.html.indexOf('TM200')).toBeLessThan(all.html.indexOf('EX100'))
    expect(all.html).toContain('Teams &lt;b&gt;calls&lt;/b&gt; drop')
    // Cases and Logs are administrator modules.
    expect((await get('agent', '/x_mioms_m365_assis_case_list.do')).status).toBe(403)
    expect((await get('agent', '/syslog_list.do')).status).toBe(403)
    const logs = await get(
        'boss',
        '/syslog_list.do?sysparm_query=' + encodeURIComponent('source=x_mioms_m365_assis^ORDERBYDESCsys_created_on'),
    )
    expect(logs.status).toBe(200)
    expect(logs.html).toContain('<h1>Logs</h1>')
    expect((await get('boss', '/x_mioms_m365_assis_case_list.do')).status).toBe(200)
    expect((await get('boss', '/no_such_table_list.do')).status).toBe(404)
    expect((await fetch(`${base}/x_mioms_m365_assis_case_list.do`, { redirect: 'manual' })).status).toBe(302)
})
