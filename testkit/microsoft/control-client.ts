// Async client for the /_control endpoints of the three stand-ins. Works the same whether the servers run in
// this process (startMicrosoftSide) or in a child process (testkit/microsoft/spawn.ts).
import type { FaultSettings } from './faults.ts'
import type { EntraClient, MintOptions } from './entra.ts'
import type { ServiceHealthIssue } from './graph-seed.ts'
import type { CallbackAuth, CallbackConfig, CaseEvent, Delivery } from './connector-callbacks.ts'
import type { CaseStatus, SupportCase } from './connector.ts'

export interface MicrosoftSideUrls {
    /** Entra stand-in root (like https://login.microsoftonline.com). */
    entra: string
    tenantId: string
    tokenUrlV1: string
    tokenUrlV2: string
    metadataUrlV1: string
    metadataUrlV2: string
    jwksUri: string
    issuerV1: string
    issuerV2: string
    /** Graph root (like https://graph.microsoft.com); the service-health API is under `${graph}/v1.0/admin/serviceAnnouncement`. */
    graph: string
    /** Reference connector base URL (paths of contracts/connector.openapi.yaml hang off it). */
    connector: string
}

export class ServerControl {
    constructor(readonly baseUrl: string) {}

    async call<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
        const res = await fetch(`${this.baseUrl}/_control${path}`, {
            method,
            headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
        })
        const text = await res.text()
        const data = text ? JSON.parse(text) : undefined
        if (!res.ok) throw new Error(`control ${method} ${path} -> ${res.status}: ${text}`)
        return data as T
    }

    reset(): Promise<unknown> {
        return this.call('POST', '/reset')
    }
    /** Replaces the fault settings (empty object clears them). */
    setFaults(f: FaultSettings): Promise<FaultSettings> {
        return this.call('POST', '/faults', f)
    }
    clearFaults(): Promise<unknown> {
        return this.call('DELETE', '/faults')
    }
    counters(): Promise<Record<string, Record<string, number>>> {
        return this.call('GET', '/counters')
    }
}

export class EntraControl extends ServerControl {
    setTokenLifetime(seconds: number) {
        return this.call('POST', '/settings', { tokenLifetimeSeconds: seconds })
    }
    upsertClient(c: EntraClient) {
        return this.call('POST', '/clients', c)
    }
    rotateKeys() {
        return this.call<{ kid: string }>('POST', '/keys/rotate')
    }
    async mintToken(m: MintOptions): Promise<string> {
        return (await this.call<{ access_token: string }>('POST', '/tokens', m)).access_token
    }
}

export type IssuePatch = Partial<Omit<ServiceHealthIssue, 'posts'>> & { post?: string; postType?: 'regular' | 'quick' }

export class GraphControl extends ServerControl {
    seed(o: { count?: number; seed?: number; baseTime?: string; messageCount?: number }) {
        return this.call<{ issues: number; messages: number }>('POST', '/seed', o)
    }
    addIssue(patch: IssuePatch = {}) {
        return this.call<ServiceHealthIssue>('POST', '/issues', patch)
    }
    /** Changes an issue (and bumps lastModifiedDateTime); `post` appends an HTML post. */
    updateIssue(id: string, patch: IssuePatch) {
        return this.call<ServiceHealthIssue>('POST', `/issues/${encodeURIComponent(id)}`, patch)
    }
    async issues(): Promise<ServiceHealthIssue[]> {
        return (await this.call<{ value: ServiceHealthIssue[] }>('GET', '/issues')).value
    }
    /** Graph's per-app limit (240/60 s documented); null turns it off. */
    rateLimit(perMinute: number | null) {
        return this.call('POST', '/rate-limit', { perMinute })
    }
}

export interface AdvanceResult {
    case: Omit<SupportCase, 'repositoryId'>
    event: CaseEvent
    /** Absent when deliver: false. */
    delivery?: Delivery
}

export class ConnectorControl extends ServerControl {
    /** Where/how callbacks go: { instanceUrl, auth: 'basic'|'bearer'|'none', user, password, clientId, clientSecret, resource, tokenVersion }. */
    setCallback(c: CallbackConfig) {
        return this.call('POST', '/callback', c)
    }
    /** Changes a case and (unless deliver: false) calls the app's events endpoint with a fresh event_id. */
    advance(
        caseId: string,
        a: {
            status?: CaseStatus
            note?: { author?: string; body: string }
            type?: CaseEvent['type']
            auth?: CallbackAuth
            deliver?: boolean
        },
    ) {
        return this.call<AdvanceResult>('POST', `/cases/${encodeURIComponent(caseId)}/advance`, a)
    }
    /** Re-sends an event already sent for this case (default: the latest), same event_id. */
    replay(caseId: string, o: { eventId?: string; auth?: CallbackAuth } = {}) {
        return this.call<{ event: CaseEvent; delivery: Delivery }>(
            'POST',
            `/cases/${encodeURIComponent(caseId)}/replay`,
            o,
        )
    }
    /** Sends any body (object, or raw text) to the app's events endpoint for this case id. */
    sendRaw(caseId: string, o: { event?: unknown; raw?: string; auth?: CallbackAuth }) {
        return this.call<{ delivery: Delivery }>('POST', `/cases/${encodeURIComponent(caseId)}/send`, o)
    }
    async cases(): Promise<SupportCase[]> {
        return (await this.call<{ value: SupportCase[] }>('GET', '/cases')).value
    }
    async deliveries(): Promise<Delivery[]> {
        return (await this.call<{ value: Delivery[] }>('GET', '/deliveries')).value
    }
}

export class MicrosoftControl {
    readonly entra: EntraControl
    readonly graph: GraphControl
    readonly connector: ConnectorControl

    constructor(readonly urls: MicrosoftSideUrls) {
        this.entra = new EntraControl(urls.entra)
        this.graph = new GraphControl(urls.graph)
        this.connector = new ConnectorControl(urls.connector)
    }

    async resetAll(): Promise<void> {
        await Promise.all([this.entra.reset(), this.graph.reset(), this.connector.reset()])
    }
}
