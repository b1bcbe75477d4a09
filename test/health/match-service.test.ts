// matchHealthIssuesForText (the incident tab's entry, with the incident text the tab has read) on the double: reads
// the stored active issues and the service names of the last healthOverviews; returns the issue fields with score
// and reasons, best first.
import * as control from '../../testkit/glide/control'
import { installApp } from '../../testkit/app/install-app'
import { matchHealthIssuesForText } from '../../src/server/health/match-service'
import { writeOverviews } from '../../src/server/health/health-state-store'
import { issueToRow } from '../../src/server/health/rules/health-issue-mapping'
import { MATCH_ISSUES } from '../../testkit/health-matching/match-eval'
import { HEALTH_TABLE } from '../../testkit/worlds/health-instance'

const post = (content: string) => [
    { createdDateTime: '2026-11-01T10:00:00Z', postType: 'regular', description: { contentType: 'html', content } },
]

beforeEach(() => {
    installApp()
    control.seed(
        HEALTH_TABLE,
        MATCH_ISSUES.map((i) =>
            issueToRow({
                ...i,
                lastModifiedDateTime: '2026-11-01T10:00:00Z',
                posts: i.id === 'EX1046077' ? post('<p>Some admins see error <b>QRN4711</b> when releasing.</p>') : [],
            }),
        ),
    )
})

test('ranks stored active issues for an incident by its short description and description, in any shipped language', () => {
    const inc = {
        shortDescription: 'Not getting MFA notification on phone',
        description: 'Authenticator push never arrives',
    }
    const fr = {
        shortDescription: 'Outlook ne reçoit plus aucun message',
        description: "Aucun mail externe n'arrive depuis ce matin.",
    }
    const zh = { shortDescription: 'Teams 无法加入会议', description: '' }
    const matches = matchHealthIssuesForText(inc, { limit: 3 })
    expect(matches.length).toBeGreaterThan(0)
    expect(matches.length).toBeLessThanOrEqual(3)
    expect(matches[0]).toMatchObject({
        issue_id: 'AD1067518',
        service: 'Microsoft Entra',
        feature: 'Multi-factor authentication',
        classification: 'incident',
        is_resolved: 'false',
        posts: '[]',
        sys_id: expect.stringMatching(/^[0-9a-f]{32}$/),
    })
    expect(matches[0].score).toBeGreaterThan(0)
    expect(matches[0].reasons.join(' ')).toMatch(/Microsoft Entra/)
    expect(matchHealthIssuesForText(fr)[0].issue_id).toBe('EX1045120')
    expect(matchHealthIssuesForText(zh)[0].issue_id).toBe('TM1120034')
})

test('resolved issues, excluded issues and unrelated texts give no match', () => {
    expect(matchHealthIssuesForText({ shortDescription: 'Printer on 3rd floor jammed', description: '' })).toEqual([])
    expect(
        matchHealthIssuesForText(
            { shortDescription: 'Teams webinar registration confirmation email missing' },
            { limit: 10 },
        ).map((m) => m.issue_id),
    ).not.toContain('TM1120955')
    const join = { shortDescription: 'Cannot join Teams meeting' }
    expect(matchHealthIssuesForText(join)[0].issue_id).toBe('TM1120034')
    expect(matchHealthIssuesForText(join, { exclude: ['TM1120034'], limit: 10 }).map((m) => m.issue_id)).not.toContain(
        'TM1120034',
    )
})

test("an error code quoted by the incident is also looked up in the issues' posts; the returned issues carry their posts", () => {
    const [m] = matchHealthIssuesForText({ shortDescription: 'Error QRN4711 in the portal' })
    expect(m.issue_id).toBe('EX1046077')
    expect(m.reasons).toContain('error code qrn4711')
    expect(JSON.parse(m.posts)[0].description.content).toContain('QRN4711')
    expect(
        matchHealthIssuesForText({ shortDescription: 'Error QRN4712 in the portal' }).map((x) => x.issue_id),
    ).not.toContain('EX1046077')
})

test('services of the last healthOverviews count as named services even without an active issue', () => {
    const text = {
        shortDescription:
            "Microsoft Loop: we couldn't connect you error when joining scheduled meetings from the desktop client",
    }
    expect(matchHealthIssuesForText(text).map((m) => m.issue_id)).toEqual(['TM1120034'])
    writeOverviews({
        fetchedAt: '2026-11-01T10:00:00.000Z',
        services: [{ id: 'Loop', service: 'Microsoft Loop', status: 'serviceOperational' }],
    })
    expect(matchHealthIssuesForText(text)).toEqual([])
})
