import { findOne, insert, update } from '../platform/records.ts'
import { readTenantDomain } from '../setup/setup-state-store.ts'
import { getSetting } from '../platform/properties.ts'
import { nowMs } from '../platform/clock.ts'
import { log } from '../platform/log.ts'
import { glideFromMs } from '../domain/iso-time.ts'
import { LinkCheck, checkAdminEmail } from './rules/admin-email.ts'

// Link Account: the Microsoft 365 admin email an administrator opens cases as (one linked_account row per user).
// The connector contract has no "is this an admin?" operation, so the page checks format and domain; the
// connector's invalid_admin answer on the first case is the final word (the case then shows that message).

export const LINKED_TABLE = 'x_mioms_m365_assis_linked_account'

export interface LinkedAccount {
    adminEmail: string
    valid: boolean
    validatedOn: string
}

// `user` is the table's unique column: an empty id (no session user) must not become a 'user=' query, whose
// meaning for NULL values the platform does not document. Nobody without a user id has a linked account.
export function readLinkedAccount(userId: string): LinkedAccount | null {
    if (!userId) return null
    const row = findOne(LINKED_TABLE, { user: userId }, ['admin_email', 'valid', 'validated_on'])
    return row ? { adminEmail: row.admin_email, valid: row.valid === 'true', validatedOn: row.validated_on } : null
}

/** The tenant's domain as Setup recorded it, for the domain check. */
export function tenantDomain(): string {
    return readTenantDomain()
}

export function defaultAdminEmail(): string {
    return getSetting('admin_email').trim()
}

export type LinkResult =
    | { ok: true; account: LinkedAccount; check: LinkCheck }
    | { ok: false; check: LinkCheck; saved: boolean }

export function linkAccount(userId: string, rawEmail: string): LinkResult {
    const check = checkAdminEmail(rawEmail, tenantDomain())
    if (!check.valid) return { ok: false, check, saved: false }
    if (!userId) {
        log.error('Link Account: no session user to link {0} to', check.email)
        return { ok: false, check, saved: false }
    }
    const values = { user: userId, admin_email: check.email, valid: 'true', validated_on: glideFromMs(nowMs()) }
    const existing = findOne(LINKED_TABLE, { user: userId }, [])
    const saved = existing ? update(LINKED_TABLE, existing.sys_id, values) : !!insert(LINKED_TABLE, values)
    if (!saved) {
        log.error('Link Account: could not save the linked account of user {0}', userId)
        return { ok: false, check, saved: false }
    }
    log.info('Link Account: user {0} linked Microsoft 365 admin account {1}', userId, check.email)
    return { ok: true, account: { adminEmail: check.email, valid: true, validatedOn: values.validated_on }, check }
}
