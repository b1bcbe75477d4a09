import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http'
import { join } from 'node:path'
import { BuiltApp, BuiltRoute, matchRoute } from '../app/built-app.ts'
import { authenticate, AuthDeps, AuthOutcome, Caller } from './auth.ts'
import { pageAsset, toBrowserHtml } from './pages.ts'
import { Sessions } from './sessions.ts'
import { ListRows, listPageHtml, menuEntries } from './lists.ts'

// The sandbox "instance": serves the built UI pages and runs the built REST routes' real server modules on
// the Glide test double, one request at a time (the handlers are synchronous, as on Rhino).

export interface RouteCall {
    method: string
    uri: string
    pathParams: Record<string, string>
    queryParams: Record<string, string[]>
    headers: Record<string, string>
    body: string
    userName: string | null
}

export interface RouteReply {
    status: number
    headers: Record<string, string>
    body: string
}

/** What the server needs from the Glide double (kept narrow so the server does not know its internals). */
export interface InstanceRuntime {
    runRoute(handler: (request: unknown, response: unknown) => void, call: RouteCall): RouteReply
    userHasAnyRole(userName: string, roles: string[]): boolean
    userExists(userName: string): boolean
    users: AuthDeps['users']
    userSysId(userName: string): string
    language(userName: string): string
    translate(userName: string, scope: string, text: string): string
    /** Rows of a list view as the user may read them; null when the table does not exist. */
    listRows?(userName: string, table: string, query: string): ListRows | null
}

export interface InstanceOptions {
    app: BuiltApp
    rootDir: string
    scope: string
    runtime: InstanceRuntime
    bearer?: AuthDeps['bearer']
    maxBodyBytes?: number
    /** Demo users offered on the sandbox's home page. */
    demoUsers?: { userName: string; description: string }[]
}

type Handler = (request: unknown, response: unknown) => void

export interface InstanceServer {
    server: Server
    sessions: Sessions
    dispatchInProcess(method: string, url: string, headers: Record<string, string>, body: string): RouteReply
}

export function createInstanceServer(opts: InstanceOptions): InstanceServer {
    const sessions = new Sessions()
    const staticDir = join(opts.rootDir, 'dist', 'static')
    const modules = new Map<string, Handler>()
    const load = (r: BuiltRoute): Handler => {
        const key = r.modulePath + '#' + r.exportName
        let fn = modules.get(key)
        if (!fn) {
            const mod = require(join(opts.rootDir, r.modulePath)) as Record<string, unknown>
            if (typeof mod[r.exportName] !== 'function')
                throw new Error(`${r.modulePath} does not export ${r.exportName}`)
            fn = mod[r.exportName] as Handler
            modules.set(key, fn)
        }
        return fn
    }
    const authDeps: AuthDeps = { sessions, users: opts.runtime.users, bearer: opts.bearer }

    const server = createServer((req, res) => {
        handle(req, res).catch((e: unknown) => {
            send(
                res,
                500,
                'application/json',
                JSON.stringify({
                    error: { message: 'Sandbox error', detail: e instanceof Error ? e.message : String(e) },
                    status: 'failure',
                }),
            )
        })
    })

    async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
        const url = new URL(req.url ?? '/', 'http://sandbox')
        const path = url.pathname
        if (path === '/login.do') return login(url, res)
        if (path === '/' || path === '/index.html') return home(req, res)
        const asset = pageAsset(staticDir, opts.scope, path)
        if (asset) return send(res, asset.status, asset.type, asset.body)
        const page = opts.app.pages.find((p) => '/' + p.endpoint === path)
        if (page) return servePage(req, res, page.html, url)
        if (path.startsWith('/api/')) return api(req, res, url)
        const list = /^\/([a-z0-9_]+)_list\.do$/.exec(path)
        if (list && opts.runtime.listRows) return listView(req, res, list[1], url)
        send(res, 404, 'text/plain', 'Not found')
    }

    function login(url: URL, res: ServerResponse): void {
        const user = url.searchParams.get('user') ?? ''
        if (!opts.runtime.userExists(user)) return send(res, 400, 'text/plain', `Unknown user ${user}`)
        const s = sessions.create(user)
        const next = url.searchParams.get('next') ?? '/'
        res.writeHead(302, { 'Set-Cookie': sessions.cookieFor(s), Location: next.startsWith('/') ? next : '/' })
        res.end()
    }

    function home(req: IncomingMessage, res: ServerResponse): void {
        const s = sessions.fromCookie(req.headers.cookie)
        const users = (opts.demoUsers ?? [])
            .map(
                (u) =>
                    `<li><a href="/login.do?user=${encodeURIComponent(u.userName)}">${u.userName}</a> ${u.description}</li>`,
            )
            .join('')
        const pages = opts.app.pages.map((p) => `<li><a href="/${p.endpoint}">${p.endpoint}</a></li>`).join('')
        const menu = menuEntries(opts.app)
            .map(
                (m) =>
                    `<li><a href="${m.url.replace(/&/g, '&amp;')}">${m.title}</a> (roles: ${m.roles.join(', ') || 'any'})</li>`,
            )
            .join('')
        send(
            res,
            200,
            'text/html',
            `<!DOCTYPE html><html><head><title>Sandbox instance</title></head><body><h1>Microsoft 365 support integration: sandbox</h1><p>Signed in as: ${s ? s.userName : 'nobody'}</p><h2>Sign in as</h2><ul>${users}</ul><h2>Menu: Microsoft 365 Support</h2><ul>${menu}<li><a href="/incident_list.do">Incidents</a> (with their Microsoft 365 tab)</li></ul><h2>UI pages</h2><ul>${pages}</ul></body></html>`,
        )
    }

    // <table>_list.do: the menu module's roles first (the navigator shows the module only to them), then the
    // table's ACLs through the runtime. The incident list links each incident's Microsoft 365 tab page.
    function listView(req: IncomingMessage, res: ServerResponse, table: string, url: URL): void {
        const s = sessions.fromCookie(req.headers.cookie)
        if (!s) {
            res.writeHead(302, { Location: '/?next=' + encodeURIComponent(url.pathname + url.search) })
            return void res.end()
        }
        const query = url.searchParams.get('sysparm_query') ?? ''
        const modules = menuEntries(opts.app).filter((m) => m.table === table)
        const module = modules.find((m) => m.url === url.pathname + url.search) ?? modules[0]
        const roles = modules.flatMap((m) => m.roles)
        if (roles.length && !opts.runtime.userHasAnyRole(s.userName, roles))
            return send(
                res,
                403,
                'text/plain',
                `${s.userName} has none of the roles of this list's menu entry (${roles.join(', ')})`,
            )
        const result = opts.runtime.listRows!(s.userName, table, query)
        if (!result) return send(res, 404, 'text/plain', `No table ${table}`)
        const tabPage = opts.app.pages.find((p) => /incident_tab/.test(p.endpoint))
        const rowLink =
            table === 'incident' && tabPage
                ? (r: Record<string, string>) => ({
                      href: `/${tabPage.endpoint}?sys_id=${r.sys_id}`,
                      label: 'Microsoft 365 tab',
                  })
                : undefined
        send(
            res,
            result.denied ? 403 : 200,
            'text/html; charset=utf-8',
            listPageHtml({ table, query, userName: s.userName, module, result, rowLink }),
        )
    }

    function servePage(req: IncomingMessage, res: ServerResponse, xhtml: string, url: URL): void {
        const s = sessions.fromCookie(req.headers.cookie)
        if (!s) {
            res.writeHead(302, { Location: '/?next=' + encodeURIComponent(url.pathname + url.search) })
            return void res.end()
        }
        const html = toBrowserHtml(xhtml.replace(/^\s*<!--[\s\S]*?-->\s*/, ''), {
            g_ck: s.g_ck,
            userName: s.userName,
            userId: opts.runtime.userSysId(s.userName),
            language: opts.runtime.language(s.userName),
            translate: (scope, text) => opts.runtime.translate(s.userName, scope, text),
        })
        send(res, 200, 'text/html; charset=utf-8', html)
    }

    async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
        const headers: Record<string, string> = {}
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k.toLowerCase()] = v
        const auth = await authenticate(req, authDeps)
        const body = await readBody(req, opts.maxBodyBytes ?? 10 * 1024 * 1024)
        const reply =
            body === null
                ? platformError(413, 'Request entity too large', 'The request body exceeds the instance limit')
                : dispatch((req.method ?? 'GET').toUpperCase(), url, headers, body, auth)
        res.writeHead(reply.status, { 'Content-Type': 'application/json', ...reply.headers })
        res.end(reply.body)
    }

    /** The synchronous part of an API call: route match, authentication outcome, ACL, then the handler. */
    function dispatch(
        method: string,
        url: URL,
        headers: Record<string, string>,
        body: string,
        auth: AuthOutcome,
    ): RouteReply {
        let route: BuiltRoute | undefined
        let pathParams: Record<string, string> = {}
        for (const r of opts.app.routes) {
            const m = matchRoute(r.uriTemplate, url.pathname)
            if (m && r.method === method) {
                route = r
                pathParams = m
                break
            }
        }
        if (!route)
            return platformError(
                400,
                'Requested URI does not represent any resource',
                `No route ${method} ${url.pathname}`,
            )
        if (!auth.ok) return platformError(auth.status, auth.message, auth.detail)
        const caller: Caller | null = auth.caller
        if (route.requiresAuthentication && !caller)
            return platformError(401, 'User Not Authenticated', 'Required to provide Auth information')
        if (
            route.requiresAcl &&
            route.roles.length &&
            (!caller || !opts.runtime.userHasAnyRole(caller.userName, route.roles))
        ) {
            return platformError(
                403,
                'User Not Authorized',
                'ACL Exception: the user does not have a role this REST endpoint requires',
            )
        }
        const queryParams: Record<string, string[]> = {}
        url.searchParams.forEach((v, k) => (queryParams[k] = [...(queryParams[k] ?? []), v]))
        return opts.runtime.runRoute(load(route), {
            method,
            uri: url.pathname + url.search,
            pathParams,
            queryParams,
            headers,
            body,
            userName: caller ? caller.userName : null,
        })
    }

    /**
     * The instance calling its own REST API (Setup's inbound ping via glide.servlet.uri). A synchronous
     * RESTMessageV2 blocks this thread, so the double hands such calls here instead of over a socket.
     * Sessions and bearer tokens (async signature checks) do not apply; basic auth and anonymous calls do.
     */
    function dispatchInProcess(
        method: string,
        rawUrl: string,
        headers: Record<string, string>,
        body: string,
    ): RouteReply {
        const url = new URL(rawUrl)
        const lower: Record<string, string> = {}
        for (const [k, v] of Object.entries(headers)) lower[k.toLowerCase()] = v
        const authz = lower.authorization ?? ''
        let auth: AuthOutcome = { ok: true, caller: null }
        if (/^basic /i.test(authz)) {
            const decoded = Buffer.from(authz.slice(6).trim(), 'base64').toString('utf8')
            const i = decoded.indexOf(':')
            const user = i < 0 ? decoded : decoded.slice(0, i)
            auth = opts.runtime.users.checkPassword(user, i < 0 ? '' : decoded.slice(i + 1))
                ? { ok: true, caller: { userName: user, via: 'basic' } }
                : {
                      ok: false,
                      status: 401,
                      message: 'User Not Authenticated',
                      detail: 'Required to provide Auth information',
                  }
        } else if (authz) {
            auth = {
                ok: false,
                status: 401,
                message: 'User Not Authenticated',
                detail: 'The sandbox accepts only basic auth on calls the instance makes to itself',
            }
        }
        if (!url.pathname.startsWith('/api/'))
            return { status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'Not found' }
        return dispatch(method.toUpperCase(), url, lower, body, auth)
    }

    return { server, sessions, dispatchInProcess }
}

function platformError(status: number, message: string, detail: string): RouteReply {
    return {
        status,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ error: { message, detail }, status: 'failure' }),
    }
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
    res.writeHead(status, { 'Content-Type': type })
    res.end(body)
}

function readBody(req: IncomingMessage, max: number): Promise<string | null> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = []
        let size = 0
        let over = false
        req.on('data', (c: Buffer) => {
            size += c.length
            if (size > max) over = true
            else chunks.push(c)
        })
        req.on('end', () => resolve(over ? null : Buffer.concat(chunks).toString('utf8')))
        req.on('error', reject)
    })
}
