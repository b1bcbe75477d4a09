import { GlideRecord } from '@servicenow/glide'

// Plain-object access to tables so that feature services never hold a GlideRecord. Values are strings as the
// platform stores them ('' for empty, 'true'/'false' for booleans).
export type Row = Record<string, string>

export interface ListOptions {
    orderBy?: string
    orderByDesc?: string
    limit?: number
}

export type Operator = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'IN' | 'ISEMPTY' | 'ISNOTEMPTY'
export type Value = string | number | boolean
export interface Test {
    op: Operator
    /** A list for IN; none for ISEMPTY / ISNOTEMPTY. */
    value?: Value | readonly Value[]
}
/** A plain value means equals; `or` widens the test (a OR b), on the same field unless it names another. */
export type Condition = Value | (Test & { or?: Test & { field?: string } })
/** Conditions on fields (dot-walks allowed), all of which must hold. {} matches every row. */
export type Where = Readonly<Record<string, Condition>>

const FIELD = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/
// The encoded query's own syntax: ^ separates conditions (^OR, ^NQ start new ones) and a line break ends the
// query text. A value holding one would change the query, so it is refused rather than sent.
const QUERY_SYNTAX = /[\^\r\n]/

function valueText(field: string, v: Value, inList: boolean): string {
    const text = String(v)
    if (QUERY_SYNTAX.test(text) || (inList && text.indexOf(',') >= 0)) {
        throw new Error(
            'records: the value for ' +
                field +
                ' contains ' +
                (inList && text.indexOf(',') >= 0 ? 'a comma (IN list)' : "'^' or a line break") +
                ' and cannot be queried',
        )
    }
    return text
}

function term(field: string, t: Test): string {
    if (t.op === 'ISEMPTY' || t.op === 'ISNOTEMPTY') return field + t.op
    if (t.op === 'IN') {
        const values = Array.isArray(t.value) ? (t.value as readonly Value[]) : [t.value as Value]
        return field + 'IN' + values.map((v) => valueText(field, v, true)).join(',')
    }
    if (t.value === undefined || t.value === null || Array.isArray(t.value))
        throw new Error('records: ' + field + ' ' + t.op + ' needs one value')
    return field + t.op + valueText(field, t.value as Value, false)
}

function checkedField(field: string): string {
    if (!FIELD.test(field)) throw new Error('records: not a field name: ' + JSON.stringify(field))
    return field
}

/** The encoded query for a Where: fields checked, values refused when they hold query syntax. Exported for tests. */
export function encodeWhere(where: Where): string {
    const parts: string[] = []
    for (const field of Object.keys(where)) {
        checkedField(field)
        const c = where[field]
        if (c === undefined || c === null) throw new Error('records: no value for ' + field)
        if (typeof c !== 'object') parts.push(term(field, { op: '=', value: c }))
        else parts.push(term(field, c) + (c.or ? '^OR' + term(checkedField(c.or.field || field), c.or) : ''))
    }
    return parts.join('^')
}

function toRow(gr: GlideRecord, fields: readonly string[]): Row {
    const row: Row = { sys_id: String(gr.getUniqueValue()) }
    for (const f of fields) {
        const v = gr.getValue(f)
        row[f] = v === null || v === undefined ? '' : String(v)
    }
    return row
}

function open(table: string, where: Where, opts: ListOptions = {}): GlideRecord {
    const encodedQuery = encodeWhere(where)
    const gr = new GlideRecord(table)
    if (encodedQuery) gr.addEncodedQuery(encodedQuery)
    if (opts.orderBy) gr.orderBy(opts.orderBy)
    if (opts.orderByDesc) gr.orderByDesc(opts.orderByDesc)
    if (opts.limit) gr.setLimit(opts.limit)
    gr.query()
    return gr
}

export function list(table: string, where: Where, fields: readonly string[], opts: ListOptions = {}): Row[] {
    const gr = open(table, where, opts)
    const rows: Row[] = []
    while (gr.next()) rows.push(toRow(gr, fields))
    return rows
}

export function findOne(table: string, where: Where, fields: readonly string[], opts: ListOptions = {}): Row | null {
    const rows = list(table, where, fields, { ...opts, limit: 1 })
    return rows.length ? rows[0] : null
}

export function getById(table: string, sysId: string, fields: readonly string[]): Row | null {
    if (!sysId) return null
    const gr = new GlideRecord(table)
    if (!gr.get(sysId)) return null
    return toRow(gr, fields)
}

export function count(table: string, where: Where): number {
    const gr = open(table, where)
    return gr.getRowCount()
}

/** Inserts a row; returns its sys_id, or '' when the platform refused it (e.g. a unique index). */
export function insert(table: string, values: Row): string {
    const gr = new GlideRecord(table)
    gr.initialize()
    for (const k of Object.keys(values)) gr.setValue(k, values[k])
    const id = gr.insert()
    return id ? String(id) : ''
}

/** Updates one row by sys_id; returns false when it does not exist or the update was refused. */
export function update(table: string, sysId: string, values: Row): boolean {
    const gr = new GlideRecord(table)
    if (!sysId || !gr.get(sysId)) return false
    for (const k of Object.keys(values)) gr.setValue(k, values[k])
    return !!gr.update()
}

export function remove(table: string, sysId: string): boolean {
    const gr = new GlideRecord(table)
    if (!sysId || !gr.get(sysId)) return false
    return !!gr.deleteRecord()
}

/** Deletes the rows that match, at most `limit` of them; returns how many were deleted. */
export function removeWhere(table: string, where: Where, limit: number): number {
    const gr = open(table, where, { limit })
    let n = 0
    while (gr.next()) if (gr.deleteRecord()) n++
    return n
}
