// The pure server modules must behave on the instance's engine (Mozilla Rhino 1.7.14) as they do under Node,
// where every other test runs them. Each module's corpus (test/rhino/corpus) runs on both engines in one bundle;
// any difference in a result, a thrown error, an argument changed by the call or an exported constant fails
// with the function, the input and both outputs. See docs/development.md "Rhino differential suite".
import { formatDifferences } from '../../testkit/rhino/compare.ts'
import { DifferentialRun, runDifferential } from '../../testkit/rhino/differential.ts'
import { pureModules } from '../../testkit/rhino/pure-modules.ts'

const modules = pureModules().map((m) => m.id)
let run: DifferentialRun

beforeAll(async () => {
    run = await runDifferential(modules)
}, 180000)

describe('pure server modules on Rhino 1.7.14 and on Node', () => {
    it('both engines ran the whole corpus', () => {
        expect(run.rhinoCases.length).toBe(run.nodeCases.length)
        expect(run.nodeCases.length).toBeGreaterThan(modules.length)
    })

    it.each(modules)('%s gives the same results on both engines', (id) => {
        const ds = run.differences.filter((d) => d.module === id)
        if (ds.length)
            throw new Error(
                id + ': ' + ds.length + ' case(s) differ between Node and Rhino\n\n' + formatDifferences(ds),
            )
        // Loading the module and its corpus worked on both engines (a load failure is a case of its own).
        const broken = run.nodeCases.filter((c) => c.module === id && c.fn.charAt(0) === '#' && c.fn !== '#const')
        expect(broken.map((c) => c.fn + ' ' + JSON.stringify(c.output))).toEqual([])
    })
})
