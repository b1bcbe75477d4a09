// GlideAggregate: COUNT (and MIN/MAX/SUM/AVG) over the same query engine, optionally grouped.
import { GlideRecordImpl } from './glide-record'
import { fieldValue } from './query'
import type { Row } from './store'

interface Bucket {
    key: Record<string, string>
    rows: Row[]
}

export class GlideAggregateImpl {
    private readonly _gr: GlideRecordImpl
    private _aggregates: { agg: string; field: string }[] = []
    private _groupBy: string[] = []
    private _buckets: Bucket[] = []
    private _index = -1

    constructor(tableName: string) {
        this._gr = new GlideRecordImpl(tableName)
    }

    addQuery(name: string, oper?: unknown, value?: unknown): unknown {
        return arguments.length === 2
            ? this._gr.addQuery(name, oper)
            : arguments.length === 1
              ? this._gr.addQuery(name)
              : this._gr.addQuery(name, oper, value)
    }
    addEncodedQuery(query: string): void {
        this._gr.addEncodedQuery(query)
    }
    addNullQuery(name: string): unknown {
        return this._gr.addNullQuery(name)
    }
    addNotNullQuery(name: string): unknown {
        return this._gr.addNotNullQuery(name)
    }
    addAggregate(agg: string, name?: string): void {
        this._aggregates.push({ agg: agg.toUpperCase(), field: name ?? '' })
    }
    groupBy(name: string): void {
        this._groupBy.push(name)
    }
    orderBy(name: string): void {
        this._gr.orderBy(name)
    }
    orderByDesc(name: string): void {
        this._gr.orderByDesc(name)
    }
    getTableName(): string {
        return this._gr.getTableName()
    }
    getEncodedQuery(): string {
        return this._gr.getEncodedQuery()
    }

    query(): void {
        this._gr.query()
        const tableName = this._gr.getTableName()
        const buckets = new Map<string, Bucket>()
        for (const row of this._gr._results) {
            const key: Record<string, string> = {}
            for (const f of this._groupBy) key[f] = fieldValue(tableName, row, f)
            const id = JSON.stringify(key)
            if (!buckets.has(id)) buckets.set(id, { key, rows: [] })
            buckets.get(id)!.rows.push(row)
        }
        // Without groupBy there is exactly one result row, even over an empty table (COUNT = 0).
        this._buckets = this._groupBy.length ? [...buckets.values()] : [{ key: {}, rows: this._gr._results }]
        this._index = -1
    }

    next(): boolean {
        if (this._index + 1 >= this._buckets.length) return false
        this._index++
        return true
    }
    hasNext(): boolean {
        return this._index + 1 < this._buckets.length
    }
    getRowCount(): number {
        return this._buckets.length
    }

    getValue(name: string): string | null {
        const v = this._buckets[this._index]?.key[name]
        return v === undefined || v === '' ? null : v
    }

    getAggregate(agg: string, name?: string): string {
        const bucket = this._buckets[this._index]
        if (!bucket) return ''
        const a = agg.toUpperCase()
        if (a === 'COUNT')
            return String(name ? bucket.rows.filter((r) => (r[name] ?? '') !== '').length : bucket.rows.length)
        const nums = bucket.rows.map((r) => Number(r[name ?? ''])).filter((n) => !isNaN(n))
        if (!nums.length) return ''
        if (a === 'SUM') return String(nums.reduce((x, y) => x + y, 0))
        if (a === 'MIN') return String(Math.min(...nums))
        if (a === 'MAX') return String(Math.max(...nums))
        if (a === 'AVG') return String(nums.reduce((x, y) => x + y, 0) / nums.length)
        throw new Error(`Glide double: unsupported aggregate ${agg}`)
    }
}
