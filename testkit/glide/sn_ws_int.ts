// sn_ws_int: the request/response objects a Scripted REST handler receives, plus makeRestCall() which
// plays the platform's REST framework around a handler (tests and the sandbox use it).
import { ServiceError } from './sn_ws_err'
import { state } from './store'

export class RESTAPIRequestBody {
    private _consumed = false
    constructor(
        private readonly _raw: string,
        private readonly _contentType: string,
    ) {}

    private _take(): string {
        // The body is a stream: data, dataString and dataStream share it and the first read consumes it.
        if (this._consumed) throw new Error('The request body has already been read (request.body can be read once)')
        this._consumed = true
        return this._raw
    }

    get dataString(): string {
        return this._take()
    }
    get dataStream(): string {
        return this._take()
    }
    get data(): unknown {
        const raw = this._take()
        if (raw === '') return undefined
        if (/json/i.test(this._contentType) || !this._contentType) {
            try {
                return JSON.parse(raw)
            } catch {
                throw new ServiceError('Exception while reading request')
                    .setStatus(400)
                    .setDetail('The payload is not valid JSON.')
            }
        }
        if (/x-www-form-urlencoded/i.test(this._contentType)) return Object.fromEntries(new URLSearchParams(raw))
        return raw
    }
    hasNext(): boolean {
        return false
    }
    nextEntry(): unknown {
        return this.data
    }
}

export class RESTAPIRequest {
    body: RESTAPIRequestBody
    pathParams: Record<string, string>
    queryParams: Record<string, string[]>
    headers: Record<string, string>
    queryString: string
    uri: string
    url: string

    constructor(input: Required<Omit<RestCallInput, 'userName'>>) {
        this.headers = {}
        for (const [k, v] of Object.entries(input.headers)) this.headers[k.toLowerCase()] = v
        this.body = new RESTAPIRequestBody(input.body, this.headers['content-type'] ?? '')
        this.pathParams = { ...input.pathParams }
        this.queryParams = {}
        for (const [k, v] of Object.entries(input.queryParams))
            this.queryParams[k] = Array.isArray(v) ? v.map(String) : [String(v)]
        this.queryString = new URLSearchParams(
            Object.entries(this.queryParams).flatMap(([k, vs]) => vs.map((v) => [k, v] as [string, string])),
        ).toString()
        this.uri = input.uri
        this.url = input.url || input.uri + (this.queryString ? '?' + this.queryString : '')
    }

    getHeader(name: string): string | null {
        return this.headers[String(name).toLowerCase()] ?? null
    }
    getSupportedResponseContentTypes(): string[] {
        return ['application/json']
    }
}

export class RESTAPIResponseStream {
    constructor(private readonly _sink: (s: string) => void) {}
    writeString(s: string): void {
        this._sink(String(s))
    }
    writeStream(s: unknown): void {
        this._sink(String(s))
    }
}

export interface RestResult {
    status: number
    headers: Record<string, string>
    body: string
}

export class RESTAPIResponse {
    _status = 200
    _headers: Record<string, string> = {}
    _body: string | null = null
    _streamed = ''
    _usedStream = false

    setStatus(code: number): void {
        this._status = Number(code)
    }
    setHeader(name: string, value: string): void {
        this._headers[String(name)] = String(value)
    }
    setHeaders(headers: Record<string, string>): void {
        for (const [k, v] of Object.entries(headers)) this.setHeader(k, v)
    }
    setContentType(type: string): void {
        this._headers['Content-Type'] = String(type)
    }
    setLocation(location: string): void {
        this._headers.Location = String(location)
    }
    /** Like the platform, an object body is serialised wrapped in {"result": ...}. */
    setBody(body: unknown): void {
        this._body = JSON.stringify({ result: body })
    }
    setError(error: unknown): void {
        this._applyError(error)
    }
    getStreamWriter(): RESTAPIResponseStream {
        this._usedStream = true
        return new RESTAPIResponseStream((s) => {
            this._streamed += s
        })
    }

    _applyError(error: unknown): void {
        const se = error instanceof ServiceError ? error : null
        this._status = se ? se.status : 500
        this._headers['Content-Type'] = 'application/json'
        this._usedStream = false
        const message = se ? se.message : String((error as Error)?.message ?? error)
        this._body = JSON.stringify({ error: { message, detail: se ? se.detail : '' }, status: 'failure' })
    }

    _result(): RestResult {
        const headers = { ...this._headers }
        if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
            headers['Content-Type'] = 'application/json'
        const body = this._usedStream ? this._streamed : (this._body ?? '')
        return { status: this._status, headers, body }
    }
}

export interface RestCallInput {
    method?: string
    pathParams?: Record<string, string>
    queryParams?: Record<string, string[] | string>
    headers?: Record<string, string>
    body?: string
    uri?: string
    url?: string
    /** The authenticated caller: becomes the session user for the handler. */
    userName?: string
}

export interface RestCall {
    request: RESTAPIRequest
    response: RESTAPIResponse
    /** Runs a route handler as the framework does: a returned value becomes {"result": value}, a thrown ServiceError the error JSON. */
    // `never` parameters accept handlers typed against the real @servicenow/glide classes.
    run(handler: (request: never, response: never) => unknown): RestResult
    /** Turns a thrown error into the platform's error response. */
    fail(error: unknown): RestResult
    result(): RestResult
}

export function makeRestCall(input: RestCallInput = {}): RestCall {
    if (input.userName !== undefined) state.userName = input.userName
    const request = new RESTAPIRequest({
        method: (input.method ?? 'GET').toUpperCase(),
        pathParams: input.pathParams ?? {},
        queryParams: input.queryParams ?? {},
        headers: input.headers ?? {},
        body: input.body ?? '',
        uri: input.uri ?? '',
        url: input.url ?? '',
    })
    const response = new RESTAPIResponse()
    return {
        request,
        response,
        run(handler) {
            try {
                const value = handler(request as never, response as never)
                if (value !== undefined && response._body === null && !response._usedStream) response.setBody(value)
            } catch (e) {
                response._applyError(e)
            }
            return response._result()
        },
        fail(error) {
            response._applyError(error)
            return response._result()
        },
        result: () => response._result(),
    }
}
