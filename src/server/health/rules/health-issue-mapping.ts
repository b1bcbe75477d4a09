import { glideFromMs, isoFromMs, parseGlideUtc, parseIsoInstant } from '../../domain/iso-time.ts'
import { stableSort } from '../../domain/stable-sort.ts'
import { GraphIssue, GraphPost } from '../../outbound/rules/graph-types.ts'

// Graph serviceHealthIssue -> x_mioms_m365_assis_health_issue row (all values as the platform stores them:
// strings, date-times as UTC "yyyy-MM-dd HH:mm:ss"). Pure.

export type IssueRow = Record<string, string>

// Column lengths of the table (src/fluent/tables/health_issue.now.ts).
const LENGTHS: Record<string, number> = {
    issue_id: 60,
    title: 255,
    service: 100,
    feature: 100,
    feature_group: 100,
    impact_description: 4000,
    origin: 40,
    status: 60,
}
export const POSTS_MAX_CHARS = 65000
const CLASSIFICATIONS = ['advisory', 'incident']

/** Epoch ms of a Graph timestamp (any fraction length; UTC when it carries no offset), NaN when unusable. */
export function graphTimeMs(iso: string | null | undefined): number {
    const t = parseIsoInstant(iso, { assumeUtc: true })
    return t === null ? NaN : t
}

/** ISO 8601 -> "yyyy-MM-dd HH:mm:ss" (UTC), '' when empty or unparseable. */
export function isoToGlide(iso: string | null | undefined): string {
    const t = graphTimeMs(iso)
    return isFinite(t) ? glideFromMs(t) : ''
}

/** "yyyy-MM-dd HH:mm:ss" (UTC) or an ISO 8601 instant -> ISO 8601 in UTC, '' when empty or unparseable. */
export function glideToIso(value: string | null | undefined): string {
    const glide = parseGlideUtc(value)
    const t = glide !== null ? glide : graphTimeMs(value)
    return isFinite(t) ? isoFromMs(t) : ''
}

function cut(field: string, v: unknown): string {
    const s = v === null || v === undefined ? '' : String(v)
    const max = LENGTHS[field]
    return max && s.length > max ? s.slice(0, max) : s
}

/** Posts as stored JSON, oldest first; when too long for the column the oldest posts are dropped (newest matter). */
export function postsJson(posts: GraphPost[] | undefined): string {
    const list = sortPosts(posts || [])
    let json = JSON.stringify(list)
    while (json.length > POSTS_MAX_CHARS && list.length > 1) {
        list.shift()
        json = JSON.stringify(list)
    }
    if (json.length > POSTS_MAX_CHARS) {
        const only = list[0]
        const content = String((only.description && only.description.content) || '')
        json = JSON.stringify([
            {
                ...only,
                description: {
                    contentType: only.description ? only.description.contentType : 'html',
                    content: content.slice(0, POSTS_MAX_CHARS - 500),
                },
            },
        ])
    }
    return json
}

export function sortPosts(posts: GraphPost[]): GraphPost[] {
    // Posts without a usable time sort first (as the oldest), so they are the first dropped when space runs out.
    const time = (p: GraphPost) => graphTimeMs(p.createdDateTime) || 0
    return stableSort(
        posts.filter((p) => p && typeof p.createdDateTime === 'string'),
        (a, b) => time(a) - time(b),
    )
}

export function parsePosts(json: string): GraphPost[] {
    if (!json) return []
    try {
        const v = JSON.parse(json)
        return Array.isArray(v) ? sortPosts(v as GraphPost[]) : []
    } catch {
        return []
    }
}

/** True when Graph says resolved (isResolved, or a resolved status when the flag is missing). */
export function isResolvedIssue(i: GraphIssue): boolean {
    if (typeof i.isResolved === 'boolean') return i.isResolved
    return (
        ['serviceRestored', 'postIncidentReviewPublished', 'falsePositive', 'resolved', 'confirmed'].indexOf(
            String(i.status || ''),
        ) >= 0
    )
}

export function issueToRow(i: GraphIssue): IssueRow {
    const classification = String(i.classification || '').toLowerCase()
    return {
        issue_id: cut('issue_id', i.id),
        title: cut('title', i.title),
        service: cut('service', i.service),
        feature: cut('feature', i.feature),
        feature_group: cut('feature_group', i.featureGroup),
        impact_description: cut('impact_description', i.impactDescription),
        classification: CLASSIFICATIONS.indexOf(classification) >= 0 ? classification : '',
        origin: cut('origin', i.origin),
        status: cut('status', i.status),
        is_resolved: isResolvedIssue(i) ? 'true' : 'false',
        start_date_time: isoToGlide(i.startDateTime),
        end_date_time: isoToGlide(i.endDateTime),
        last_modified_date_time: isoToGlide(i.lastModifiedDateTime),
        posts: postsJson(i.posts),
    }
}

/** Graph gives each issue once per page, but a pass can see an id twice (overlap, paging while data changes):
 *  keep the newest version per id, in first-seen order. */
export function dedupeIssues(items: GraphIssue[]): GraphIssue[] {
    const byId: Record<string, GraphIssue> = {}
    const order: string[] = []
    for (const i of items) {
        if (!i || typeof i.id !== 'string' || !i.id) continue
        const cur = byId[i.id]
        if (!cur) order.push(i.id)
        if (!cur || (graphTimeMs(i.lastModifiedDateTime) || 0) >= (graphTimeMs(cur.lastModifiedDateTime) || 0))
            byId[i.id] = i
    }
    return order.map((id) => byId[id])
}

/** Whether a stored row needs rewriting: only when Graph's copy is newer or differs. */
export function rowChanged(stored: IssueRow, next: IssueRow): boolean {
    for (const k of Object.keys(next)) if (comparable(stored[k]) !== comparable(next[k])) return true
    return false
}

// The platform may read a boolean back as '1'/'0' where we wrote 'true'/'false'.
function comparable(v: string | undefined): string {
    const s = v === undefined || v === null ? '' : String(v)
    return s === '1' ? 'true' : s === '0' ? 'false' : s
}
