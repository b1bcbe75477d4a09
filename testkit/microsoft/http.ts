// Minimal loopback HTTP plumbing shared by the Microsoft-side stand-ins: a path router, body reading with a cap,
// JSON replies and a restartable listener (the connector's "refused" fault stops listening, then comes back).
import { createServer, IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http'
import { AddressInfo } from 'node:net'

export interface Req {
    method: string
    path: string
    query: URLSearchParams
    headers: IncomingHttpHeaders
    params: Record<string, string>
    rawBody: string
    raw: IncomingMessage
}

export interface Reply {
    status: number
    body?: unknown
    headers?: Record<string, string>
    /** Sent verbatim instead of JSON.stringify(body). */
    text?: string
    /** Destroy the socket instead of answering (connection reset). */
    reset?: boolean
}

export type Handler = (req: Req) => Reply | Promise<Reply>

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
    return { status, body, headers }
}

interface Route {
    method: string
    parts: string[]
    handler: Handler
}

export class Router {
    private routes: Route[] = []

    add(method: string, pattern: string, handler: Handler): this {
        this.routes.push({ method, parts: pattern.split('/').filter(Boolean), handler })
        return this
    }

    /** Returns the handler and path params, or 'method' when the path exists under another method. */
    match(method: string, path: string): { handler: Handler; params: Record<string, string> } | 'method' | undefined {
        const segs = path.split('/').filter(Boolean)
        let pathMatched = false
        for (const r of this.routes) {
            const params = matchParts(r.parts, segs)
            if (!params) continue
            if (r.method === method) return { handler: r.handler, params }
            pathMatched = true
        }
        return pathMatched ? 'method' : undefined
    }
}

function matchParts(parts: string[], segs: string[]): Record<string, string> | undefined {
    if (parts.length !== segs.length) return undefined
    const params: Record<string, string> = {}
    for (let i = 0; i < parts.length; i++) {
        const p = parts[i]
        if (p.startsWith(':')) params[p.slice(1)] = decodeURIComponent(segs[i])
        else if (p !== segs[i]) return undefined
    }
    return params
}

export class BodyTooLarge extends Error {}

export function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = []
        let size = 0
        req.on('data', (c: Buffer) => {
            size += c.length
            if (size > maxBytes) {
                reject(new BodyTooLarge(`body exceeds ${maxBytes} bytes`))
                req.resume()
                return
            }
            chunks.push(c)
        })
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
        req.on('error', reject)
    })
}

/** Parses a JSON body; undefined means "not valid JSON". */
export function parseJson(text: string): unknown {
    try {
        return JSON.parse(text)
    } catch {
        return undefined
    }
}

export function header(req: Req, name: string): string | undefined {
    const v = req.headers[name.toLowerCase()]
    return Array.isArray(v) ? v[0] : v
}

export function send(res: ServerResponse, reply: Reply): void {
    if (reply.reset) {
        res.socket?.destroy()
        return
    }
    const headers: Record<string, string> = { ...(reply.headers ?? {}) }
    let payload = ''
    if (reply.text !== undefined) payload = reply.text
    else if (reply.body !== undefined) payload = JSON.stringify(reply.body)
    if (payload && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
        headers['Content-Type'] = 'application/json; charset=utf-8'
    }
    res.writeHead(reply.status, headers)
    res.end(payload)
}

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void

/** A loopback listener that can stop accepting connections and start again on the same port. */
export class Listener {
    private server: Server
    port = 0

    constructor(
        listener: RequestListener,
        private host = '127.0.0.1',
    ) {
        this.server = createServer(listener)
    }

    get url(): string {
        return `http://${this.host}:${this.port}`
    }

    get listening(): boolean {
        return this.server.listening
    }

    listen(port: number): Promise<void> {
        return new Promise((resolve, reject) => {
            this.server.once('error', reject)
            this.server.listen(port, this.host, () => {
                this.server.off('error', reject)
                this.port = (this.server.address() as AddressInfo).port
                resolve()
            })
        })
    }

    close(): Promise<void> {
        if (!this.server.listening) return Promise.resolve()
        return new Promise((resolve) => {
            this.server.close(() => resolve())
            this.server.closeAllConnections()
        })
    }
}

/** A stand-in's error body in its own service's format (Entra, Graph and the connector each answer differently). */
export type ErrorReply = (
    status: number,
    code: string,
    message: string,
    headers?: Record<string, string>,
    req?: Req,
) => Reply

/** Turns a Router into a request listener; `pre` may answer first (faults, auth), `errorReply` shapes 404/405/500. */
export function listenerFor(
    router: Router,
    opts: {
        maxBodyBytes: number
        pre?: (req: Req) => Reply | undefined | Promise<Reply | undefined>
        post?: (req: Req, reply: Reply) => Reply
        errorReply: ErrorReply
    },
): RequestListener {
    return (raw, res) => {
        void (async () => {
            const url = new URL(raw.url ?? '/', 'http://localhost')
            const req: Req = {
                method: raw.method ?? 'GET',
                path: url.pathname,
                query: url.searchParams,
                headers: raw.headers,
                params: {},
                rawBody: '',
                raw,
            }
            let reply: Reply
            try {
                reply = await handle(router, req, opts)
            } catch (e) {
                reply = opts.errorReply(500, 'internal', `internal error: ${(e as Error).message}`, {}, req)
            }
            if (!res.destroyed) send(res, reply)
        })()
    }
}

async function handle(router: Router, req: Req, opts: Parameters<typeof listenerFor>[1]): Promise<Reply> {
    const early = opts.pre ? await opts.pre(req) : undefined
    if (early) return early
    const m = router.match(req.method, req.path)
    if (m === undefined) return opts.errorReply(404, 'not_found', `no route for ${req.method} ${req.path}`, {}, req)
    if (m === 'method')
        return opts.errorReply(405, 'method_not_allowed', `${req.method} is not allowed on ${req.path}`, {}, req)
    try {
        req.rawBody = await readBody(req.raw, opts.maxBodyBytes)
    } catch (e) {
        if (e instanceof BodyTooLarge) return opts.errorReply(413, 'payload_too_large', e.message, {}, req)
        throw e
    }
    req.params = m.params
    const reply = await m.handler(req)
    return opts.post ? opts.post(req, reply) : reply
}

export const isControlPath = (path: string): boolean => path === '/_control' || path.startsWith('/_control/')
