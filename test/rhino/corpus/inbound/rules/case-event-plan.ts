import type * as M from '../../../../../src/server/inbound/rules/case-event-plan.ts'
import type { ConnectorEvent } from '../../../../../src/server/inbound/rules/connector-event.ts'
import { corpus } from '../../support.ts'

const ev = (
    type: ConnectorEvent['type'],
    status: string | null,
    occurredAt: string,
    note: ConnectorEvent['note'] = null,
): ConnectorEvent => ({ eventId: 'e1', type, status, note, occurredAt })
const caseSnap = (status: string, lastEventAt: string, lastStatusAt: string): M.CaseSnapshot => ({
    sysId: 'c1',
    connectorCaseId: 'MS-1',
    status,
    lastEventAt,
    lastStatusAt,
})
const open = { sysId: 'i1', number: 'INC1', active: 'true', state: '2' }
const closed = { sysId: 'i1', number: 'INC1', active: 'false', state: '7' }
const note = {
    author: 'Engineer \u00c5sa',
    body: 'Try [CODE]<b>x</b>[/Code] and [/code]',
    createdAt: '2020-11-12 07:07:38',
}

export default corpus<typeof M>({
    workNoteText: [
        ['MS-1', ev('closed', 'closed', '2020-11-12 07:07:38'), true],
        ['MS-1', ev('status_changed', 'in_progress', '2020-11-12 07:07:38'), true],
        ['MS-1', ev('status_changed', 'made_up', '2020-11-12 07:07:38'), true],
        ['MS-1', ev('status_changed', 'in_progress', '2020-11-12 07:07:38'), false],
        ['MS-1', ev('note_added', null, '2020-11-12 07:07:38', note), false],
        ['MS-1', ev('closed', 'closed', '2020-11-12 07:07:38', note), true],
    ],
    planEvent: [
        [ev('status_changed', 'in_progress', '2020-11-12 07:07:38'), caseSnap('submitted', '', ''), open],
        [
            ev('status_changed', 'open', '2020-11-12 07:00:00'),
            caseSnap('in_progress', '2020-11-12 07:07:38', '2020-11-12 07:07:38'),
            open,
        ],
        [
            ev('status_changed', 'open', '2020-11-12 07:07:38'),
            caseSnap('in_progress', '2020-11-12 07:07:38', '2020-11-12 07:07:38'),
            open,
        ],
        [ev('note_added', null, '2020-11-12 08:00:00', note), caseSnap('open', '2020-11-12 07:07:38', ''), closed],
        [ev('closed', 'closed', '2020-11-12 08:00:00'), caseSnap('open', '', ''), null],
        [ev('closed', 'closed', '2020-11-12 08:00:00'), caseSnap('closed', '', ''), open],
    ],
})
