// GlideRecord / GlideRecordSecure over the in-memory store. Field access (gr.short_description) goes
// through a Proxy that hands out GlideElements; assignment (gr.state = '2') calls setValue.
import { GlideElement, displayValueOf, encryptedForm, type ElementOwner } from './glide-element'
import {
    ADD_QUERY_OPS,
    checkTerm,
    encodeGroups,
    matches,
    parseEncoded,
    sortRows,
    type Group,
    type Order,
    type Term,
} from './query'
import {
    aclAllows,
    allRows,
    applyComputed,
    crossScopeRefusal,
    displayField,
    formatUtc,
    insertRow,
    isJournal,
    isKnownField,
    isPassword2,
    newSysId,
    nowMs,
    removeRow,
    state,
    table,
    uniqueViolation,
    writeSyslog,
    lineage,
    type Operation,
    type Row,
} from './store'

const FIELD_NAME = /^[a-z][a-z0-9_]*$/
// Names a test runner or Promise machinery may probe on any object: never treat them as fields.
const NOT_FIELDS = new Set(['then', 'constructor', 'toString', 'valueOf', 'inspect'])

export function toGlideString(value: unknown): string {
    if (value === null || value === undefined) return ''
    if (Array.isArray(value)) return value.map(toGlideString).join(',')
    if (value instanceof GlideElement) return value.toString()
    if (value instanceof GlideRecordImpl) return value.getUniqueValue()
    return String(value)
}

/** The object addQuery returns: addOrCondition widens the same AND group. */
export class QueryCondition {
    constructor(private readonly _group: Group) {}
    addOrCondition(name: string, oper: unknown, value?: unknown): QueryCondition {
        this._group.push(makeTerm(name, oper, value, arguments.length))
        return this
    }
}

function makeTerm(name: string, oper: unknown, value: unknown, argc: number): Term {
    if (argc < 3) return checkTerm({ field: name, op: '=', value: toGlideString(oper) })
    const op = String(oper).toUpperCase()
    if (!ADD_QUERY_OPS.has(op)) throw new Error(`Glide double: unsupported addQuery operator '${String(oper)}'`)
    return checkTerm({ field: name, op, value: toGlideString(value) })
}

export class GlideRecordImpl implements ElementOwner {
    _tableName: string
    _secure: boolean
    _groups: Group[] = []
    _orders: Order[] = []
    _limit = -1
    _window: [number, number] | null = null
    _results: Row[] = []
    _index = -1
    _row: Row | null = null
    _loadedRow: Row = {}
    _changed = new Set<string>()
    _journal: Record<string, string> = {}
    _isNew = false
    _autoSys = true
    _invalidQuery = false
    _lastError = ''

    constructor(tableName: string, secure = false) {
        this._tableName = tableName
        this._secure = secure
        if (!table(tableName)) writeSyslog('error', `Invalid table name: ${tableName}`, 'GlideRecord')
        return new Proxy(this, {
            get(target, prop, receiver) {
                if (typeof prop !== 'string' || prop in target || NOT_FIELDS.has(prop) || !FIELD_NAME.test(prop))
                    return Reflect.get(target, prop, receiver)
                return isKnownField(target._tableName, prop) && table(target._tableName)
                    ? new GlideElement(receiver, prop)
                    : undefined
            },
            set(target, prop, value, receiver) {
                if (typeof prop !== 'string' || prop in target || !FIELD_NAME.test(prop))
                    return Reflect.set(target, prop, value, receiver)
                target.setValue(prop, value)
                return true
            },
        })
    }

    // ----- element owner plumbing
    _raw(field: string): string {
        if (isJournal(this._tableName, field)) return this._journal[field] ?? ''
        return this._row?.[field] ?? ''
    }
    _loaded(field: string): string {
        return this._loadedRow[field] ?? ''
    }
    _openRef(tableName: string, sysId: string): unknown {
        const gr = new GlideRecordImpl(tableName, this._secure)
        if (sysId) gr.get(sysId)
        return gr
    }

    // ----- table info
    getTableName(): string {
        return this._tableName
    }
    getRecordClassName(): string {
        return this._row?.sys_class_name || this._tableName
    }
    isValid(): boolean {
        return !!table(this._tableName)
    }
    isValidField(name: string): boolean {
        return !!table(this._tableName) && isKnownField(this._tableName, name)
    }
    getLastErrorMessage(): string {
        return this._lastError
    }
    getElement(name: string): GlideElement | null {
        return isKnownField(this._tableName, name) ? new GlideElement(this as ElementOwner, name) : null
    }

    // ----- security
    canRead(): boolean {
        return aclAllows(this._tableName, 'read')
    }
    canWrite(): boolean {
        return aclAllows(this._tableName, 'write')
    }
    canCreate(): boolean {
        return aclAllows(this._tableName, 'create')
    }
    canDelete(): boolean {
        return aclAllows(this._tableName, 'delete')
    }

    private _refuse(op: Operation): void {
        const msg = crossScopeRefusal(this._tableName, op)
        if (msg) {
            writeSyslog('error', msg, 'GlideRecord')
            throw new Error(msg)
        }
    }

    // ----- query building
    addQuery(name: string, oper?: unknown, value?: unknown): QueryCondition {
        if (arguments.length === 1) {
            this.addEncodedQuery(name)
            return new QueryCondition(this._groups[this._groups.length - 1] ?? [])
        }
        const group: Group = [makeTerm(name, oper, value, arguments.length)]
        this._checkFields(group)
        this._groups.push(group)
        return new QueryCondition(group)
    }
    addNullQuery(name: string): QueryCondition {
        return this.addQuery(name, 'ISEMPTY', '')
    }
    addNotNullQuery(name: string): QueryCondition {
        return this.addQuery(name, 'ISNOTEMPTY', '')
    }
    addActiveQuery(): QueryCondition {
        return this.addQuery('active', true)
    }
    addInactiveQuery(): QueryCondition {
        return this.addQuery('active', false)
    }
    addEncodedQuery(query: string): void {
        const { groups, orders } = parseEncoded(query)
        for (const g of groups) this._checkFields(g)
        this._groups.push(...groups)
        this._orders.push(...orders)
    }
    getEncodedQuery(): string {
        return encodeGroups(this._groups, this._orders)
    }
    orderBy(name: string): void {
        this._orders.push({ field: name, desc: false })
    }
    orderByDesc(name: string): void {
        this._orders.push({ field: name, desc: true })
    }
    setLimit(limit: number): void {
        this._limit = limit
    }
    chooseWindow(first: number, last: number): void {
        this._window = [first, last]
    }

    /** An unknown field makes the query invalid: it is logged and returns no rows (glide.invalid_query.returns_no_rows). */
    private _checkFields(group: Group): void {
        for (const t of group) {
            const head = t.field.split('.')[0]
            if (!isKnownField(this._tableName, head)) {
                this._invalidQuery = true
                writeSyslog(
                    'warn',
                    `Invalid query detected, please check logs for details [Unknown field ${head} in table ${this._tableName}]`,
                    'GlideRecord',
                )
            }
        }
    }

    // ----- running queries
    query(field?: string, value?: unknown): void {
        if (arguments.length >= 2 && field !== undefined) this.addQuery(field, value)
        this._refuse('read')
        let rows: Row[] = []
        if (table(this._tableName) && !this._invalidQuery && (!this._secure || this.canRead())) {
            rows = sortRows(
                this._tableName,
                allRows(this._tableName).filter((r) => matches(this._tableName, r, this._groups)),
                this._orders,
            )
        }
        if (this._window) rows = rows.slice(this._window[0], this._window[1])
        if (this._limit >= 0) rows = rows.slice(0, this._limit)
        this._results = rows.map((r) => ({ ...r }))
        this._index = -1
        this._row = null
        this._isNew = false
    }

    next(): boolean {
        if (this._index + 1 >= this._results.length) {
            this._index = this._results.length
            this._row = null
            return false
        }
        this._index++
        this._load(this._results[this._index])
        return true
    }
    hasNext(): boolean {
        return this._index + 1 < this._results.length
    }
    getRowCount(): number {
        return this._results.length
    }

    get(nameOrId: string, value?: unknown): boolean {
        this._groups = []
        this._orders = []
        this._invalidQuery = false
        if (arguments.length >= 2) this.addQuery(nameOrId, value)
        else this.addQuery('sys_id', nameOrId)
        this.setLimit(1)
        this.query()
        if (this.next()) return true
        // get(value) falls back to the display field (e.g. an incident number), as on the platform.
        if (arguments.length < 2 && table(this._tableName)) {
            this._groups = []
            this.addQuery(displayField(this._tableName), nameOrId)
            this.query()
            return this.next()
        }
        return false
    }

    private _load(row: Row): void {
        this._row = { ...row }
        this._loadedRow = { ...row }
        this._changed.clear()
        this._journal = {}
        this._isNew = false
    }

    // ----- values
    getValue(name: string): string | null {
        if (!isKnownField(this._tableName, name) || isJournal(this._tableName, name)) return null
        const raw = this._row?.[name] ?? ''
        const v = isPassword2(this._tableName, name) ? encryptedForm(raw) : raw
        return v === '' ? null : v
    }

    setValue(name: string, value: unknown): void {
        if (!table(this._tableName) || !isKnownField(this._tableName, name)) return
        const v = toGlideString(value)
        if (isJournal(this._tableName, name)) {
            this._journal[name] = v
            return
        }
        if (!this._row) this._row = {}
        this._row[name] = v
        this._changed.add(name)
    }

    getDisplayValue(name?: string): string {
        if (name === undefined) return this._row?.[displayField(this.getRecordClassName())] ?? ''
        return displayValueOf(this._tableName, name, this._raw(name))
    }
    getUniqueValue(): string {
        return this._row?.sys_id ?? ''
    }
    isValidRecord(): boolean {
        return (
            !!this._row && !this._isNew && !!this._row.sys_id && this._index >= 0 && this._index < this._results.length
        )
    }
    isNewRecord(): boolean {
        return this._isNew
    }

    initialize(): void {
        this._row = {}
        this._loadedRow = {}
        this._changed.clear()
        this._journal = {}
        this._isNew = true
        this._index = -1
        this._results = []
    }

    newRecord(): void {
        this.initialize()
        for (const t of lineage(this._tableName).reverse()) Object.assign(this._row!, t.defaults)
        this._row!.sys_id = newSysId()
    }

    setWorkflow(_on: boolean): void {
        /* business rules are not modelled: nothing to switch off */
    }
    autoSysFields(on: boolean): void {
        this._autoSys = on
    }
    setAbortAction(_b: boolean): void {
        /* no business rules */
    }

    // ----- writes
    insert(): string | null {
        this._refuse('create')
        if (!table(this._tableName)) return null
        if (this._secure && !this.canCreate())
            return this._fail(`Security restricted: create on ${this._tableName} denied`)
        const values: Row = { ...(this._row ?? {}) }
        if (!values.sys_id) values.sys_id = newSysId()
        const candidate: Row = {}
        for (const t of lineage(this._tableName).reverse()) Object.assign(candidate, t.defaults)
        Object.assign(candidate, values)
        applyComputed(this._tableName, candidate)
        const clash = uniqueViolation(this._tableName, candidate)
        if (clash) return this._fail(uniqueMessage(this._tableName, clash, candidate))
        const stored = insertRow(this._tableName, values)
        this._writeJournal(stored.sys_id)
        this._results = [{ ...stored }]
        this._index = 0
        this._load(stored)
        return stored.sys_id
    }

    update(_reason?: unknown): string | null {
        if (this._isNew || !this._row?.sys_id || !this._stored()) return this.insert()
        this._refuse('write')
        if (this._secure && !this.canWrite())
            return this._fail(`Security restricted: write on ${this._tableName} denied`)
        const stored = this._stored()!
        const candidate = { ...stored, ...this._row }
        applyComputed(stored.sys_class_name || this._tableName, candidate)
        const clash = uniqueViolation(this._tableName, candidate)
        if (clash) return this._fail(uniqueMessage(this._tableName, clash, candidate))
        const dirty = this._changed.size > 0 || Object.keys(this._journal).length > 0
        Object.assign(stored, candidate)
        if (this._autoSys && dirty) {
            stored.sys_updated_on = formatUtc(nowMs())
            stored.sys_updated_by = state.userName
            stored.sys_mod_count = String(Number(stored.sys_mod_count || '0') + 1)
        }
        this._writeJournal(stored.sys_id)
        this._load(stored)
        return stored.sys_id
    }

    deleteRecord(): boolean {
        this._refuse('delete')
        if (!this._row?.sys_id || (this._secure && !this.canDelete())) return false
        return removeRow(this._row.sys_id)
    }

    deleteMultiple(): void {
        this._refuse('delete')
        if (this._secure && !this.canDelete()) return
        this.query()
        for (const r of this._results) removeRow(r.sys_id)
    }

    updateMultiple(): void {
        this._refuse('write')
        if (this._secure && !this.canWrite()) return
        const changes: Row = {}
        for (const f of this._changed) changes[f] = this._row?.[f] ?? ''
        this.query()
        for (const r of this._results) {
            const stored = allRows(this._tableName).find((s) => s.sys_id === r.sys_id)
            if (!stored) continue
            Object.assign(stored, changes)
            applyComputed(stored.sys_class_name, stored)
            if (this._autoSys) {
                stored.sys_updated_on = formatUtc(nowMs())
                stored.sys_updated_by = state.userName
                stored.sys_mod_count = String(Number(stored.sys_mod_count || '0') + 1)
            }
        }
    }

    private _stored(): Row | undefined {
        const id = this._row?.sys_id
        return id ? allRows(this._tableName).find((r) => r.sys_id === id) : undefined
    }

    private _fail(message: string): null {
        this._lastError = message
        writeSyslog('error', message, 'GlideRecord')
        return null
    }

    private _writeJournal(sysId: string): void {
        for (const [element, value] of Object.entries(this._journal)) {
            if (value === '') continue
            insertRow('sys_journal_field', { element, element_id: sysId, name: this._tableName, value })
        }
        this._journal = {}
    }
}

function uniqueMessage(tableName: string, key: string[], row: Row): string {
    return `Unique Key violation detected by database ((conn=0) Duplicate entry '${key.map((f) => row[f] ?? '').join('-')}' for key '${tableName}_${key.join('_')}')`
}

/** Platform GlideRecordSecure: the same API, with ACLs enforced on every read and write. */
export class GlideRecordSecureImpl extends GlideRecordImpl {
    constructor(tableName: string) {
        super(tableName, true)
    }
}
