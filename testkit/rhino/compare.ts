// Compares what the harness printed on Node and on Rhino, case by case, and renders a difference readably.
// The harness encodes numbers with the engine's String(n); they are compared by value, so a different but
// exact spelling of the same double is not a difference (a different value, -0 included, is).

export type Encoded = unknown

export interface CaseLine {
    module: string
    fn: string
    index: number | string
    input: Encoded
    /** {r: result, a: arguments after the call} or {x: thrown}. */
    output: Encoded
}

export interface Difference {
    module: string
    fn: string
    index: number | string
    input: string
    node: string
    rhino: string
}

export function parseLines(stdout: string): CaseLine[] {
    return stdout
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => {
            const [module, fn, index, input, output] = JSON.parse(l) as [
                string,
                string,
                number | string,
                Encoded,
                Encoded,
            ]
            return { module, fn, index, input, output }
        })
}

export const keyOf = (c: { module: string; fn: string; index: number | string }): string =>
    c.module + '\u0000' + c.fn + '\u0000' + c.index

function isObj(v: unknown): v is Record<string, unknown> {
    return v !== null && typeof v === 'object' && !Array.isArray(v)
}

const numberOf = (s: string): number => (s === '-0' ? -0 : Number(s))

export function sameEncoded(a: Encoded, b: Encoded): boolean {
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
        return a.every((x, i) => sameEncoded(x, b[i]))
    }
    if (isObj(a) && isObj(b)) {
        if ('$n' in a && '$n' in b) return Object.is(numberOf(String(a.$n)), numberOf(String(b.$n)))
        const ka = Object.keys(a)
        const kb = Object.keys(b)
        if (ka.join('\u0000') !== kb.join('\u0000')) return false
        return ka.every((k) => sameEncoded(a[k], b[k]))
    }
    return a === b
}

/** Encoded value -> JavaScript-like text (NaN, undefined, Set {...}), cut to `max` characters. */
export function show(v: Encoded, max = 1500): string {
    const text = render(v)
    return text.length > max ? text.slice(0, max) + '... (' + text.length + ' characters)' : text
}

function render(v: Encoded): string {
    if (Array.isArray(v)) return '[' + v.map(render).join(', ') + ']'
    if (!isObj(v)) return JSON.stringify(v)
    if ('$n' in v) return String(v.$n)
    if ('$u' in v) return 'undefined'
    if ('$f' in v) return '<function>'
    if ('$hole' in v) return '<hole>'
    if ('$cycle' in v) return '<cycle>'
    if ('$date' in v) return 'Date(' + render(v.$date) + ')'
    if ('$re' in v) return String(v.$re)
    if ('$err' in v) return 'throws ' + String(v.$err) + ': ' + String(v.message)
    if ('$set' in v) return 'Set {' + (v.$set as Encoded[]).map(render).join(', ') + '}'
    if ('$map' in v)
        return 'Map {' + (v.$map as Encoded[][]).map((e) => render(e[0]) + ' => ' + render(e[1])).join(', ') + '}'
    if ('$other' in v) return String(v.$other)
    if ('$o' in v) {
        const o = v.$o as Record<string, Encoded>
        return (
            '{' +
            Object.keys(o)
                .map((k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)) + ': ' + render(o[k]))
                .join(', ') +
            '}'
        )
    }
    return JSON.stringify(v)
}

function showOutput(o: Encoded): string {
    if (!isObj(o)) return show(o)
    if ('x' in o) return show(o.x)
    const r = show(o.r)
    // Arguments are shown only when the call changed them differently on the two engines.
    return r
}

export function diff(node: CaseLine[], rhino: CaseLine[]): Difference[] {
    const byKey = new Map<string, CaseLine>()
    for (const r of rhino) byKey.set(keyOf(r), r)
    const out: Difference[] = []
    for (const n of node) {
        const r = byKey.get(keyOf(n))
        byKey.delete(keyOf(n))
        if (!r) {
            out.push({
                module: n.module,
                fn: n.fn,
                index: n.index,
                input: show(n.input),
                node: showOutput(n.output),
                rhino: '(no result: Rhino stopped before this case)',
            })
            continue
        }
        if (sameEncoded(n.output, r.output) && sameEncoded(n.input, r.input)) continue
        const o = n.output as Record<string, Encoded>
        const ro = r.output as Record<string, Encoded>
        const argsDiffer =
            isObj(o) && isObj(ro) && 'a' in o && 'a' in ro && sameEncoded(o.r, ro.r) && !sameEncoded(o.a, ro.a)
        out.push({
            module: n.module,
            fn: n.fn,
            index: n.index,
            input:
                show(n.input) +
                (sameEncoded(n.input, r.input) ? '' : '\n    (Rhino built the input as ' + show(r.input) + ')'),
            node: argsDiffer ? 'arguments after the call ' + show(o.a) : showOutput(n.output),
            rhino: argsDiffer ? 'arguments after the call ' + show(ro.a) : showOutput(r.output),
        })
    }
    for (const r of byKey.values())
        out.push({
            module: r.module,
            fn: r.fn,
            index: r.index,
            input: show(r.input),
            node: '(no result on Node)',
            rhino: showOutput(r.output),
        })
    return out
}

export function formatDifferences(ds: Difference[], limit = 25): string {
    const lines = ds
        .slice(0, limit)
        .map((d) =>
            [
                d.fn + (d.fn.charAt(0) === '#' ? ' ' : ' case #') + d.index,
                '  input: ' + d.input,
                '  node:  ' + d.node,
                '  rhino: ' + d.rhino,
            ].join('\n'),
        )
    if (ds.length > limit) lines.push('... and ' + (ds.length - limit) + ' more differences')
    return lines.join('\n\n')
}

/** Encoded value -> the JavaScript value it stands for (Sets, Maps and dates included; functions as '<function>'). */
export function decode(v: Encoded): unknown {
    if (Array.isArray(v)) return v.map(decode)
    if (!isObj(v)) return v
    if ('$n' in v) return numberOf(String(v.$n))
    if ('$u' in v || '$hole' in v) return undefined
    if ('$f' in v) return '<function>'
    if ('$cycle' in v) return '<cycle>'
    if ('$date' in v) return new Date(decode(v.$date) as number)
    if ('$re' in v) return String(v.$re)
    if ('$err' in v) return { thrown: String(v.$err), message: String(v.message) }
    if ('$set' in v) return new Set((v.$set as Encoded[]).map(decode))
    if ('$map' in v) return new Map((v.$map as Encoded[][]).map((e) => [decode(e[0]), decode(e[1])]))
    if ('$other' in v) return String(v.$other)
    const o = v.$o as Record<string, Encoded>
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(o)) out[k] = decode(o[k])
    return out
}

/** What a case returned ({thrown, message} when it threw). */
export function resultOf(c: CaseLine): unknown {
    const o = c.output as Record<string, Encoded>
    return 'x' in o ? { thrown: decode(o.x) } : decode(o.r)
}
