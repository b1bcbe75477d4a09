// Microsoft Graph requests made by the service health poller (the real job code on the Glide double, against the
// Graph stand-in in a child process): per backfill of 1,000 issues at page size 100 and 1000, per steady-state
// poll (no change, and a few changes), and per day at the default 15-minute interval.
// Run: npx tsx --tsconfig bench/tsconfig.json bench/health-requests.ts  (or npm run bench)
import { spawnMicrosoftSide } from '../test/microsoft/spawn'
import { graphCount, seedHealthInstance, setProp } from '../test/health/support/health-instance'
import { runHealthPoll } from '../src/server/health/health-poller'
import { clampLimits } from '../src/server/domain/health-rate-budget'
import * as control from '../test/glide/control'

async function main(): Promise<void> {
    const BASE = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3_600_000).toISOString()
    const side = await spawnMicrosoftSide({ graph: { baseTime: BASE } })
    const requests = () => graphCount(side, 'requests')
    const limits = clampLimits({})
    try {
        for (const pageSize of [100, 1000]) {
            await side.control.resetAll()
            await side.control.graph.seed({ count: 1000, seed: 42, baseTime: BASE })
            seedHealthInstance(side)
            setProp('logging.verbosity', 'error')
            control.clock.set(Date.now())

            let started = Date.now()
            const backfill = runHealthPoll({ limits, pageSize, skipIncidents: true })
            const backfillRequests = await requests()
            console.log(`backfill of 1,000 issues, page size ${pageSize}: ${backfillRequests} Graph requests (${backfill.pages} issue pages + ${backfill.overviewsRefreshed ? 1 : 0} healthOverviews), ${backfill.issuesSeen} issues stored, ${backfill.outcome}, ${Date.now() - started} ms`)

            // Steady state: the next poll 15 minutes later with nothing changed, then one with 3 changes.
            control.clock.advance(15 * 60_000)
            let before = await requests()
            const idle = runHealthPoll({ limits, pageSize, skipIncidents: true })
            console.log(`steady-state poll, no change, page size ${pageSize}: ${(await requests()) - before} Graph request(s) (${idle.issuesSeen} issue(s) re-read in the 5-minute overlap, ${idle.updated} written; healthOverviews ${idle.overviewsRefreshed ? 'refreshed' : 'not due'})`)

            const all = await side.control.graph.issues()
            for (const i of all.slice(0, 3)) await side.control.graph.updateIssue(i.id, { post: '<p>Update</p>' })
            control.clock.advance(15 * 60_000)
            before = await requests()
            started = Date.now()
            const delta = runHealthPoll({ limits, pageSize, skipIncidents: true })
            console.log(`steady-state poll, 3 issues changed, page size ${pageSize}: ${(await requests()) - before} Graph request(s) (${delta.updated} updated, ${delta.issuesSeen} read), ${Date.now() - started} ms`)
        }
        // Per day at the default interval: each poll is 1 issues request + 1 healthOverviews request.
        const perPoll = 2
        console.log(`per day at the 15-minute default: ${96 * perPoll} Graph requests (${perPoll} per poll); caps per hour ${limits.perHour} (Graph: 800), per minute ${limits.perMinute} (Graph: 240)`)
        // Largest backfill within one hour's cap at page size 100: the pass continues over runs, never over the cap.
        console.log(`largest backfill per hour within the cap, page size 100: ${limits.perHour * 100} issues; per run: ${limits.perRun * 100}`)
    } finally {
        await side.close()
    }
}

main().catch((e) => {
    console.error(e)
    process.exit(1)
})
