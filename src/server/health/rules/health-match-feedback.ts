import { own } from '../../domain/own-key.ts'

// How agents' answers on suggested service health issues shape what the incident tab lists. Pure.
// - An issue an agent marked "not related" is never listed again for that incident, whatever the matcher says
//   (also the issue the health sync opened the incident for).
// - An issue marked "related" is always listed, right after the incident's own issue, even when the matcher would no
//   longer suggest it (its text changed, or the incident's did).
// Answers are per incident: the same issue may well be related to another incident.

/** Issue id -> true (related) / false (not related), as stored for one incident. */
export type MatchFeedback = Record<string, boolean>

export function rejectedIssueIds(feedback: MatchFeedback): string[] {
    return Object.keys(feedback).filter((id) => own(feedback, id) === false)
}

export function confirmedIssueIds(feedback: MatchFeedback): string[] {
    return Object.keys(feedback).filter((id) => own(feedback, id) === true)
}

/**
 * The issue ids to list, in order: the incident's own issues, then those agents confirmed (`confirmed`: the
 * confirmed ids that still exist), then the matcher's ranking; without rejected ones or repeats, at most `limit`.
 */
export function listedIssueIds(
    ownIds: string[],
    confirmed: string[],
    ranked: string[],
    feedback: MatchFeedback,
    limit: number,
): string[] {
    const out: string[] = []
    const seen = new Map<string, boolean>()
    const take = (id: string) => {
        if (!id || seen.has(id) || own(feedback, id) === false || out.length >= limit) return
        seen.set(id, true)
        out.push(id)
    }
    ownIds.forEach(take)
    confirmed.forEach(take)
    ranked.forEach(take)
    return out
}
