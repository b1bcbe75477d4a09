// Faults on demand, shared by every stand-in: down (503, connection reset, or refused for a while), throttling
// with Retry-After for the next K requests, a delay, a malformed JSON body, and any error answer in the service's
// own error shape (e.g. 403 forbidden for a repository the connector no longer knows). Control paths are never faulted.
import { ErrorReply, Reply, Req, Router, json, parseJson, isControlPath } from './http.ts'

export interface FaultSettings {
    /** unavailable: 503; reset: socket destroyed; refused: the listener closes for downForMs then reopens. */
    down?: 'unavailable' | 'reset' | 'refused'
    downForMs?: number
    /** 429 with Retry-After; count = how many requests (omit for "until cleared"). */
    throttle?: { count?: number; retryAfterSeconds?: number }
    delayMs?: number
    /** Answer with a truncated JSON body (status 200) for the next `count` requests (omit for "until cleared"). */
    badJson?: { count?: number }
    /** Answer with this error status and code (the service's {error:{code,message}} body) until cleared. */
    error?: { status: number; code: string; message?: string }
    /** Only requests whose path starts with one of these are faulted (default: all non-control paths). */
    paths?: string[]
}

export class Faults {
    settings: FaultSettings = {}

    constructor(
        private errorReply: ErrorReply,
        private refuse: (forMs: number) => void = () => undefined,
    ) {}

    set(s: FaultSettings): void {
        this.settings = { ...s }
    }

    private applies(req: Req): boolean {
        if (isControlPath(req.path)) return false
        const paths = this.settings.paths
        return !paths || paths.some((p) => req.path.startsWith(p))
    }

    async before(req: Req): Promise<Reply | undefined> {
        if (!this.applies(req)) return undefined
        const s = this.settings
        if (s.delayMs) await new Promise((r) => setTimeout(r, s.delayMs))
        if (s.down === 'unavailable')
            return this.errorReply(503, 'unavailable', 'The service is temporarily unavailable.', {}, req)
        if (s.down === 'reset') return { status: 0, reset: true }
        if (s.down === 'refused') {
            this.refuse(s.downForMs ?? 1000)
            return { status: 0, reset: true }
        }
        if (s.error)
            return this.errorReply(s.error.status, s.error.code, s.error.message ?? 'Simulated error.', {}, req)
        if (s.throttle) {
            const retryAfter = String(s.throttle.retryAfterSeconds ?? 1)
            if (s.throttle.count !== undefined && --s.throttle.count <= 0) delete s.throttle
            return this.errorReply(429, 'throttled', 'Too many requests.', { 'Retry-After': retryAfter }, req)
        }
        return undefined
    }

    after(req: Req, reply: Reply): Reply {
        const b = this.settings.badJson
        if (!b || !this.applies(req) || reply.reset) return reply
        if (b.count !== undefined && --b.count <= 0) delete this.settings.badJson
        const full = reply.text ?? JSON.stringify(reply.body ?? {})
        return {
            status: 200,
            headers: { 'Content-Type': 'application/json' },
            text: full.slice(0, Math.max(1, Math.floor(full.length / 2))),
        }
    }
}

export class Counters {
    private values: Record<string, Record<string, number>> = {}

    inc(group: string, key = 'total', n = 1): void {
        const g = (this.values[group] ??= {})
        g[key] = (g[key] ?? 0) + n
    }

    get(group: string, key = 'total'): number {
        return this.values[group]?.[key] ?? 0
    }

    reset(): void {
        this.values = {}
    }

    toJSON(): Record<string, Record<string, number>> {
        return JSON.parse(JSON.stringify(this.values))
    }
}

/** GET /_control/counters, POST /_control/reset, GET|POST|DELETE /_control/faults (POST replaces the settings). */
export function addCommonControl(
    router: Router,
    ctx: {
        faults: Faults
        counters: Counters
        reset: () => void | Promise<void>
        extraCounters?: () => Record<string, unknown>
    },
): void {
    router.add('GET', '/_control/counters', () =>
        json(200, { ...ctx.counters.toJSON(), ...(ctx.extraCounters?.() ?? {}) }),
    )
    router.add('POST', '/_control/reset', async () => {
        ctx.faults.set({})
        ctx.counters.reset()
        await ctx.reset()
        return json(200, { reset: true })
    })
    router.add('GET', '/_control/faults', () => json(200, ctx.faults.settings))
    router.add('DELETE', '/_control/faults', () => {
        ctx.faults.set({})
        return json(200, {})
    })
    router.add('POST', '/_control/faults', (req) => {
        const body = parseJson(req.rawBody || '{}')
        if (!body || typeof body !== 'object' || Array.isArray(body))
            return json(400, { error: 'faults body must be a JSON object' })
        ctx.faults.set(body as FaultSettings)
        return json(200, ctx.faults.settings)
    })
}
