// Token requests per 1,000 outbound calls and Graph requests per service-health poll, measured against the
// Entra, Graph and connector stand-ins (child process) through the Glide double.
// Run: npx tsx --tsconfig bench/tsconfig.json bench/outbound-tokens.ts  (or npm run bench)
import * as control from '../testkit/glide/control'
import { DEFAULTS } from '../testkit/microsoft/defaults'
import { spawnMicrosoftSide } from '../testkit/microsoft/spawn'
import { seedInstance, setProp, counter } from '../testkit/worlds/outbound-instance'
import { resetTokenMemo } from '../src/server/outbound/token-provider'
import { ping } from '../src/server/outbound/connector-client'
import { listIssuesPage } from '../src/server/outbound/graph-client'
import type { GraphIssue } from '../src/server/outbound/rules/graph-types'

async function main(): Promise<void> {
    const side = await spawnMicrosoftSide()
    const tokens = () => counter(side.control.entra, 'tokenRequests')
    const graphRequests = () => counter(side.control.graph, 'requests')
    const setup = async () => {
        await side.control.resetAll()
        seedInstance(side)
        setProp('logging.verbosity', 'warn')
        setProp('connector.endpoint', side.urls.connector)
        setProp('connector.repository_id', DEFAULTS.repositoryId)
        setProp('connector.resource', DEFAULTS.connectorResource)
    }
    const mixedCalls = (n: number, between: (i: number) => void) => {
        let failures = 0
        for (let i = 0; i < n; i++) {
            between(i)
            const r = i % 2 ? ping('job') : listIssuesPage({ pageSize: 1 }, { retry: 'job' })
            if (!r.ok) failures++
        }
        return failures
    }
    try {
        // 1. Burst: 1,000 calls (half connector, half Graph), a new transaction every 10 calls.
        await setup()
        let started = Date.now()
        let failures = mixedCalls(1000, (i) => i % 10 === 0 && resetTokenMemo())
        console.log(
            `token requests per 1,000 calls, burst (2 resources, new transaction every 10 calls): ${await tokens()}  [${failures} failed, ${Date.now() - started} ms]`,
        )

        // 2. Spread: the same 1,000 calls over 8 hours of instance time (one every 28.8 s), each its own transaction.
        await setup()
        control.clock.set(Date.now())
        started = Date.now()
        failures = mixedCalls(1000, () => {
            resetTokenMemo()
            control.clock.advance(28_800)
        })
        const spread = await tokens()
        // Entra lifetime 3599 s, refreshed 300 s early: at most ceil(8 h / 3299 s) = 9 tokens per resource.
        console.log(
            `token requests per 1,000 calls over 8 h (2 resources, 3599 s tokens, every call its own transaction): ${spread}  (fewest possible: ${2 * Math.ceil((8 * 3600) / 3599)})  [${failures} failed, ${Date.now() - started} ms]`,
        )
        control.clock.real()

        // 3. Graph requests per poll: a full backfill of N issues at page size P, then a delta poll.
        for (const [n, p] of [
            [40, 50],
            [500, 100],
            [500, 1000],
        ] as const) {
            await setup()
            await side.control.graph.seed({ count: n })
            const before = await graphRequests()
            const seen: GraphIssue[] = []
            let page = listIssuesPage({ pageSize: p }, { retry: 'job' })
            for (;;) {
                if (!page.ok) throw new Error('backfill failed: ' + page.code)
                seen.push(...page.data.items)
                if (!page.data.nextLink) break
                page = listIssuesPage(page.data.nextLink, { retry: 'job' })
            }
            const backfill = (await graphRequests()) - before
            const watermark = seen
                .map((i) => i.lastModifiedDateTime)
                .sort()
                .slice(-1)[0]
            // Three issues change after the backfill; the delta poll asks for lastModifiedDateTime >= watermark.
            for (const i of seen.slice(0, 3)) await side.control.graph.updateIssue(i.id, { post: '<p>Update</p>' })
            const d0 = await graphRequests()
            const delta = listIssuesPage({ since: watermark, pageSize: p }, { retry: 'job' })
            const deltaRequests = (await graphRequests()) - d0
            console.log(
                `Graph requests per poll, N=${n} issues, page size ${p}: backfill ${backfill} (${seen.length} issues), delta ${deltaRequests} (${delta.ok ? delta.data.items.length : 'failed'} changed issues); tokens ${await tokens()}`,
            )
        }
    } finally {
        await side.close()
    }
}

main().catch((e) => {
    console.error(e)
    process.exit(1)
})
