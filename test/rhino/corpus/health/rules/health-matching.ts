import type * as M from '../../../../../src/server/health/rules/health-matching.ts'
import { prepareIssues } from '../../../../../src/server/health/rules/health-matching.ts'
import { TRICKY_TEXT, corpus, loose } from '../../support.ts'
import ISSUES from '../../../../../testkit/health-matching/fixtures/matching/issues.json'
import OVERVIEWS from '../../../../../testkit/health-matching/fixtures/matching/overviews.json'
import TUNING from '../../../../../testkit/health-matching/fixtures/matching/tuning.json'
import HOLDOUT from '../../../../../testkit/health-matching/fixtures/matching/holdout.json'

// The labelled set of issue 13 (80 Graph issues, incidents in en/fr/da/zh): full rankings (threshold far below
// zero, so every anchored issue and its score and reasons are compared), not only the top suggestion. Every fifth
// row: a ranking analyses all issues, which costs tens of milliseconds on Rhino.
const issues = ISSUES as M.MatchableIssue[]
const services = OVERVIEWS as string[]
type Row = { short_description: string; description: string }
const rows = (TUNING as Row[]).concat(HOLDOUT as Row[]).filter((_, i) => i % 5 === 0)
const asText = (r: Row): M.IncidentText => ({ shortDescription: r.short_description, description: r.description })
const ALL = { services, limit: 10, threshold: -50 }

// Issues built so several score exactly the same: the order must stay that of the input.
const TIES: M.MatchableIssue[] = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12'].map(
    (id) => ({
        id,
        title: 'Users may be unable to send email',
        service: 'Exchange Online',
        feature: 'E-Mail timely delivery',
    }),
)

const ODD: M.MatchableIssue[] = [
    { id: 'constructor', title: 'constructor failure', service: 'constructor', feature: '__proto__' },
    {
        id: '__proto__',
        title: 'toString valueOf',
        service: '__proto__',
        feature: 'hasOwnProperty',
        impactDescription: 'constructor',
    },
    {
        id: 'P1',
        title: 'Some users may see errors',
        service: 'Exchange Online',
        feature: '',
        details: '<p>Users may receive <b>AADSTS70043</b> when signing in.</p>',
    },
]

export default corpus<typeof M>({
    rankIssues: rows
        .map((r): Parameters<typeof M.rankIssues> => [asText(r), issues, ALL])
        .concat([
            [{ shortDescription: 'Email not sending' }, TIES, { limit: 20 }],
            [
                { shortDescription: 'Email not sending', description: 'Outlook send fails' },
                TIES.concat(issues),
                { limit: 50, threshold: 0 },
            ],
            [{ shortDescription: '' }, issues],
            [{ shortDescription: 'Teams meetings fail to join' }, issues, { limit: 0 }],
            [{ shortDescription: 'Teams meetings fail to join' }, issues, { limit: -3 }],
            [
                { shortDescription: 'Cannot join Teams meeting' },
                issues,
                { exclude: ['TM1120034', 'constructor', '__proto__'], limit: 10 },
            ],
            [
                { shortDescription: 'constructor toString valueOf __proto__ hasOwnProperty mail aadsts70043' },
                ODD.concat(issues.slice(0, 10)),
                ALL,
            ],
            [
                {
                    shortDescription:
                        "Microsoft Loop: we couldn't connect you error when joining scheduled meetings from the desktop client",
                },
                issues,
                { services: ['Microsoft Loop'] },
            ],
            [{ shortDescription: 'Printer on floor 3 jams', description: 'Paper jam.' }, issues, ALL],
            [{ shortDescription: 'mail' }, issues.map((i) => ({ ...i, isResolved: true }))],
            [loose({ shortDescription: null, description: 42 }), issues.slice(0, 5)],
        ])
        .concat(
            TRICKY_TEXT.map(
                (s): Parameters<typeof M.rankIssues> => [
                    { shortDescription: 'Outlook ' + s, description: s },
                    issues.slice(0, 20),
                    ALL,
                ],
            ),
        ),
    rankPrepared: [
        () => [asText(rows[0]), prepareIssues(issues.slice(0, 16), services.slice(0, 10)), { threshold: -50 }],
        () => [{ shortDescription: 'Kan ikke logge på Teams' }, prepareIssues(issues.slice(8, 40), services), {}],
        () => [{ shortDescription: 'Teams 无法登录' }, prepareIssues([], []), {}],
    ],
    prepareIssues: [
        [issues.slice(0, 6), services.slice(0, 5)],
        [TIES.slice(0, 3)],
        [ODD, ['constructor', '__proto__']],
        [[], []],
    ],
    incidentCodes: [
        [{ shortDescription: 'Fejl AADSTS50001', description: '退回 5.7.1' }],
        [{ shortDescription: 'Error 0x8004DE40 / 8004de40' }],
        [{ shortDescription: '' }],
        [loose({ shortDescription: null })],
    ],
})
