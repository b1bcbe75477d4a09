/* global Class, require */
/* eslint-disable @typescript-eslint/no-require-imports -- a Script Include loads modules with require() */
// Thin bridge: the logic lives in src/server/outbound/token-provider.ts. Returns token status only, never a
// token: the bearer is this app's Entra identity, so it is attached to requests inside the app and not handed
// to callers. The require path carries package name and version (test/outbound/bridge.test.ts keeps it in step).
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

    /** {connector: status, graph: status} for the configured profile and resources (Setup's token test). */
    checkConfiguredTokens: function () {
        return this._tokens.checkConfiguredTokens()
    },

    type: 'M365TokenProvider',
}
