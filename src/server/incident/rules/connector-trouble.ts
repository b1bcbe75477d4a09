// What a failed connector call means for the person waiting on it, reduced to a few kinds the tab words
// differently (issue 12: "Please contact app support." for everything told users nothing). Pure.
//
// throttled      429: wait Retry-After seconds, then try again.
// unavailable    502/503/504, connection refused or reset, or Entra itself unreachable while getting a token.
// timeout        no answer within outbound.timeout_ms.
// bad_response   2xx whose body is not JSON, or JSON of the wrong shape.
// misconfigured  something only an admin can fix: Setup values missing or unusable, Entra refusing the app's
//                credentials, the connector refusing the token or the repository ID (401/403), or a wrong endpoint (404).
// failed         anything else (the connector's 500, a request it calls invalid): the app's own problem.

import { CONFIG_ERROR_CODES } from '../../outbound/rules/outbound-errors.ts'

export type TroubleKind = 'throttled' | 'unavailable' | 'timeout' | 'bad_response' | 'misconfigured' | 'failed'

/** Setup steps the admin must finish (the "complete the setup steps" message). */
/** Values of Setup's final step (endpoint, repository ID, App ID URI) the connector does not accept. */
const FINAL_STEP_CODES = ['final_step_incomplete', 'unauthorized', 'forbidden', 'not_found']

export function troubleKind(f: { code: string; status: number }): TroubleKind {
    switch (f.code) {
        case 'throttled':
            return 'throttled'
        case 'unavailable':
        case 'network_error':
            return 'unavailable'
        case 'timeout':
            return 'timeout'
        case 'bad_json':
        case 'invalid_response':
            return 'bad_response'
        case 'token_error':
            // No answer or a 5xx from Entra is an outage; a 4xx is Entra refusing the app's client ID or secret.
            return f.status === 0 || f.status >= 500 ? 'unavailable' : 'misconfigured'
        default:
            if (CONFIG_ERROR_CODES.indexOf(f.code) >= 0 || FINAL_STEP_CODES.indexOf(f.code) >= 0) return 'misconfigured'
            if (f.status === 429) return 'throttled'
            if (f.status === 502 || f.status === 503 || f.status === 504) return 'unavailable'
            return 'failed'
    }
}

/** For a misconfigured call: whether the admin must finish the earlier Setup steps or its final step. */
export function misconfiguredStep(code: string): 'setup' | 'final_step' {
    return FINAL_STEP_CODES.indexOf(code) >= 0 ? 'final_step' : 'setup'
}

/** Kinds worth a "Try again" (the others need someone to change something first). */
export function isRetryable(kind: TroubleKind): boolean {
    return kind === 'throttled' || kind === 'unavailable' || kind === 'timeout'
}
