import { MSG } from '../../domain/messages.ts'
import { Failure } from '../../domain/result.ts'
import { formatMessage } from '../../outbound/rules/outbound-errors.ts'
import { isEmailFormat } from '../../domain/email-format.ts'
import { CONNECTOR_STATUSES } from './case-status.ts'

// Rules for "Contact Microsoft support": what a case request must hold, which admin email it is opened as,
// what a connector failure means for the locally saved case, and when the retry job tries again.

export const CASE_LIMITS = {
    title: 160,
    description: 4000,
    contactName: 100,
    contactEmail: 100,
    contactPhone: 40,
} as const

const PHONE = /^[0-9+()\-.\s]*$/

export interface CaseRequest {
    title: string
    description: string
    contactName: string
    contactEmail: string
    contactPhone: string
}

export interface FieldError {
    field: keyof CaseRequest
    message: string
}

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v)).trim()

export function readCaseRequest(body: Record<string, unknown>): CaseRequest {
    return {
        title: str(body.title),
        description: str(body.description),
        contactName: str(body.contactName),
        contactEmail: str(body.contactEmail),
        contactPhone: str(body.contactPhone),
    }
}

/** English texts: the caller passes each through the message catalog. */
export function validateCaseRequest(r: CaseRequest): FieldError[] {
    const errors: FieldError[] = []
    if (!r.title) errors.push({ field: 'title', message: 'Enter a title.' })
    else if (r.title.length > CASE_LIMITS.title)
        errors.push({ field: 'title', message: 'The title is longer than 160 characters.' })
    if (!r.description) errors.push({ field: 'description', message: 'Enter a description.' })
    else if (r.description.length > CASE_LIMITS.description)
        errors.push({ field: 'description', message: 'The description is longer than 4000 characters.' })
    if (!r.contactName) errors.push({ field: 'contactName', message: 'Enter a contact name.' })
    else if (r.contactName.length > CASE_LIMITS.contactName)
        errors.push({ field: 'contactName', message: 'The contact name is longer than 100 characters.' })
    if (!r.contactEmail || !isEmailFormat(r.contactEmail) || r.contactEmail.length > CASE_LIMITS.contactEmail)
        errors.push({ field: 'contactEmail', message: 'Enter a valid contact email address.' })
    if (r.contactPhone.length > CASE_LIMITS.contactPhone || !PHONE.test(r.contactPhone))
        errors.push({ field: 'contactPhone', message: 'Enter a phone number using digits, spaces and + ( ) - . only.' })
    return errors
}

export type AdminEmailSource = 'linked_account' | 'property' | 'user'

/** The admin account a case is opened as: the user's linked account, else the app's default, else their own email. */
export function chooseAdminEmail(
    linked: string,
    property: string,
    userEmail: string,
): { email: string; source: AdminEmailSource } {
    if (linked.trim()) return { email: linked.trim(), source: 'linked_account' }
    if (property.trim()) return { email: property.trim(), source: 'property' }
    return { email: userEmail.trim(), source: 'user' }
}

export function invalidAdminMessage(email: string): string {
    return formatMessage(MSG.invalidAdmin, [email])
}

/** Stable per local case, so a retried create is de-duplicated by the connector instead of opening a second case. */
export function idempotencyKeyFor(caseSysId: string): string {
    return 'x_mioms_m365_assis-case-' + caseSysId
}

/** The connector's case statuses -> ours (helper-3's reference connector says new/waiting_for_customer). */
export function localStatusFor(connectorStatus: string): string {
    const s = String(connectorStatus || '').toLowerCase()
    if (s === 'new' || s === '') return 'submitted'
    if (s === 'waiting_for_customer') return 'waiting_on_customer'
    return (CONNECTOR_STATUSES as readonly string[]).indexOf(s) >= 0 ? s : 'submitted'
}

/** Failures that a retry cannot fix: the case is marked failed and the user sees the message. */
const PERMANENT = ['invalid_admin', 'invalid_request', 'conflict', 'forbidden', 'not_found']

export function isPermanentFailure(code: string): boolean {
    return PERMANENT.indexOf(code) >= 0
}

/** Retry schedule of the case-sync job: 1, 2, 4, ... minutes, capped at 60; failed after MAX_SYNC_ATTEMPTS. */
export const MAX_SYNC_ATTEMPTS = 10
export const FIRST_RETRY_MS = 60000
export const MAX_RETRY_DELAY_MS = 60 * 60000
/** A new case's own request holds it this long before the job may pick it up. */
export const CREATE_LEASE_MS = 2 * 60000

export function nextRetryDelayMs(attemptsSoFar: number, retryAfterSeconds?: number): number {
    const n = Math.max(1, attemptsSoFar)
    const backoff = Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_MS * Math.pow(2, n - 1))
    const hinted = retryAfterSeconds !== undefined && retryAfterSeconds > 0 ? retryAfterSeconds * 1000 : 0
    return Math.min(MAX_RETRY_DELAY_MS, Math.max(backoff, hinted))
}

export type SyncDecision =
    | { kind: 'synced'; status: string; caseId: string }
    | { kind: 'retry'; delayMs: number; error: string }
    /** code: the failure's code (invalid_admin names the admin email); userMessage: the MSG text for users (English). */
    | { kind: 'failed'; error: string; code: string; userMessage: string }

export function decideSync(
    outcome:
        | { ok: true; caseId: string; status: string }
        | Pick<Failure, 'ok' | 'code' | 'message' | 'retryAfterSeconds'>,
    attemptsAfterThis: number,
): SyncDecision {
    if (outcome.ok) return { kind: 'synced', caseId: outcome.caseId, status: localStatusFor(outcome.status) }
    const error = outcome.code + ': ' + outcome.message
    if (isPermanentFailure(outcome.code))
        return { kind: 'failed', error, code: outcome.code, userMessage: outcome.message }
    if (attemptsAfterThis >= MAX_SYNC_ATTEMPTS)
        return {
            kind: 'failed',
            error: error + ' (gave up after ' + attemptsAfterThis + ' attempts)',
            code: outcome.code,
            userMessage: MSG.contactAppSupport,
        }
    return { kind: 'retry', delayMs: nextRetryDelayMs(attemptsAfterThis, outcome.retryAfterSeconds), error }
}
