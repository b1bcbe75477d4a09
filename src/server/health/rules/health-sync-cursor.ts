// The service health poller's position: the watermark (lastModifiedDateTime already fully synced, property
// health.watermark) and, while a pass is unfinished, the pass in progress (property health.sync_cursor). Pure.
//
// Rules:
// - The first pass has no filter and pages through everything; later passes ask for lastModifiedDateTime ge
//   (watermark - OVERLAP_MS). The overlap catches an issue whose lastModifiedDateTime was stamped just before the
//   previous pass but became visible after it; fetching a few issues twice is harmless (upsert by id).
// - A pass may span several runs (request budget, throttling): the nextLink is kept and followed next run.
// - The watermark only moves after a pass completes, to the newest lastModifiedDateTime seen, but never past the
//   instant the pass started: an issue changed while a multi-run pass was paging may have moved behind the pages
//   already read, and it is only guaranteed to be fetched again if the next pass starts from before that change.
// - A failed or partial pass never changes the watermark.

import { isoFromMs, parseIsoInstant } from '../../domain/iso-time.ts'

export const OVERLAP_MS = 5 * 60 * 1000

export interface SyncCursor {
    /** The filter of this pass ('' = everything). */
    since: string
    /** Where to continue; '' = the first page of the pass has not been read yet. */
    nextLink: string
    /** Newest lastModifiedDateTime seen in this pass ('' = none yet). */
    maxSeen: string
    /** ISO instant the pass started. */
    startedAt: string
    pages: number
    items: number
}

// Graph's lastModifiedDateTime has 0 to 7 fraction digits; a value without an offset is UTC.
function ms(iso: string): number {
    const t = parseIsoInstant(iso, { assumeUtc: true })
    return t === null ? NaN : t
}

function isoOf(t: number): string {
    return isoFromMs(Math.floor(t))
}

/** A new pass from the watermark. */
export function startPass(watermark: string, nowMs: number): SyncCursor {
    const w = ms(watermark)
    return {
        since: isFinite(w) ? isoOf(w - OVERLAP_MS) : '',
        nextLink: '',
        maxSeen: '',
        startedAt: isoOf(nowMs),
        pages: 0,
        items: 0,
    }
}

/** After a page was stored: remember the newest change and where to continue ('' = the pass is complete). */
export function afterPage(c: SyncCursor, lastModified: string[], nextLink: string | undefined): SyncCursor {
    let max = ms(c.maxSeen)
    for (const v of lastModified) {
        const t = ms(v)
        if (isFinite(t) && !(t <= max)) max = t
    }
    return {
        ...c,
        maxSeen: isFinite(max) ? isoOf(max) : c.maxSeen,
        nextLink: nextLink || '',
        pages: c.pages + 1,
        items: c.items + lastModified.length,
    }
}

/** True once the last page of the pass has been stored. */
export function isComplete(c: SyncCursor): boolean {
    return c.pages > 0 && !c.nextLink
}

/** The watermark after a completed pass: never backwards, never past the pass start. */
export function advanceWatermark(watermark: string, c: SyncCursor): string {
    const old = ms(watermark)
    const seen = ms(c.maxSeen)
    const started = ms(c.startedAt)
    if (!isFinite(seen)) return watermark
    const candidate = isFinite(started) ? Math.min(seen, started) : seen
    if (isFinite(old) && candidate <= old) return watermark
    return isoOf(candidate)
}

/** A stale or rejected nextLink: read the pass again from its first page, keeping what it has seen. */
export function restartPass(c: SyncCursor): SyncCursor {
    return { ...c, nextLink: '' }
}

export function parseCursor(json: string): SyncCursor | null {
    if (!json) return null
    try {
        const o = JSON.parse(json) as Partial<SyncCursor>
        if (!o || typeof o !== 'object' || typeof o.startedAt !== 'string') return null
        const str = (v: unknown) => (typeof v === 'string' ? v : '')
        const num = (v: unknown) => (typeof v === 'number' && isFinite(v) ? v : 0)
        return {
            since: str(o.since),
            nextLink: str(o.nextLink),
            maxSeen: str(o.maxSeen),
            startedAt: str(o.startedAt),
            pages: num(o.pages),
            items: num(o.items),
        }
    } catch {
        return null
    }
}
