// The connector's calls back into the app: POST {instance}/api/x_mioms_m365_assis/v1/connector/cases/{case_id}/events with
// basic auth (integration user) or an Entra bearer token fetched from the Entra stand-in by client credentials.
import { randomUUID } from 'node:crypto'
import { DEFAULTS } from './defaults.ts'

export type CallbackAuth = 'basic' | 'bearer' | 'none'

export interface CallbackConfig {
    /** The instance (or sandbox) base URL, e.g. http://127.0.0.1:8080. */
    instanceUrl?: string
    auth?: CallbackAuth
    user?: string
    password?: string
    /** Bearer: the REST-user app registered in Entra (its appid maps to the integration user's User ID). */
    clientId?: string
    clientSecret?: string
    /** Bearer token audience (default: clientId, as the OIDC entity's Client ID must equal aud). */
    resource?: string
    tokenVersion?: 'v1' | 'v2'
    timeoutMs?: number
}

export interface CaseEvent {
    event_id: string
    type: 'status_changed' | 'note_added' | 'closed'
    status?: string
    note?: { author: string; body: string; created_at: string }
    occurred_at: string
}

export interface Delivery {
    eventId: string
    caseId: string
    url: string
    auth: CallbackAuth
    replay: boolean
    status?: number
    /** Parsed JSON body, or the raw text when it is not JSON. */
    body?: unknown
    error?: string
    durationMs: number
    at: string
}

export const EVENTS_PATH = '/api/x_mioms_m365_assis/v1/connector/cases/{case_id}/events'

export const defaultCallbackConfig = (): CallbackConfig => ({
    auth: 'basic',
    user: DEFAULTS.integrationUser.user,
    password: DEFAULTS.integrationUser.password,
    clientId: DEFAULTS.callbackClient.clientId,
    clientSecret: DEFAULTS.callbackClient.clientSecret,
    tokenVersion: 'v1',
    timeoutMs: 10000,
})

/** Config as reported by the control endpoint: secrets masked. */
export const publicConfig = (c: CallbackConfig) => ({
    ...c,
    password: c.password ? '********' : undefined,
    clientSecret: c.clientSecret ? '********' : undefined,
})

export class CallbackSender {
    deliveries: Delivery[] = []
    private cached?: { token: string; until: number; key: string }

    constructor(
        public config: CallbackConfig,
        private tokenUrls: () => { v1: string; v2: string },
    ) {}

    private async bearer(): Promise<string> {
        const c = this.config
        const resource = c.resource ?? c.clientId ?? ''
        const key = `${c.clientId}|${resource}|${c.tokenVersion}`
        if (this.cached && this.cached.key === key && this.cached.until > Date.now()) return this.cached.token
        const v2 = c.tokenVersion === 'v2'
        const res = await fetch(v2 ? this.tokenUrls().v2 : this.tokenUrls().v1, {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({
                grant_type: 'client_credentials',
                client_id: c.clientId ?? '',
                client_secret: c.clientSecret ?? '',
                ...(v2 ? { scope: `${resource}/.default` } : { resource }),
            }),
        })
        const body = (await res.json()) as { access_token?: string; expires_in?: string | number; error?: string }
        if (!res.ok || !body.access_token)
            throw new Error(`token request failed with ${res.status} ${body.error ?? ''}`.trim())
        this.cached = { token: body.access_token, key, until: Date.now() + (Number(body.expires_in) - 60) * 1000 }
        return body.access_token
    }

    async send(
        caseId: string,
        event: unknown,
        opts: { auth?: CallbackAuth; replay?: boolean } = {},
    ): Promise<Delivery> {
        const started = Date.now()
        const auth = opts.auth ?? this.config.auth ?? 'basic'
        const url = `${(this.config.instanceUrl ?? '').replace(/\/+$/, '')}${EVENTS_PATH.replace('{case_id}', encodeURIComponent(caseId))}`
        const eventId = (event as { event_id?: unknown })?.event_id
        const d: Delivery = {
            eventId: typeof eventId === 'string' ? eventId : '',
            caseId,
            url,
            auth,
            replay: !!opts.replay,
            durationMs: 0,
            at: new Date().toISOString(),
        }
        try {
            if (!this.config.instanceUrl) throw new Error('no instanceUrl configured for callbacks')
            const headers: Record<string, string> = {
                'Content-Type': 'application/json',
                Accept: 'application/json',
                'X-Correlation-Id': randomUUID(),
            }
            if (auth === 'basic')
                headers.Authorization = `Basic ${Buffer.from(`${this.config.user}:${this.config.password}`).toString('base64')}`
            if (auth === 'bearer') headers.Authorization = `Bearer ${await this.bearer()}`
            const res = await fetch(url, {
                method: 'POST',
                headers,
                body: typeof event === 'string' ? event : JSON.stringify(event),
                signal: AbortSignal.timeout(this.config.timeoutMs ?? 10000),
            })
            d.status = res.status
            const text = await res.text()
            try {
                d.body = text ? JSON.parse(text) : undefined
            } catch {
                d.body = text
            }
        } catch (e) {
            d.error = (e as Error).message
        }
        d.durationMs = Date.now() - started
        this.deliveries.push(d)
        return d
    }

    reset(config: CallbackConfig): void {
        this.config = config
        this.deliveries = []
        this.cached = undefined
    }
}
