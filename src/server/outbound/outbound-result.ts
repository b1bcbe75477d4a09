import { log } from '../platform/log.ts'
import { Failure, RawFailure, Result } from '../domain/result.ts'
import { userMessageFor } from './rules/outbound-errors.ts'

/**
 * What every connector and Graph call returns: the one Result (domain/result.ts) with the answer's status and
 * decoded data. Failures carry the verbatim user message (MSG) in `message`; `code` is the connector's error code or
 * ours (see outbound/rules/outbound-errors.ts); `detail` is for admins and logs.
 */
export type Outbound<T> = Result<{ status: number; data: T }>

/** The one Failure for a code: the user message comes from the code (invalid_admin names the admin email). */
export function failure(
    status: number,
    code: string,
    detail: string,
    extra: { adminEmail?: string; correlationId?: string; retryAfterSeconds?: number } = {},
): Failure {
    const f: Failure = { ok: false, status, code, message: userMessageFor(code, extra), detail }
    if (extra.correlationId) f.correlationId = extra.correlationId
    if (extra.retryAfterSeconds !== undefined) f.retryAfterSeconds = extra.retryAfterSeconds
    return f
}

/** A failed HTTP outcome (send-json.ts, already carrying the contract's error code where there is one) -> Failure. */
export function fromHttpFailure(
    service: string,
    operation: string,
    r: RawFailure,
    ctx: { adminEmail?: string } = {},
): Failure {
    const f = failure(r.status, r.code, r.detail, {
        adminEmail: ctx.adminEmail,
        correlationId: r.correlationId,
        retryAfterSeconds: r.retryAfterSeconds,
    })
    log.error(
        '{0} {1} failed: status {2}, code {3}, correlation {4}: {5}',
        service,
        operation,
        r.status,
        r.code,
        r.correlationId || '-',
        f.message,
    )
    return f
}

/** A configuration or token problem found before any request went out. */
export function configFailure(service: string, operation: string, code: string, detail: string): Failure {
    const f = failure(0, code, detail)
    log.error('{0} {1} not sent: {2} ({3}): {4}', service, operation, code, detail, f.message)
    return f
}
