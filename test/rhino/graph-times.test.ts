// Microsoft Graph sends timestamps with 0 to 7 fraction digits. On Rhino 1.7.14 (the instance's engine family)
// these scenarios give the stored start/end/last-modified, the automatic-incident work notes, the poll watermark
// and Retry-After dates exactly as expected; before domain/iso-time.ts and domain/http-date.ts they gave blanks,
// no notes and a watermark that never moved (Date.parse is NaN there for anything but 3 fraction digits).
// Each scenario file (test/rhino/scenarios) holds the calls and the expected values; the calls run on both engines.
import * as path from 'node:path'
import { CaseLine, resultOf } from '../../testkit/rhino/compare.ts'
import { PlanRun, runPlan } from '../../testkit/rhino/differential.ts'
import { toId } from '../../testkit/rhino/pure-modules.ts'

// Scenario name -> the module it exercises (path under src/server).
const MODULES: Record<string, string> = {
    'health-issue-mapping': 'health/rules/health-issue-mapping',
    'health-auto-incident': 'health/rules/health-auto-incident',
    'health-sync-cursor': 'health/rules/health-sync-cursor',
    'retry-policy': 'outbound/rules/retry-policy',
}
const SCENARIOS = Object.keys(MODULES)
const moduleId = (name: string) => 'src/server/' + MODULES[name] + '.ts'
const scenarioFile = (name: string) => path.join(__dirname, 'scenarios', name + '.ts')

interface Scenario {
    EXPECTED: Record<string, unknown[]>
    PROJECT?: Record<string, (r: never) => unknown>
}

let run: PlanRun

beforeAll(async () => {
    run = await runPlan(
        SCENARIOS.map((s) => ({ module: moduleId(s), corpus: toId(scenarioFile(s)) })),
        'graph-times',
    )
}, 120000)

function check(cases: CaseLine[], name: string): void {
    const s = require(scenarioFile(name)) as Scenario
    const mine = cases.filter((c) => c.module === moduleId(name) && c.fn.charAt(0) !== '#')
    expect(mine.map((c) => c.fn + '#' + c.index).sort()).toEqual(
        Object.keys(s.EXPECTED)
            .flatMap((fn) => s.EXPECTED[fn].map((_, i) => fn + '#' + i))
            .sort(),
    )
    for (const c of mine) {
        const project = s.PROJECT && s.PROJECT[c.fn]
        const actual = project ? project(resultOf(c) as never) : resultOf(c)
        const expected = s.EXPECTED[c.fn][Number(c.index)]
        if (expected !== null && typeof expected === 'object' && !Array.isArray(expected))
            expect({ [c.fn + '#' + c.index]: actual }).toMatchObject({ [c.fn + '#' + c.index]: expected })
        else expect({ [c.fn + '#' + c.index]: actual }).toEqual({ [c.fn + '#' + c.index]: expected })
    }
}

describe.each(['rhino', 'node'] as const)('Graph timestamps with 2 and 7 fraction digits on %s', (engine) => {
    const cases = () => (engine === 'rhino' ? run.rhinoCases : run.nodeCases)
    it('issue rows keep start, end and last-modified (UTC, offsets applied)', () =>
        check(cases(), 'health-issue-mapping'))
    it('every post becomes one work note, oldest first, after the last synced one', () =>
        check(cases(), 'health-auto-incident'))
    it('the poll watermark advances to the newest change', () => check(cases(), 'health-sync-cursor'))
    it('Retry-After accepts the three HTTP-date forms and huge delays', () => check(cases(), 'retry-policy'))
})
