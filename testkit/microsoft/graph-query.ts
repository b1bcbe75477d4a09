// The OData subset Graph's serviceAnnouncement collections need here: $filter (clauses joined by `and`, ops
// eq/ne/gt/ge/lt/le; datetimes unquoted, strings quoted, booleans), $orderby, $top, Prefer odata.maxpagesize and
// @odata.nextLink paging through a self-contained $skiptoken.

export class ODataError extends Error {}

type Value = string | number | boolean | null
interface Clause {
    field: string
    op: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'
    value: Value
    isDate: boolean
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/

function parseValue(raw: string): { value: Value; isDate: boolean } {
    if (/^'.*'$/s.test(raw)) return { value: raw.slice(1, -1).replace(/''/g, "'"), isDate: false }
    if (raw === 'true' || raw === 'false') return { value: raw === 'true', isDate: false }
    if (raw === 'null') return { value: null, isDate: false }
    if (DATE_RE.test(raw)) {
        const ms = Date.parse(raw)
        if (Number.isNaN(ms)) throw new ODataError(`Invalid DateTimeOffset literal '${raw}'.`)
        return { value: ms, isDate: true }
    }
    if (/^-?\d+(\.\d+)?$/.test(raw)) return { value: Number(raw), isDate: false }
    throw new ODataError(`Syntax error: unrecognized literal '${raw}' in $filter.`)
}

export function parseFilter(filter: string, fields: ReadonlySet<string>): Clause[] {
    // Split on ` and ` outside quotes.
    const parts: string[] = []
    let buf = ''
    let quoted = false
    const tokens = filter.trim().split(/(\s+)/)
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]
        quoted = quoted !== ((t.match(/'/g)?.length ?? 0) % 2 === 1)
        if (!quoted && t.toLowerCase() === 'and') {
            parts.push(buf.trim())
            buf = ''
            continue
        }
        if (!quoted && t.toLowerCase() === 'or')
            throw new ODataError("The 'or' operator is not supported on this resource.")
        buf += t
    }
    parts.push(buf.trim())
    return parts.map((p) => {
        const m = /^(\w+)\s+(eq|ne|gt|ge|lt|le)\s+(.+)$/i.exec(p)
        if (!m) throw new ODataError(`Invalid filter clause: '${p}'.`)
        if (!fields.has(m[1]))
            throw new ODataError(
                `Could not find a property named '${m[1]}' on type 'microsoft.graph.serviceAnnouncementBase'.`,
            )
        return { field: m[1], op: m[2].toLowerCase() as Clause['op'], ...parseValue(m[3].trim()) }
    })
}

function compare(a: unknown, b: Value, isDate: boolean): number | undefined {
    if (a === null || a === undefined || b === null) return a === b || (a === undefined && b === null) ? 0 : undefined
    const left = isDate ? Date.parse(String(a)) : a
    if (typeof left === 'number' && typeof b === 'number') return left - b
    if (typeof left === 'string' && typeof b === 'string')
        return left.toLowerCase() < b.toLowerCase() ? -1 : left.toLowerCase() > b.toLowerCase() ? 1 : 0
    if (typeof left === 'boolean' && typeof b === 'boolean') return left === b ? 0 : 1
    return undefined
}

export function matches(item: Record<string, unknown>, clauses: Clause[]): boolean {
    return clauses.every((c) => {
        const d = compare(item[c.field], c.value, c.isDate)
        if (d === undefined) return c.op === 'ne'
        switch (c.op) {
            case 'eq':
                return d === 0
            case 'ne':
                return d !== 0
            case 'gt':
                return d > 0
            case 'ge':
                return d >= 0
            case 'lt':
                return d < 0
            case 'le':
                return d <= 0
        }
    })
}

export function sortBy<T extends object>(items: T[], orderby: string | null, fields: ReadonlySet<string>): T[] {
    if (!orderby) return items
    const keys = orderby.split(',').map((k) => {
        const [field, dir = 'asc'] = k.trim().split(/\s+/)
        if (!fields.has(field) || !/^(asc|desc)$/i.test(dir))
            throw new ODataError(`Invalid $orderby expression '${k.trim()}'.`)
        return { field, sign: dir.toLowerCase() === 'desc' ? -1 : 1 }
    })
    return [...items].sort((x, y) => {
        for (const k of keys) {
            const a = String((x as Record<string, unknown>)[k.field] ?? '')
            const b = String((y as Record<string, unknown>)[k.field] ?? '')
            if (a !== b) return (a < b ? -1 : 1) * k.sign
        }
        return 0
    })
}

export interface PageState {
    offset: number
    size: number
    filter: string | null
    orderby: string | null
}

export const encodeSkipToken = (s: PageState): string => Buffer.from(JSON.stringify(s)).toString('base64url')

export function decodeSkipToken(token: string): PageState {
    try {
        const s = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as PageState
        if (typeof s.offset === 'number' && typeof s.size === 'number') return s
    } catch {
        // fall through
    }
    throw new ODataError('Invalid $skiptoken.')
}

export const MAX_PAGE = 1000
export const DEFAULT_PAGE = 100

/** Page size: $top, else Prefer: odata.maxpagesize=N, else the default; capped at MAX_PAGE. */
export function pageSize(top: string | null, prefer: string | undefined): { size: number; preferenceApplied?: string } {
    if (top !== null) {
        if (!/^\d+$/.test(top) || Number(top) < 1) throw new ODataError(`Invalid value '${top}' for $top query option.`)
        return { size: Math.min(Number(top), MAX_PAGE) }
    }
    const m = /odata\.maxpagesize\s*=\s*(\d+)/i.exec(prefer ?? '')
    if (m && Number(m[1]) > 0) {
        const size = Math.min(Number(m[1]), MAX_PAGE)
        return { size, preferenceApplied: `odata.maxpagesize=${size}` }
    }
    return { size: DEFAULT_PAGE }
}
