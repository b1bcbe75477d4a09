// The poll watermark advances over lastModifiedDateTime values with 2 and 7 fraction digits (before iso-time.ts,
// Rhino ignored them: the watermark never moved and every poll read everything again). Run by graph-times.test.ts.
import type * as M from '../../../src/server/health/rules/health-sync-cursor.ts'
import { corpus } from '../corpus/support.ts'

const STARTED = 1605175200000 // 2020-11-12T10:00:00.000Z
const pass = (maxSeen: string): M.SyncCursor => ({
    since: '',
    nextLink: '',
    maxSeen,
    startedAt: '2020-11-12T10:00:00.000Z',
    pages: 1,
    items: 3,
})

export default corpus<Pick<typeof M, 'startPass' | 'afterPage' | 'advanceWatermark'>>({
    startPass: [
        ['2020-11-12T09:30:00.1234567Z', STARTED],
        ['2020-11-12T09:30:00.97Z', STARTED],
    ],
    afterPage: [
        [pass(''), ['2020-11-12T07:07:38.97Z', '2020-11-12T09:30:00.1234567Z', '2020-11-12T08:00:00Z'], undefined],
    ],
    advanceWatermark: [
        ['', pass('2020-11-12T09:30:00.1234567Z')],
        ['2020-11-12T07:00:00.5Z', pass('2020-11-12T09:30:00.97Z')],
        ['2020-11-12T09:45:00.1234567Z', pass('2020-11-12T09:30:00.97Z')],
    ],
})

export const EXPECTED = {
    startPass: [{ since: '2020-11-12T09:25:00.123Z' }, { since: '2020-11-12T09:25:00.970Z' }],
    afterPage: [{ maxSeen: '2020-11-12T09:30:00.123Z', pages: 2, items: 6 }],
    advanceWatermark: ['2020-11-12T09:30:00.123Z', '2020-11-12T09:30:00.970Z', '2020-11-12T09:45:00.1234567Z'],
}
