/* global Class, require */
/* eslint-disable @typescript-eslint/no-require-imports -- a Script Include loads modules with require() */
// Thin bridge: the logic lives in src/server/outbound/token-provider.ts (reuse until shortly before expiry, v1/v2
// from the token URL, one refresh on demand). getToken answers status only; getBearerToken hands the token to a
// caller the admin approved (callerAccess restriction): the caller attaches it to its request and must never log,
// store or return it. The require path carries package name and version (test/outbound/bridge.test.ts).
var M365TokenProvider = Class.create()
M365TokenProvider.prototype = {
    initialize: function () {
        this._tokens = require('x_mioms_m365_assis/m365-support-integration/1.0.0/src/server/outbound/token-provider.ts')
    },

    /** {ok, code, message, expiresAt} for profileId (default: the Setup profile) and resource (App ID URI). */
    getToken: function (profileId, resource) {
        var profile = profileId ? String(profileId) : this._tokens.configuredProfileId()
        return this._tokens.getTokenStatus(profile, resource ? String(resource) : '')
    },

    /**
     * {ok, token, code, message, expiresAt} for profileId (default: the Setup profile) and resource (App ID URI);
     * forceRefresh after the API answered 401. token is '' whenever ok is false.
     */
    getBearerToken: function (profileId, resource, forceRefresh) {
        var profile = profileId ? String(profileId) : this._tokens.configuredProfileId()
        var r = this._tokens.getAccessToken(profile, resource ? String(resource) : '', { forceRefresh: !!forceRefresh })
        if (!r.ok) return { ok: false, token: '', code: r.code, message: r.message, expiresAt: '' }
        return { ok: true, token: r.accessToken, code: 'ok', message: '', expiresAt: new Date(r.expiresAtMs).toISOString() }
    },

    /** {connector: status, graph: status} for the configured profile and resources (Setup's token test). */
    checkConfiguredTokens: function () {
        return this._tokens.checkConfiguredTokens()
    },

    type: 'M365TokenProvider',
}
