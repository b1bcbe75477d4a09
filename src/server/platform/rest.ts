import { RESTAPIRequest, RESTAPIResponse } from '@servicenow/glide/sn_ws_int'
import { log } from './log.ts'
import { msg } from './i18n.ts'
import { MSG } from '../domain/messages.ts'

// Routes name their script's parameters with these types, so they need no Glide import of their own.
export type { RESTAPIRequest, RESTAPIResponse }

// Shared shape of every route of the app's Scripted REST APIs: parse -> handler -> JSON out. Bodies are
// written through the stream writer so that the JSON is exactly what contracts/connector.openapi.yaml says
// (setBody would wrap it in {result: ...}). Errors are always {error: {code, message}}.

// Not `extends Error`: ServiceNow's ES2021 mode disallows subclassing Error ("JavaScript engine feature support"),
// which would turn every 4xx into a 500 on the instance. A plain class is thrown and caught by instanceof.
export class HttpError {
    name = 'HttpError'
    status: number
    code: string
    message: string
    constructor(status: number, code: string, message: string) {
        this.status = status
        this.code = code
        this.message = message
    }
    toString(): string {
        return this.name + ': ' + this.message
    }
}

export interface RouteRequest {
    pathParam(name: string): string
    query(name: string): string | undefined
    header(name: string): string | undefined
    /** The raw body, at most maxBytes long (413 otherwise). */
    bodyText(maxBytes: number): string
    /** The body parsed as a JSON object (400 on malformed JSON or a non-object). */
    json(maxBytes: number): Record<string, unknown>
}

export interface RouteResult {
    status: number
    body: unknown
    headers?: Record<string, string>
}

// The SDK links a route to an exported function declaration, so each route module exports
// `function x(request, response) { handleJson(request, response, 'name', handler) }`.
export function handleJson(
    request: RESTAPIRequest,
    response: RESTAPIResponse,
    name: string,
    handler: (req: RouteRequest) => RouteResult,
): void {
    let result: RouteResult
    try {
        result = handler(wrapRequest(request))
    } catch (e) {
        if (e instanceof HttpError) {
            result = { status: e.status, body: { error: { code: e.code, message: e.message } } }
        } else {
            log.error('Route {0} failed: {1}', name, e instanceof Error ? e.message : String(e))
            result = { status: 500, body: { error: { code: 'internal', message: msg(MSG.contactAppSupport) } } }
        }
    }
    response.setStatus(result.status)
    response.setContentType('application/json')
    const headers = result.headers ?? {}
    for (const k of Object.keys(headers)) response.setHeader(k, headers[k])
    response.getStreamWriter().writeString(JSON.stringify(result.body))
}

function wrapRequest(request: RESTAPIRequest): RouteRequest {
    let bodyRead = false
    let bodyCache = ''
    function bodyText(maxBytes: number): string {
        if (!bodyRead) {
            bodyRead = true
            // dataString may be null when there is no body.
            bodyCache = request.body ? String(request.body.dataString ?? '') : ''
        }
        if (utf8Length(bodyCache) > maxBytes)
            throw new HttpError(413, 'payload_too_large', msg('The request body is larger than {0} bytes.', maxBytes))
        return bodyCache
    }
    return {
        pathParam(name: string): string {
            const v = request.pathParams ? request.pathParams[name] : undefined
            return v === undefined || v === null ? '' : String(v)
        },
        query(name: string): string | undefined {
            const v = request.queryParams ? request.queryParams[name] : undefined
            if (v === undefined || v === null) return undefined
            // queryParams values are arrays on the platform.
            return Array.isArray(v) ? (v.length ? String(v[0]) : undefined) : String(v)
        },
        header(name: string): string | undefined {
            let v: unknown = request.getHeader(name)
            // Header names are case-insensitive; request.headers is keyed by the lower-case name.
            if ((v === undefined || v === null || v === '') && request.headers) v = request.headers[name.toLowerCase()]
            return v === undefined || v === null || v === '' ? undefined : String(v)
        },
        bodyText,
        json(maxBytes: number): Record<string, unknown> {
            const text = bodyText(maxBytes)
            if (!text.trim())
                throw new HttpError(400, 'invalid_json', msg('The request body is empty; a JSON object is required.'))
            let parsed: unknown
            try {
                parsed = JSON.parse(text)
            } catch {
                throw new HttpError(400, 'invalid_json', msg('The request body is not valid JSON.'))
            }
            if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
                throw new HttpError(400, 'invalid_json', msg('The request body must be a JSON object.'))
            return parsed as Record<string, unknown>
        },
    }
}

function utf8Length(s: string): number {
    let n = 0
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i)
        if (c < 0x80) n += 1
        else if (c < 0x800) n += 2
        else if (c >= 0xd800 && c <= 0xdbff) {
            n += 4
            i++
        } else n += 3
    }
    return n
}
