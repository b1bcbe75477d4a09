/* eslint-disable @typescript-eslint/no-explicit-any -- the API answers are JSON asserted field by field */
// The Microsoft 365 tab's API through the double against the reference connector in a child process: the tab
// payload per role, the solution cache (a re-open makes no outbound call), feedback, Contact Microsoft support
// (saved first, pending when the connector is down, synced by the job, one connector case per local case),
// invalid_admin and the messages users see (verbatim, logged with source x_mioms_m365_assis).
import * as control from '../../testkit/glide/control'
import { GlideRecord } from '@servicenow/glide'
import { spawnMicrosoftSide, type SpawnedMicrosoftSide } from '../../testkit/microsoft/spawn'
import {
    ADMIN,
    INSIGHTS,
    PLAIN,
    SCOPE,
    T,
    World,
    call,
    connectorRequests,
    installWorld,
    setProp,
} from '../../testkit/worlds/incident-world'
import {
    getIncidentCases,
    getIncidentSolutions,
    getIncidentTab,
    postHealthFeedback,
    postIncidentCase,
    postSolutionFeedback,
    postSolutionSearch,
} from '../../src/server/incident/incident-tab-routes'
import { runCaseSync } from '../../src/server/cases/case-service'
import { MSG } from '../../src/server/domain/messages'
import { DEFAULTS } from '../../testkit/microsoft/defaults'
import * as records from '../../src/server/platform/records'
import * as sessionUserModule from '../../src/server/platform/session-user'
import { INCIDENT_TABLE } from '../../src/server/platform/incident-table'

jest.setTimeout(90000)

let side: SpawnedMicrosoftSide
let w: World

beforeAll(async () => {
    side = await spawnMicrosoftSide()
})
afterAll(async () => {
    await side?.close()
})
beforeEach(async () => {
    await side.control.resetAll()
    w = installWorld(side)
})

const tab = (user: string, id = w.incidentId) => call(getIncidentTab, user, { pathParams: { sys_id: id } })
const solutions = (user: string, id = w.incidentId) => call(getIncidentSolutions, user, { pathParams: { sys_id: id } })
const caseBody = {
    title: 'Outlook cannot send',
    description: 'Sales cannot send email since 9:00.',
    contactName: 'Adele Vance',
    contactEmail: 'adele.vance@contoso.com',
    contactPhone: '+1 425 555 0109',
}
const escalate = (user = ADMIN, body: Record<string, unknown> = caseBody) =>
    call(postIncidentCase, user, { method: 'POST', pathParams: { sys_id: w.incidentId }, body })
const linkAdmin = (email: string) => {
    const admin = control.rows('sys_user').find((u) => u.user_name === ADMIN)!
    control.seed(T.linked, [{ user: admin.sys_id, admin_email: email, valid: 'true' }])
}
const syslog = () => control.syslog().filter((l) => l.source === 'x_mioms_m365_assis')

describe('tab payload', () => {
    test('a tab open reads the incident row once: the health matcher gets the text the tab already has (it read it twice before)', () => {
        const spy = jest.spyOn(records, 'getById')
        const acl = jest.spyOn(sessionUserModule, 'sessionUserCanRead')
        try {
            expect(tab(ADMIN).status).toBe(200)
            expect(spy.mock.calls.filter((c) => c[0] === INCIDENT_TABLE)).toHaveLength(1)
            // Besides that read, one ACL check (GlideRecordSecure) on the same incident, through the store.
            expect(acl.mock.calls).toEqual([[INCIDENT_TABLE, w.incidentId]])
        } finally {
            spy.mockRestore()
            acl.mockRestore()
        }
    })

    test('insights user: health issues from instance data only (no connector call), no escalation and no cases; solutions come from their own route', async () => {
        const r = tab(INSIGHTS)
        expect(r.status).toBe(200)
        const body = r.json as Record<string, any>
        expect(body.setup).toEqual({ complete: true, message: null, adminNotice: null })
        expect(body.canEscalate).toBe(false)
        expect(body.insightsOnly).toBe(false)
        expect(body.escalation).toBeNull()
        expect(body.cases).toBeNull()
        expect(body.health.issues.map((i: { issueId: string }) => i.issueId)).toEqual(['EX123456'])
        expect(body.health.issues[0].posts[0].html).toContain('<b>investigating</b>')
        expect(body).not.toHaveProperty('solutions')
        expect(await connectorRequests(side)).toBe(0)
        const s = solutions(INSIGHTS).json as Record<string, any>
        expect(s.ok).toBe(true)
        expect(s.fromCache).toBe(false)
        expect(s.solutions.length).toBeGreaterThan(0)
        expect(s.feedback).toEqual({})
        expect(await connectorRequests(side, 'POST /solutions/search')).toBe(1)
    })

    test('a slow or failing connector does not touch the tab route: it answers from instance data at once', async () => {
        await side.control.connector.setFaults({ delayMs: 3000 })
        const started = Date.now()
        expect(tab(INSIGHTS).status).toBe(200)
        expect(Date.now() - started).toBeLessThan(1500)
        expect(await connectorRequests(side)).toBe(0)
    })

    test('the session language comes with the tab (the page formats dates in it)', () => {
        control.setLanguage('fr')
        expect((tab(INSIGHTS).json as Record<string, any>).language).toBe('fr')
        control.setLanguage('en')
        expect((tab(INSIGHTS).json as Record<string, any>).language).toBe('en')
    })

    test("the session user's time zone comes with the tab (the page shows dates in it); a value that is no ID is dropped", () => {
        const me = control.rows('sys_user').find((u) => u.user_name === INSIGHTS)!
        const zone = (tz: string) => {
            control.setFields('sys_user', me.sys_id, { time_zone: tz })
            return (tab(INSIGHTS).json as Record<string, any>).timeZone
        }
        expect(zone('Europe/Copenhagen')).toBe('Europe/Copenhagen')
        expect(zone('US/Pacific')).toBe('US/Pacific')
        expect(zone('Etc/GMT+5')).toBe('Etc/GMT+5')
        expect(zone('<script>')).toBe('')
        // No zone of the user's own: the system's (glide.sys.default.tz).
        control.seed('sys_properties', [{ name: 'glide.sys.default.tz', value: 'America/Chicago', type: 'string' }])
        expect(zone('')).toBe('America/Chicago')
    })

    test('administrator: prefilled escalation from the incident caller and the linked admin account, test flag on', () => {
        linkAdmin(DEFAULTS.adminEmails[1])
        const body = tab(ADMIN).json as Record<string, any>
        expect(body.canEscalate).toBe(true)
        expect(body.cases).toEqual([])
        expect(body.escalation).toMatchObject({
            title: w.incidentNumber + ': Users cannot send email in Outlook',
            contactName: 'Adele Vance',
            contactEmail: 'adele.vance@contoso.com',
            contactPhone: '+1 425 555 0109',
            adminEmail: DEFAULTS.adminEmails[1],
            adminEmailSource: 'linked_account',
            isTestEnvironment: true,
        })
    })

    test('admin email falls back to the admin_email property when no account is linked', () => {
        setProp('admin_email', 'default.admin@contoso.com')
        expect((tab(ADMIN).json as Record<string, any>).escalation).toMatchObject({
            adminEmail: 'default.admin@contoso.com',
            adminEmailSource: 'property',
        })
    })

    test('until setup passes, the tab shows only the setup message (no outbound call) and feature calls are refused', async () => {
        w = installWorld(side, { setupComplete: false })
        const body = tab(INSIGHTS).json as Record<string, any>
        expect(body.setup.complete).toBe(false)
        expect(body.messages).toEqual([MSG.setupIncomplete])
        expect(body.health.issues).toEqual([])
        expect(solutions(INSIGHTS).status).toBe(409)
        const s = call(postSolutionSearch, INSIGHTS, {
            method: 'POST',
            pathParams: { sys_id: w.incidentId },
            body: { query: 'teams' },
        })
        expect(s.status).toBe(409)
        expect(s.json.error!.message).toBe(MSG.setupIncomplete)
        expect(escalate().json.error!.message).toBe(MSG.setupIncomplete)
        expect(await connectorRequests(side)).toBe(0)
        expect(syslog().some((l) => l.message.includes(MSG.setupIncomplete))).toBe(true)
    })

    test('final step missing: the final set up step message', () => {
        w = installWorld(side, { setupComplete: false })
        control.seed(T.setup, [{ step: 'complete', configuration: 'aad', completed: 'false' }])
        expect((tab(INSIGHTS).json as Record<string, any>).messages).toEqual([MSG.finalStepIncomplete])
    })

    test('unknown incident -> 404; a user without an app role is refused by the route ACL (platform) and sees nothing here', () => {
        expect(tab(INSIGHTS, 'ffffffffffffffffffffffffffffffff').status).toBe(404)
        expect(tab(INSIGHTS, 'not-a-sys-id').status).toBe(404)
    })

    test('an app role does not open an incident the instance ACLs hide from the user: 404 on every tab route, nothing sent', async () => {
        control.acl('incident', 'read', ['itil'])
        control.createUser('insights.only', [SCOPE + '.insights_user'])
        control.createUser('admin.only', [SCOPE + '.administrator'])
        const p = { pathParams: { sys_id: w.incidentId } }
        expect(tab('insights.only').status).toBe(404)
        expect(
            call(postSolutionSearch, 'insights.only', { ...p, method: 'POST', body: { query: 'outlook' } }).status,
        ).toBe(404)
        expect(
            call(postSolutionFeedback, 'insights.only', {
                ...p,
                method: 'POST',
                body: { solutionId: 'x', helpful: true },
            }).status,
        ).toBe(404)
        expect(
            call(postHealthFeedback, 'insights.only', {
                ...p,
                method: 'POST',
                body: { issueId: 'EX123456', related: false },
            }).status,
        ).toBe(404)
        expect(tab('admin.only').status).toBe(404)
        expect(call(getIncidentCases, 'admin.only', p).status).toBe(404)
        expect(call(postIncidentCase, 'admin.only', { ...p, method: 'POST', body: caseBody }).status).toBe(404)
        expect(control.rows(T.case)).toHaveLength(0)
        expect(control.rows(T.feedback)).toHaveLength(0)
        expect(control.rows(T.healthFeedback)).toHaveLength(0)
        expect(await connectorRequests(side)).toBe(0)
        // The same users with incident read rights see the tab.
        expect(tab(INSIGHTS).status).toBe(200)
    })
})

describe('solution cache', () => {
    test('re-opening the tab makes zero outbound calls; expiry makes one again', async () => {
        solutions(INSIGHTS)
        const first = await connectorRequests(side)
        expect(first).toBeGreaterThan(0)
        const again = solutions(INSIGHTS).json as Record<string, any>
        expect(again.fromCache).toBe(true)
        solutions(ADMIN)
        expect(await connectorRequests(side)).toBe(first)
        expect(control.rows(T.cache)).toHaveLength(1)
        expect(control.rows(T.cache)[0].query_hash).toMatch(/^[0-9a-f]{64}$/)
        control.clock.advance(24 * 60 * 60000 + 1000)
        expect((solutions(INSIGHTS).json as Record<string, any>).fromCache).toBe(false)
        expect(await connectorRequests(side)).toBe(first + 1)
        expect(control.rows(T.cache)).toHaveLength(1)
    })

    test('the cache lifetime follows solutions.cache_ttl_minutes', async () => {
        setProp('solutions.cache_ttl_minutes', '5')
        solutions(INSIGHTS)
        control.clock.advance(4 * 60000)
        solutions(INSIGHTS)
        expect(await connectorRequests(side)).toBe(1)
        control.clock.advance(2 * 60000)
        solutions(INSIGHTS)
        expect(await connectorRequests(side)).toBe(2)
    })

    test('search box: cached per incident and normalized query', async () => {
        const search = (q: string, id = w.incidentId) =>
            call(postSolutionSearch, INSIGHTS, { method: 'POST', pathParams: { sys_id: id }, body: { query: q } })
        const a = search('teams meeting drops')
        expect(a.status).toBe(200)
        expect(a.json).toMatchObject({ ok: true, fromCache: false, query: 'teams meeting drops' })
        expect(search('  Teams   MEETING drops ').json).toMatchObject({ ok: true, fromCache: true })
        expect(search('teams meeting drops', w.otherIncidentId).json).toMatchObject({ fromCache: false })
        expect(await connectorRequests(side, 'POST /solutions/search')).toBe(2)
        expect(search('   ').status).toBe(400)
    })

    test('connector down: said in the solutions answer (not as a tab message), logged; an expired cached answer is served instead when there is one', async () => {
        await side.control.connector.setFaults({ down: 'unavailable' })
        const body = solutions(INSIGHTS).json as Record<string, any>
        expect(body).toMatchObject({
            ok: false,
            error: {
                kind: 'unavailable',
                code: 'unavailable',
                retryable: true,
                message: 'Microsoft support cannot be reached at the moment.',
            },
        })
        expect((tab(INSIGHTS).json as Record<string, any>).messages).toEqual([])
        expect(syslog().some((l) => l.level === '2' && l.message.includes('status 503'))).toBe(true)
        await side.control.connector.clearFaults()
        solutions(INSIGHTS)
        control.clock.advance(25 * 60 * 60000)
        await side.control.connector.setFaults({ down: 'unavailable' })
        expect(solutions(INSIGHTS).json).toMatchObject({ ok: true, fromCache: true, stale: true })
    })

    test('feedback: stored once per user and solution, changed by a second answer, returned with the tab', () => {
        const first = (solutions(INSIGHTS).json as Record<string, any>).solutions[0].id as string
        const fb = (helpful: unknown, id: unknown = first) =>
            call(postSolutionFeedback, INSIGHTS, {
                method: 'POST',
                pathParams: { sys_id: w.incidentId },
                body: { solutionId: id, helpful },
            })
        expect(fb(true).status).toBe(200)
        expect(fb(false).status).toBe(200)
        const rows = control.rows(T.feedback)
        expect(rows).toHaveLength(1)
        expect(rows[0]).toMatchObject({ solution_id: first, helpful: 'false', incident: w.incidentId })
        expect((solutions(INSIGHTS).json as Record<string, any>).feedback).toEqual({ [first]: false })
        expect(fb('yes').status).toBe(400)
        expect(fb(true, 'x^ORsys_id!=1').status).toBe(400)
    })
})

describe('health issue feedback (related / not related)', () => {
    const answer = (issueId: unknown, related: unknown, user = INSIGHTS, id = w.incidentId) =>
        call(postHealthFeedback, user, { method: 'POST', pathParams: { sys_id: id }, body: { issueId, related } })
    const listed = (user = INSIGHTS, id = w.incidentId) =>
        (tab(user, id).json as Record<string, any>).health.issues as { issueId: string; related: boolean | null }[]

    test('a rejected issue is never suggested again for that incident, whoever opens the tab; other incidents still get it', () => {
        const [similar] = control.seed('incident', [
            { short_description: 'Cannot send email in Outlook since 9:00', description: '' },
        ])
        expect(listed()).toEqual([expect.objectContaining({ issueId: 'EX123456', related: null })])
        const r = answer('EX123456', false)
        expect(r.status).toBe(200)
        expect(r.json).toEqual({ issueId: 'EX123456', related: false })
        expect(control.rows(T.healthFeedback)).toEqual([
            expect.objectContaining({ incident: w.incidentId, issue_id: 'EX123456', related: 'false' }),
        ])
        expect(listed()).toEqual([])
        expect(listed(ADMIN)).toEqual([])
        expect(listed(INSIGHTS, similar.sys_id).map((i) => i.issueId)).toEqual(['EX123456'])
        expect(syslog().some((l) => l.message.includes('EX123456 marked not related'))).toBe(true)
    })

    test('a related issue is listed first from then on, even one the matcher does not suggest; a second answer replaces the first', () => {
        expect(answer('TM654321', true).status).toBe(200)
        expect(listed()).toEqual([
            expect.objectContaining({ issueId: 'TM654321', related: true }),
            expect.objectContaining({ issueId: 'EX123456', related: null }),
        ])
        expect(answer('TM654321', false, ADMIN).status).toBe(200)
        const rows = control.rows(T.healthFeedback)
        expect(rows).toHaveLength(1)
        expect(rows[0]).toMatchObject({ issue_id: 'TM654321', related: 'false' })
        expect(listed().map((i) => i.issueId)).toEqual(['EX123456'])
    })

    test('the issue the health sync opened the incident for is listed first, and not at all once rejected', () => {
        const gr = new GlideRecord(T.health)
        gr.addQuery('issue_id', 'TM654321')
        gr.query()
        gr.next()
        gr.setValue('incident', w.incidentId)
        gr.update()
        expect(listed().map((i) => i.issueId)).toEqual(['TM654321', 'EX123456'])
        answer('TM654321', false)
        expect(listed().map((i) => i.issueId)).toEqual(['EX123456'])
    })

    test('bad requests get a clear error and store nothing; an unknown issue is a 404', () => {
        for (const [issueId, related] of [
            ['EX123456', 'no'],
            ['', true],
            ['EX1^ORsys_id!=1', false],
            [42, true],
            ['x'.repeat(61), true],
        ]) {
            const r = answer(issueId, related)
            expect(r.status).toBe(400)
            expect(r.json.error).toEqual({
                code: 'invalid_request',
                message: 'Give a service health issue ID and whether it is related.',
            })
        }
        const r = answer('EX999999', false)
        expect(r.status).toBe(404)
        expect(r.json.error!.message).toBe('The service health issue EX999999 was not found.')
        expect(answer('EX123456', false, INSIGHTS, 'ffffffffffffffffffffffffffffffff').status).toBe(404)
        expect(control.rows(T.healthFeedback)).toHaveLength(0)
    })

    test('until setup passes, answers are refused', () => {
        w = installWorld(side, { setupComplete: false })
        expect(answer('EX123456', false).status).toBe(409)
        expect(control.rows(T.healthFeedback)).toHaveLength(0)
    })
})

describe('Contact Microsoft support', () => {
    test('insights user: refused by the API, nothing saved or sent', async () => {
        const r = escalate(INSIGHTS)
        expect(r.status).toBe(403)
        expect(call(getIncidentCases, INSIGHTS, { pathParams: { sys_id: w.incidentId } }).status).toBe(403)
        expect(escalate(PLAIN).status).toBe(403)
        expect(control.rows(T.case)).toHaveLength(0)
        expect(await connectorRequests(side, 'POST /cases')).toBe(0)
    })

    test('insights-only configuration: nobody may escalate, and the tab has no case list, contact form or admin email', () => {
        w = installWorld(side, { configuration: 'insights' })
        const body = tab(ADMIN).json as Record<string, any>
        expect(body).toMatchObject({ canEscalate: false, insightsOnly: true, cases: null, escalation: null })
        const r = escalate()
        expect(r.status).toBe(403)
        expect(r.json.error).toMatchObject({
            code: 'insights_only',
            message: 'This integration is set up for insights only: it opens no Microsoft support cases.',
        })
    })

    test('administrator: saved locally, created at the connector with the test flag and the linked admin, shown with activity after reopening', async () => {
        linkAdmin(DEFAULTS.adminEmails[1])
        const r = escalate()
        expect(r.status).toBe(201)
        expect(r.json).toMatchObject({ outcome: 'synced' })
        const [row] = control.rows(T.case)
        expect(row).toMatchObject({
            status: 'open',
            sync_state: 'synced',
            sync_attempts: '1',
            admin_email: DEFAULTS.adminEmails[1],
            is_test: 'true',
            incident: w.incidentId,
        })
        expect(row.connector_case_id).not.toBe('')
        const remote = await side.control.connector.cases()
        expect(remote).toHaveLength(1)
        expect(remote[0]).toMatchObject({
            caseId: row.connector_case_id,
            adminEmail: DEFAULTS.adminEmails[1],
            isTestEnvironment: true,
            title: caseBody.title,
            contact: { name: 'Adele Vance', email: 'adele.vance@contoso.com' },
        })
        // Close and reopen the incident: the case and its activity are still on the tab.
        for (const state of ['7', '2']) {
            const inc = new GlideRecord('incident')
            inc.get(w.incidentId)
            inc.setValue('state', state)
            inc.update()
        }
        const cases = (tab(ADMIN).json as Record<string, any>).cases
        expect(cases).toHaveLength(1)
        expect(cases[0]).toMatchObject({ caseId: row.connector_case_id, status: 'open', syncState: 'synced' })
        expect(cases[0].activity[0]).toMatchObject({ type: 'status_changed', status: 'open' })
    })

    test('invalid fields -> 422 with a message per field, nothing saved', () => {
        const r = escalate(ADMIN, { ...caseBody, title: '', contactEmail: 'nope', contactPhone: 'call me' })
        expect(r.status).toBe(422)
        expect(Object.keys(r.json.error!.fields!).sort()).toEqual(['contactEmail', 'contactPhone', 'title'])
        expect(control.rows(T.case)).toHaveLength(0)
    })

    test('connector down: the case stays pending; the job retries with backoff and syncs it when the connector is back', async () => {
        linkAdmin(DEFAULTS.adminEmails[0])
        await side.control.connector.setFaults({ down: 'unavailable' })
        const r = escalate()
        expect(r.status).toBe(202)
        expect(r.json).toMatchObject({ outcome: 'pending' })
        expect(r.json.message).not.toBe(MSG.unableToSaveTicket)
        let [row] = control.rows(T.case)
        expect(row).toMatchObject({ status: 'pending', sync_state: 'retrying', sync_attempts: '1' })
        expect(row.connector_case_id || '').toBe('')
        // Not due yet: the job leaves it alone.
        expect(runCaseSync()).toEqual({ synced: 0, retrying: 0, failed: 0 })
        control.clock.advance(61000)
        expect(runCaseSync()).toEqual({ synced: 0, retrying: 1, failed: 0 })
        row = control.rows(T.case)[0]
        expect(row.sync_attempts).toBe('2')
        const due1 = Date.parse(row.next_attempt_at.replace(' ', 'T') + 'Z')
        // Second retry waits twice as long as the first.
        control.clock.advance(61000)
        expect(runCaseSync().retrying).toBe(0)
        await side.control.connector.clearFaults()
        control.clock.advance(Math.max(0, due1 - Date.now()) + 120000)
        expect(runCaseSync()).toEqual({ synced: 1, retrying: 0, failed: 0 })
        row = control.rows(T.case)[0]
        expect(row).toMatchObject({ status: 'open', sync_state: 'synced', sync_attempts: '3' })
        expect(row.last_error || '').toBe('')
        expect(await side.control.connector.cases()).toHaveLength(1)
        expect(runCaseSync()).toEqual({ synced: 0, retrying: 0, failed: 0 })
    })

    test('a case that cannot be sent at all (here: its incident is unreadable) is counted and pushed back, not retried every minute', async () => {
        linkAdmin(DEFAULTS.adminEmails[0])
        await side.control.connector.setFaults({ down: 'unavailable' })
        expect(escalate().status).toBe(202)
        await side.control.connector.clearFaults()
        control.clock.advance(61000)
        control.denyCrossScope('incident', 'read')
        expect(() => runCaseSync()).not.toThrow()
        let row = control.rows(T.case)[0]
        expect(row).toMatchObject({ sync_state: 'retrying', sync_attempts: '2' })
        expect(
            control.syslog().some((l) => l.level === '2' && l.message.includes('sending it failed unexpectedly')),
        ).toBe(true)
        // Pushed back 15 minutes: the next minute's run leaves it alone.
        control.clock.advance(61000)
        expect(runCaseSync()).toEqual({ synced: 0, retrying: 0, failed: 0 })
        control.allowCrossScope('incident', 'read')
        control.clock.advance(15 * 60000)
        expect(runCaseSync()).toEqual({ synced: 1, retrying: 0, failed: 0 })
        row = control.rows(T.case)[0]
        expect(row).toMatchObject({ sync_state: 'synced', sync_attempts: '3' })
    })

    test('idempotency key: a create whose answer was lost is retried without a second connector case', async () => {
        linkAdmin(DEFAULTS.adminEmails[0])
        // The connector creates the case but the answer arrives broken (truncated JSON).
        await side.control.connector.setFaults({ badJson: { count: 1 }, paths: ['/cases'] })
        expect(escalate().json).toMatchObject({ outcome: 'pending' })
        expect(await side.control.connector.cases()).toHaveLength(1)
        control.clock.advance(61000)
        expect(runCaseSync().synced).toBe(1)
        const remote = await side.control.connector.cases()
        expect(remote).toHaveLength(1)
        expect(control.rows(T.case)[0].connector_case_id).toBe(remote[0].caseId)
    })

    test('invalid_admin from the connector: the verbatim message with the email, case failed, never retried', async () => {
        linkAdmin('not.an.admin@contoso.com')
        const r = escalate()
        const expected = MSG.invalidAdmin.replace('{0}', 'not.an.admin@contoso.com')
        expect(r.json).toMatchObject({ outcome: 'failed', message: expected })
        expect(control.rows(T.case)[0]).toMatchObject({ status: 'failed', sync_state: 'failed' })
        control.clock.advance(3600000)
        expect(runCaseSync()).toEqual({ synced: 0, retrying: 0, failed: 0 })
        expect(syslog().some((l) => l.level === '2' && l.message.includes(expected))).toBe(true)
    })

    test('no usable admin email at all: the verbatim invalid admin message, nothing saved', () => {
        const u = new GlideRecord('sys_user')
        u.get('user_name', ADMIN)
        u.setValue('email', '')
        u.update()
        const r = escalate()
        expect(r.status).toBe(422)
        expect(r.json.error!.message).toBe(MSG.invalidAdmin.replace('{0}', ''))
        expect(control.rows(T.case)).toHaveLength(0)
    })

    test('saving itself fails: "Unable to save ticket details. Please contact App support." and no outbound call', async () => {
        linkAdmin(DEFAULTS.adminEmails[0])
        control.denyCrossScope(T.case, 'create')
        const r = escalate()
        expect(r.status).toBe(500)
        expect(r.json.error!.message).toBe(MSG.unableToSaveTicket)
        expect(await connectorRequests(side, 'POST /cases')).toBe(0)
        expect(syslog().some((l) => l.level === '2' && l.message.includes(MSG.unableToSaveTicket))).toBe(true)
    })

    test('gives up after the maximum attempts and marks the case failed', async () => {
        linkAdmin(DEFAULTS.adminEmails[0])
        await side.control.connector.setFaults({ down: 'unavailable' })
        escalate()
        let last = { synced: 0, retrying: 0, failed: 0 }
        for (let i = 0; i < 12 && control.rows(T.case)[0].sync_state !== 'failed'; i++) {
            control.clock.advance(61 * 60000)
            last = runCaseSync()
        }
        expect(last.failed).toBe(1)
        expect(control.rows(T.case)[0]).toMatchObject({ status: 'failed', sync_state: 'failed', sync_attempts: '10' })
    })
})
