import type * as M from '../../../../src/server/domain/stable-sort.ts'
import { corpus } from '../support.ts'

// stableSort is generic: each case is checked with its own item type, then widened for the corpus.
const sortCase = <T>(items: T[], compare: (a: T, b: T) => number) =>
    [items, compare] as unknown as Parameters<typeof M.stableSort<unknown>>
const byKey = (a: { k: number }, b: { k: number }) => a.k - b.k
const rows = (n: number, mod: number) => Array.from({ length: n }, (_, i) => ({ k: (i * 7) % mod, i }))

export default corpus<typeof M>({
    stableSort: [
        sortCase(rows(20, 3), byKey),
        sortCase(rows(200, 5), byKey),
        sortCase(rows(1000, 2), byKey),
        sortCase(rows(12, 1), byKey),
        sortCase([], byKey),
        sortCase([3, 1, 2, 10, 1, 3], (a: number, b: number) => a - b),
        sortCase(['b', 'a', 'B', '\u00e9', 'e', 'a'], (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)),
        sortCase(rows(30, 4), () => NaN),
        sortCase(rows(30, 4), (a: { k: number }, b: { k: number }) => b.k - a.k),
    ],
})
