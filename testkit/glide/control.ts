// The test/sandbox-side handle on the double's "instance": data, session, clock, security and hosts.
// Nothing here exists on the platform; app code must never import this file.
import {
    allRows,
    defineTable as defineStoreTable,
    findById,
    insertRow,
    removeRow,
    resetState,
    state,
    table,
    uniqueViolation,
    type InProcessHandler,
    type Operation,
    type Row,
    type TableOptions,
} from './store'

export type { InProcessHandler, InProcessRequest, InProcessResponse, Row, TableOptions, Operation } from './store'
export { APP_SCOPE, ADMIN_SYS_ID, SYSLOG_LEVEL } from './store'

/** Back to a fresh instance: predefined tables, the admin user (with admin role), real-time clock. */
export function reset(): void {
    resetState()
}

export function defineTable(name: string, options: TableOptions = {}): void {
    defineStoreTable(name, options)
}

/** Inserts rows as-is (values are stringified); sys fields are filled in. Returns the stored rows. */
export function seed(tableName: string, rows: Record<string, unknown>[]): Row[] {
    if (!table(tableName)) defineStoreTable(tableName)
    return rows.map((values) => {
        const row: Row = {}
        for (const [k, v] of Object.entries(values))
            row[k] = v === null || v === undefined ? '' : typeof v === 'boolean' ? String(v) : String(v)
        const clash = uniqueViolation(tableName, row)
        if (clash) throw new Error(`seed(${tableName}): unique key ${clash.join(',')} already taken`)
        return { ...insertRow(tableName, row) }
    })
}

/** Copies of the stored rows of a table and its child tables. */
export function rows(tableName: string): Row[] {
    return allRows(tableName).map((r) => ({ ...r }))
}

/** Changes fields of an existing row the way an admin's form edit would (no business rules, no ACLs). */
export function setFields(tableName: string, sysId: string, values: Record<string, string>): void {
    const row = findById(tableName, sysId)
    if (!row) throw new Error(`setFields: no ${tableName} row ${sysId}`)
    Object.assign(row, values)
}

export function setCurrentUser(userName: string): void {
    state.userName = userName
}

export function setLanguage(language: string): void {
    state.language = language
}

/** Creates a user with the given roles (roles are created when missing). Returns the sys_user row. */
export function createUser(userName: string, roles: string[] = [], extra: Record<string, unknown> = {}): Row {
    const [user] = seed('sys_user', [{ user_name: userName, ...extra }])
    for (const r of roles) seed('sys_user_has_role', [{ user: user.sys_id, role: roleId(r) }])
    return user
}

/** sys_id of a role, creating it when missing. */
export function roleId(name: string): string {
    return (allRows('sys_user_role').find((r) => r.name === name) ?? seed('sys_user_role', [{ name }])[0]).sys_id
}

/** Role `container` contains role `contained` (sys_user_role_contains). */
export function roleContains(container: string, contained: string): void {
    seed('sys_user_role_contains', [{ role: roleId(container), contains: roleId(contained) }])
}

/** Frozen or real-time clock for GlideDateTime, sys_created_on and token expiry. */
export const clock = {
    now(): number {
        return state.fixedClock ?? Date.now()
    },
    set(ms: number): void {
        state.fixedClock = ms
    },
    advance(ms: number): void {
        state.fixedClock = (state.fixedClock ?? Date.now()) + ms
    },
    real(): void {
        state.fixedClock = null
    },
}

/** Emulates a table whose cross-scope access policy refuses the app for this operation. */
export function denyCrossScope(tableName: string, op: Operation): void {
    state.crossScopeDenied.add(`${tableName}:${op}`)
}

export function allowCrossScope(tableName: string, op: Operation): void {
    state.crossScopeDenied.delete(`${tableName}:${op}`)
}

/** Table ACL: only users holding one of the roles (or admin) may perform op. No rule = allowed. */
export function acl(tableName: string, op: Operation, roles: string[]): void {
    state.acls.set(`${tableName}:${op}`, roles)
}

/**
 * Whether sn_auth sends the parameters a script sets with GlideOAuthClientRequest.setParameter (other than the
 * three default-profile parameters, which it always consumes). The docs do not say; KB0743846 shows extra
 * parameters passed to GlideOAuthClient.requestToken reaching the provider, so the double sends them by default.
 * Tests switch it off to prove the app does not depend on it (the documented path is the OAuth API script).
 */
export function oauthSendsSetParameters(on: boolean): void {
    state.oauthSendsSetParameters = on
}

/** RESTMessageV2 requests to this origin (e.g. 'http://localhost:8080') run the handler in-process. */
export function registerInProcessHost(origin: string, handler: InProcessHandler): void {
    state.hosts.set(new URL(origin).origin, handler)
}

export function unregisterInProcessHost(origin: string): void {
    state.hosts.delete(new URL(origin).origin)
}

/** Messages from gs.addErrorMessage / addInfoMessage since the last call (drained). */
export function takeMessages(): { type: 'error' | 'info'; message: string }[] {
    return state.messages.splice(0)
}

/** Events from gs.eventQueue, in order. */
export function events(): { name: string; instance: string | null; parm1: string; parm2: string; queue: string }[] {
    return [...state.events]
}

/** syslog rows as {level, message, source}, oldest first. */
export function syslog(): { level: string; message: string; source: string }[] {
    return allRows('syslog').map((r) => ({ level: r.level, message: r.message, source: r.source }))
}

/**
 * The scheduler's part for jobs queued with gs.executeNow: takes each waiting run-once sys_trigger (oldest first),
 * removes it as the platform does once a run-once trigger has run, and hands its job record to `run` as the job's
 * Run as user (admin when empty). Returns the names of the jobs run.
 */
export function runQueuedJobs(run: (job: Row) => void): string[] {
    const ran: string[] = []
    for (;;) {
        const trigger = allRows('sys_trigger').find((t) => t.trigger_type === '0' && t.state === '0')
        if (!trigger) return ran
        removeRow(trigger.sys_id)
        const job = findById(trigger.document, trigger.document_key)
        if (!job || job.active === 'false') continue
        const before = state.userName
        const runAs = job.run_as ? allRows('sys_user').find((u) => u.sys_id === job.run_as)?.user_name : undefined
        state.userName = runAs ?? 'admin'
        try {
            run({ ...job })
        } finally {
            state.userName = before
        }
        ran.push(job.name)
    }
}
