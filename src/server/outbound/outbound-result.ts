import { log } from '../platform/log.ts'
import { JsonResponse } from './send-json.ts'
import { CONNECTOR_ERROR_CODES, userMessageFor } from './rules/outbound-errors.ts'

/**
 * What every connector and Graph call returns. Failures carry the verbatim user message (MSG) in `message`;
 * `code` is the connector's error code or ours (see outbound/rules/outbound-errors.ts); `detail` is for admins and logs
 * (Entra AADSTS text, the remote error message) and never holds a token or secret.
 */
export type Outbound<T> =
    | { ok: true; status: number; data: T }
    | {
          ok: false
          status: number
          code: string
          message: string
          retryAfterSeconds?: number
          correlationId?: string
          detail?: string
      }

export type OutboundFailure = Extract<Outbound<never>, { ok: false }>

export function failure(
    status: number,
    code: string,
    detail: string,
    extra: { adminEmail?: string; correlationId?: string; retryAfterSeconds?: number } = {},
): OutboundFailure {
    const f: OutboundFailure = { ok: false, status, code, message: userMessageFor(code, extra), detail }
    if (extra.correlationId) f.correlationId = extra.correlationId
    if (extra.retryAfterSeconds !== undefined) f.retryAfterSeconds = extra.retryAfterSeconds
    return f
}

/**
 * A failed HTTP outcome -> Outbound failure. A contract error code from the service wins over the status code,
 * so invalid_admin (400) is recognized as such.
 */
export function fromHttpFailure(
    service: string,
    operation: string,
    r: Extract<JsonResponse, { ok: false }>,
    ctx: { adminEmail?: string } = {},
): OutboundFailure {
    const known =
        r.serviceError && (CONNECTOR_ERROR_CODES as readonly string[]).indexOf(r.serviceError.code) >= 0
            ? r.serviceError.code
            : ''
    const code = known || r.code
    const f = failure(r.status, code, r.detail, {
        adminEmail: ctx.adminEmail,
        correlationId: r.correlationId,
        retryAfterSeconds: r.retryAfterSeconds,
    })
    log.error(
        '{0} {1} failed: status {2}, code {3}, correlation {4}: {5}',
        service,
        operation,
        r.status,
        code,
        r.correlationId || '-',
        f.message,
    )
    return f
}

/** A configuration or token problem found before any request went out. */
export function configFailure(service: string, operation: string, code: string, detail: string): OutboundFailure {
    const f = failure(0, code, detail)
    log.error('{0} {1} not sent: {2} ({3}): {4}', service, operation, code, detail, f.message)
    return f
}
