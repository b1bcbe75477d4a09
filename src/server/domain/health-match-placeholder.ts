// Stand-in ranking of service health issues for an incident until the service-health module (issue of helper-8)
// exports its matcher: words of the incident's short description found in an issue's service, feature and
// title. Unresolved issues rank before resolved ones at the same score.

export interface HealthIssueText {
    issueId: string
    title: string
    service: string
    feature: string
    impactDescription: string
    isResolved: boolean
    lastModified: string
}

const STOP = new Set(['the', 'and', 'for', 'with', 'from', 'that', 'this', 'are', 'not', 'can', 'cannot', 'users', 'user', 'some', 'after', 'since', 'get', 'gets', 'have', 'has', 'was', 'were', 'been', 'into', 'onto', 'all', 'any', 'issue', 'issues', 'problem', 'error', 'microsoft', '365'])

export function words(text: string): string[] {
    return String(text || '')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length >= 3 && !STOP.has(w))
}

export function scoreIssue(incidentText: string, issue: HealthIssueText): number {
    const wanted = new Set(words(incidentText))
    if (!wanted.size) return 0
    let score = 0
    for (const w of new Set(words(issue.service + ' ' + issue.feature))) if (wanted.has(w)) score += 3
    for (const w of new Set(words(issue.title))) if (wanted.has(w)) score += 1
    return score
}

export function rankIssues<T extends HealthIssueText>(incidentText: string, issues: T[], limit = 5): T[] {
    return issues
        .map((issue) => ({ issue, score: scoreIssue(incidentText, issue) }))
        .filter((x) => x.score > 0)
        .sort((a, b) => b.score - a.score || Number(a.issue.isResolved) - Number(b.issue.isResolved) || (a.issue.lastModified < b.issue.lastModified ? 1 : -1))
        .slice(0, limit)
        .map((x) => x.issue)
}
