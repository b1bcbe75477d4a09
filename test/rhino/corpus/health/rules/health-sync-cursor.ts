import type * as M from '../../../../../src/server/health/rules/health-sync-cursor.ts'
import { ISO_SAMPLES, T2020, corpus, loose } from '../../support.ts'

const cursor = (over: Partial<M.SyncCursor>): M.SyncCursor => ({
    since: '',
    nextLink: '',
    maxSeen: '',
    startedAt: '2020-11-12T10:00:00.000Z',
    pages: 0,
    items: 0,
    ...over,
})

export default corpus<typeof M>({
    startPass: [...ISO_SAMPLES.map((s): [string, number] => [s, T2020]), ['', 0], ['2020-11-12T07:07:38.97Z', -1]],
    afterPage: [
        [
            cursor({}),
            ['2020-11-12T07:07:38.97Z', '2020-11-12T07:07:38.9Z', '2020-11-12T07:07:38.9701234Z'],
            'https://graph/next?$skiptoken=1',
        ],
        [
            cursor({ maxSeen: '2020-11-12T08:00:00.000Z', pages: 1, items: 3 }),
            ['2020-11-12T07:07:38.97Z', 'bad', ''],
            undefined,
        ],
        [
            cursor({ maxSeen: '2020-11-12T07:00:00.000Z' }),
            ['2020-11-12T09:07:38.5+02:00', '2020-11-12T07:07:38.0000001Z'],
            '',
        ],
        [cursor({ maxSeen: 'garbage' }), ['2023-01-01T00:00:00.0000000Z'], undefined],
        [cursor({}), [], undefined],
        [cursor({}), ['2020-11-12T07:07:38'], undefined],
    ],
    isComplete: [[cursor({})], [cursor({ pages: 1 })], [cursor({ pages: 1, nextLink: 'n' })]],
    advanceWatermark: [
        ['', cursor({ maxSeen: '2020-11-12T07:07:38.970Z' })],
        ['', cursor({ maxSeen: '2020-11-12T07:07:38.97Z' })],
        ['2020-11-12T07:00:00Z', cursor({ maxSeen: '2020-11-12T07:07:38.9701234Z' })],
        ['2020-11-12T08:00:00.97Z', cursor({ maxSeen: '2020-11-12T07:07:38.97Z' })],
        ['2020-11-12T07:00:00Z', cursor({ maxSeen: '2020-11-12T12:00:00.5Z', startedAt: '2020-11-12T10:00:00.12Z' })],
        ['2020-11-12T07:00:00Z', cursor({ maxSeen: '' })],
        ['garbage', cursor({ maxSeen: '2020-11-12T07:07:38.97Z', startedAt: 'garbage' })],
        ['2020-11-12T07:07:38.97Z', cursor({ maxSeen: '2020-11-12T07:07:38.970Z' })],
    ],
    restartPass: [[cursor({ nextLink: 'x', pages: 3 })]],
    parseCursor: [
        [''],
        [
            '{"since":"2020-11-12T07:02:38.970Z","nextLink":"n","maxSeen":"2020-11-12T07:07:38.97Z","startedAt":"2020-11-12T07:07:38.9701234Z","pages":2,"items":40}',
        ],
        ['{"startedAt":5}'],
        ['{"startedAt":"","pages":"2","items":1e400}'],
        ['null'],
        ['[]'],
        ['{bad json'],
        loose(undefined),
    ],
})
