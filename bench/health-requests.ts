// Microsoft Graph requests made by the service health poller (the real job code on the Glide double, against the
// Graph stand-in in a child process): per backfill of 1,000 issues at page size 100 and 1000, per steady-state
// poll (no change, and a few changes), and per simulated day at the default 15-minute interval (healthOverviews
// every 6 hours, health.overviews_interval_minutes).
// Run: npx tsx --tsconfig bench/tsconfig.json bench/health-requests.ts  (or npm run bench)
import { spawnMicrosoftSide } from '../testkit/microsoft/spawn'
import { graphCount, seedHealthInstance, setProp } from '../testkit/worlds/health-instance'
import { runHealthPoll } from '../src/server/health/health-poller'
import { clampLimits } from '../src/server/health/rules/health-rate-budget'
import * as control from '../testkit/glide/control'

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
            console.log(
                `backfill of 1,000 issues, page size ${pageSize}: ${backfillRequests} Graph requests (${backfill.pages} issue pages + ${backfill.overviewsRefreshed ? 1 : 0} healthOverviews), ${backfill.issuesSeen} issues stored, ${backfill.outcome}, ${Date.now() - started} ms`,
            )

            // Steady state: the next poll 15 minutes later with nothing changed, then one with 3 changes.
            control.clock.advance(15 * 60_000)
            let before = await requests()
            const idle = runHealthPoll({ limits, pageSize, skipIncidents: true })
            console.log(
                `steady-state poll, no change, page size ${pageSize}: ${(await requests()) - before} Graph request(s) (${idle.issuesSeen} issue(s) re-read in the 5-minute overlap, ${idle.updated} written; healthOverviews ${idle.overviewsRefreshed ? 'refreshed' : 'not due'})`,
            )

            const all = await side.control.graph.issues()
            for (const i of all.slice(0, 3)) await side.control.graph.updateIssue(i.id, { post: '<p>Update</p>' })
            control.clock.advance(15 * 60_000)
            before = await requests()
            started = Date.now()
            const delta = runHealthPoll({ limits, pageSize, skipIncidents: true })
            console.log(
                `steady-state poll, 3 issues changed, page size ${pageSize}: ${(await requests()) - before} Graph request(s) (${delta.updated} updated, ${delta.issuesSeen} read), ${Date.now() - started} ms`,
            )
        }
        // A simulated day at the default interval: 96 polls, 15 minutes apart, nothing changing.
        await side.control.resetAll()
        await side.control.graph.seed({ count: 1000, seed: 42, baseTime: BASE })
        seedHealthInstance(side)
        setProp('logging.verbosity', 'error')
        control.clock.set(Date.now())
        runHealthPoll({ limits, pageSize: 1000, skipIncidents: true })
        const dayStart = await requests()
        const overviewsBefore = await graphCount(side, 'requests', 'healthOverviews')
        const perPoll = new Map<number, number>()
        for (let i = 0; i < 96; i++) {
            control.clock.advance(15 * 60_000)
            const before = await requests()
            runHealthPoll({ limits, pageSize: 1000, skipIncidents: true })
            const n = (await requests()) - before
            perPoll.set(n, (perPoll.get(n) ?? 0) + 1)
        }
        const day = (await requests()) - dayStart
        const overviews = (await graphCount(side, 'requests', 'healthOverviews')) - overviewsBefore
        const shape = [...perPoll.entries()]
            .sort((a, b) => a[0] - b[0])
            .map(([n, polls]) => `${polls} poll(s) with ${n} request(s)`)
            .join(', ')
        console.log(
            `steady-state Graph requests per poll: ${perPoll.get(1) ?? 0} of 96 polls made 1 (the issues delta); healthOverviews only when due (every 6 hours)`,
        )
        console.log(
            `per day at the 15-minute default: ${day} Graph requests for 96 polls (${shape}; ${overviews} healthOverviews; was 192 with healthOverviews on every poll); caps per hour ${limits.perHour} (Graph: 800), per minute ${limits.perMinute} (Graph: 240)`,
        )
        // Largest backfill within one hour's cap at page size 100: the pass continues over runs, never over the cap.
        console.log(
            `largest backfill per hour within the cap, page size 100: ${limits.perHour * 100} issues; per run: ${limits.perRun * 100}`,
        )
    } finally {
        await side.close()
    }
}

main().catch((e) => {
    console.error(e)
    process.exit(1)
})
