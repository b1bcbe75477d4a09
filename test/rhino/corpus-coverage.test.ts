// Guard for the differential suite: every pure server module (found by scanning imports) has a corpus, and
// every function it exports has cases there, so a new module or function cannot skip the Rhino comparison.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { CORPUS, ROOT, corpusFileFor, pureModules, serverModules, toId } from '../../testkit/rhino/pure-modules.ts'

const all = serverModules()
const pure = pureModules(all)

function corpusFiles(dir: string): string[] {
    const out: string[] = []
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name)
        if (e.isDirectory()) out.push(...corpusFiles(p))
        else if (e.name.endsWith('.ts')) out.push(p)
    }
    return out
}

function exportedFunctions(file: string): string[] {
    const mod = require(file) as Record<string, unknown>
    return Object.keys(mod)
        .filter((k) => typeof mod[k] === 'function')
        .sort()
}

function corpusOf(file: string): Record<string, unknown[]> {
    return (require(file) as { default: Record<string, unknown[]> }).default
}

describe('Rhino differential corpus covers every pure server module', () => {
    it('finds the pure modules from the imports (all of domain/, none of platform/)', () => {
        const ids = pure.map((m) => m.id)
        const domain = all.filter((m) => m.id.indexOf('src/server/domain/') === 0).map((m) => m.id)
        expect(ids).toEqual(expect.arrayContaining(domain))
        expect(ids.filter((id) => id.indexOf('src/server/platform/') === 0)).toEqual([])
        // A module reaching Glide only through another server module is not pure either.
        const indirect = all.filter((m) => m.external.length === 0 && ids.indexOf(m.id) < 0)
        expect(indirect.length).toBeGreaterThan(0)
    })

    it('pure modules import nothing but other server modules (the bundle cannot hold npm packages)', () => {
        expect(pure.filter((m) => m.external.length).map((m) => m.id + ': ' + m.external.join(', '))).toEqual([])
    })

    it.each(pure.map((m) => m.id))('%s has a corpus case for every exported function', (id) => {
        const fns = exportedFunctions(path.join(ROOT, id))
        const corpusFile = corpusFileFor(id)
        // A module of constants only needs none: the differential suite compares its exports as they are.
        if (!fns.length && !fs.existsSync(corpusFile)) return
        if (!fs.existsSync(corpusFile))
            throw new Error(
                'No corpus for ' + id + ': create ' + toId(corpusFile) + ' (see test/rhino/corpus/support.ts)',
            )
        const cases = corpusOf(corpusFile)
        const missing = fns.filter((f) => !Array.isArray(cases[f]) || cases[f].length === 0)
        const unknown = Object.keys(cases).filter((f) => fns.indexOf(f) < 0)
        expect({ missing, unknown }).toEqual({ missing: [], unknown: [] })
    })

    it('every corpus file belongs to a pure module (or is the shared helper)', () => {
        const expected = new Set(pure.map((m) => corpusFileFor(m.id)))
        const orphans = corpusFiles(CORPUS)
            .filter((f) => !expected.has(f) && path.basename(f) !== 'support.ts')
            .map(toId)
        expect(orphans).toEqual([])
    })
})
