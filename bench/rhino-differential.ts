// Figures of the Node-vs-Rhino differential suite (test/rhino): pure modules, exported functions and corpus cases
// covered, and how long one run takes (bundle, Node, Rhino in one JVM, all together), best of three.
// Run: npx tsx --tsconfig bench/tsconfig.json bench/rhino-differential.ts  (or npm run bench)
import { DifferentialRun, runDifferential } from '../testkit/rhino/differential'

async function main(): Promise<void> {
    const runs: DifferentialRun[] = []
    for (let i = 0; i < 3; i++) runs.push(await runDifferential())
    const r = runs[0]
    const calls = r.nodeCases.filter((c) => c.fn.charAt(0) !== '#')
    const functions = new Set(calls.map((c) => c.module + ' ' + c.fn))
    const constants = r.nodeCases.filter((c) => c.fn === '#const').length
    const withCorpus = r.plan.filter((p) => p.corpus).length
    console.log(`pure server modules: ${r.plan.length} (${withCorpus} with a corpus, the others export constants only)`)
    console.log(
        `exported functions called: ${functions.size}; corpus cases: ${calls.length}; exported constants compared: ${constants}`,
    )
    console.log(`differences between Node and Rhino: ${r.differences.length}`)
    const best = (k: 'bundleMs' | 'nodeMs' | 'rhinoMs' | 'totalMs') => Math.min(...runs.map((x) => x.timings[k]))
    console.log(
        `time per run (best of 3): bundle ${best('bundleMs')} ms, Node ${best('nodeMs')} ms, Rhino ${best('rhinoMs')} ms (one JVM), total ${best('totalMs')} ms`,
    )
    if (r.differences.length) process.exitCode = 1
}

main().catch((e) => {
    console.error(e)
    process.exit(1)
})
