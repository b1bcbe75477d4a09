// The differential run: every pure server module with its corpus in one bundle, run once on Rhino (one JVM)
// and once on Node, compared case by case. Used by differential.test.ts, the scenario tests and
// bench/rhino-differential.ts.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { buildBundle, planFor, PlanEntry } from './bundle.ts'
import { CaseLine, Difference, diff, parseLines } from './compare.ts'
import { EngineRun, rhinoMissing, runNode, runRhino } from './engines.ts'
import { ROOT, pureModules } from './pure-modules.ts'

export const OUTPUT_DIR = path.join(ROOT, 'test-output', 'rhino')

export interface PlanRun {
    plan: PlanEntry[]
    node: EngineRun
    rhino: EngineRun
    nodeCases: CaseLine[]
    rhinoCases: CaseLine[]
    /** Build of the bundle, then both engines side by side. */
    timings: { bundleMs: number; nodeMs: number; rhinoMs: number; totalMs: number }
}

export interface DifferentialRun extends PlanRun {
    differences: Difference[]
}

/** Bundles the plan into test-output/rhino/<name>.js and runs it on both engines at once. */
export async function runPlan(plan: PlanEntry[], name: string): Promise<PlanRun> {
    const missing = rhinoMissing()
    if (missing) throw new Error(missing)
    const started = Date.now()
    const bundleFile = path.join(OUTPUT_DIR, name + '.js')
    fs.mkdirSync(OUTPUT_DIR, { recursive: true })
    fs.writeFileSync(bundleFile, buildBundle(plan))
    const bundleMs = Date.now() - started
    const [node, rhino] = await Promise.all([runNode(bundleFile), runRhino(bundleFile)])
    for (const r of [node, rhino]) {
        if (r.code !== 0)
            throw new Error(
                r.engine + ' failed on ' + bundleFile + ' (exit ' + r.code + '):\n' + r.stderr.slice(0, 4000),
            )
    }
    return {
        plan,
        node,
        rhino,
        nodeCases: parseLines(node.stdout),
        rhinoCases: parseLines(rhino.stdout),
        timings: { bundleMs, nodeMs: node.ms, rhinoMs: rhino.ms, totalMs: Date.now() - started },
    }
}

export async function runDifferential(moduleIds: string[] = pureModules().map((m) => m.id)): Promise<DifferentialRun> {
    const run = await runPlan(planFor(moduleIds), 'differential-bundle')
    return { ...run, differences: diff(run.nodeCases, run.rhinoCases) }
}
