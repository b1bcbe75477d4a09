import type * as M from '../../../../../src/server/health/rules/health-issue-mapping.ts'
import { GRAPH_ISSUES, ISO_SAMPLES, corpus, loose, repeat } from '../../support.ts'
import type { GraphIssue } from '../../../../../src/server/outbound/rules/graph-types.ts'

const post = (createdDateTime: string, content = 'x', postType = 'regular') => ({
    createdDateTime,
    postType,
    description: { contentType: 'html', content },
})

// Ties (same instant written with different fraction lengths), unsorted, unparseable and missing times.
const POSTS = [
    post('2020-11-12T09:00:00.1234567Z', 'c'),
    post('2020-11-12T07:07:38.97Z', 'a'),
    post('2020-11-12T07:07:38.970Z', 'a-tie-3-digits'),
    post('2020-11-12T07:07:38.9700000Z', 'a-tie-7-digits'),
    post('2020-11-12T08:00:00+01:00', 'b-offset'),
    post('2020-11-12T07:59:59.9Z', 'b'),
    post('not a date', 'bad'),
    post('2020-11-12T07:07:38.5Z', 'a2'),
]
const MANY_TIES = Array.from({ length: 24 }, (_, i) =>
    post('2021-03-04T05:06:07.' + (i % 3 === 0 ? '1' : i % 3 === 1 ? '10' : '1000000') + 'Z', 'tie ' + i),
)
const BIG = Array.from({ length: 20 }, (_, i) =>
    post('2021-05-01T00:00:' + (i < 10 ? '0' : '') + (i % 60) + '.' + (i % 7) + 'Z', repeat('\u00e9x<b>y</b>', 400)),
)

export default corpus<typeof M>({
    graphTimeMs: [...ISO_SAMPLES.map((s): [string] => [s]), [null], [undefined]],
    isoToGlide: [...ISO_SAMPLES.map((s): [string] => [s]), [null], [undefined], loose(1605164858970)],
    glideToIso: [
        ['2020-11-12 07:07:38'],
        [' 2020-11-12 07:07:38 '],
        ['2020-11-12 07:07'],
        ['2020-02-30 00:00:00'],
        ['2020-11-12 25:00:00'],
        ['0050-01-01 00:00:00'],
        ['9999-12-31 23:59:59'],
        [''],
        [null],
        [undefined],
        ...ISO_SAMPLES.map((s): [string] => [s]),
    ],
    postsJson: [
        [POSTS],
        [[]],
        [undefined],
        [MANY_TIES],
        [BIG],
        [[post('2021-01-01T00:00:00Z', repeat('\ud83d\ude00', 40000))]],
    ],
    sortPosts: [[POSTS], [MANY_TIES], [[]], loose([null, { createdDateTime: 5 }, post('2020-01-01T00:00:00Z')])],
    parsePosts: [
        [JSON.stringify(POSTS)],
        [JSON.stringify(MANY_TIES)],
        [''],
        ['{"not":"an array"}'],
        ['[1,2'],
        ['[{"createdDateTime":"2020-11-12T07:07:38.97Z"},{"createdDateTime":"2020-11-12T07:07:38.9Z"}]'],
        ['\ufeff[]'],
        ['[{"createdDateTime":"2020-11-12T07:07:38Z","description":{"content":"\\u2028\\ud800"}}]'],
    ],
    isResolvedIssue: [
        ...GRAPH_ISSUES.map((i): [GraphIssue] => [i]),
        [{ id: 'a', status: 'resolved' }],
        [{ id: 'a', status: 'falsePositive' }],
        [{ id: 'a', status: 'serviceRestored', isResolved: false }],
        loose({ id: 'a', isResolved: 'true' }),
    ],
    issueToRow: [
        ...GRAPH_ISSUES.map((i): [GraphIssue] => [i]),
        [{ id: repeat('x', 80), title: repeat('t\u00e9', 200), impactDescription: repeat('long ', 1000) }],
        loose({ id: 42, title: null, isResolved: 'no' }),
    ],
    dedupeIssues: [
        [
            [
                { id: 'A', title: 'old', lastModifiedDateTime: '2020-11-12T07:07:38.9Z' },
                { id: 'B', title: 'b', lastModifiedDateTime: '2020-11-12T07:07:38Z' },
                { id: 'A', title: 'new, 2 digits', lastModifiedDateTime: '2020-11-12T07:07:38.97Z' },
                { id: 'A', title: 'older, 7 digits', lastModifiedDateTime: '2020-11-12T07:07:38.9600000Z' },
                { id: 'B', title: 'b same instant', lastModifiedDateTime: '2020-11-12T07:07:38.0000000Z' },
                { id: 'C', title: 'no time' },
                { id: 'C', title: 'time', lastModifiedDateTime: '2020-11-12T07:07:38.1Z' },
                { id: 'D', title: 'offset', lastModifiedDateTime: '2020-11-12T09:07:38+02:00' },
                { id: 'D', title: 'same instant in Z', lastModifiedDateTime: '2020-11-12T07:07:38.000Z' },
            ],
        ],
        [[]],
        loose([
            null,
            { id: '' },
            { id: 5 },
            { id: 'E', lastModifiedDateTime: 'x' },
            { id: 'E', lastModifiedDateTime: 'y' },
        ]),
    ],
    rowChanged: [
        [
            { a: 'true', b: 'x' },
            { a: '1', b: 'x' },
        ],
        [{ a: 'false' }, { a: '0' }],
        [{ a: 'x' }, { a: 'y' }],
        [{}, { a: '' }],
        [{ a: 'x', extra: 'only stored' }, { a: 'x' }],
    ],
})
