import { findOne, insert, list, update } from '../platform/records.ts'
import { getNumberSetting } from '../platform/properties.ts'
import { nowMs } from '../platform/clock.ts'
import { log } from '../platform/log.ts'
import { searchSolutions } from '../outbound/connector-client.ts'
import {
    CachedSolution,
    cacheExpiryMs,
    isCacheFresh,
    normalizeQuery,
    parseCachedResults,
    safeLink,
} from './rules/solution-query.ts'
import { sha256Hex } from '../platform/digest.ts'
import { glideFromMs, parseGlideUtc } from '../domain/iso-time.ts'
import { Failure } from '../domain/result.ts'

// Recommended solutions per incident and query, cached in solution_cache until expires_on
// (property solutions.cache_ttl_minutes), so re-opening the tab costs no outbound call.

export const CACHE_TABLE = 'x_mioms_m365_assis_solution_cache'
export const FEEDBACK_TABLE = 'x_mioms_m365_assis_solution_feedback'
const RESULTS_MAX = 65000

export type SolutionsResult =
    | { ok: true; query: string; solutions: CachedSolution[]; fromCache: boolean; stale?: boolean }
    /** The connector's failure as it came (domain/result.ts: detail is admin text for the log, never shown). */
    | (Failure & { query: string })

export function findSolutions(incident: { sysId: string; number: string }, rawQuery: string): SolutionsResult {
    const query = normalizeQuery(rawQuery)
    if (!query) return { ok: true, query, solutions: [], fromCache: false }
    // The cache key: SHA-256 of the normalized query in lower case (the same question however it is typed).
    const hash = sha256Hex(query.toLowerCase())
    const now = nowMs()
    const cached = findOne(CACHE_TABLE, { incident: incident.sysId, query_hash: hash }, ['results', 'expires_on'])
    const cachedList = cached ? parseCachedResults(cached.results) : null
    if (cached && cachedList && isCacheFresh(parseGlideUtc(cached.expires_on), now)) {
        return { ok: true, query, solutions: cachedList, fromCache: true }
    }
    // The agent is waiting on the tab: no waiting between attempts; a throttled or unavailable connector answers now.
    const r = searchSolutions({ query, incidentNumber: incident.number }, 'interactive')
    if (!r.ok) {
        // An expired answer is better than none while the connector is unreachable.
        if (cachedList) return { ok: true, query, solutions: cachedList, fromCache: true, stale: true }
        return { ...r, query }
    }
    const solutions = r.data.map((x) => ({ ...x, url: safeLink(x.url) }))
    store(
        incident.sysId,
        hash,
        query,
        solutions,
        cacheExpiryMs(now, getNumberSetting('solutions.cache_ttl_minutes', 1440)),
        cached ? cached.sys_id : '',
    )
    return { ok: true, query, solutions, fromCache: false }
}

function store(
    incidentId: string,
    hash: string,
    query: string,
    solutions: CachedSolution[],
    expiresMs: number,
    existingId: string,
): void {
    let list = solutions
    let json = JSON.stringify(list)
    while (json.length > RESULTS_MAX && list.length) {
        list = list.slice(0, list.length - 1)
        json = JSON.stringify(list)
    }
    const values = {
        incident: incidentId,
        query_hash: hash,
        query_text: query,
        results: json,
        expires_on: glideFromMs(expiresMs),
    }
    if (existingId && update(CACHE_TABLE, existingId, values)) return
    if (insert(CACHE_TABLE, values)) return
    // (incident, query_hash) is unique: a concurrent open stored it first; refresh that row instead.
    const other = findOne(CACHE_TABLE, { incident: incidentId, query_hash: hash }, [])
    if (!other || !update(CACHE_TABLE, other.sys_id, values))
        log.warn('Solution cache: could not store results for incident {0}', incidentId)
}

/** The session user's helpful/not helpful answers on this incident, by solution id. */
export function feedbackFor(incidentId: string, userId: string): Record<string, boolean> {
    const out: Record<string, boolean> = {}
    for (const row of list(FEEDBACK_TABLE, { incident: incidentId, user: userId }, ['solution_id', 'helpful']))
        out[row.solution_id] = row.helpful === 'true'
    return out
}

/** One answer per user, incident and solution: a second click changes it. */
export function recordFeedback(incidentId: string, userId: string, solutionId: string, helpful: boolean): boolean {
    const existing = findOne(FEEDBACK_TABLE, { incident: incidentId, user: userId, solution_id: solutionId }, [])
    if (existing) return update(FEEDBACK_TABLE, existing.sys_id, { helpful: String(helpful) })
    return !!insert(FEEDBACK_TABLE, {
        incident: incidentId,
        user: userId,
        solution_id: solutionId,
        helpful: String(helpful),
    })
}
