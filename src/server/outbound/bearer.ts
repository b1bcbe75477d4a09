import { BearerSource } from './send-json.ts'
import { getAccessToken } from './token-provider.ts'
import { CONFIG_ERROR_CODES } from './rules/outbound-errors.ts'

// Configuration failures keep their own code (they decide the user message); anything Entra refused becomes
// token_error with Entra's code and description as the admin-facing detail.

/** The token provider as send-json.ts consumes it. */
export function bearerFor(profileId: string, resource: string): BearerSource {
    return (forceRefresh: boolean) => {
        const t = getAccessToken(profileId, resource, { forceRefresh })
        if (t.ok) return { ok: true, accessToken: t.accessToken }
        const isConfig = CONFIG_ERROR_CODES.indexOf(t.code) >= 0
        return {
            ok: false,
            code: isConfig ? t.code : 'token_error',
            detail: isConfig ? t.detail : t.code + ': ' + t.detail,
            status: t.status,
        }
    }
}
