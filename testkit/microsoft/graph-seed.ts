// Deterministic, realistic Microsoft 365 service-health data (serviceHealthIssue / serviceUpdateMessage shapes of
// Graph v1.0). Some posts carry <script>, on* attributes and javascript: links so the app's sanitizing is exercised.

export interface IssuePost {
    createdDateTime: string
    postType: 'regular' | 'quick' | 'strategic'
    description: { contentType: 'html' | 'text'; content: string }
}

export interface ServiceHealthIssue {
    id: string
    title: string
    service: string
    feature: string
    featureGroup: string
    impactDescription: string
    classification: 'advisory' | 'incident'
    origin: 'microsoft' | 'thirdParty' | 'customer'
    status: string
    isResolved: boolean
    startDateTime: string
    endDateTime: string | null
    lastModifiedDateTime: string
    details: { name: string; value: string }[]
    posts: IssuePost[]
}

export interface ServiceUpdateMessage {
    id: string
    title: string
    services: string[]
    category: 'preventOrFixIssue' | 'planForChange' | 'stayInformed'
    severity: 'normal' | 'high' | 'critical'
    tags: string[]
    isMajorChange: boolean
    actionRequiredByDateTime: string | null
    startDateTime: string
    endDateTime: string | null
    lastModifiedDateTime: string
    body: { contentType: 'html'; content: string }
    details: { name: string; value: string }[]
    hasAttachments: boolean
}

export interface ServiceDef {
    id: string
    name: string
    prefix: string
    features: [featureGroup: string, feature: string][]
}

export const SERVICES: ServiceDef[] = [
    {
        id: 'Exchange',
        name: 'Exchange Online',
        prefix: 'EX',
        features: [
            ['E-Mail and calendar access', 'Mail flow'],
            ['E-Mail and calendar access', 'Calendaring'],
            ['Networking Issues', 'Networking'],
            ['Management and Provisioning', 'Exchange admin center'],
        ],
    },
    {
        id: 'microsoftteams',
        name: 'Microsoft Teams',
        prefix: 'TM',
        features: [
            ['Teams Components', 'Chat'],
            ['Teams Components', 'Meetings'],
            ['Teams Components', 'Calling'],
            ['Teams Components', 'Teams Rooms'],
        ],
    },
    {
        id: 'SharePoint',
        name: 'SharePoint Online',
        prefix: 'SP',
        features: [
            ['SharePoint Features', 'Search'],
            ['SharePoint Features', 'Sites and pages'],
            ['SharePoint Features', 'Lists and libraries'],
        ],
    },
    {
        id: 'OneDriveForBusiness',
        name: 'OneDrive for Business',
        prefix: 'OD',
        features: [
            ['OneDrive for Business', 'Sync client'],
            ['OneDrive for Business', 'File sharing'],
        ],
    },
    {
        id: 'O365Client',
        name: 'Microsoft 365 apps',
        prefix: 'OP',
        features: [
            ['Office client applications', 'Outlook'],
            ['Office client applications', 'Word'],
            ['Office client applications', 'Excel'],
        ],
    },
    {
        id: 'OrgLiveID',
        name: 'Microsoft Entra',
        prefix: 'AD',
        features: [
            ['Microsoft Entra', 'Sign-in'],
            ['Microsoft Entra', 'Conditional Access'],
            ['Microsoft Entra', 'Multifactor authentication'],
        ],
    },
    {
        id: 'OSDPPlatform',
        name: 'Microsoft 365 suite',
        prefix: 'MO',
        features: [
            ['Portal', 'Microsoft 365 admin center'],
            ['Administration', 'Licensing'],
            ['Administration', 'Service health'],
        ],
    },
    {
        id: 'Intune',
        name: 'Microsoft Intune',
        prefix: 'IT',
        features: [
            ['Microsoft Intune', 'Device enrollment'],
            ['Microsoft Intune', 'App deployment'],
        ],
    },
    {
        id: 'PowerBIcom',
        name: 'Power BI',
        prefix: 'PB',
        features: [
            ['Power BI', 'Report rendering'],
            ['Power BI', 'Dataset refresh'],
        ],
    },
    { id: 'Planner', name: 'Planner', prefix: 'PL', features: [['Planner', 'Task management']] },
]

const PROBLEMS = [
    ['Users may be unable to {verb} {feature}', 'Users may be unable to {verb} {feature} in {service}.'],
    [
        'Some users may experience delays when using {feature}',
        'Users may notice delays of up to 30 minutes when using {feature}.',
    ],
    [
        'Users may see errors when accessing {feature}',
        'Users may receive an error stating "Something went wrong" when accessing {feature}.',
    ],
    [
        'Admins may be unable to manage {feature} settings',
        'Admins may be unable to view or change {feature} settings in the {service} admin experience.',
    ],
    [
        'Users may intermittently be unable to sign in to {feature}',
        'Users may be intermittently prompted for credentials or be unable to sign in to {feature}.',
    ],
] as const
const VERBS = ['access', 'use', 'load', 'open', 'send messages with']
const ACTIVE = [
    'investigating',
    'serviceDegradation',
    'serviceInterruption',
    'restoringService',
    'extendedRecovery',
    'verifyingService',
]
const RESOLVED = ['serviceRestored', 'postIncidentReviewPublished', 'falsePositive', 'resolved']
const RESOLVED_SET = new Set(RESOLVED)

/** mulberry32: a tiny deterministic PRNG so the same seed always yields the same tenant. */
export function rng(seed: number): () => number {
    let a = seed >>> 0
    return () => {
        a = (a + 0x6d2b79f5) >>> 0
        let t = a
        t = Math.imul(t ^ (t >>> 15), t | 1)
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]
const iso = (ms: number) => new Date(ms).toISOString()
const fill = (s: string, v: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_m, k: string) => v[k] ?? '')

export const isResolvedStatus = (status: string): boolean => RESOLVED_SET.has(status)

/** Deliberately hostile markup in some posts: the app must sanitize before showing it. */
const HOSTILE = [
    '<script>alert("m365-sandbox-xss")</script>',
    '<img src="x" onerror="alert(\'m365-sandbox-xss\')">',
    '<a href="javascript:alert(\'m365-sandbox-xss\')" onclick="steal()">More information</a>',
    '<p onmouseover="alert(1)" style="color:red">Hover for details</p>',
    '<iframe src="https://example.invalid/phish"></iframe>',
]

function postHtml(v: Record<string, string>, status: string, nextUpdate: string, hostile: string | undefined): string {
    const parts = [
        `<p><b>Title:</b> ${v.title}</p>`,
        `<p><b>User impact:</b> ${v.impact}</p>`,
        `<p><b>More info:</b> Affected users may see the problem in the ${v.feature} experience across desktop, web and mobile clients.</p>`,
        `<p><b>Current status:</b> ${RESOLVED_SET.has(status) ? 'We have confirmed that the deployed fix has resolved the problem.' : 'We are reviewing service telemetry and recent changes to identify the cause.'}</p>`,
        `<p><b>Scope of impact:</b> Some users served through the affected infrastructure may be impacted.</p>`,
        RESOLVED_SET.has(status)
            ? `<p><b>Root cause:</b> A recent configuration change caused a subset of requests to fail.</p>`
            : `<p><b>Next update by:</b> ${nextUpdate}</p>`,
    ]
    if (hostile) parts.splice(2, 0, hostile)
    return parts.join('\n')
}

export function generateIssue(
    r: () => number,
    index: number,
    baseTimeMs: number,
    usedIds: Set<string>,
): ServiceHealthIssue {
    const svc = SERVICES[index % SERVICES.length]
    const [featureGroup, feature] = pick(r, svc.features)
    let id: string
    do id = `${svc.prefix}${100000 + Math.floor(r() * 900000)}`
    while (usedIds.has(id))
    usedIds.add(id)
    const problem = pick(r, PROBLEMS)
    const v: Record<string, string> = { feature, service: svc.name, verb: pick(r, VERBS) }
    v.title = fill(problem[0], v)
    v.impact = fill(problem[1], v)
    const start = baseTimeMs - Math.floor(r() * 30 * 86400_000)
    const resolved = r() < 0.45
    const status = resolved ? pick(r, RESOLVED) : pick(r, ACTIVE)
    const postCount = 1 + Math.floor(r() * 3)
    const span = Math.max(60_000, Math.min(baseTimeMs - start, 3 * 86400_000))
    const posts: IssuePost[] = []
    for (let p = 0; p < postCount; p++) {
        const at = start + Math.floor(((p + 1) / (postCount + 1)) * span)
        const hostile =
            index % 5 === 2 && p === postCount - 1 ? HOSTILE[Math.floor(index / 5) % HOSTILE.length] : undefined
        posts.push({
            createdDateTime: iso(at),
            postType: p === 0 && r() < 0.3 ? 'quick' : 'regular',
            description: { contentType: 'html', content: postHtml(v, status, iso(at + 4 * 3600_000), hostile) },
        })
    }
    const last = Date.parse(posts[posts.length - 1].createdDateTime) + Math.floor(r() * 600_000)
    return {
        id,
        title: v.title,
        service: svc.name,
        feature,
        featureGroup,
        impactDescription: v.impact,
        classification: r() < 0.6 ? 'incident' : 'advisory',
        origin: r() < 0.9 ? 'microsoft' : 'thirdParty',
        status,
        isResolved: resolved,
        startDateTime: iso(start),
        endDateTime: resolved ? iso(last) : null,
        lastModifiedDateTime: iso(Math.min(last, baseTimeMs)),
        details: [{ name: 'NotifyInApp', value: r() < 0.5 ? 'True' : 'False' }],
        posts,
    }
}

export function generateIssues(count: number, seed: number, baseTimeMs: number): ServiceHealthIssue[] {
    const r = rng(seed)
    const used = new Set<string>()
    const out: ServiceHealthIssue[] = []
    for (let i = 0; i < count; i++) out.push(generateIssue(r, i, baseTimeMs, used))
    return out
}

const MESSAGE_TITLES = [
    ['Retirement of {feature} legacy experience', 'planForChange'],
    ['(Updated) New admin controls for {feature}', 'stayInformed'],
    ['Action required: update {feature} configuration before the change', 'preventOrFixIssue'],
    ['Microsoft 365 roadmap: {feature} improvements rolling out', 'stayInformed'],
] as const

export function generateMessages(count: number, seed: number, baseTimeMs: number): ServiceUpdateMessage[] {
    const r = rng(seed ^ 0x5eed)
    const out: ServiceUpdateMessage[] = []
    const used = new Set<string>()
    for (let i = 0; i < count; i++) {
        const svc = SERVICES[(i * 3) % SERVICES.length]
        const [, feature] = pick(r, svc.features)
        const [title, category] = pick(r, MESSAGE_TITLES)
        let id: string
        do id = `MC${100000 + Math.floor(r() * 900000)}`
        while (used.has(id))
        used.add(id)
        const start = baseTimeMs - Math.floor(r() * 60 * 86400_000)
        const actionBy = category === 'preventOrFixIssue' ? iso(start + 45 * 86400_000) : null
        const hostile = i % 6 === 4 ? HOSTILE[i % HOSTILE.length] : ''
        out.push({
            id,
            title: fill(title, { feature }),
            services: [svc.name],
            category,
            severity: category === 'preventOrFixIssue' ? 'high' : 'normal',
            tags: category === 'planForChange' ? ['Retirement', 'Admin impact'] : ['Feature update'],
            isMajorChange: category !== 'stayInformed' && r() < 0.5,
            actionRequiredByDateTime: actionBy,
            startDateTime: iso(start),
            endDateTime: iso(start + 90 * 86400_000),
            lastModifiedDateTime: iso(Math.min(baseTimeMs, start + Math.floor(r() * 5 * 86400_000))),
            body: {
                contentType: 'html',
                content: `<p>We are making a change to ${feature} in ${svc.name}.</p>${hostile}<p><b>How this will affect your organization:</b> users will see the updated experience.</p><p><b>What you need to do to prepare:</b> review your configuration and inform your helpdesk.</p>`,
            },
            details: [{ name: 'Summary', value: `Change to ${feature}` }],
            hasAttachments: false,
        })
    }
    return out
}
