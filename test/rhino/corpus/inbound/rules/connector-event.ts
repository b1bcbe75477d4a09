import type * as M from '../../../../../src/server/inbound/rules/connector-event.ts'
import { EVENT_FIELDS, NOTE_FIELDS } from '../../../../../src/server/inbound/rules/connector-event.ts'
import { ISO_SAMPLES, T2020, corpus, merge, repeat } from '../../support.ts'

const NOW = T2020
const note = {
    author: 'Microsoft Support \u00c5sa',
    body: 'Please send logs [code]x[/code]',
    created_at: '2020-11-12T07:00:00.97Z',
}
const ev = (over: Record<string, unknown>) =>
    merge(
        {
            event_id: 'evt-1',
            type: 'status_changed',
            status: 'in_progress',
            occurred_at: '2020-11-12T07:07:38.9701234Z',
        },
        over,
    )

export default corpus<typeof M>({
    checkId: [
        ['evt-1', 'event_id'],
        ['', 'event_id'],
        [null, 'x'],
        [undefined, 'x'],
        [5, 'x'],
        [repeat('a', 100), 'x'],
        [repeat('a', 101), 'x'],
        ['a b', 'x'],
        ['-a', 'x'],
        ['\u00e9t\u00e9', 'x'],
        ['a^b=c', 'x'],
        ['A.b_c:d-e', 'x'],
    ],
    parseIsoDateTime: ISO_SAMPLES.map((s): [string] => [s]),
    checkKnownFields: [
        [{ event_id: 'e', type: 't' }, EVENT_FIELDS, ''],
        [{ event_id: 'e', occured_at: 'typo' }, EVENT_FIELDS, ''],
        [{ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }, EVENT_FIELDS, ''],
        [{ author: 'a', body: 'b', created_at: 'c', attachment: 'x' }, NOTE_FIELDS, 'note.'],
        [{ [repeat('k', 60)]: 1, '\u00e9t\u00e9': 2 }, NOTE_FIELDS, 'note.'],
        [JSON.parse('{"__proto__":{"x":1},"event_id":"e"}'), EVENT_FIELDS, ''],
        [JSON.parse('{"constructor":1,"toString":2}'), EVENT_FIELDS, ''],
        [{}, [], ''],
    ],
    validateEvent: [
        [merge(ev({}), { priority: 'high' }), NOW],
        [
            JSON.parse(
                '{"event_id":"e1","type":"closed","occurred_at":"2020-11-12T07:07:38.97Z","__proto__":{"status":"open"}}',
            ),
            NOW,
        ],
        [ev({}), NOW],
        [ev({ occurred_at: '2020-11-12T07:07:38.97Z' }), NOW],
        [ev({ occurred_at: '2020-11-12T07:07:38+02:00' }), NOW],
        [ev({ occurred_at: '2020-11-12T09:07:39Z' }), NOW],
        [ev({ occurred_at: '2020-11-12T08:07:38.970Z' }), NOW],
        [ev({ occurred_at: '2020-11-12T07:07:38' }), NOW],
        [ev({ occurred_at: 1605164858970 }), NOW],
        [ev({ type: 'note_added', status: undefined, note }), NOW],
        [ev({ type: 'note_added', status: 'open', note }), NOW],
        [
            ev({
                type: 'note_added',
                status: null,
                note: merge(note, { created_at: '2020-11-12T07:00:00.9701234+01:00' }),
            }),
            NOW,
        ],
        [ev({ type: 'note_added', status: null, note: merge(note, { body: '   ' }) }), NOW],
        [ev({ type: 'note_added', status: null, note: merge(note, { author: repeat('\ud83d\ude00', 51) }) }), NOW],
        [ev({ type: 'note_added', status: null, note: merge(note, { body: repeat('x', 8001) }) }), NOW],
        [ev({ type: 'note_added', status: null, note: [note] }), NOW],
        [ev({ type: 'closed', status: null }), NOW],
        [ev({ type: 'closed', status: 'open' }), NOW],
        [ev({ type: 'reopened' }), NOW],
        [ev({ type: repeat('t', 60) }), NOW],
        [ev({ status: 'pending' }), NOW],
        [ev({ status: 7 }), NOW],
        [ev({ event_id: 'bad id' }), NOW],
        [ev({ type: 5 }), NOW],
        [{}, NOW],
    ],
})
