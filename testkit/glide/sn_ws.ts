// sn_ws.RESTMessageV2 / RESTResponseV2 with real, synchronous HTTP (see http.ts).
import { sendSync, type HttpResult } from './http'
import { bearerForProfile } from './sn_auth'
import { writeSyslog } from './store'

const DEFAULT_TIMEOUT_MS = 60_000

export class RESTResponseV2 {
    constructor(
        private readonly _r: HttpResult,
        private readonly _path: string,
    ) {}
    getStatusCode(): number {
        return this._r.status
    }
    getBody(): string {
        return this._r.body
    }
    getHeader(name: string): string | null {
        return this._r.headers[String(name).toLowerCase()] ?? null
    }
    getHeaders(): Record<string, string> {
        return { ...this._r.headers }
    }
    getAllHeaders(): { name: string; value: string }[] {
        return Object.entries(this._r.headers).map(([name, value]) => ({ name, value }))
    }
    /** Transport failures and HTTP error statuses both count as errors, as on the platform. */
    haveError(): boolean {
        return !!this._r.error || this._r.status >= 400
    }
    /** A platform code: 1 for transport failures, the status for HTTP errors, 0 otherwise. */
    getErrorCode(): number {
        return this._r.error ? 1 : this._r.status >= 400 ? this._r.status : 0
    }
    getErrorMessage(): string {
        if (this._r.error) return this._r.error
        return this._r.status >= 400 ? `Method failed: (${this._path}) with code: ${this._r.status}` : ''
    }
    getQueryString(): string {
        return ''
    }
    waitForResponse(_timeoutSecs?: number): void {
        /* execute() is already synchronous */
    }
}

export class RESTMessageV2 {
    _endpoint = ''
    _method = 'get'
    _headers = new Map<string, string>()
    _query: [string, string][] = []
    _body = ''
    _timeoutMs = DEFAULT_TIMEOUT_MS
    _basic: [string, string] | null = null
    _oauthProfile: string | null = null

    constructor(name?: unknown, method?: unknown) {
        if (name !== undefined || method !== undefined) {
            throw new Error(
                'RESTMessageV2(name, method) (a stored sys_rest_message) is not supported in the Glide double: use new RESTMessageV2() with setEndpoint/setHttpMethod',
            )
        }
    }

    setEndpoint(endpoint: string): void {
        this._endpoint = String(endpoint)
    }
    getEndpoint(): string {
        return this._endpoint
    }
    setHttpMethod(method: string): void {
        this._method = String(method).toLowerCase()
    }
    setRequestHeader(name: string, value: string): void {
        this._headers.set(String(name), String(value))
    }
    getRequestHeader(name: string): string {
        return this._headers.get(name) ?? ''
    }
    getRequestHeaders(): Record<string, string> {
        return Object.fromEntries(this._headers)
    }
    setRequestBody(body: string): void {
        this._body = String(body)
    }
    getRequestBody(): string {
        return this._body
    }
    setQueryParameter(name: string, value: string): void {
        this._query.push([String(name), String(value)])
    }
    setHttpTimeout(ms: number): void {
        this._timeoutMs = Number(ms)
    }
    setBasicAuth(user: string, password: string): void {
        this._basic = [String(user), String(password)]
    }
    setLogLevel(_level: string): void {
        /* logging is fixed: method, redacted URL, status, time */
    }
    setFollowRedirect(_follow: boolean): void {
        /* redirects are not followed */
    }

    setAuthenticationProfile(type: string, profileId: string): void {
        if (String(type).toLowerCase() !== 'oauth2')
            throw new Error(`Glide double: setAuthenticationProfile('${type}') is not supported (only 'oauth2')`)
        this._oauthProfile = String(profileId)
    }

    execute(): RESTResponseV2 {
        let url = this._endpoint
        if (this._query.length) {
            const qs = new URLSearchParams(this._query).toString()
            url += (url.includes('?') ? '&' : '?') + qs
        }
        const headers = Object.fromEntries(this._headers)
        if (this._basic)
            headers.Authorization = 'Basic ' + Buffer.from(`${this._basic[0]}:${this._basic[1]}`).toString('base64')
        if (this._oauthProfile) {
            const token = bearerForProfile(this._oauthProfile)
            if (token) headers.Authorization = 'Bearer ' + token
            else
                writeSyslog(
                    'warn',
                    `No OAuth token available for profile ${this._oauthProfile}: request sent without one`,
                    'RESTMessageV2',
                )
        }
        const method = this._method.toUpperCase()
        const body = ['GET', 'HEAD', 'DELETE'].includes(method) && !this._body ? '' : this._body
        const result = sendSync({ method, url, headers, body, timeoutMs: this._timeoutMs })
        let path = url
        try {
            path = new URL(url).pathname
        } catch {
            /* keep as given */
        }
        return new RESTResponseV2(result, path)
    }

    executeAsync(): RESTResponseV2 {
        return this.execute()
    }
}
