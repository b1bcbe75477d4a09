import { gs } from '@servicenow/glide'
import { RESTMessageV2, RESTResponseV2 } from '@servicenow/glide/sn_ws'

// One RESTMessageV2 call and nothing else: retries, the token refresh on 401 and JSON decoding are
// outbound/send-json.ts. Never logs (the caller logs host, path and status only).

export interface WireRequest {
    /** Lower-case HTTP method, as RESTMessageV2.setHttpMethod takes it. */
    method: string
    url: string
    /** Set in this order (a later duplicate name wins, as with repeated setRequestHeader calls). */
    headers: Record<string, string>
    body?: string
    timeoutMs: number
}

/** What came back; status 0 with transportError when nothing did. */
export interface WireAnswer {
    status: number
    body: string
    transportError: string
    timedOut: boolean
    /** One response header, undefined when absent or empty. */
    header(name: string): string | undefined
    /** Every response header, names in lower case. */
    headers(): Record<string, string>
}

const TIMEOUT_TEXT = /timed?\s*out|SocketTimeoutException/i
const NO_HEADERS: Pick<WireAnswer, 'header' | 'headers'> = { header: () => undefined, headers: () => ({}) }

// The typings declare RESTMessageV2's constructor with internal Rhino arguments; the platform's public form is
// the no-argument constructor followed by setEndpoint/setHttpMethod.
const RestMessage = RESTMessageV2 as unknown as new () => RESTMessageV2

/** A fresh id for one logical call (sent as client-request-id and X-Correlation-Id). */
export function newRequestId(): string {
    return String(gs.generateGUID())
}

export function sendOnce(req: WireRequest): WireAnswer {
    const msg = new RestMessage()
    msg.setEndpoint(req.url)
    msg.setHttpMethod(req.method)
    msg.setHttpTimeout(req.timeoutMs)
    for (const k of Object.keys(req.headers)) msg.setRequestHeader(k, req.headers[k])
    if (req.body !== undefined) msg.setRequestBody(req.body)
    let res: RESTResponseV2
    try {
        res = msg.execute()
    } catch (e) {
        const text = e instanceof Error ? e.message : String(e)
        return { status: 0, body: '', transportError: text, timedOut: TIMEOUT_TEXT.test(text), ...NO_HEADERS }
    }
    const status = Number(res.getStatusCode()) || 0
    const body = String(res.getBody() || '')
    const transportError = status === 0 ? String(res.getErrorMessage() || 'No response') : ''
    return {
        status,
        body,
        transportError,
        timedOut: status === 0 && TIMEOUT_TEXT.test(transportError),
        header: (name) => header(res, name),
        headers: () => headersOf(res),
    }
}

function header(res: RESTResponseV2, name: string): string | undefined {
    try {
        const v = res.getHeader(name)
        return v === null || v === undefined || v === '' ? undefined : String(v)
    } catch {
        return undefined
    }
}

function headersOf(res: RESTResponseV2): Record<string, string> {
    const out: Record<string, string> = {}
    try {
        const all = res.getHeaders() as Record<string, unknown>
        for (const k of Object.keys(all || {})) out[k.toLowerCase()] = String(all[k])
    } catch {
        // headers are optional for callers
    }
    return out
}
