import { gs, GlideRecordSecure } from '@servicenow/glide'
import { SCOPE } from '../domain/scope.ts'
import { getById } from './records.ts'

// Who is calling (the UI pages' session user) and what the platform lets them see. Feature code asks here
// instead of importing gs.

export const ROLE_ADMINISTRATOR = SCOPE + '.administrator'

export interface SessionUser {
    sysId: string
    userName: string
    name: string
    email: string
    phone: string
}

export function sessionUser(): SessionUser {
    const sysId = String(gs.getUserID() || '')
    const row = getById('sys_user', sysId, [
        'user_name',
        'name',
        'first_name',
        'last_name',
        'email',
        'phone',
        'mobile_phone',
    ])
    const name = row ? row.name || (row.first_name + ' ' + row.last_name).trim() : ''
    return {
        sysId,
        userName: String(gs.getUserName() || ''),
        name,
        email: row ? row.email : '',
        phone: row ? row.phone || row.mobile_phone : '',
    }
}

/** The session user's user_name (what the inbound routes report back to the connector). */
export function sessionUserName(): string {
    return String(gs.getUserName() || '')
}

/** gs.hasRole: role containment applies (administrator contains insights_user) and platform admin passes. */
export function userHasRole(role: string): boolean {
    return !!gs.hasRole(role)
}

/** Whether the session user may read this row under the instance's own ACLs (the table name comes from its store). */
export function sessionUserCanRead(table: string, sysId: string): boolean {
    if (!sysId) return false
    const gr = new GlideRecordSecure(table)
    return !!gr.get(sysId) && !!gr.canRead()
}

/**
 * The session user's time zone, a Java time zone ID (America/Los_Angeles, US/Pacific, Europe/Copenhagen): pages show
 * dates in it as the platform's own forms do. '' when the platform gives none or something that is not an ID.
 */
export function sessionTimeZone(): string {
    const tz = String(gs.getSession().getTimeZoneName() || '')
    return /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(tz) ? tz : ''
}

/** The session's language (ServiceNow codes: en, fr, da, zh, pt_BR...): pages format dates in it. */
export function sessionLanguage(): string {
    const lang = String(gs.getSession().getLanguage() || '')
    return /^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$/.test(lang) ? lang : 'en'
}
