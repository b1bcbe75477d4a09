// matchHealthIssuesForIncident (the incident tab's entry) on the double: reads the incident and the stored active
// issues, returns the issue fields with score and reasons, best first.
import * as control from '../glide/control'
import { installApp } from '../support/install-app'
import { matchHealthIssuesForIncident, matchHealthIssuesForText } from '../../src/server/health/match-service'
import { issueToRow } from '../../src/server/domain/health-issue-mapping'
import issues from './fixtures/match-issues.json'
import { HEALTH_TABLE } from './support/health-instance'

beforeEach(() => {
    installApp()
    control.seed(HEALTH_TABLE, issues.map((i) => issueToRow({ ...i, lastModifiedDateTime: '2026-11-01T10:00:00Z', posts: [] })))
})

test('ranks stored active issues for an incident by its short description and description', () => {
    const [inc] = control.seed('incident', [{ short_description: 'Not getting MFA notification on phone', description: 'Authenticator push never arrives' }])
    const matches = matchHealthIssuesForIncident(inc.sys_id, 3)
    expect(matches.length).toBeGreaterThan(0)
    expect(matches.length).toBeLessThanOrEqual(3)
    expect(matches[0]).toMatchObject({
        issue_id: 'AD234590',
        service: 'Microsoft Entra',
        feature: 'Multifactor authentication',
        classification: 'incident',
        is_resolved: 'false',
        sys_id: expect.stringMatching(/^[0-9a-f]{32}$/),
    })
    expect(matches[0].score).toBeGreaterThan(0)
    expect(matches[0].reasons.join(' ')).toMatch(/Microsoft Entra/)
})

test('resolved issues, unknown incidents and unrelated texts give no match', () => {
    const [inc] = control.seed('incident', [{ short_description: 'Printer on 3rd floor jammed', description: '' }])
    expect(matchHealthIssuesForIncident(inc.sys_id)).toEqual([])
    expect(matchHealthIssuesForIncident('0123456789abcdef0123456789abcdef')).toEqual([])
    expect(matchHealthIssuesForText({ shortDescription: 'Teams Rooms devices fail to sign in' }).map((m) => m.issue_id)).not.toContain('TM789100')
})
