// The encoded-query subset the app uses, evaluated over in-memory rows. A query is an AND of groups; each
// group is an OR of terms (addOrCondition / ^OR), which is how the platform nests them.
import { findById, refTarget, type Row } from './store'

export interface Term {
    field: string
    op: string
    value: string
}
export type Group = Term[]
export interface Order {
    field: string
    desc: boolean
}

// Longest operators first so "NOT IN" wins over "IN" and ">=" over ">".
const ENCODED_OPS = [
    'ISNOTEMPTY',
    'ISEMPTY',
    'NOT IN',
    'NOT LIKE',
    'DOES NOT CONTAIN',
    'STARTSWITH',
    'ENDSWITH',
    'CONTAINS',
    'LIKE',
    'IN',
    '!=',
    '>=',
    '<=',
    '=',
    '>',
    '<',
]
const TERM = new RegExp(
    `^([a-z0-9_.]+)(${ENCODED_OPS.map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(.*)$`,
    's',
)

export const ADD_QUERY_OPS = new Set([
    '=',
    '!=',
    '>',
    '>=',
    '<',
    '<=',
    'IN',
    'NOT IN',
    'STARTSWITH',
    'ENDSWITH',
    'CONTAINS',
    'DOES NOT CONTAIN',
    'LIKE',
    'NOT LIKE',
    'ISEMPTY',
    'ISNOTEMPTY',
])

export function parseTerm(text: string): Term {
    const m = TERM.exec(text)
    if (!m) throw new Error(`Glide double: cannot parse encoded query term '${text}'`)
    return checkTerm({ field: m[1], op: m[2], value: m[3] })
}

/**
 * "field=" with nothing after it: empty values are NULL in the database (store.ts isNullValue), and no
 * ServiceNow doc says whether an empty "is" term means "is empty", matches nothing (SQL: NULL = '' is never
 * true), or is dropped. The double does not guess: app code must say fieldISEMPTY, or not query with an empty
 * value at all (e.g. 'connector_case_id=' + id for an empty id).
 */
export function checkTerm(t: Term): Term {
    if (t.op === '=' && t.value === '') {
        throw new Error(
            `Glide double: '${t.field}=' with an empty value is not modelled (empty values are NULL on the platform); use ${t.field}ISEMPTY or check the value first`,
        )
    }
    return t
}

/** Parses "a=1^ORb=2^c!=3^ORDERBYd^ORDERBYDESCe" into groups and orders. ^NQ is not supported. */
export function parseEncoded(query: string): { groups: Group[]; orders: Order[] } {
    const groups: Group[] = []
    const orders: Order[] = []
    if (!query) return { groups, orders }
    if (query.includes('^NQ')) throw new Error('Glide double: ^NQ encoded queries are not supported')
    for (const part of query.split('^')) {
        if (!part || part === 'EQ') continue
        if (part.startsWith('ORDERBYDESC')) {
            orders.push({ field: part.slice(11), desc: true })
            continue
        }
        if (part.startsWith('ORDERBY')) {
            orders.push({ field: part.slice(7), desc: false })
            continue
        }
        if (part.startsWith('OR') && groups.length) {
            groups[groups.length - 1].push(parseTerm(part.slice(2)))
            continue
        }
        groups.push([parseTerm(part)])
    }
    return { groups, orders }
}

export function encodeGroups(groups: Group[], orders: Order[]): string {
    const parts = groups.map((g) => g.map((t) => `${t.field}${t.op}${t.value}`).join('^OR'))
    for (const o of orders) parts.push(`${o.desc ? 'ORDERBYDESC' : 'ORDERBY'}${o.field}`)
    return parts.join('^')
}

/** Reads a field, following one or more reference dots (caller_id.user_name). */
export function fieldValue(tableName: string, row: Row, path: string): string {
    const [head, ...rest] = path.split('.')
    const value = row[head] ?? ''
    if (!rest.length) return value
    const target = refTarget(tableName, head)
    const ref = target && value ? findById(target, value) : undefined
    return ref ? fieldValue(target!, ref, rest.join('.')) : ''
}

function compare(a: string, b: string): number {
    if (a !== '' && b !== '' && !isNaN(Number(a)) && !isNaN(Number(b))) return Number(a) - Number(b)
    return a < b ? -1 : a > b ? 1 : 0
}

// Empty values are NULL (store.ts isNullValue), and a comparison with NULL is never true: the negative operators
// do not return empty fields. ServiceNow KB0715430 (how null values are handled in queries): "is not", "is not one
// of", "is different from" and "is same as" do not return records whose compared value is null or empty; docs
// "Filtering on empty fields": "Most filter operations do not return empty fields in their result set"
// (https://www.servicenow.com/docs/r/australia/platform-user-interface/t_FilteringOnEmptyFields.html).
const NEGATIVE_OPS = new Set(['!=', 'NOT IN', 'DOES NOT CONTAIN', 'NOT LIKE'])

function matchTerm(tableName: string, row: Row, t: Term): boolean {
    const v = fieldValue(tableName, row, t.field)
    if (v === '' && NEGATIVE_OPS.has(t.op)) return false
    const lv = v.toLowerCase()
    const lq = t.value.toLowerCase()
    const list = () => t.value.split(',').map((s) => s.trim())
    switch (t.op) {
        // Like the platform's default collation, string equality and LIKE are case-insensitive.
        case '=':
            return lv === lq
        case '!=':
            return lv !== lq
        case '>':
            return v !== '' && compare(v, t.value) > 0
        case '>=':
            return v !== '' && compare(v, t.value) >= 0
        case '<':
            return v !== '' && compare(v, t.value) < 0
        case '<=':
            return v !== '' && compare(v, t.value) <= 0
        case 'IN':
            return list().some((x) => x.toLowerCase() === lv)
        case 'NOT IN':
            return !list().some((x) => x.toLowerCase() === lv)
        case 'STARTSWITH':
            return lv.startsWith(lq)
        case 'ENDSWITH':
            return lv.endsWith(lq)
        case 'CONTAINS':
        case 'LIKE':
            return lv.includes(lq)
        case 'DOES NOT CONTAIN':
        case 'NOT LIKE':
            return !lv.includes(lq)
        case 'ISEMPTY':
            return v === ''
        case 'ISNOTEMPTY':
            return v !== ''
        default:
            throw new Error(`Glide double: unsupported operator ${t.op}`)
    }
}

export function matches(tableName: string, row: Row, groups: Group[]): boolean {
    return groups.every((g) => g.some((t) => matchTerm(tableName, row, t)))
}

export function sortRows(tableName: string, rows: Row[], orders: Order[]): Row[] {
    if (!orders.length) return rows
    return [...rows].sort((a, b) => {
        for (const o of orders) {
            const c = compare(fieldValue(tableName, a, o.field), fieldValue(tableName, b, o.field))
            if (c !== 0) return o.desc ? -c : c
        }
        return 0
    })
}
