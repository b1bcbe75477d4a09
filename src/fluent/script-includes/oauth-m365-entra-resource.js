/* global Class, global */
// OAuth API script for an Entra ID v1 token URL (https://login.microsoftonline.com/<tenant>/oauth2/token), which
// needs a `resource` parameter that the Application Registry form has no field for. This is ServiceNow's documented
// way to add one: a Script Include whose name starts with "OAuth", extending the global OAuthUtil, selected in the
// OAuth API Script field of the OAuth provider (System OAuth > Application Registry); the platform passes the token
// request's parameters to preprocessAccessToken before it sends them. Doc: "OAuthUtil - Global", Server API
// reference, https://www.servicenow.com/docs/r/api-reference/server-api-reference/c_OAuthUtilScriptInclude.html
// (its example puts resource=https://outlook.office365.com into requestParamMap), and KB0820012.
//
// One OAuth provider serves two audiences (the connector's App ID URI and Microsoft Graph), so the value cannot be
// fixed here: the app's token provider asks for `scope=<resource>/.default` (GlideOAuthClientRequest.setScope, the
// Entra v2 form) and this script turns it into the v1 form `resource=<resource>`. A request that already carries
// `resource`, or whose scope is not "<something>/.default", is left as it is.
var OAuthM365EntraResource = Class.create()
OAuthM365EntraResource.prototype = Object.extendsObject(global.OAuthUtil, {
    preprocessAccessToken: function (requestParamMap) {
        var existing = requestParamMap.get('resource')
        if (existing !== null && existing !== undefined && String(existing) !== '') return
        var scope = requestParamMap.get('scope')
        var m = /^(\S+)\/\.default$/.exec(scope === null || scope === undefined ? '' : String(scope).trim())
        if (!m) return
        requestParamMap.put('resource', m[1])
        // The v1 endpoint does not use scope for client credentials; without it the request is exactly v1's.
        requestParamMap.remove('scope')
    },

    type: 'OAuthM365EntraResource',
})
