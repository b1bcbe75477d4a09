import type * as M from '../../../../../src/server/cases/rules/case-escalation.ts'
import { corpus, loose, repeat } from '../../support.ts'

const ok: M.CaseRequest = {
    title: 'Mail down',
    description: 'Nobody can send',
    contactName: '\u00c5sa \u00d8stergaard',
    contactEmail: 'asa@contoso.com',
    contactPhone: '+45 (12) 34-56.78',
}

export default corpus<typeof M>({
    readCaseRequest: [
        [{ title: '  t ', description: 5, contactName: null, contactEmail: undefined, contactPhone: true }],
        [{}],
        [
            {
                title: '\u00a0nbsp\u00a0',
                description: '\ufeffbom',
                contactName: '\u2028sep\u2029',
                contactEmail: '\t',
                contactPhone: [1, 2],
            },
        ],
    ],
    validateCaseRequest: [
        [ok],
        [{ title: '', description: '', contactName: '', contactEmail: '', contactPhone: '' }],
        [{ ...ok, title: repeat('t', 160), description: repeat('d', 4000), contactName: repeat('n', 100) }],
        [{ ...ok, title: repeat('t', 161), description: repeat('d', 4001), contactName: repeat('n', 101) }],
        [{ ...ok, title: repeat('\ud83d\ude00', 81) }],
        [{ ...ok, contactEmail: repeat('a', 95) + '@b.com' }],
        [{ ...ok, contactPhone: '+1 555 CALL' }],
        [{ ...ok, contactPhone: repeat('1', 41) }],
        [{ ...ok, contactPhone: '\u0661\u0662\u0663' }],
    ],
    chooseAdminEmail: [
        ['linked@x.com', 'prop@x.com', 'me@x.com'],
        [' ', ' prop@x.com ', 'me@x.com'],
        ['', '', ' me@x.com '],
        ['', '', ''],
    ],
    invalidAdminMessage: [['admin@contoso.com'], [''], ['$1 $& {0} {1}'], ['\u00e9']],
    idempotencyKeyFor: [['0123456789abcdef0123456789abcdef'], ['']],
    localStatusFor: [
        ['new'],
        [''],
        ['NEW'],
        ['waiting_for_customer'],
        ['Waiting_For_Customer'],
        ['in_progress'],
        ['closed'],
        ['bogus'],
        loose(null),
        ['\u0130N_PROGRESS'],
    ],
    isPermanentFailure: [['invalid_admin'], ['throttled'], [''], ['INVALID_ADMIN']],
    nextRetryDelayMs: [[0], [1], [2], [6], [7], [20], [1, 30], [1, 7200], [3, 0], [3, -5], [1.5], [NaN], [1, NaN]],
    decideSync: [
        [{ ok: true, caseId: 'C1', status: 'waiting_for_customer' }, 1],
        [{ ok: false, code: 'invalid_admin', message: 'bad admin' }, 1],
        [{ ok: false, code: 'throttled', message: 'slow down', retryAfterSeconds: 90 }, 2],
        [{ ok: false, code: 'unavailable', message: 'down' }, 9],
        [{ ok: false, code: 'unavailable', message: 'down' }, 10],
        [{ ok: false, code: 'timeout', message: '' }, 0],
    ],
})
