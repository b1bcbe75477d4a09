// In-memory instance state shared by every Glide API of the double. One module-level state object so
// GlideRecord, gs, sn_ws and sn_auth all see the same "instance"; control.ts is the only way tests change it.
import { randomBytes } from 'node:crypto'
import { tableDefinitions } from './tables'
import type { Row, TableOptions } from './table-options'

export const APP_SCOPE = 'x_mioms_m365_assis'

export type { Row, TableOptions } from './table-options'
export type Operation = 'read' | 'create' | 'write' | 'delete'

export interface TableDef {
    name: string
    extends?: string
    unique: string[][]
    /** Known fields (without sys fields). Undefined = any field is accepted (app tables defined loosely). */
    fields?: string[]
    /** Reference fields -> target table, for getRefRecord, display values and dot-walking. */
    refs: Record<string, string>
    /** Field whose value is the record's display value. */
    display?: string
    defaults: Row
    /** Journal fields are written to sys_journal_field and never stored on the row. */
    journal: string[]
    password2: string[]
    /** Auto-numbered field and prefix, e.g. incident.number INC. */
    number?: { field: string; prefix: string }
    /** Platform-side calculated fields (sys_user.name, incident.priority), run before every write. */
    compute?: (row: Row) => void
}

export interface InProcessRequest {
    method: string
    url: string
    headers: Record<string, string>
    body: string
}
export interface InProcessResponse {
    status: number
    headers?: Record<string, string>
    body?: string
}
export type InProcessHandler = (req: InProcessRequest) => InProcessResponse

export interface CapturedMessage {
    type: 'error' | 'info'
    message: string
}
export interface QueuedEvent {
    name: string
    instance: string | null
    parm1: string
    parm2: string
    queue: string
}

export const SYS_FIELDS = [
    'sys_id',
    'sys_created_on',
    'sys_created_by',
    'sys_updated_on',
    'sys_updated_by',
    'sys_mod_count',
    'sys_class_name',
]

interface State {
    tables: Map<string, TableDef>
    data: Map<string, Row[]>
    counters: Map<string, number>
    userName: string
    language: string
    fixedClock: number | null
    crossScopeDenied: Set<string>
    acls: Map<string, string[]>
    hosts: Map<string, InProcessHandler>
    messages: CapturedMessage[]
    events: QueuedEvent[]
    /** Whether sn_auth sends parameters set with GlideOAuthClientRequest.setParameter (see sn_auth.ts). */
    oauthSendsSetParameters: boolean
}

export const state: State = freshState()

function freshState(): State {
    return {
        tables: new Map(),
        data: new Map(),
        counters: new Map(),
        userName: 'admin',
        language: 'en',
        fixedClock: null,
        crossScopeDenied: new Set(),
        acls: new Map(),
        hosts: new Map(),
        messages: [],
        events: [],
        oauthSendsSetParameters: true,
    }
}

export function resetState(): void {
    Object.assign(state, freshState())
    for (const def of tableDefinitions) defineTable(def.name, def)
    for (const name of state.tables.keys()) ensureDbObject(name)
    seedBaseData()
}

// The real admin account's sys_id: code that hard-codes it behaves the same here.
export const ADMIN_SYS_ID = '6816f79cc0a8016401c5a33be04be441'

function seedBaseData(): void {
    const adminRole = insertRow('sys_user_role', { name: 'admin' })
    insertRow('sys_user', {
        sys_id: ADMIN_SYS_ID,
        user_name: 'admin',
        first_name: 'System',
        last_name: 'Administrator',
        email: 'admin@example.com',
        password: 'admin',
    })
    insertRow('sys_user_has_role', { user: ADMIN_SYS_ID, role: adminRole.sys_id, state: 'active' })
    insertRow('sys_properties', { name: 'glide.servlet.uri', value: 'http://localhost:8080/', type: 'string' })
}

export function defineTable(name: string, opts: TableOptions = {}): void {
    if (opts.extends && !state.tables.has(opts.extends))
        throw new Error(`defineTable(${name}): parent table ${opts.extends} is not defined`)
    state.tables.set(name, {
        name,
        extends: opts.extends,
        unique: opts.unique ?? [],
        fields: opts.fields,
        refs: opts.refs ?? {},
        display: opts.display,
        defaults: opts.defaults ?? {},
        journal: opts.journal ?? [],
        password2: opts.password2 ?? [],
        number: opts.number,
        compute: opts.compute,
    })
    if (!state.data.has(name)) state.data.set(name, [])
    if (state.tables.has('sys_db_object')) ensureDbObject(name)
}

/** Every table has its sys_db_object row (cross-scope access settings live there). */
function ensureDbObject(name: string): void {
    const objects = allRows('sys_db_object')
    if (objects.some((r) => r.name === name)) return
    const parent = state.tables.get(name)?.extends
    insertRow('sys_db_object', {
        name,
        label: name,
        super_class: parent ? (objects.find((r) => r.name === parent)?.sys_id ?? '') : '',
    })
}

export function applyComputed(tableName: string, row: Row): void {
    for (const t of lineage(tableName).reverse()) t.compute?.(row)
}

export function table(name: string): TableDef | undefined {
    return state.tables.get(name)
}

/** The table and its ancestors, nearest first. */
export function lineage(name: string): TableDef[] {
    const out: TableDef[] = []
    for (let t = state.tables.get(name); t; t = t.extends ? state.tables.get(t.extends) : undefined) out.push(t)
    return out
}

/** The table and every table extending it, at any depth. */
export function descendants(name: string): string[] {
    const out = [name]
    for (const t of state.tables.values())
        if (t.extends === name) out.push(...descendants(t.name).filter((n) => !out.includes(n)))
    return out
}

export function fieldsOf(name: string): string[] | undefined {
    const all: string[] = [...SYS_FIELDS]
    for (const t of lineage(name)) {
        if (!t.fields) return undefined
        all.push(...t.fields, ...t.journal)
    }
    return all
}

export function isKnownField(tableName: string, field: string): boolean {
    const f = fieldsOf(tableName)
    return !f || f.includes(field)
}

export function refTarget(tableName: string, field: string): string | undefined {
    for (const t of lineage(tableName)) if (t.refs[field]) return t.refs[field]
    return undefined
}

export function isJournal(tableName: string, field: string): boolean {
    return lineage(tableName).some((t) => t.journal.includes(field))
}

export function isPassword2(tableName: string, field: string): boolean {
    return lineage(tableName).some((t) => t.password2.includes(field))
}

export function displayField(tableName: string): string {
    for (const t of lineage(tableName)) if (t.display) return t.display
    return 'name'
}

/** Every stored row of the table and its children (a parent query sees child rows, like the platform). */
export function allRows(tableName: string): Row[] {
    return descendants(tableName).flatMap((n) => state.data.get(n) ?? [])
}

export function findById(tableName: string, sysId: string): Row | undefined {
    return allRows(tableName).find((r) => r.sys_id === sysId)
}

export function newSysId(): string {
    return randomBytes(16).toString('hex')
}

export function nowMs(): number {
    return state.fixedClock ?? Date.now()
}

export function formatUtc(ms: number): string {
    return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}

export function parseUtc(value: string): number {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2}))?/.exec(value.trim())
    if (!m) return NaN
    return Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0))
}

export function nextNumber(tableName: string, prefix: string): string {
    const n = (state.counters.get(tableName) ?? 10000) + 1
    state.counters.set(tableName, n)
    return prefix + String(n).padStart(7, '0')
}

/**
 * An empty value is the platform's NULL. A field never set is NULL in the database ("GlideRecord variables
 * (including current) are initially null in the database", ServiceNow docs: Setting a GlideRecord variable to
 * 'NULL', https://www.servicenow.com/docs/r/zurich/api-reference/scripts/r_SettingAGlideRecordVariableToNull.html),
 * and an empty string is stored as NULL (shared/PLATFORM-NOTES.md). The double keeps '' (or no key) for both.
 */
export function isNullValue(value: string | undefined): boolean {
    return value === undefined || value === ''
}

/**
 * Which unique key (if any) the candidate row would violate, ignoring the row itself. A dictionary Unique flag or
 * unique index is a unique index in the database (ServiceNow KB0780914: "Setting a Unique constraint in the
 * Dictionary applies at the SQL Database level"), and a database unique index never compares NULLs: "A UNIQUE
 * index permits multiple NULL values for columns that can contain NULL" (MySQL reference manual, CREATE INDEX,
 * https://dev.mysql.com/doc/refman/8.0/en/create-index.html#create-index-unique). So a key with any empty
 * column never clashes: many pending cases may all have an empty connector_case_id.
 */
export function uniqueViolation(tableName: string, candidate: Row): string[] | undefined {
    for (const t of lineage(tableName)) {
        for (const key of t.unique) {
            if (key.some((f) => isNullValue(candidate[f]))) continue
            const clash = allRows(t.name).some(
                (r) => r.sys_id !== candidate.sys_id && key.every((f) => (r[f] ?? '') === candidate[f]),
            )
            if (clash) return key
        }
    }
    return undefined
}

/**
 * Low-level insert used by seeding and by GlideRecord: fills sys fields, defaults and numbers.
 * Does not check unique keys or ACLs (callers that must, do).
 */
export function insertRow(tableName: string, values: Row): Row {
    const def = state.tables.get(tableName)
    if (!def) throw new Error(`Table ${tableName} is not defined in the Glide double (control.defineTable)`)
    const now = formatUtc(nowMs())
    const row: Row = {}
    for (const t of lineage(tableName).reverse()) Object.assign(row, t.defaults)
    for (const [k, v] of Object.entries(values)) if (!isJournal(tableName, k)) row[k] = v
    row.sys_id = values.sys_id || newSysId()
    row.sys_class_name = tableName
    row.sys_created_on = values.sys_created_on || now
    row.sys_updated_on = values.sys_updated_on || now
    row.sys_created_by = values.sys_created_by || state.userName
    row.sys_updated_by = values.sys_updated_by || state.userName
    row.sys_mod_count = values.sys_mod_count || '0'
    for (const t of lineage(tableName))
        if (t.number && !row[t.number.field]) row[t.number.field] = nextNumber(t.name, t.number.prefix)
    applyComputed(tableName, row)
    state.data.get(tableName)!.push(row)
    return row
}

export function removeRow(sysId: string): boolean {
    for (const rows of state.data.values()) {
        const i = rows.findIndex((r) => r.sys_id === sysId)
        if (i >= 0) {
            rows.splice(i, 1)
            return true
        }
    }
    return false
}

export function currentUserRow(): Row | undefined {
    return allRows('sys_user').find((r) => r.user_name === state.userName)
}

/** Role names held by a user, expanded through sys_user_role_contains. */
export function rolesOf(userSysId: string): Set<string> {
    const roleIds = allRows('sys_user_has_role')
        .filter((r) => r.user === userSysId && (r.state ?? 'active') === 'active')
        .map((r) => r.role)
    const seen = new Set<string>()
    const queue = [...roleIds]
    while (queue.length) {
        const id = queue.shift()!
        if (seen.has(id)) continue
        seen.add(id)
        for (const c of allRows('sys_user_role_contains')) if (c.role === id) queue.push(c.contains)
    }
    const names = new Set<string>()
    for (const id of seen) {
        const r = findById('sys_user_role', id)
        if (r) names.add(r.name)
    }
    return names
}

export function userHasRole(userSysId: string, role: string): boolean {
    const roles = rolesOf(userSysId)
    return roles.has('admin') || roles.has(role)
}

export function currentUserHasAnyRole(roles: string[]): boolean {
    const u = currentUserRow()
    if (!u) return false
    const held = rolesOf(u.sys_id)
    return held.has('admin') || roles.some((r) => held.has(r))
}

/** ACL check as set by control.acl(table, op, roles): no rule means allowed, admin always passes. */
export function aclAllows(tableName: string, op: Operation): boolean {
    for (const t of lineage(tableName)) {
        const roles = state.acls.get(`${t.name}:${op}`)
        if (roles) return currentUserHasAnyRole(roles)
    }
    return true
}

const OP_LABEL: Record<Operation, string> = { read: 'Read', create: 'Create', write: 'Write', delete: 'Delete' }

/** The platform refuses (and logs) a cross-scope operation when the table's policy does not allow it. */
export function crossScopeRefusal(tableName: string, op: Operation): string | undefined {
    if (!state.crossScopeDenied.has(`${tableName}:${op}`)) return undefined
    return `${OP_LABEL[op]} operation against '${tableName}' from scope '${APP_SCOPE}' has been refused due to the table's cross-scope access policy`
}

export function writeSyslog(
    level: 'info' | 'warn' | 'error' | 'debug',
    message: string,
    source: string = APP_SCOPE,
): void {
    insertRow('syslog', { level: SYSLOG_LEVEL[level], message, source })
}

// syslog.level is a choice field: -1 debug, 0 info, 1 warning, 2 error.
export const SYSLOG_LEVEL: Record<'info' | 'warn' | 'error' | 'debug', string> = {
    debug: '-1',
    info: '0',
    warn: '1',
    error: '2',
}

export function getPropertyValue(name: string): string | undefined {
    const r = allRows('sys_properties').find((p) => p.name === name)
    return r ? r.value : undefined
}

resetState()
