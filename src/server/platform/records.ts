import { GlideRecord } from '@servicenow/glide'

// Plain-object access to tables so that feature services never hold a GlideRecord. Values are strings as the
// platform stores them ('' for empty, 'true'/'false' for booleans).
export type Row = Record<string, string>

export interface ListOptions {
    orderBy?: string
    orderByDesc?: string
    limit?: number
}

function toRow(gr: GlideRecord, fields: readonly string[]): Row {
    const row: Row = { sys_id: String(gr.getUniqueValue()) }
    for (const f of fields) {
        const v = gr.getValue(f)
        row[f] = v === null || v === undefined ? '' : String(v)
    }
    return row
}

function open(table: string, encodedQuery: string, opts: ListOptions = {}): GlideRecord {
    const gr = new GlideRecord(table)
    if (encodedQuery) gr.addEncodedQuery(encodedQuery)
    if (opts.orderBy) gr.orderBy(opts.orderBy)
    if (opts.orderByDesc) gr.orderByDesc(opts.orderByDesc)
    if (opts.limit) gr.setLimit(opts.limit)
    gr.query()
    return gr
}

export function list(table: string, encodedQuery: string, fields: readonly string[], opts: ListOptions = {}): Row[] {
    const gr = open(table, encodedQuery, opts)
    const rows: Row[] = []
    while (gr.next()) rows.push(toRow(gr, fields))
    return rows
}

export function findOne(table: string, encodedQuery: string, fields: readonly string[], opts: ListOptions = {}): Row | null {
    const rows = list(table, encodedQuery, fields, { ...opts, limit: 1 })
    return rows.length ? rows[0] : null
}

export function getById(table: string, sysId: string, fields: readonly string[]): Row | null {
    if (!sysId) return null
    const gr = new GlideRecord(table)
    if (!gr.get(sysId)) return null
    return toRow(gr, fields)
}

export function count(table: string, encodedQuery: string): number {
    const gr = open(table, encodedQuery)
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

/** Deletes the rows an encoded query matches, at most `limit` of them; returns how many were deleted. */
export function removeWhere(table: string, encodedQuery: string, limit: number): number {
    const gr = open(table, encodedQuery, { limit })
    let n = 0
    while (gr.next()) if (gr.deleteRecord()) n++
    return n
}
