/* global Class, require */
/* eslint-disable @typescript-eslint/no-require-imports -- a Script Include loads modules with require() */
// Thin bridge: the logic lives in src/server/outbound/caller-tokens.ts (only the Setup profile and the app's two
// audiences, connector App ID URI and Microsoft Graph; anything else is refused with a code and message, never a
// token) and token-provider.ts (reuse until shortly before expiry, v1/v2 from the token URL, one refresh on demand).
// getToken answers status only; getBearerToken hands the token to a caller the admin approved (callerAccess
// restriction): the caller attaches it to its request and must never log, store or return it. The require path
// carries package name and version (test/outbound/bridge.test.ts).
var M365TokenProvider = Class.create()
M365TokenProvider.prototype = {
    initialize: function () {
        this._tokens = require('x_mioms_m365_assis/m365-support-integration/1.0.0/src/server/outbound/caller-tokens.ts')
    },

    /** {ok, code, message, expiresAt}; profileId '' or the Setup profile, resource the connector's or Graph's. */
    getToken: function (profileId, resource) {
        return this._tokens.callerTokenStatus(profileId ? String(profileId) : '', resource ? String(resource) : '')
    },

    /**
     * {ok, token, code, message, expiresAt}; profileId '' or the Setup profile, resource the connector's App ID URI
     * or Microsoft Graph; forceRefresh after the API answered 401. token is '' whenever ok is false.
     */
    getBearerToken: function (profileId, resource, forceRefresh) {
        return this._tokens.callerBearerToken(
            profileId ? String(profileId) : '',
            resource ? String(resource) : '',
            !!forceRefresh,
        )
    },

    /** {connector: status, graph: status} for the configured profile and resources (Setup's token test). */
    checkConfiguredTokens: function () {
        return this._tokens.checkConfiguredTokens()
    },

    type: 'M365TokenProvider',
}
