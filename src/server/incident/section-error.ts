import { isRetryable, misconfiguredStep, TroubleKind, troubleKind } from './rules/connector-trouble.ts'
import { MSG } from '../domain/messages.ts'
import { msg } from '../platform/i18n.ts'

// A failed connector call as the tab section that made it shows it: what happened, in the user's language, with
// the product's verbatim messages where they exist (PRODUCT.md: the two "ask your ServiceNow admin" setup messages,
// "Please contact app support."). The page words the wait itself ("Try again in N s") from retryAfterSeconds.

export interface SectionError {
    kind: TroubleKind
    /** The failure code (connector contract or ours, outbound/rules/outbound-errors.ts), for support and tests. */
    code: string
    message: string
    /** Whether trying the same action again may work without anyone changing anything. */
    retryable: boolean
    /** From the connector's Retry-After (429, 503). */
    retryAfterSeconds?: number
}

export function sectionError(f: { code: string; status: number; retryAfterSeconds?: number }): SectionError {
    const kind = troubleKind(f)
    const e: SectionError = { kind, code: f.code, message: messageFor(kind, f.code), retryable: isRetryable(kind) }
    if (f.retryAfterSeconds !== undefined && f.retryAfterSeconds >= 0) e.retryAfterSeconds = f.retryAfterSeconds
    return e
}

function messageFor(kind: TroubleKind, code: string): string {
    switch (kind) {
        case 'throttled':
            return msg('Microsoft support received too many requests from this instance.')
        case 'unavailable':
            return msg('Microsoft support cannot be reached at the moment.')
        case 'timeout':
            return msg('Microsoft support did not answer in time.')
        case 'bad_response':
            return msg('Microsoft support sent an answer the app cannot read.') + ' ' + msg(MSG.contactAppSupport)
        case 'misconfigured':
            // What happened first, then the product's own "ask your admin" sentence for the Setup part to redo.
            return misconfiguredStep(code) === 'final_step'
                ? msg('Microsoft support did not accept the connection settings of this instance.') +
                      ' ' +
                      msg(MSG.finalStepIncomplete)
                : msg('This instance could not sign in to Microsoft support.') + ' ' + msg(MSG.setupIncomplete)
        default:
            return msg(MSG.contactAppSupport)
    }
}
