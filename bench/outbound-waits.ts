// How long a caller is held when the connector throttles or is down, per retry mode: 'interactive' (a user's
// request) against 'job' (the case-sync job), with the real clock-loop waiter (platform/clock.ts) and
// outbound.max_retries = 3. Figures: wall time, connector requests and waits per call, through the Glide double
// against the reference connector (child process).
// Run: npx tsx --tsconfig bench/tsconfig.json bench/outbound-waits.ts  (or npm run bench)
import { DEFAULTS } from '../testkit/microsoft/defaults'
import { spawnMicrosoftSide } from '../testkit/microsoft/spawn'
import { seedInstance, setProp } from '../testkit/worlds/outbound-instance'
import { searchSolutions } from '../src/server/outbound/connector-client'
import { setWaiter } from '../src/server/platform/clock'
import type { RetryMode } from '../src/server/outbound/rules/retry-mode'
import type { FaultSettings } from '../testkit/microsoft/faults'

async function main(): Promise<void> {
    const side = await spawnMicrosoftSide()
    // The clock loop blocks this process's event loop; the control client's idle keep-alive socket may be closed
    // meanwhile, so its first request afterwards can fail once.
    const searches = async (): Promise<number> => {
        for (let i = 0; ; i++) {
            try {
                return (await side.control.connector.counters()).requests?.['POST /solutions/search'] ?? 0
            } catch (e) {
                if (i >= 2) throw e
            }
        }
    }
    const faults: [string, FaultSettings][] = [
        ['503 unavailable', { down: 'unavailable', paths: ['/solutions'] }],
        ['429, Retry-After 2 s', { throttle: { retryAfterSeconds: 2 }, paths: ['/solutions'] }],
        ['connection reset', { down: 'reset', paths: ['/solutions'] }],
    ]
    try {
        for (const [label, fault] of faults) {
            for (const mode of ['interactive', 'job'] as RetryMode[]) {
                await side.control.resetAll().catch(() => side.control.resetAll())
                seedInstance(side, { maxRetries: 3 })
                setProp('logging.verbosity', 'warn')
                setProp('connector.endpoint', side.urls.connector)
                setProp('connector.repository_id', DEFAULTS.repositoryId)
                setProp('connector.resource', DEFAULTS.connectorResource)
                // Fetch the token first, so the figure is the connector call alone.
                searchSolutions({ query: 'warm up' }, 'interactive')
                await side.control.connector.setFaults(fault)
                const before = await searches()
                const waits: number[] = []
                // The real clock loop, observed: what a worker thread would spin for.
                const real = setWaiter(null)
                setWaiter((ms) => {
                    waits.push(ms)
                    real(ms)
                })
                const started = Date.now()
                const r = searchSolutions({ query: 'teams meetings drop' }, mode)
                const ms = Date.now() - started
                setWaiter(null)
                const sent = (await searches()) - before
                const code = r.ok
                    ? 'ok'
                    : r.code + (r.retryAfterSeconds !== undefined ? ', retryAfterSeconds ' + r.retryAfterSeconds : '')
                console.log(
                    `${label.padEnd(22)} ${mode.padEnd(11)} held ${String(ms).padStart(5)} ms, ${sent} request(s), waits [${waits.join(', ')}] ms -> ${code}`,
                )
            }
        }
    } finally {
        await side.close()
    }
}

main().catch((e) => {
    console.error(e)
    process.exit(1)
})
