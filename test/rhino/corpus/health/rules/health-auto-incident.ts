import type * as M from '../../../../../src/server/health/rules/health-auto-incident.ts'
import { ISO_SAMPLES, corpus, loose, repeat } from '../../support.ts'

const SETTINGS: M.AutoIncidentSettings = {
    enabled: true,
    assignmentGroup: 'g1',
    category: 'software',
    subcategory: '',
    assignedTo: '',
    autoResolve: true,
}

const issue = (over: Partial<M.StoredIssue>): M.StoredIssue => ({
    issue_id: 'EX812345',
    title: 'Users may experience delays sending and receiving email',
    service: 'Exchange Online',
    feature: 'Mail flow',
    feature_group: 'E-Mail and calendar access',
    impact_description: '<p>Users may notice delays &amp; bounces.</p><ul><li>one</li><li>two</li></ul>',
    classification: 'incident',
    origin: 'microsoft',
    status: 'serviceDegradation',
    is_resolved: 'false',
    start_date_time: '2020-11-12 07:07:38',
    end_date_time: '',
    last_modified_date_time: '2020-11-12 09:15:02',
    ...over,
})

const post = (createdDateTime: string, content: string, postType?: string) => ({
    createdDateTime,
    postType,
    description: { contentType: 'html', content },
})
// Graph's post times with 0 to 7 fraction digits, out of order, two at the same second as the mark.
const POSTS = [
    post('2020-11-12T09:15:02.1234567Z', '<p>Third</p>'),
    post('2020-11-12T07:30:00Z', 'First', 'quick'),
    post('2020-11-12T08:00:00.97Z', 'Second'),
    post('2020-11-12T08:00:00.9Z', 'Second, earlier in the same second'),
    post('2020-11-12T07:07:38.5Z', 'At the mark second'),
    post('2020-11-12T10:00:00+02:00', 'Offset (08:00 UTC)'),
    post('bad date', 'never'),
]

export default corpus<typeof M>({
    validateAutoIncidentSettings: [
        [SETTINGS],
        [{ ...SETTINGS, assignmentGroup: ' ', category: '' }],
        [{ ...SETTINGS, category: '' }],
        [SETTINGS, { group: false, assignee: true }],
        [
            { ...SETTINGS, assignedTo: 'u1' },
            { group: true, assignee: false },
        ],
        [
            { ...SETTINGS, assignedTo: 'u1' },
            { group: false, assignee: false },
        ],
    ],
    impactFor: [['incident'], ['INCIDENT'], ['advisory'], ['other'], [''], loose(null), ['\u0130ncident']],
    urgencyFor: [
        ['serviceInterruption'],
        ['investigating'],
        ['serviceDegradation'],
        ['restoringService'],
        ['extendedRecovery'],
        [''],
        loose(undefined),
    ],
    healthStatusLabel: [
        ['serviceDegradation'],
        ['postIncidentReviewPublished'],
        ['unknownStatus'],
        [''],
        ['constructor'],
        ['__proto__'],
        ['toString'],
    ],
    displayUtc: [['2020-11-12 07:07:38'], [''], ['2020-11-12 7:07:38'], ...ISO_SAMPLES.map((s): [string] => [s])],
    shortDescriptionFor: [
        [issue({})],
        [issue({ title: '' })],
        [issue({ title: repeat('\u65e5\u672c', 100) })],
        [issue({ title: repeat('x', 145) })],
        [issue({ title: repeat('x', 146) })],
    ],
    descriptionFor: [
        [issue({})],
        [issue({ end_date_time: '2020-11-12 10:00:00', classification: '', origin: '' })],
        [
            issue({
                start_date_time: '2020-11-12T07:07:38.97Z',
                last_modified_date_time: '2020-11-12T09:15:02.1234567Z',
                end_date_time: '2020-11-12T10:00:00.9+01:00',
            }),
        ],
        [issue({ impact_description: repeat('<p>long &amp; line</p>', 400) })],
        [issue({ feature_group: '', feature: '', status: 'weird' })],
    ],
    incidentFieldsFor: [
        [issue({}), SETTINGS],
        [
            issue({ status: 'serviceInterruption', classification: 'advisory' }),
            { ...SETTINGS, subcategory: ' email ', assignedTo: ' u1 ' },
        ],
    ],
    postsToSync: [
        [POSTS, ''],
        [POSTS, '2020-11-12T07:07:38Z'],
        [POSTS, '2020-11-12T07:07:38.97Z'],
        [POSTS, '2020-11-12T08:00:00.9700000Z'],
        [POSTS, '2020-11-12T08:00:00Z'],
        [POSTS, '2020-11-12T09:15:02.12Z'],
        [POSTS, 'garbage'],
        [[], '2020-11-12T07:07:38Z'],
        [
            [
                post('2020-11-12T08:00:00.1Z', 'a'),
                post('2020-11-12T08:00:00.10Z', 'b'),
                post('2020-11-12T08:00:00.100Z', 'c'),
                post('2020-11-12T08:00:00.1000000Z', 'd'),
                post('2020-11-12T08:00:00.1Z', 'e'),
                post('2020-11-12T08:00:00.10Z', 'f'),
                post('2020-11-12T08:00:00.100Z', 'g'),
                post('2020-11-12T08:00:00.1000000Z', 'h'),
                post('2020-11-12T08:00:00.1Z', 'i'),
                post('2020-11-12T08:00:00.10Z', 'j'),
                post('2020-11-12T08:00:00.100Z', 'k'),
                post('2020-11-12T08:00:00.1000000Z', 'l'),
            ],
            '',
        ],
    ],
    workNoteFor: [
        ['EX812345', post('2020-11-12T09:15:02.1234567Z', '<p>Update</p><p>&lt;b&gt; &amp;amp;</p>', 'regular')],
        ['EX812345', post('2020-11-12T07:07:38.97Z', 'quick one', 'quick')],
        [
            'EX812345',
            post('2020-11-12T07:07:38Z', '[code]<img src=x onerror=alert(1)>[/code] &#91;code&#93;', 'strategic'),
        ],
        ['EX812345', { createdDateTime: 'nonsense' }],
        ['EX812345', post('2020-11-12T07:07:38.5+05:30', repeat('\u00e9', 5000))],
    ],
    resolutionNoteFor: [
        [issue({ end_date_time: '2020-11-12 10:00:00' })],
        [issue({})],
        [issue({ end_date_time: '2020-11-12T10:00:00.97Z' })],
        [issue({ end_date_time: '', last_modified_date_time: '' })],
    ],
    incidentIsClosed: [
        ['7', 'true'],
        ['8', 'true'],
        ['6', 'false'],
        ['6', '0'],
        ['2', 'true'],
        ['2', ''],
        loose(7, true),
    ],
    incidentIsResolved: [['6'], ['7'], [''], loose(6)],
    planIncidentAction: [
        [false, null],
        [true, null],
        [false, { exists: false, state: '', active: '' }],
        [false, { exists: true, state: '7', active: 'false' }],
        [true, { exists: true, state: '2', active: 'true' }],
        [false, { exists: true, state: '6', active: 'true' }],
    ],
})
