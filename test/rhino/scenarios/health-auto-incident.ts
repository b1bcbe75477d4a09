// Microsoft posts stamped with 2 and 7 fraction digits become work notes of the automatic incident, oldest first,
// and only those after the last synced one (before iso-time.ts, Rhino dropped them all). Run by graph-times.test.ts.
import type * as M from '../../../src/server/health/rules/health-auto-incident.ts'
import { corpus } from '../corpus/support.ts'

const post = (createdDateTime: string, content: string) => ({
    createdDateTime,
    postType: 'regular',
    description: { contentType: 'html', content: '<p>' + content + '</p>' },
})
const POSTS = [
    post('2020-11-12T09:30:00.1234567Z', 'resolved'),
    post('2020-11-12T07:10:00.5Z', 'first'),
    post('2020-11-12T08:00:00.97Z', 'second'),
]

export default corpus<Pick<typeof M, 'postsToSync' | 'workNoteFor' | 'descriptionFor'>>({
    // Nothing synced yet; the mark at the first post (stored to the second, as in last_post_synced_on); all done.
    postsToSync: [
        [POSTS, ''],
        [POSTS, '2020-11-12T07:10:00.000Z'],
        [POSTS, '2020-11-12T09:30:00.000Z'],
    ],
    workNoteFor: [['EX900001', POSTS[2]]],
    descriptionFor: [
        [
            {
                issue_id: 'EX900001',
                title: 'Mail delayed',
                service: 'Exchange Online',
                feature: '',
                feature_group: '',
                impact_description: '',
                classification: 'incident',
                origin: 'microsoft',
                status: 'serviceRestored',
                is_resolved: 'true',
                start_date_time: '2020-11-12T07:07:38.97Z',
                end_date_time: '2020-11-12T09:30:00.0000000Z',
                last_modified_date_time: '2020-11-12T09:30:00.1234567Z',
            },
        ],
    ],
})

type Post = { description: { content: string } }
export const PROJECT = {
    postsToSync: (r: Post[]) => r.map((p) => p.description.content.replace(/<\/?p>/g, '')),
    descriptionFor: (r: string) => r.split('\n').filter((l) => /^(Start|End|Last updated)/.test(l)),
}

export const EXPECTED = {
    postsToSync: [['first', 'second', 'resolved'], ['second', 'resolved'], []],
    workNoteFor: ['Microsoft 365 service health update for EX900001, posted 2020-11-12 08:00:00 UTC:\n\nsecond'],
    descriptionFor: [
        [
            'Start: 2020-11-12 07:07:38 UTC',
            'End: 2020-11-12 09:30:00 UTC',
            'Last updated by Microsoft: 2020-11-12 09:30:00 UTC',
        ],
    ],
}
