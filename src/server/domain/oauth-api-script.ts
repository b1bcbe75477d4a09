// The app's OAuth API script (src/fluent/script-includes/oauth-m365-entra-resource.js) and when the outbound OAuth
// provider must, or must not, reference it. Pure.
//
// Entra v1 (/oauth2/token) requires `resource`. The documented way to send it is an OAuth API script whose
// preprocessAccessToken adds it to the request parameters; the app asks for scope=<resource>/.default and the
// script turns that into resource=<resource>. Without any OAuth API script a v1 request cannot succeed (Entra
// answers AADSTS900144), so the app says what to set instead of sending it. An admin's own OAuth API script is
// accepted (it may add resource its own way). Entra v2 (/oauth2/v2.0/token) takes the scope as is and rejects
// `resource` (AADSTS901002), so the app's script must not be on a v2 provider.

/** Entra's two token endpoints: v1 /{tenant}/oauth2/token, v2 /{tenant}/oauth2/v2.0/token. */
export type TokenEndpointKind = 'v1' | 'v2'

export const OAUTH_API_SCRIPT_NAME = 'OAuthM365EntraResource'
/** sys_id of the shipped Script Include (src/fluent/generated/keys.ts; test/outbound/oauth-api-script.test.ts). */
export const OAUTH_API_SCRIPT_SYS_ID = 'fe629fee42dc42a39ff9e57cbe1fa6a5'

export type OAuthApiScriptProblem = 'missing_on_v1' | 'ours_on_v2'

/** apiScriptId: oauth_entity.oauth_api_script ('' when empty). */
export function oauthApiScriptProblem(kind: TokenEndpointKind, apiScriptId: string): OAuthApiScriptProblem | null {
    const id = String(apiScriptId || '')
        .trim()
        .toLowerCase()
    if (kind === 'v1' && !id) return 'missing_on_v1'
    if (kind === 'v2' && id === OAUTH_API_SCRIPT_SYS_ID) return 'ours_on_v2'
    return null
}
