import { Row } from '../platform/records.ts'
import { getBooleanSetting } from '../platform/properties.ts'
import { nowMs } from '../platform/clock.ts'
import { log } from '../platform/log.ts'
import { createCase } from '../outbound/connector-client.ts'
import { RetryMode } from '../outbound/rules/retry-mode.ts'
import { MSG } from '../domain/messages.ts'
import { glideFromMs } from '../domain/iso-time.ts'
import { roundHalfUp } from '../domain/numbers.ts'
import { isEmailFormat } from '../domain/email-format.ts'
import {
    CREATE_LEASE_MS,
    CaseRequest,
    chooseAdminEmail,
    decideSync,
    idempotencyKeyFor,
    invalidAdminMessage,
    SyncDecision,
} from './rules/case-escalation.ts'
import { addActivity, dueCases, insertCase, readCase, updateCase } from './case-store.ts'
import { defaultAdminEmail, readLinkedAccount } from './linked-account-service.ts'
import { incidentNumber } from '../platform/incident-table.ts'

// "Contact Microsoft support": the case is saved locally first (status pending, sync_state pending), then
// created at the connector with an idempotency key derived from the local row. A connector failure leaves it
// pending for the case-sync job; only a failure to save shows "Unable to save ticket details...". The user's own
// attempt never waits (a throttled or unavailable connector leaves the case pending at once, next_attempt_at after
// its Retry-After); the job's attempts back off within bounds.

export interface Escalator {
    sysId: string
    email: string
}

export type EscalationResult =
    | { kind: 'refused'; message: string; adminEmail: string }
    | { kind: 'not_saved'; message: string }
    | { kind: 'saved'; caseSysId: string; decision: SyncDecision }

export function adminEmailFor(user: Escalator): { email: string; source: string } {
    const linked = readLinkedAccount(user.sysId)
    return chooseAdminEmail(linked && linked.valid ? linked.adminEmail : '', defaultAdminEmail(), user.email)
}

export function escalate(
    incident: { sysId: string; number: string },
    request: CaseRequest,
    user: Escalator,
): EscalationResult {
    const admin = adminEmailFor(user)
    if (!admin.email || !isEmailFormat(admin.email)) {
        const message = invalidAdminMessage(admin.email)
        log.error('Contact Microsoft support refused for incident {0}: {1}', incident.number, message)
        return { kind: 'refused', message, adminEmail: admin.email }
    }
    const now = nowMs()
    const caseSysId = saveNewCase({
        incident: incident.sysId,
        status: 'pending',
        sync_state: 'pending',
        sync_attempts: '0',
        // The request below sends it; the job leaves it alone until this lease ends.
        next_attempt_at: glideFromMs(now + CREATE_LEASE_MS),
        title: request.title,
        description: request.description,
        contact_name: request.contactName,
        contact_email: request.contactEmail,
        contact_phone: request.contactPhone,
        admin_email: admin.email,
        is_test: String(getBooleanSetting('test_environment')),
        opened_by: user.sysId,
    })
    if (!caseSysId) {
        log.error(
            'Contact Microsoft support: saving the case of incident {0} failed: {1}',
            incident.number,
            MSG.unableToSaveTicket,
        )
        return { kind: 'not_saved', message: MSG.unableToSaveTicket }
    }
    log.info(
        'Case {0} saved for incident {1} (admin account from {2}); sending it to the connector',
        caseSysId,
        incident.number,
        admin.source,
    )
    const row = readCase(caseSysId)
    return {
        kind: 'saved',
        caseSysId,
        decision: row
            ? syncCase(row, incident.number, 'interactive')
            : { kind: 'retry', delayMs: 0, error: 'case not readable' },
    }
}

/** '' when the platform refused the row (unique index, security, cross-scope policy: it may throw). */
function saveNewCase(values: Row): string {
    try {
        return insertCase(values)
    } catch (e) {
        log.error('Saving a case failed: {0}', e instanceof Error ? e.message : String(e))
        return ''
    }
}

/** One attempt to create the local case at the connector; the same body each time (the key is bound to it). */
export function syncCase(row: Row, incidentNumber: string, mode: RetryMode): SyncDecision {
    const attempts = (Number(row.sync_attempts) || 0) + 1
    const r = createCase(
        {
            title: row.title,
            description: row.description,
            contact: { name: row.contact_name, email: row.contact_email, phone: row.contact_phone },
            adminEmail: row.admin_email,
            isTestEnvironment: row.is_test === 'true',
            incident: { number: incidentNumber, sysId: row.incident },
            idempotencyKey: idempotencyKeyFor(row.sys_id),
        },
        mode,
    )
    const decision = decideSync(r.ok ? { ok: true, caseId: r.data.caseId, status: r.data.status } : r, attempts)
    const now = nowMs()
    if (decision.kind === 'synced') {
        updateCase(row.sys_id, {
            connector_case_id: decision.caseId,
            status: decision.status,
            sync_state: 'synced',
            sync_attempts: String(attempts),
            next_attempt_at: '',
            last_error: '',
            last_event_at: glideFromMs(now),
        })
        addActivity({
            case: row.sys_id,
            event_id: 'app-created-' + row.sys_id,
            type: 'status_changed',
            status: decision.status,
            occurred_at: glideFromMs(now),
        })
        log.info('Case {0} created at the connector as {1} after {2} attempt(s)', row.sys_id, decision.caseId, attempts)
    } else if (decision.kind === 'retry') {
        updateCase(row.sys_id, {
            sync_state: 'retrying',
            sync_attempts: String(attempts),
            next_attempt_at: glideFromMs(now + decision.delayMs),
            last_error: decision.error.slice(0, 1000),
        })
        log.warn(
            'Case {0} is pending: the connector did not take it ({1}); next attempt in {2} s',
            row.sys_id,
            decision.error,
            roundHalfUp(decision.delayMs / 1000),
        )
    } else {
        updateCase(row.sys_id, {
            status: 'failed',
            sync_state: 'failed',
            sync_attempts: String(attempts),
            next_attempt_at: '',
            last_error: decision.error.slice(0, 1000),
        })
        log.error('Case {0} failed: {1}', row.sys_id, decision.userMessage)
    }
    return decision
}

const UNEXPECTED_RETRY_MINUTES = 15

/** The case-sync job: sends every due pending case once. Returns what happened, for logs and tests. */
export function runCaseSync(limit = 50): { synced: number; retrying: number; failed: number } {
    const out = { synced: 0, retrying: 0, failed: 0 }
    // Cases of one incident (escalated again during an outage) share its number: one read per incident and run.
    const numbers: Record<string, string> = Object.create(null)
    for (const row of dueCases(glideFromMs(nowMs()), limit)) {
        let d: ReturnType<typeof syncCase>
        try {
            const number = numbers[row.incident] ?? (numbers[row.incident] = incidentNumber(row.incident))
            d = syncCase(row, number, 'job')
        } catch (e) {
            // One case that cannot be sent must not stop the run at it every minute, uncounted, with the cases
            // behind it waiting: count the attempt and push it back like any other failed attempt.
            const attempts = Number(row.sync_attempts || '0') + 1
            log.error(
                'Case {0}: sending it failed unexpectedly ({1}); next attempt in {2} min',
                row.sys_id,
                e instanceof Error ? e.message : String(e),
                UNEXPECTED_RETRY_MINUTES,
            )
            updateCase(row.sys_id, {
                sync_state: 'retrying',
                sync_attempts: String(attempts),
                next_attempt_at: glideFromMs(nowMs() + UNEXPECTED_RETRY_MINUTES * 60000),
            })
            out.retrying++
            continue
        }
        if (d.kind === 'synced') out.synced++
        else if (d.kind === 'retry') out.retrying++
        else out.failed++
    }
    if (out.synced + out.retrying + out.failed)
        log.info('Case sync: {0} synced, {1} still pending, {2} failed', out.synced, out.retrying, out.failed)
    return out
}
