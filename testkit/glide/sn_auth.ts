// sn_auth: GlideOAuthClient doing a real token request (form POST to oauth_entity.token_url) over the same
// synchronous HTTP path as RESTMessageV2, storing tokens in oauth_credential. Tokens and secrets are never logged.
import { sendSync } from './http'
import {
    allRows,
    findById,
    formatUtc,
    insertRow,
    nowMs,
    parseUtc,
    removeRow,
    state,
    writeSyslog,
    type Row,
} from './store'
import { applyOAuthApiScript, RequestParamMap } from './oauth-api-script'

// Request parameters the platform consumes itself (they decide where the token is stored) and never sends.
const STORAGE_PARAMS = ['oauth_requestor_context', 'oauth_requestor', 'oauth_provider_profile']
const DEFAULT_TIMEOUT_MS = 60_000

export class GlideOAuthClientRequest {
    _grantType = ''
    _scope = ''
    _params = new Map<string, string>()
    _headers = new Map<string, string>()
    _userName = ''
    _password = ''
    _refreshToken = ''

    getGrantType(): string {
        return this._grantType
    }
    setGrantType(grantType: string): void {
        this._grantType = String(grantType)
    }
    getScope(): string {
        return this._scope
    }
    setScope(scope: string): void {
        this._scope = String(scope)
    }
    getParameter(name: string): string {
        return this._params.get(name) ?? ''
    }
    setParameter(name: string, value: string): void {
        this._params.set(name, String(value))
    }
    getHeader(name: string): string {
        return this._headers.get(name) ?? ''
    }
    getHeaders(): Record<string, string> {
        return Object.fromEntries(this._headers)
    }
    setHeader(name: string, value: string): void {
        this._headers.set(name, String(value))
    }
    getUserName(): string {
        return this._userName
    }
    setUserName(userName: string): void {
        this._userName = String(userName)
    }
    getPassword(): string {
        return this._password
    }
    setPassword(password: string): void {
        this._password = String(password)
    }
    getRefreshToken(): string {
        return this._refreshToken
    }
    setRefreshToken(token: string): void {
        this._refreshToken = String(token)
    }
}

export interface TokenData {
    accessToken: string
    refreshToken: string
    expiresAtMs: number
    scope: string
    sysId: string
}

export class GlideOAuthToken {
    constructor(private readonly _t: TokenData | null) {}
    getAccessToken(): string | null {
        return this._t?.accessToken || null
    }
    getAccessTokenSysID(): string {
        return this._t?.sysId ?? ''
    }
    getRefreshToken(): string | null {
        return this._t?.refreshToken || null
    }
    /** Seconds left before expiry (0 once expired). */
    getExpiresIn(): number {
        return this._t ? Math.max(0, Math.floor((this._t.expiresAtMs - nowMs()) / 1000)) : 0
    }
    getScope(): string {
        return this._t?.scope ?? ''
    }
}

export class GlideOAuthClientResponse {
    constructor(
        private readonly _status: number,
        private readonly _body: string,
        private readonly _contentType: string,
        private readonly _error: string,
        private readonly _token: GlideOAuthToken | null,
        private readonly _parameters: Record<string, string>,
    ) {}
    getResponseCode(): number {
        return this._status
    }
    getBody(): string {
        return this._body
    }
    getContentType(): string {
        return this._contentType
    }
    getErrorMessage(): string {
        return this._error
    }
    getToken(): GlideOAuthToken | null {
        return this._token
    }
    getResponseParameters(): Record<string, string> {
        return { ...this._parameters }
    }
}

function entityByName(name: string): Row | undefined {
    return allRows('oauth_entity').find((e) => e.name === name)
}

function storeToken(entity: Row, profileId: string, user: string, data: Record<string, unknown>): TokenData {
    const expiresIn = Number(data.expires_in ?? 3600)
    const expiresAtMs = nowMs() + (isNaN(expiresIn) ? 3600 : expiresIn) * 1000
    for (const old of allRows('oauth_credential').filter(
        (c) => c.peer === entity.sys_id && c.oauth_entity_profile === profileId && c.user === user,
    ))
        removeRow(old.sys_id)
    const access = insertRow('oauth_credential', {
        name: entity.name,
        peer: entity.sys_id,
        oauth_entity_profile: profileId,
        user,
        type: 'access_token',
        token: String(data.access_token),
        expires: formatUtc(expiresAtMs),
        scope: String(data.scope ?? ''),
    })
    if (data.refresh_token) {
        insertRow('oauth_credential', {
            name: entity.name,
            peer: entity.sys_id,
            oauth_entity_profile: profileId,
            user,
            type: 'refresh_token',
            token: String(data.refresh_token),
            expires: '',
            scope: String(data.scope ?? ''),
        })
    }
    return {
        accessToken: String(data.access_token),
        refreshToken: String(data.refresh_token ?? ''),
        expiresAtMs,
        scope: String(data.scope ?? ''),
        sysId: access.sys_id,
    }
}

function tokenFromCredential(entityId: string, profileId: string, user: string): TokenData | null {
    const creds = allRows('oauth_credential').filter(
        (c) => c.peer === entityId && c.oauth_entity_profile === profileId && c.user === user,
    )
    const access = creds.find((c) => c.type === 'access_token')
    if (!access) return null
    const refresh = creds.find((c) => c.type === 'refresh_token')
    return {
        accessToken: access.token,
        refreshToken: refresh?.token ?? '',
        expiresAtMs: parseUtc(access.expires),
        scope: access.scope,
        sysId: access.sys_id,
    }
}

/** POSTs the token request and (when storage is asked for) stores the token. */
function tokenRequest(
    clientName: string,
    req: GlideOAuthClientRequest,
    storage: { profileId: string; user: string } | null,
): GlideOAuthClientResponse {
    const entity = entityByName(clientName)
    if (!entity) return new GlideOAuthClientResponse(0, '', '', `OAuth provider '${clientName}' not found`, null, {})
    // The request parameters, handed to the provider's OAuth API script (if any) before they are sent; the client
    // credentials are added from the entity afterwards (send_client_credentials_as: request body).
    const params = new RequestParamMap()
    const grantType = req.getGrantType() || entity.default_grant_type || 'client_credentials'
    params.put('grant_type', grantType)
    if (req.getScope()) params.put('scope', req.getScope())
    if (grantType === 'password') {
        params.put('username', req.getUserName())
        params.put('password', req.getPassword())
    }
    if (grantType === 'refresh_token') params.put('refresh_token', req.getRefreshToken())
    if (state.oauthSendsSetParameters)
        for (const [k, v] of req._params) if (!STORAGE_PARAMS.includes(k)) params.put(k, v)
    try {
        applyOAuthApiScript(entity, params)
    } catch (e) {
        return new GlideOAuthClientResponse(
            0,
            '',
            '',
            `OAuth API script failed: ${(e as Error)?.message ?? e}`,
            null,
            {},
        )
    }
    const form = new URLSearchParams()
    form.set('client_id', entity.client_id ?? '')
    form.set('client_secret', entity.client_secret ?? '')
    for (const [k, v] of params.entries()) form.set(k, v)
    const headers: Record<string, string> = {
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
        ...req.getHeaders(),
    }
    const res = sendSync({
        method: 'POST',
        url: entity.token_url ?? '',
        headers,
        body: form.toString(),
        timeoutMs: DEFAULT_TIMEOUT_MS,
    })
    let data: Record<string, unknown> = {}
    try {
        data = JSON.parse(res.body) as Record<string, unknown>
    } catch {
        /* non-JSON body: reported below */
    }
    const parameters: Record<string, string> = {}
    for (const [k, v] of Object.entries(data)) parameters[k] = typeof v === 'string' ? v : JSON.stringify(v)
    const contentType = res.headers['content-type'] ?? ''
    if (res.status === 200 && typeof data.access_token === 'string') {
        const t = storage
            ? storeToken(entity, storage.profileId, storage.user, data)
            : {
                  accessToken: data.access_token,
                  refreshToken: String(data.refresh_token ?? ''),
                  expiresAtMs: nowMs() + Number(data.expires_in ?? 3600) * 1000,
                  scope: String(data.scope ?? ''),
                  sysId: '',
              }
        return new GlideOAuthClientResponse(res.status, res.body, contentType, '', new GlideOAuthToken(t), parameters)
    }
    const error = res.error ?? ([data.error, data.error_description].filter(Boolean).join(': ') || `HTTP ${res.status}`)
    writeSyslog(
        'error',
        `OAuth token request for '${clientName}' failed: status ${res.status}, ${String(data.error ?? res.error ?? 'no error code')}`,
        'OAuthClient',
    )
    return new GlideOAuthClientResponse(res.status, res.body, contentType, error, null, parameters)
}

export class GlideOAuthClient {
    requestToken(clientName: string, jsonString: string): GlideOAuthClientResponse {
        const req = new GlideOAuthClientRequest()
        const params = JSON.parse(jsonString || '{}') as Record<string, unknown>
        for (const [k, v] of Object.entries(params)) {
            if (k === 'grant_type') req.setGrantType(String(v))
            else if (k === 'scope') req.setScope(String(v))
            else if (k === 'username') req.setUserName(String(v))
            else if (k === 'password') req.setPassword(String(v))
            else if (k === 'refresh_token') req.setRefreshToken(String(v))
            else req.setParameter(k, String(v))
        }
        return this.requestTokenByRequest(clientName, req)
    }

    /** Stores the token when oauth_requestor_context, oauth_requestor and oauth_provider_profile are all set. */
    requestTokenByRequest(clientName: string, req: GlideOAuthClientRequest): GlideOAuthClientResponse {
        const store = STORAGE_PARAMS.every((p) => req.getParameter(p))
        return tokenRequest(
            clientName,
            req,
            store
                ? { profileId: req.getParameter('oauth_provider_profile'), user: req.getParameter('oauth_requestor') }
                : null,
        )
    }

    /** The stored token for this requestor and oauth_entity_profile (access token null when none). */
    getToken(requestor: string, profileId: string): GlideOAuthToken {
        const profile = findById('oauth_entity_profile', profileId)
        return new GlideOAuthToken(
            profile ? tokenFromCredential(profile.oauth_entity, profileId, requestor ?? '') : null,
        )
    }

    /** Forgets the stored tokens (no provider revocation endpoint is modelled). */
    revokeToken(_clientName: string, accessToken: string, refreshToken?: string): GlideOAuthClientResponse {
        for (const c of allRows('oauth_credential'))
            if (c.token === accessToken || (refreshToken && c.token === refreshToken)) removeRow(c.sys_id)
        return new GlideOAuthClientResponse(200, '', '', '', null, {})
    }
}

/**
 * What RESTMessageV2.setAuthenticationProfile('oauth2', profile) does: reuse the profile's unexpired stored
 * token, else request one with the profile's grant type and scopes and store it. Null when none is available.
 */
export function bearerForProfile(profileId: string): string | null {
    const profile = findById('oauth_entity_profile', profileId)
    const entity = profile ? findById('oauth_entity', profile.oauth_entity) : undefined
    if (!profile || !entity) {
        writeSyslog('error', `OAuth profile ${profileId} not found`, 'RESTMessageV2')
        return null
    }
    const stored = tokenFromCredential(entity.sys_id, profileId, '')
    if (stored && stored.expiresAtMs > nowMs()) return stored.accessToken
    const req = new GlideOAuthClientRequest()
    req.setGrantType(profile.grant_type || 'client_credentials')
    const scopes = allRows('oauth_entity_profile_scope')
        .filter((s) => s.oauth_entity_profile === profileId)
        .map((s) => findById('oauth_entity_scope', s.oauth_entity_scope)?.oauth_entity_scope ?? '')
        .filter(Boolean)
    if (scopes.length) req.setScope(scopes.join(' '))
    const res = tokenRequest(entity.name, req, { profileId, user: '' })
    return res.getToken()?.getAccessToken() ?? null
}
