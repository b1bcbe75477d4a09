// Shared pieces of the differential corpora. A corpus file mirrors a pure module's path under src/server
// (test/rhino/corpus/domain/x.ts for src/server/domain/x.ts) and default-exports corpus<typeof M>({...}): for each
// exported function, a list of argument tuples (or thunks returning one, for stateful arguments such as a
// random source). The file is bundled into the same script as the module and runs on both engines, so keep
// it to literals and simple helpers: the modules under test must be the only code that can behave differently.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFn = (...args: any[]) => unknown
type FnKeys<M> = { [K in keyof M]: M[K] extends AnyFn ? K : never }[keyof M]
export type Case<F extends AnyFn> = Parameters<F> | (() => Parameters<F>)
export type Corpus<M> = { [K in FnKeys<M>]: Case<Extract<M[K], AnyFn>>[] }

export function corpus<M>(cases: Corpus<M>): Corpus<M> {
    return cases
}

/** Arguments the signature does not allow (bad input from JSON, null from a missing field): still valid cases. */
export function loose(...args: unknown[]): never {
    return args as never
}

/** A deterministic random source: returns the values in turn, then repeats them. */
export function seq(...values: number[]): () => number {
    let i = 0
    return () => values[i++ % values.length]
}

/** Every combination of the values, as argument tuples. */
export function product<A, B>(as: readonly A[], bs: readonly B[]): [A, B][] {
    const out: [A, B][] = []
    for (const a of as) for (const b of bs) out.push([a, b])
    return out
}

/** A string of n copies of `unit`. */
export function repeat(unit: string, n: number): string {
    let s = ''
    for (let i = 0; i < n; i++) s += unit
    return s
}

// Reference instants (epoch ms, UTC), written as literals so no engine parses them.
export const T2020 = 1605164858970 // 2020-11-12T07:07:38.970Z
export const T2026 = 1785398400000 // 2026-07-30T08:00:00.000Z

// Text that trips engines up: combining marks, astral characters, lone surrogates, RTL, zero-width and
// line/paragraph separators, the Turkish dotted I, the German sharp s, NBSP, BOM.
export const TRICKY_TEXT: readonly string[] = [
    '',
    ' ',
    'plain ascii',
    'Caf\u00e9 na\u0131ve r\u00e9sum\u00e9',
    'Cafe\u0301 (combining acute)',
    '\u0130stanbul \u0131\u0130 stra\u00dfe \u00df',
    '\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8',
    '\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd',
    'emoji \ud83d\ude00 and \ud83d\udc4d\ud83c\udffd',
    'lone \ud800 high and \udc00 low',
    'zero\u200bwidth\u200djoin\ufeffbom',
    'line\u2028sep\u2029para',
    'nbsp\u00a0here\u00a0\u00a0twice',
    'tabs\tand\r\nCRLF\nLF',
    '<b>html</b> &amp; &lt;entities&gt; &#39; &#x1F600; &#0; &nbsp;',
]

// ISO 8601 / RFC 3339 timestamps as Microsoft Graph, the connector and people send them: 0 to 7 fraction digits
// (Graph trims trailing zeros), Z or numeric offsets, and what must be rejected.
export const ISO_SAMPLES: readonly string[] = [
    '2020-11-12T07:07:38Z',
    '2020-11-12T07:07:38.9Z',
    '2020-11-12T07:07:38.97Z',
    '2020-11-12T07:07:38.970Z',
    '2020-11-12T07:07:38.9701Z',
    '2020-11-12T07:07:38.97012Z',
    '2020-11-12T07:07:38.970123Z',
    '2020-11-12T07:07:38.9701234Z',
    '2023-01-01T00:00:00.0000000Z',
    '2023-01-01T00:00:00.0000001Z',
    '2020-11-12T07:07:38.999999999Z',
    '2020-11-12T07:07:38.97+02:00',
    '2020-11-12T07:07:38.5-05:30',
    '2020-11-12T07:07:38+0530',
    '2020-11-12T07:07:38-0000',
    '2020-11-12T09:07:38+02',
    '2020-11-12T07:07:38+14:00',
    '2020-11-12T07:07:38-12:00',
    '2020-11-12T07:07:38+15:00',
    '2020-11-12T07:07:38+02:60',
    '2020-11-12t07:07:38.5z',
    '2020-11-12T07:07Z',
    '2020-11-12T07:07:38',
    '2020-11-12T07:07:38.123',
    '2020-11-12 07:07:38',
    '2020-11-12 07:07:38Z',
    '2020-11-12',
    '2020-02-29T12:00:00Z',
    '2021-02-29T12:00:00Z',
    '2100-02-29T12:00:00Z',
    '2000-02-29T23:59:59.9999999Z',
    '2020-04-31T00:00:00Z',
    '2020-13-01T00:00:00Z',
    '2020-00-10T00:00:00Z',
    '2020-11-00T00:00:00Z',
    '2020-11-12T24:00:00Z',
    '2020-11-12T23:60:00Z',
    '2020-11-12T23:59:60Z',
    '1969-12-31T23:59:59.999Z',
    '1970-01-01T00:00:00Z',
    '0001-01-01T00:00:00Z',
    '0099-06-15T12:00:00Z',
    '9999-12-31T23:59:59.9999999Z',
    '+002020-11-12T07:07:38Z',
    '2020-11-12T07:07:38.Z',
    '2020-11-12T07:07:38.1234567890Z',
    '2020-11-12T7:07:38Z',
    '20201112T070738Z',
    ' 2020-11-12T07:07:38Z',
    '2020-11-12T07:07:38Z ',
    '2020-11-12T07:07:38ZZ',
    '2020-11-12T07:07:38Z\n',
    '２０２０-11-12T07:07:38Z',
    'Thu, 12 Nov 2020 07:07:38 GMT',
    '1605164858970',
    'garbage',
    '',
]

/** Microsoft Graph serviceHealthIssue samples (v1.0 shape), with the time formats Graph really sends. */
export const GRAPH_ISSUES = [
    {
        id: 'EX812345',
        title: 'Users may experience delays sending and receiving email',
        service: 'Exchange Online',
        feature: 'Mail flow',
        featureGroup: 'E-Mail and calendar access',
        impactDescription: 'Users may notice <b>delays</b> of up to 45&nbsp;minutes.',
        classification: 'incident',
        origin: 'microsoft',
        status: 'serviceDegradation',
        isResolved: false,
        startDateTime: '2020-11-12T07:07:38.97Z',
        endDateTime: null,
        lastModifiedDateTime: '2020-11-12T09:15:02.1234567Z',
        posts: [
            {
                createdDateTime: '2020-11-12T09:15:02.1234567Z',
                postType: 'regular',
                description: { contentType: 'html', content: '<p>Second update</p>' },
            },
            {
                createdDateTime: '2020-11-12T07:30:00Z',
                postType: 'quick',
                description: { contentType: 'html', content: 'First <script>alert(1)</script>look' },
            },
            {
                createdDateTime: '2020-11-12T08:00:00.5Z',
                postType: 'regular',
                description: { contentType: 'text', content: 'Middle' },
            },
        ],
    },
    {
        id: 'TM789012',
        title: 'Users can\u2019t join Teams meetings \u2014 \u00e9chec',
        service: 'Microsoft Teams',
        feature: 'Meetings',
        featureGroup: 'Teams Components',
        impactDescription: '',
        classification: 'Advisory',
        origin: 'microsoft',
        status: 'serviceRestored',
        startDateTime: '2023-01-01T00:00:00.0000000Z',
        endDateTime: '2023-01-01T05:30:00.07Z',
        lastModifiedDateTime: '2023-01-01T05:30:00.07Z',
        posts: [],
    },
    {
        id: 'SP100001',
        title: 'Offsets and odd values',
        service: 'SharePoint Online',
        feature: 'Search',
        classification: 'other',
        status: 'investigating',
        isResolved: true,
        startDateTime: '2020-11-12T09:07:38.5+02:00',
        endDateTime: 'not a date',
        lastModifiedDateTime: '2020-11-12T07:07:38',
    },
]

/**
 * `{...base, ...over}` without object spread: the bundle lowers spread to Object.assign, and Rhino 1.7.14's
 * Object.assign does not copy a property whose value is undefined, so a case built with spread would differ.
 */
export function merge<T extends object>(base: T, over: Record<string, unknown>): T {
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(base)) out[k] = (base as Record<string, unknown>)[k]
    for (const k of Object.keys(over)) out[k] = over[k]
    return out as T
}
