// Graph timestamps with 2 and 7 fraction digits become the issue row's start, end and last-modified (before
// iso-time.ts, Rhino's Date.parse gave NaN and the row kept blanks). Run by graph-times.test.ts.
import type * as M from '../../../src/server/health/rules/health-issue-mapping.ts'
import { corpus } from '../corpus/support.ts'
import type { GraphIssue } from '../../../src/server/outbound/rules/graph-types.ts'

const issue: GraphIssue = {
    id: 'EX900001',
    title: 'Mail delayed',
    service: 'Exchange Online',
    isResolved: true,
    startDateTime: '2020-11-12T07:07:38.97Z',
    endDateTime: '2020-11-12T09:30:00.0000000Z',
    lastModifiedDateTime: '2020-11-12T09:30:00.1234567Z',
    posts: [
        { createdDateTime: '2020-11-12T09:30:00.1234567Z', description: { content: 'resolved' } },
        { createdDateTime: '2020-11-12T07:10:00.5Z', description: { content: 'first' } },
        { createdDateTime: '2020-11-12T08:00:00.97Z', description: { content: 'second' } },
    ],
}

export default corpus<Pick<typeof M, 'issueToRow' | 'isoToGlide' | 'parsePosts'>>({
    issueToRow: [[issue]],
    isoToGlide: [['2020-11-12T07:07:38.97Z'], ['2023-01-01T00:00:00.0000000Z'], ['2020-11-12T07:07:38.9701234+02:00']],
    parsePosts: [[JSON.stringify(issue.posts)]],
})

type Post = { description: { content: string } }
export const PROJECT = { parsePosts: (r: Post[]) => r.map((p) => p.description.content) }

export const EXPECTED = {
    issueToRow: [
        {
            start_date_time: '2020-11-12 07:07:38',
            end_date_time: '2020-11-12 09:30:00',
            last_modified_date_time: '2020-11-12 09:30:00',
        },
    ],
    isoToGlide: ['2020-11-12 07:07:38', '2023-01-01 00:00:00', '2020-11-12 05:07:38'],
    parsePosts: [['first', 'second', 'resolved']],
}
