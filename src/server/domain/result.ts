// The one result vocabulary for everything that calls out (outbound/: connector, Graph, tokens) and the platform
// layer beneath it (platform/oauth.ts). It lives in domain/ because platform/ may import domain/ but not outbound/.
// Types only: nothing here runs.

/**
 * A failure as it crosses a module boundary.
 * - `code`: a stable machine code: the connector contract's, Entra's OAuth error, or ours
 *   (outbound/rules/outbound-errors.ts, with the one CONFIG_ERROR_CODES list).
 * - `message`: always the user-facing text from the message catalog (domain/messages.ts MSG, chosen by
 *   outbound/rules/outbound-errors.ts userMessageFor), never admin or remote text.
 * - `detail`: always the admin/log text (Entra AADSTS text, the remote error message, which setting is missing);
 *   never a token or secret.
 * - `status`: the HTTP status of the answer; 0 when no request went out or no answer came back.
 */
export interface Failure {
    ok: false
    code: string
    message: string
    detail: string
    status: number
    /** From the service's Retry-After (429/503), so the caller can say "try again in N s". */
    retryAfterSeconds?: number
    correlationId?: string
}

/** Success carries its own fields beside `ok: true`; failure is always the one Failure. */
export type Result<S extends object> = ({ ok: true } & S) | Failure

/**
 * A failure from a layer that cannot word it for a user yet (platform/oauth.ts, the wire in outbound/send-json.ts,
 * a token source): the one Failure without `message`, which the outbound layer adds from the code.
 */
export type RawFailure = Pick<Failure, 'ok' | 'code' | 'detail' | 'status' | 'retryAfterSeconds' | 'correlationId'>

export type RawResult<S extends object> = ({ ok: true } & S) | RawFailure
