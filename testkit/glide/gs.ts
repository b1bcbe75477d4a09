// Scoped GlideSystem (gs): properties, scoped logging to syslog, messages, the session user and roles.
import { randomBytes } from 'node:crypto'
import { GlideDateTime } from './date-time'
import {
    allRows,
    APP_SCOPE,
    currentUserRow,
    findById,
    getPropertyValue,
    insertRow,
    rolesOf,
    state,
    table,
    userHasRole,
    writeSyslog,
    type Row,
} from './store'

type Level = 'debug' | 'info' | 'warn' | 'error'
const LEVEL_ORDER: Level[] = ['debug', 'info', 'warn', 'error']

/** Replaces {0}, {1}... with the arguments; a single array argument spreads, as on the platform. */
export function formatArgs(message: string, args: unknown[]): string {
    const list = args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args
    return String(message ?? '').replace(/\{(\d+)\}/g, (all, i: string) =>
        Number(i) < list.length ? String(list[Number(i)]) : all,
    )
}

// Scoped logging honours <scope>.logging.verbosity; without the property, info and above are written.
function log(level: Level, message: string, args: unknown[]): void {
    const configured = (getPropertyValue(`${APP_SCOPE}.logging.verbosity`) ?? 'info') as Level
    const threshold = LEVEL_ORDER.includes(configured) ? configured : 'info'
    if (LEVEL_ORDER.indexOf(level) < LEVEL_ORDER.indexOf(threshold)) return
    writeSyslog(level, formatArgs(message, args))
}

/** What gs.getUser() returns for the session user. */
export class ScopedGlideUser {
    constructor(private readonly _row: Row | undefined) {}
    getID(): string {
        return this._row?.sys_id ?? ''
    }
    getName(): string {
        return this._row?.user_name ?? ''
    }
    getUserName(): string {
        return this.getName()
    }
    getDisplayName(): string {
        return this._row?.name ?? ''
    }
    getFullName(): string {
        return this._row?.name ?? ''
    }
    getFirstName(): string {
        return this._row?.first_name ?? ''
    }
    getLastName(): string {
        return this._row?.last_name ?? ''
    }
    getEmail(): string {
        return this._row?.email ?? ''
    }
    getLanguage(): string {
        return state.language
    }
    hasRole(role: string): boolean {
        return !!this._row && userHasRole(this._row.sys_id, role)
    }
    hasRoles(): boolean {
        return !!this._row && rolesOf(this._row.sys_id).size > 0
    }
    getRoles(): string[] {
        return this._row ? [...rolesOf(this._row.sys_id)] : []
    }
    isMemberOf(_group: string): boolean {
        return false
    }
}

/** gs.getSession(): language, roles and the session messages. */
export class ScopedGlideSession {
    getLanguage(): string {
        return state.language
    }
    getUserName(): string {
        return state.userName
    }
    /**
     * The session user's time zone (a Java time zone ID): the user record's time_zone, else the system time zone
     * (property glide.sys.default.tz), else the JVM's own, which the double fixes at UTC. ServiceNow docs, "Time
     * zones" (platform-administration/time-configuration/r_TimeZones) and KB0714577 (system and user time zone).
     */
    getTimeZoneName(): string {
        const own = currentUserRow()?.time_zone
        return own || getPropertyValue('glide.sys.default.tz') || 'UTC'
    }
    getSessionID(): string {
        return 'double-session'
    }
    isLoggedIn(): boolean {
        return !!currentUserRow()
    }
    isInteractive(): boolean {
        return false
    }
    getClientData(_name: string): string | null {
        return null
    }
    addErrorMessage(message: string): void {
        gs.addErrorMessage(message)
    }
    addInfoMessage(message: string): void {
        gs.addInfoMessage(message)
    }
}

export class gs {
    /** Missing (or empty: the platform stores '' as NULL) -> alt, or null without one. */
    static getProperty(key: string, alt?: unknown): string | null {
        const v = getPropertyValue(key)
        if (v !== undefined && v !== '') return v
        return alt === undefined || alt === null ? (v === '' ? '' : null) : String(alt)
    }

    static setProperty(key: string, value: string, description?: string): void {
        const row = allRows('sys_properties').find((p) => p.name === key)
        if (row) row.value = String(value)
        else insertRow('sys_properties', { name: key, value: String(value), description: description ?? '' })
    }

    static info(message: string, ...args: unknown[]): void {
        log('info', message, args)
    }
    static warn(message: string, ...args: unknown[]): void {
        log('warn', message, args)
    }
    static error(message: string, ...args: unknown[]): void {
        log('error', message, args)
    }
    static debug(message: string, ...args: unknown[]): void {
        log('debug', message, args)
    }
    static isDebugging(): boolean {
        return getPropertyValue(`${APP_SCOPE}.logging.verbosity`) === 'debug'
    }

    /**
     * sys_ui_message for the session language, then en, then the key itself; {n} filled from args (GlideSystem -
     * Scoped, getMessage). Keys match case-insensitively ("Key: internal, case-insensitive, unique identifier",
     * Message table doc); the row's code plays no part (the method takes none).
     */
    static getMessage(key: string, args?: unknown): string {
        const k = String(key).toLowerCase()
        const msgs = allRows('sys_ui_message').filter((m) => String(m.key).toLowerCase() === k)
        const hit = msgs.find((m) => m.language === state.language) ?? msgs.find((m) => m.language === 'en')
        const text = hit ? hit.message : key
        if (args === undefined || args === null) return text
        return formatArgs(text, Array.isArray(args) ? args : [args])
    }

    static getUserID(): string {
        return currentUserRow()?.sys_id ?? ''
    }
    static getUserName(): string {
        return state.userName
    }
    static getUserDisplayName(): string {
        return currentUserRow()?.name ?? ''
    }
    static getUser(): ScopedGlideUser {
        return new ScopedGlideUser(currentUserRow())
    }
    static getUserNameByUserID(id: string): string {
        return findById('sys_user', id)?.user_name ?? ''
    }
    static hasRole(role: string): boolean {
        const u = currentUserRow()
        return (
            !!u &&
            String(role)
                .split(',')
                .some((r) => userHasRole(u.sys_id, r.trim()))
        )
    }
    static getSession(): ScopedGlideSession {
        return new ScopedGlideSession()
    }
    static getCurrentScopeName(): string {
        return APP_SCOPE
    }

    static addErrorMessage(message: unknown): void {
        state.messages.push({ type: 'error', message: String(message) })
    }
    static addInfoMessage(message: unknown): void {
        state.messages.push({ type: 'info', message: String(message) })
    }

    static generateGUID(): string {
        return randomBytes(16).toString('hex')
    }
    static nil(o: unknown): boolean {
        if (o === null || o === undefined) return true
        const s = typeof o === 'object' && 'toString' in (o as object) ? String(o) : o
        return s === ''
    }
    static tableExists(name: string): boolean {
        return !!table(name)
    }
    static now(): string {
        return new GlideDateTime().getValue().slice(0, 10)
    }
    static nowDateTime(): string {
        return new GlideDateTime().getValue()
    }
    static nowGlideDateTime(): GlideDateTime {
        return new GlideDateTime()
    }

    /**
     * GlideSystem - Scoped, executeNow(GlideRecord job): "Queues a scheduled job for immediate execution" and returns
     * the sys_id of the trigger it created. The job runs later on a scheduler worker, never inside the caller's
     * transaction: here a run-once sys_trigger row (trigger_type 0) that the test or sandbox scheduler runs
     * (control.runQueuedJobs). A GlideRecord that is not positioned on a scheduled job queues nothing.
     */
    static executeNow(job: unknown): string {
        const gr = job as {
            getTableName?: () => string
            getUniqueValue?: () => string
            isValidRecord?: () => boolean
        } | null
        const tableName = gr && typeof gr.getTableName === 'function' ? gr.getTableName() : ''
        const sysId = gr && typeof gr.getUniqueValue === 'function' ? gr.getUniqueValue() : ''
        const row = sysId ? findById(tableName, sysId) : undefined
        if (
            !row ||
            !(tableName === 'sysauto' || tableName.startsWith('sysauto_')) ||
            (gr!.isValidRecord && !gr!.isValidRecord())
        ) {
            writeSyslog('error', `executeNow: not a scheduled job record (${tableName || typeof job})`, 'GlideSystem')
            return ''
        }
        return insertRow('sys_trigger', {
            name: row.name,
            document: tableName,
            document_key: sysId,
            trigger_type: '0',
            state: '0',
            next_action: new GlideDateTime().getValue(),
        }).sys_id
    }

    static eventQueue(name: string, instance?: unknown, parm1?: unknown, parm2?: unknown, queue?: string): void {
        const id =
            instance && typeof (instance as { getUniqueValue?: () => string }).getUniqueValue === 'function'
                ? (instance as { getUniqueValue: () => string }).getUniqueValue()
                : null
        state.events.push({
            name,
            instance: id,
            parm1: parm1 === undefined || parm1 === null ? '' : String(parm1),
            parm2: parm2 === undefined || parm2 === null ? '' : String(parm2),
            queue: queue ?? '',
        })
    }
}
