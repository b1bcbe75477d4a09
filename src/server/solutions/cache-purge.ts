import { removeWhere } from '../platform/records.ts'
import { log } from '../platform/log.ts'
import { nowMs } from '../platform/clock.ts'
import { glideFromMs } from '../domain/iso-time.ts'
import { CACHE_TABLE } from './solution-service.ts'

// Expired solution_cache rows are still the fallback shown while the connector is down, so they are kept for a
// grace period and then deleted, in bounded batches so one run never holds the worker long.
export const GRACE_DAYS = 7
const BATCH = 500

export function purgeSolutionCache(): number {
    const cutoff = glideFromMs(nowMs() - GRACE_DAYS * 24 * 3600 * 1000)
    const removed = removeWhere(CACHE_TABLE, { expires_on: { op: '<', value: cutoff } }, BATCH)
    if (removed) log.info('Solution cache: removed {0} entries expired before {1}', removed, cutoff)
    return removed
}

/** Entry point of the scheduled job "Microsoft 365 support: purge expired solutions". */
export function solutionCachePurgeJob(): void {
    purgeSolutionCache()
}
