// Support case status labels live in one list (src/server/cases/rules/case-status.ts). The table's choices import it;
// the incident tab cannot (t() needs literals), so this holds its labels to the list, and the work notes to both.
import { CASE_STATUS_CHOICES, CONNECTOR_STATUSES, caseStatusLabel } from '../../src/server/cases/rules/case-status'
import { caseStatusLabel as tabLabel } from '../../src/client/incident-tab/case-status-label'
import { workNoteText } from '../../src/server/inbound/rules/case-event-plan'
import { localStatusFor } from '../../src/server/cases/rules/case-escalation'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

// The pages' t() runtime (now.prebuild.mjs points sn-translate at it); with no catalog loaded it answers in English.
jest.mock('sn-translate', () => jest.requireActual('../../src/client/shared/translate'))

const STATUSES = Object.keys(CASE_STATUS_CHOICES) as (keyof typeof CASE_STATUS_CHOICES)[]

test.each(STATUSES)('%s: the incident tab shows the same English label as the server', (status) => {
    expect(tabLabel(status)).toBe(CASE_STATUS_CHOICES[status].label)
    expect(caseStatusLabel(status)).toBe(CASE_STATUS_CHOICES[status].label)
})

test('an unknown status is shown as it came, on both sides (no prototype members)', () => {
    for (const s of ['escalated', '', 'constructor', '__proto__', 'toString']) {
        expect(tabLabel(s)).toBe(s)
        expect(caseStatusLabel(s)).toBe(s)
    }
})

test('work notes name the status by its label', () => {
    const ev = {
        eventId: 'e1',
        type: 'status_changed' as const,
        status: 'waiting_on_customer',
        note: null,
        occurredAt: '',
    }
    expect(workNoteText('MS-1', ev, true)).toBe(
        'Microsoft 365 support case MS-1: status changed to Waiting on customer.',
    )
})

test('the connector may set every status but the app-only pending and failed; localStatusFor keeps them', () => {
    expect(STATUSES.filter((s) => CONNECTOR_STATUSES.indexOf(s) < 0)).toEqual(['pending', 'failed'])
    for (const s of CONNECTOR_STATUSES) expect(localStatusFor(s)).toBe(s)
})

test.each(['x_mioms_m365_assis_case', 'x_mioms_m365_assis_case_activity'])(
    'the built %s.status choices are the list',
    (table) => {
        const xml = readFileSync(join(__dirname, '..', '..', 'dist', 'app', 'dictionary', table + '.xml'), 'utf8')
        const status = /<element name="status"[^>]*>\s*<choice>([\s\S]*?)<\/choice>/.exec(xml)
        const built = [
            ...(status ? status[1] : '').matchAll(/value="([^"]*)" label="([^"]*)"[^>]*sequence="(\d+)"/g),
        ].map((m) => [m[1], m[2], Number(m[3])])
        expect(built).toEqual(STATUSES.map((s) => [s, CASE_STATUS_CHOICES[s].label, CASE_STATUS_CHOICES[s].sequence]))
    },
)
