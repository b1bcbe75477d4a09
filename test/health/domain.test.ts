// Pure health modules: rate budget, sync cursor/watermark, Graph issue -> row, incident mapping, HTML to text.
import {
    allowance,
    blockedReason,
    clampLimits,
    DEFAULT_LIMITS,
    emptyBudget,
    parseBudget,
    spend,
    throttle,
} from '../../src/server/health/rules/health-rate-budget'
import {
    advanceWatermark,
    afterPage,
    isComplete,
    OVERLAP_MS,
    parseCursor,
    restartPass,
    startPass,
} from '../../src/server/health/rules/health-sync-cursor'
import {
    dedupeIssues,
    glideToIso,
    issueToRow,
    isoToGlide,
    POSTS_MAX_CHARS,
    postsJson,
    rowChanged,
} from '../../src/server/health/rules/health-issue-mapping'
import {
    descriptionFor,
    impactFor,
    incidentFieldsFor,
    incidentIsClosed,
    planIncidentAction,
    postsToSync,
    resolutionNoteFor,
    StoredIssue,
    urgencyFor,
    validateAutoIncidentSettings,
    workNoteFor,
} from '../../src/server/health/rules/health-auto-incident'
import { htmlToText } from '../../src/server/health/rules/health-text'
import { neutralizeJournalMarkup } from '../../src/server/domain/journal-text'
import { workNoteText } from '../../src/server/inbound/rules/case-event-plan'

const T0 = Date.parse('2026-11-01T10:00:00Z')

describe('rate budget', () => {
    const limits = { perRun: 5, perMinute: 8, perHour: 12 }

    it('caps per run, per minute and per hour, and reopens as windows pass', () => {
        let b = emptyBudget()
        expect(allowance(b, T0, limits, 0)).toBe(5)
        for (let i = 0; i < 5; i++) b = spend(b, T0 + i)
        expect(allowance(b, T0 + 10, limits, 5)).toBe(0)
        expect(blockedReason(b, T0 + 10, limits, 5)).toBe('run_cap')
        expect(allowance(b, T0 + 10, limits, 0)).toBe(3) // next run in the same minute: 8 - 5
        for (let i = 0; i < 3; i++) b = spend(b, T0 + 20)
        expect(blockedReason(b, T0 + 30, limits, 0)).toBe('minute_cap')
        expect(allowance(b, T0 + 61_000, limits, 0)).toBe(4) // new minute, hour has 12 - 8
        for (let i = 0; i < 4; i++) b = spend(b, T0 + 61_000)
        expect(blockedReason(b, T0 + 130_000, limits, 0)).toBe('hour_cap')
        expect(allowance(b, T0 + 3_600_001, limits, 0)).toBe(5)
    })

    it('never allows more than Graph: caps are clamped to half of 240/min and 800/h', () => {
        expect(clampLimits({ perRun: 10_000, perMinute: 10_000, perHour: 10_000 })).toEqual({
            perRun: 400,
            perMinute: 120,
            perHour: 400,
        })
        expect(clampLimits({ perRun: -1, perMinute: NaN, perHour: 0 })).toEqual(DEFAULT_LIMITS)
        // Worst case over any 60 s: two fixed windows meeting at a boundary.
        let b = emptyBudget()
        const l = clampLimits({})
        let sent = 0
        for (let t = T0; t < T0 + 120_000; t += 500) {
            if (allowance(b, t, { ...l, perRun: 10_000 }, 0) > 0) {
                b = spend(b, t)
                sent++
            }
        }
        expect(sent).toBeLessThanOrEqual(240)
    })

    it('remembers Retry-After and blocks until then (default 60 s)', () => {
        let b = throttle(emptyBudget(), T0, 30)
        expect(allowance(b, T0 + 29_999, limits, 0)).toBe(0)
        expect(blockedReason(b, T0 + 1, limits, 0)).toBe('throttled')
        expect(allowance(b, T0 + 30_000, limits, 0)).toBe(5)
        b = throttle(emptyBudget(), T0, undefined)
        expect(b.notBefore).toBe(T0 + 60_000)
    })

    it('round-trips through JSON and survives garbage', () => {
        const b = spend(throttle(emptyBudget(), T0, 5), T0)
        expect(parseBudget(JSON.stringify(b))).toEqual(b)
        expect(parseBudget('{nope')).toEqual(emptyBudget())
        expect(parseBudget('')).toEqual(emptyBudget())
    })
})

describe('sync cursor and watermark', () => {
    it('first pass has no filter; later passes start OVERLAP before the watermark', () => {
        expect(startPass('', T0).since).toBe('')
        expect(startPass('2026-11-01T09:00:00.000Z', T0).since).toBe(
            new Date(Date.parse('2026-11-01T09:00:00Z') - OVERLAP_MS).toISOString(),
        )
    })

    it('advances to the newest change seen only when the pass completes, never backwards or past the pass start', () => {
        let c = startPass('2026-11-01T08:00:00.000Z', T0)
        c = afterPage(c, ['2026-11-01T09:00:00Z', '2026-11-01T09:30:00Z'], 'https://graph/next')
        expect(isComplete(c)).toBe(false)
        c = afterPage(c, ['2026-11-01T09:10:00Z'], undefined)
        expect(isComplete(c)).toBe(true)
        expect(c.pages).toBe(2)
        expect(advanceWatermark('2026-11-01T08:00:00.000Z', c)).toBe('2026-11-01T09:30:00.000Z')
        expect(advanceWatermark('2026-11-01T09:45:00.000Z', c)).toBe('2026-11-01T09:45:00.000Z')
        // A change stamped after the pass started is not trusted to have been read.
        const late = afterPage(startPass('', T0), ['2026-11-01T11:00:00Z'], undefined)
        expect(advanceWatermark('', late)).toBe(new Date(T0).toISOString())
        // An empty pass keeps the old watermark.
        expect(advanceWatermark('2026-11-01T08:00:00.000Z', afterPage(startPass('x', T0), [], undefined))).toBe(
            '2026-11-01T08:00:00.000Z',
        )
    })

    it('restarts a pass from its first page keeping what it saw, and round-trips', () => {
        const c = afterPage(startPass('', T0), ['2026-11-01T09:00:00Z'], 'https://graph/next?$skiptoken=abc')
        const r = restartPass(c)
        expect(r.nextLink).toBe('')
        expect(r.maxSeen).toBe(c.maxSeen)
        expect(parseCursor(JSON.stringify(c))).toEqual(c)
        expect(parseCursor('')).toBeNull()
        expect(parseCursor('[1]')).toBeNull()
    })
})

const graphIssue = {
    id: 'EX812345',
    title: 'Users may experience delays sending email',
    service: 'Exchange Online',
    feature: 'Mail flow',
    featureGroup: 'E-Mail and calendar access',
    impactDescription: 'Delays of up to 45 minutes.',
    classification: 'incident',
    origin: 'microsoft',
    status: 'serviceDegradation',
    isResolved: false,
    startDateTime: '2026-11-01T08:00:00Z',
    endDateTime: null,
    lastModifiedDateTime: '2026-11-01T09:30:15.123Z',
    posts: [
        {
            createdDateTime: '2026-11-01T09:30:00Z',
            postType: 'regular',
            description: { contentType: 'html', content: '<p>Second &amp; newer</p>' },
        },
        {
            createdDateTime: '2026-11-01T08:10:00Z',
            postType: 'regular',
            description: { contentType: 'html', content: '<p>First</p><script>alert(1)</script>' },
        },
    ],
}

describe('Graph issue -> health_issue row', () => {
    it('maps every field, dates as UTC glide date-times, posts oldest first', () => {
        const row = issueToRow(graphIssue)
        expect(row).toMatchObject({
            issue_id: 'EX812345',
            title: graphIssue.title,
            service: 'Exchange Online',
            feature: 'Mail flow',
            feature_group: 'E-Mail and calendar access',
            impact_description: 'Delays of up to 45 minutes.',
            classification: 'incident',
            origin: 'microsoft',
            status: 'serviceDegradation',
            is_resolved: 'false',
            start_date_time: '2026-11-01 08:00:00',
            end_date_time: '',
            last_modified_date_time: '2026-11-01 09:30:15',
        })
        expect(JSON.parse(row.posts).map((p: { createdDateTime: string }) => p.createdDateTime)).toEqual([
            '2026-11-01T08:10:00Z',
            '2026-11-01T09:30:00Z',
        ])
        expect(issueToRow({ ...graphIssue, classification: 'somethingNew' }).classification).toBe('')
        expect(issueToRow({ ...graphIssue, title: 'x'.repeat(400) }).title).toHaveLength(255)
    })

    it('converts dates both ways and detects changes ("1" reads as true)', () => {
        expect(isoToGlide('2026-11-01T09:30:15.999+02:00')).toBe('2026-11-01 07:30:15')
        expect(glideToIso('2026-11-01 07:30:15')).toBe('2026-11-01T07:30:15.000Z')
        expect(isoToGlide('garbage')).toBe('')
        const row = issueToRow(graphIssue)
        expect(rowChanged({ ...row, is_resolved: '0' }, row)).toBe(false)
        expect(rowChanged({ ...row, status: 'investigating' }, row)).toBe(true)
    })

    it('keeps the newest posts when they do not fit the column', () => {
        const big = Array.from({ length: 40 }, (_, i) => ({
            createdDateTime: new Date(T0 + i * 60_000).toISOString(),
            postType: 'regular',
            description: { contentType: 'html', content: 'x'.repeat(3000) + i },
        }))
        const json = postsJson(big)
        expect(json.length).toBeLessThanOrEqual(POSTS_MAX_CHARS)
        const kept = JSON.parse(json)
        expect(kept[kept.length - 1].description.content.endsWith('39')).toBe(true)
        expect(kept.length).toBeLessThan(40)
    })

    it('dedupes by id, keeping the newest version in first-seen order', () => {
        const a1 = { ...graphIssue, status: 'investigating', lastModifiedDateTime: '2026-11-01T09:00:00Z' }
        const b = { ...graphIssue, id: 'TM1' }
        const a2 = { ...graphIssue, status: 'serviceRestored', lastModifiedDateTime: '2026-11-01T10:00:00Z' }
        expect(dedupeIssues([a1, b, a2]).map((i) => [i.id, i.status])).toEqual([
            ['EX812345', 'serviceRestored'],
            ['TM1', 'serviceDegradation'],
        ])
    })
})

describe('automatic incident mapping', () => {
    const stored = issueToRow(graphIssue) as unknown as StoredIssue
    const settings = {
        enabled: true,
        assignmentGroup: 'grp1',
        category: 'software',
        subcategory: '',
        assignedTo: '',
        autoResolve: true,
    }

    it('Title -> Short description, Issue type -> Impact, Status -> Urgency, the rest -> Description', () => {
        const f = incidentFieldsFor(stored, settings)
        expect(f.short_description).toBe('Microsoft 365: Users may experience delays sending email')
        expect(f.impact).toBe('1')
        expect(f.urgency).toBe('2')
        expect(f).toMatchObject({ assignment_group: 'grp1', category: 'software', correlation_id: 'EX812345' })
        expect(f.subcategory).toBeUndefined()
        for (const part of [
            'EX812345',
            'Exchange Online',
            'E-Mail and calendar access / Mail flow',
            'Issue type: incident',
            'Status: Service degradation',
            'Origin: microsoft',
            '2026-11-01 08:00:00 UTC',
            'Delays of up to 45 minutes.',
        ]) {
            expect(descriptionFor(stored)).toContain(part)
        }
        expect(incidentFieldsFor(stored, { ...settings, subcategory: 'email', assignedTo: 'u1' })).toMatchObject({
            subcategory: 'email',
            assigned_to: 'u1',
        })
    })

    it('documents the impact and urgency tables', () => {
        expect([impactFor('incident'), impactFor('advisory'), impactFor('')]).toEqual(['1', '3', '2'])
        expect(
            [
                'serviceInterruption',
                'investigating',
                'serviceDegradation',
                'restoringService',
                'extendedRecovery',
                'verifyingService',
                'serviceRestored',
                'new',
            ].map(urgencyFor),
        ).toEqual(['1', '2', '2', '2', '3', '3', '3', '3'])
    })

    it('requires Assignment group and Category with a clear message', () => {
        const r = validateAutoIncidentSettings({ ...settings, assignmentGroup: ' ', category: '' })
        expect(r).toEqual({
            ok: false,
            missing: ['Assignment group', 'Category'],
            message: expect.stringContaining('Automatic incidents need Assignment group and Category'),
        })
        expect(validateAutoIncidentSettings({ ...settings, category: '' })).toMatchObject({
            ok: false,
            missing: ['Category'],
        })
        expect(validateAutoIncidentSettings(settings)).toEqual({ ok: true })
        expect(
            validateAutoIncidentSettings({ ...settings, assignedTo: 'ghost' }, { group: true, assignee: false }),
        ).toMatchObject({ ok: false, missing: ['Assigned to'] })
    })

    it('posts become plain-text work notes, newer than the last one synced, oldest first', () => {
        const posts = JSON.parse(issueToRow(graphIssue).posts)
        expect(postsToSync(posts, '').map((p) => p.createdDateTime)).toEqual([
            '2026-11-01T08:10:00Z',
            '2026-11-01T09:30:00Z',
        ])
        expect(postsToSync(posts, '2026-11-01T08:10:00.000Z')).toHaveLength(1)
        // The mark is stored in seconds; a post's milliseconds must not make it new again.
        expect(
            postsToSync([{ ...posts[0], createdDateTime: '2026-11-01T08:10:00.253Z' }], '2026-11-01T08:10:00.000Z'),
        ).toHaveLength(0)
        const note = workNoteFor('EX812345', posts[0])
        expect(note).toBe('Microsoft 365 service health update for EX812345, posted 2026-11-01 08:10:00 UTC:\n\nFirst')
        expect(workNoteFor('EX812345', posts[1])).toContain('Second & newer')
    })

    it.each([
        ['plain', '[code]<img src=x onerror=alert(1)>[/code]', '(code)(/code)'],
        [
            'decimal entities',
            '&#91;code&#93;&lt;img src=x onerror=alert(1)&gt;[/code]',
            '(code)<img src=x onerror=alert(1)>(/code)',
        ],
        [
            'hex entities, upper-case X',
            '&#x5b;code&#X5D;&lt;img onerror=alert(1)&gt;&#x5B;/code&#x5d;',
            '(code)<img onerror=alert(1)>(/code)',
        ],
        [
            'leading zeros',
            '&#00091;code&#0093;&lt;svg onload=alert(1)&gt;&#091;/code&#093;',
            '(code)<svg onload=alert(1)>(/code)',
        ],
        [
            'named entities',
            '&lbrack;code&rbrack;&lt;img onerror=alert(1)&gt;&lsqb;/code&rsqb;',
            '(code)<img onerror=alert(1)>(/code)',
        ],
        ['mixed case', '[CODE]&lt;b&gt;x&lt;/b&gt;[/Code] [cOdE]y[/cODE]', '(CODE)<b>x</b>(/Code) (cOdE)y(/cODE)'],
        ['spaces inside the brackets', '[ code ]&lt;i&gt;x&lt;/i&gt;[ / code ]', '(code)<i>x</i>(/code)'],
        [
            'split by a tag',
            '[co<b></b>de]&lt;img onerror=alert(1)&gt;[/co<i>de</i>]',
            '(code)<img onerror=alert(1)>(/code)',
        ],
        [
            'nested',
            '[co[code]de]&lt;img onerror=alert(1)&gt;[/co[/code]de]',
            '[co(code)de]<img onerror=alert(1)>[/co(/code)de]',
        ],
        ['double-encoded stays literal', '&amp;#91;code&amp;#93;&amp;lt;b&amp;gt;', '&#91;code&#93;&lt;b&gt;'],
    ])('journal markup in a post is neutralized after entity decoding: %s', (_name, content, expected) => {
        const note = workNoteFor('EX812345', {
            createdDateTime: '2026-11-01T08:10:00Z',
            postType: 'regular',
            description: { contentType: 'html', content },
        })
        expect(note).toBe(
            'Microsoft 365 service health update for EX812345, posted 2026-11-01 08:10:00 UTC:\n\n' + expected,
        )
        expect(note).not.toMatch(/\[\s*\/?\s*code\s*\]/i)
    })

    it('one helper neutralizes connector case notes and service health posts alike', () => {
        const raw = '[code]<img src=x onerror=alert(1)>[/CODE]'
        const caseNote = workNoteText(
            'MS-1',
            {
                eventId: 'e',
                type: 'note_added',
                status: null,
                occurredAt: '2026-11-01 08:10:00',
                note: { author: 'Ana', body: raw, createdAt: '2026-11-01 08:10:00' },
            },
            false,
        )!
        expect(caseNote.split('\n')[1]).toBe(neutralizeJournalMarkup(raw))
        const post = workNoteFor('EX1', {
            createdDateTime: '2026-11-01T08:10:00Z',
            postType: 'regular',
            description: {
                contentType: 'html',
                content: '&#91;code&#93;&lt;img src=x onerror=alert(1)&gt;&#91;/CODE&#93;',
            },
        })
        expect(post.split('\n\n')[1]).toBe(neutralizeJournalMarkup(raw))
    })

    it('resolution note, closed incidents, and the plan', () => {
        const resolved = issueToRow({
            ...graphIssue,
            isResolved: true,
            endDateTime: '2026-11-01T12:00:00Z',
        }) as unknown as StoredIssue
        expect(resolutionNoteFor(resolved)).toBe(
            'The Microsoft service health incident was resolved on 2026-11-01 12:00:00 UTC. Please refer to the incident details in the Microsoft 365 Support tab for more information.',
        )
        expect(incidentIsClosed('7', 'true')).toBe(true)
        expect(incidentIsClosed('6', 'true')).toBe(false)
        expect(incidentIsClosed('2', 'false')).toBe(true)
        expect(planIncidentAction(false, null)).toBe('create')
        expect(planIncidentAction(true, null)).toBe('skip_resolved_issue')
        expect(planIncidentAction(false, { exists: true, state: '8', active: 'false' })).toBe('skip_closed')
        expect(planIncidentAction(true, { exists: true, state: '2', active: 'true' })).toBe('update')
    })
})

describe('HTML to text', () => {
    it('drops markup and scripts, keeps line structure and entities', () => {
        expect(
            htmlToText(
                '<p>Title:</p><ul><li>One</li><li>Two &lt;b&gt;</li></ul><img src=x onerror=alert(1)><script>steal()</script>done&#39;s',
            ),
        ).toBe("Title:\n- One\n- Two <b>\n\ndone's")
        expect(htmlToText('a<br>b &nbsp; c<b')).toBe('a\nb c')
    })
})
