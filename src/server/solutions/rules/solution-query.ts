// What "the same search" means for the solution cache: one row per incident and normalized query, so a re-open
// of the tab (or the same text typed again) is answered from the cache without an outbound call.

/** The connector accepts 2000 characters; the cache stores the normalized text in a 1000-character column. */
export const MAX_QUERY_LENGTH = 1000

export function normalizeQuery(text: string): string {
    return String(text || '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, MAX_QUERY_LENGTH)
}

/** The text recommended solutions are searched with when the agent has not typed anything. */
export function incidentQueryText(shortDescription: string, description: string): string {
    const short = normalizeQuery(shortDescription)
    const long = normalizeQuery(description)
    if (!long || long.toLowerCase() === short.toLowerCase()) return short
    return normalizeQuery(short ? short + ' ' + long : long)
}

export function cacheExpiryMs(nowMs: number, ttlMinutes: number): number {
    const minutes = isFinite(ttlMinutes) && ttlMinutes > 0 ? ttlMinutes : 0
    return nowMs + minutes * 60000
}

export function isCacheFresh(expiresOnMs: number | null, nowMs: number): boolean {
    return expiresOnMs !== null && expiresOnMs > nowMs
}

export interface CachedSolution {
    id: string
    title: string
    summary: string
    url: string
    source: string
}

/** Parses the stored results; anything unreadable counts as a miss rather than an error. */
export function parseCachedResults(json: string): CachedSolution[] | null {
    try {
        const v = JSON.parse(json)
        if (!Array.isArray(v)) return null
        const s = (x: unknown): string => (x === null || x === undefined ? '' : String(x))
        return v
            .filter((x) => x && typeof x === 'object')
            .map((x: Record<string, unknown>) => ({
                id: s(x.id),
                title: s(x.title),
                summary: s(x.summary),
                url: s(x.url),
                source: s(x.source),
            }))
    } catch {
        return null
    }
}

/** Only http(s) links are rendered as links (a javascript: URL from a remote answer must not become clickable). */
export function safeLink(url: string): string {
    return /^https?:\/\//i.test(url) ? url : ''
}
