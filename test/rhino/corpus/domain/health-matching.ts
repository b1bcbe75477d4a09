import type * as M from '../../../../src/server/domain/health-matching.ts'
import { corpus, loose } from '../support.ts'
import ISSUES from '../../../health/fixtures/match-issues.json'
import INCIDENTS from '../../../health/fixtures/match-incidents.json'
import HOLDOUT from '../../../health/fixtures/match-incidents-holdout.json'

// The matching fixtures: 24 realistic issues and 64 labelled incidents. Scores use Math.log, whose last bit is
// not specified by ECMAScript, so this is where Rhino's java.lang.Math could part from V8.
const issues = ISSUES as M.MatchableIssue[]
// Every fourth labelled incident: Rhino's regular expressions make a ranking ~100 ms there, and these already
// reach every service and most topics.
const incidents = (INCIDENTS as { short_description: string; description: string }[]).concat(HOLDOUT as { short_description: string; description: string }[]).filter((_, i) => i % 4 === 0)
const asText = (i: { short_description: string; description: string }): M.IncidentText => ({ shortDescription: i.short_description, description: i.description })

// Issues built so several score exactly the same: the order must stay that of the input.
const TIES: M.MatchableIssue[] = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12'].map((id) => ({
    id,
    title: 'Users may be unable to send email',
    service: 'Exchange Online',
    feature: 'Mail flow',
}))

export default corpus<typeof M>({
    serviceConceptOf: [['Exchange Online'], ['  MICROSOFT TEAMS '], ['Identity Service'], ['Unknown'], [''], ['constructor'], ['__proto__'], ['toString'], loose(null)],
    rankIssues: incidents
        .map((i): Parameters<typeof M.rankIssues> => [asText(i), issues])
        .concat([
            [{ shortDescription: 'Email not sending' }, TIES, { limit: 20 }],
            [{ shortDescription: 'Email not sending', description: 'Outlook send fails' }, TIES.concat(issues), { limit: 50, threshold: 0 }],
            [{ shortDescription: '' }, issues],
            [{ shortDescription: 'Teams meetings fail to join', description: '' }, issues, { limit: 0 }],
            [{ shortDescription: 'Teams meetings fail to join' }, issues, { limit: -3 }],
            [{ shortDescription: 'constructor toString valueOf __proto__ hasOwnProperty mail' }, issues.concat([{ id: 'X', title: 'constructor failure', service: 'constructor', feature: 'constructor' }])],
            [{ shortDescription: 'Outlook \u00e9chec \u65e5\u672c mail \ud83d\ude00' }, issues],
            [{ shortDescription: 'mail' }, issues.map((i) => ({ ...i, isResolved: true }))],
        ]),
    bestIssueId: incidents.slice(0, 6).map((i): Parameters<typeof M.bestIssueId> => [asText(i), issues]).concat([[{ shortDescription: 'nothing relevant' }, issues], [{ shortDescription: 'Email not sending' }, TIES]]),
})
