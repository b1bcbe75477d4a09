import { stem, stemmedWords } from './health-text.ts'
import { roundHalfUp } from './numbers.ts'
import { own } from './own-key.ts'
import { stableSort } from './stable-sort.ts'

// Ranks active Microsoft 365 service health issues for an incident by its short description (and description).
// Pure: the caller passes the incident text and the candidate issues.
//
// How a score is built (each part is listed in `reasons` so an agent can see why an issue was suggested):
// - service: the incident names the issue's service or a word users say for it (Outlook, OWA, mail -> Exchange
//   Online; intranet -> SharePoint; login, MFA -> Entra ...);
// - topic: the incident and the issue share a symptom area (mail delivery, joining meetings, sync, sign-in ...),
//   worth more when the issue's own feature names that area;
// - words: other words the incident shares with the issue's title (full weight) or impact text (half), weighted by
//   how rare they are among the candidate issues so "users" or "error" count for little.
// Words from the short description count fully, words only in the description count DESCRIPTION_WEIGHT.
// An issue is suggested only with a service or topic hit and a total of at least `threshold`.

export interface MatchableIssue {
    id: string
    title: string
    service: string
    feature: string
    featureGroup?: string
    impactDescription?: string
    isResolved?: boolean
}

export interface IncidentText {
    shortDescription: string
    description?: string
}

export interface MatchScore {
    issueId: string
    score: number
    reasons: string[]
}

export interface MatchOptions {
    limit?: number
    threshold?: number
}

export const DEFAULT_MATCH_THRESHOLD = 4.5
export const DESCRIPTION_WEIGHT = 0.6
const SERVICE_WEIGHT = 3
const TOPIC_WEIGHT = 2
const FEATURE_TOPIC_WEIGHT = 3
const TITLE_WORD_WEIGHT = 1.5
const IMPACT_WORD_WEIGHT = 0.75

interface Concept {
    id: string
    label: string
    /** Phrases as users and Microsoft write them; stemmed and matched on word boundaries. */
    terms: string[]
}

// Services: the id is matched against the issue's service name (SERVICE_OF below).
const SERVICES: Concept[] = [
    { id: 'exchange', label: 'Exchange Online', terms: ['exchange', 'exchange online', 'email', 'e mail', 'mail', 'mailbox', 'shared mailbox', 'outlook', 'owa', 'outlook web', 'outlook on the web', 'inbox', 'outbox', 'calendar', 'eac', 'distribution list'] },
    { id: 'teams', label: 'Microsoft Teams', terms: ['teams', 'ms teams', 'microsoft teams'] },
    { id: 'sharepoint', label: 'SharePoint Online', terms: ['sharepoint', 'share point', 'spo', 'intranet', 'team site', 'document library'] },
    { id: 'onedrive', label: 'OneDrive for Business', terms: ['onedrive', 'one drive', 'odb', 'odfb'] },
    { id: 'entra', label: 'Microsoft Entra', terms: ['entra', 'azure ad', 'azure active directory', 'aad', 'aadsts', 'sign in', 'signin', 'sign on', 'login', 'log in', 'logon', 'log on', 'mfa', 'multi factor', 'multifactor', '2fa', 'two factor', 'authenticator', 'conditional access', 'sso', 'single sign on', 'credential', 'password prompt'] },
    { id: 'intune', label: 'Microsoft Intune', terms: ['intune', 'company portal', 'autopilot', 'enroll', 'enrol', 'enrollment', 'enrolment', 'managed device', 'mdm', 'endpoint manager'] },
    { id: 'powerbi', label: 'Power BI', terms: ['power bi', 'powerbi', 'pbi'] },
    { id: 'apps', label: 'Microsoft 365 apps', terms: ['office app', 'office apps', 'word', 'excel', 'powerpoint', 'outlook desktop', 'classic outlook', 'outlook client', 'office client', 'workbook', 'co author', 'coauthor'] },
    { id: 'suite', label: 'Microsoft 365 suite', terms: ['admin center', 'admin centre', 'admin portal', 'm365 admin', 'o365 admin', 'license', 'licence', 'licensing', 'licencing'] },
    { id: 'planner', label: 'Planner', terms: ['planner'] },
]

// Graph service names (serviceHealthIssue.service) -> service concept.
const SERVICE_OF: Record<string, string> = {
    'exchange online': 'exchange',
    'microsoft teams': 'teams',
    'sharepoint online': 'sharepoint',
    'onedrive for business': 'onedrive',
    'microsoft entra': 'entra',
    'azure active directory': 'entra',
    'identity service': 'entra',
    'microsoft intune': 'intune',
    'power bi': 'powerbi',
    'microsoft 365 apps': 'apps',
    'office client applications': 'apps',
    'microsoft 365 suite': 'suite',
    planner: 'planner',
}

// Symptom areas, across services.
const TOPICS: Concept[] = [
    { id: 'mailflow', label: 'mail delivery', terms: ['mail flow', 'mailflow', 'send', 'receive', 'deliver', 'delivery', 'bounce', 'ndr', 'non delivery', 'outbox', 'arrive', 'external email', 'external recipient', 'queue'] },
    { id: 'calendar', label: 'calendar', terms: ['calendar', 'calendaring', 'invite', 'invitation', 'meeting request', 'appointment', 'accept', 'decline'] },
    { id: 'mailadmin', label: 'mailbox administration', terms: ['permission', 'full access', 'send as', 'send on behalf', 'exchange admin center', 'eac'] },
    { id: 'meetings', label: 'meetings', terms: ['teams meeting', 'join meeting', 'joining meeting', 'join the meeting', 'join now', 'meeting link', 'video call', 'video conference', 'conference call', 'couldn t connect you', 'live event', 'webinar', 'join'] },
    { id: 'chat', label: 'chat', terms: ['chat', 'group chat', 'instant message', 'im', 'chat message', 'channel message'] },
    { id: 'calling', label: 'calling', terms: ['pstn', 'phone call', 'calling', 'dial', 'dial out', 'landline', 'phone system', 'calling plan', 'incoming call', 'outbound call', 'external call', 'operator connect', 'voicemail'] },
    { id: 'search', label: 'search', terms: ['search', 'search result', 'find', 'index', 'indexing'] },
    { id: 'sites', label: 'sites and pages', terms: ['site', 'page', 'team site', 'intranet', '503', 'service unavailable'] },
    { id: 'sync', label: 'file sync', terms: ['sync', 'synchronise', 'synchronize', 'synchronization', 'pending', 'processing change', 'upload'] },
    { id: 'sharing', label: 'sharing', terms: ['share', 'sharing', 'sharing link', 'copy link', 'external sharing', 'anyone link'] },
    { id: 'signin', label: 'sign-in', terms: ['sign in', 'signin', 'login', 'log in', 'logon', 'log on', 'credential', 'password prompt', 'aadsts', 'authenticate', 'authentication', 'sso', 'single sign on'] },
    { id: 'mfa', label: 'multifactor authentication', terms: ['mfa', 'multifactor', 'multi factor', '2fa', 'two factor', 'authenticator', 'push notification', 'approve request', 'approval', 'verification code', 'otp'] },
    { id: 'ca', label: 'Conditional Access', terms: ['conditional access', 'ca policy', 'not applied', 'policy not enforced'] },
    { id: 'enrollment', label: 'device enrollment', terms: ['enroll', 'enrol', 'enrollment', 'enrolment', 'autopilot', 'company portal', 'register device', '0x80180014'] },
    { id: 'appdeploy', label: 'app deployment', terms: ['app deployment', 'deploy', 'deployment', 'required app', 'install', 'managed device'] },
    { id: 'reports', label: 'reports and dashboards', terms: ['report', 'dashboard', 'visual', 'render', 'rendering', 'blank visual'] },
    { id: 'refresh', label: 'dataset refresh', terms: ['refresh', 'dataset', 'semantic model', 'gateway', 'scheduled refresh'] },
    { id: 'outlookclient', label: 'Outlook client', terms: ['outlook desktop', 'classic outlook', 'outlook client', 'attachment', 'crash', 'freeze', 'hang', 'not responding', 'stop responding'] },
    { id: 'coauthoring', label: 'co-authoring', terms: ['co author', 'coauthor', 'co authoring', 'coauthoring', 'upload blocked', 'read only', 'shared workbook'] },
    { id: 'admincenter', label: 'admin center', terms: ['admin center', 'admin centre', 'admin portal'] },
    { id: 'licensing', label: 'licensing', terms: ['license', 'licence', 'licensing', 'licencing', 'e3', 'e5', 'assign license'] },
    { id: 'tasks', label: 'tasks', terms: ['task', 'bucket', 'due date', 'planner board', 'plan'] },
]

// Words that say nothing about which issue is meant (Microsoft's "Users may be unable to ..." style included).
const STOP = new Set(
    (
        'a an and are as at be been but by can cannot cant could did do does doesnt dont for from get gets getting has have ' +
        'he her his how i if in into is isnt it its me my no not of on or our out she so some than that the their them ' +
        'then there they this to too up us was we were what when where which while who will with won wont would you your ' +
        'user users may might unable able issue issues problem problems error errors see seeing saw work working ' +
        'microsoft 365 m365 o365 office please help urgent asap since today morning yesterday still also again all any ' +
        'every everyone people staff colleague team new one two some several multiple when whenever time times just ' +
        'experience experiencing report reported reporting affect affected impact impacted admin admins'
    )
        .split(' ')
        .map(stem),
)

interface Phrase {
    words: string[]
    text: string
}

interface CompiledConcept {
    id: string
    label: string
    phrases: Phrase[]
}

function compile(concepts: Concept[]): CompiledConcept[] {
    return concepts.map((c) => ({ id: c.id, label: c.label, phrases: c.terms.map((t) => ({ words: stemmedWords(t), text: t })) }))
}

const SERVICE_CONCEPTS = compile(SERVICES)
const TOPIC_CONCEPTS = compile(TOPICS)

function containsPhrase(words: string[], phrase: string[]): boolean {
    if (!phrase.length) return false
    outer: for (let i = 0; i + phrase.length <= words.length; i++) {
        for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer
        return true
    }
    return false
}

/** Concept id -> the phrases that matched, in a stemmed word list. */
function findConcepts(words: string[], concepts: CompiledConcept[]): Record<string, string[]> {
    const found: Record<string, string[]> = {}
    for (const c of concepts) {
        for (const p of c.phrases) {
            if (containsPhrase(words, p.words)) (found[c.id] = found[c.id] || []).push(p.text)
        }
    }
    return found
}

/** Service concept of a Graph service name; '' when the service is not one we know words for. */
export function serviceConceptOf(service: string): string {
    return own(SERVICE_OF, String(service || '').toLowerCase().trim()) || ''
}

interface IncidentProfile {
    /** Concept/word -> weight (1 from the short description, DESCRIPTION_WEIGHT from the description only). */
    services: Record<string, { weight: number; terms: string[] }>
    topics: Record<string, { weight: number; terms: string[] }>
    words: Record<string, number>
}

function profileIncident(inc: IncidentText): IncidentProfile {
    const p: IncidentProfile = { services: {}, topics: {}, words: {} }
    const parts: [string, number][] = [
        [inc.shortDescription || '', 1],
        [inc.description || '', DESCRIPTION_WEIGHT],
    ]
    for (const [text, weight] of parts) {
        const words = stemmedWords(text)
        const addConcepts = (into: IncidentProfile['services'], found: Record<string, string[]>) => {
            for (const id of Object.keys(found)) {
                const cur = into[id]
                if (!cur || cur.weight < weight) into[id] = { weight, terms: found[id] }
            }
        }
        addConcepts(p.services, findConcepts(words, SERVICE_CONCEPTS))
        addConcepts(p.topics, findConcepts(words, TOPIC_CONCEPTS))
        for (const w of words) if (!STOP.has(w) && w.length > 1 && !(p.words[w] >= weight)) p.words[w] = weight
    }
    return p
}

interface IssueProfile {
    issue: MatchableIssue
    service: string
    featureTopics: Set<string>
    topics: Set<string>
    titleWords: Set<string>
    impactWords: Set<string>
}

function profileIssue(issue: MatchableIssue): IssueProfile {
    const featureWords = stemmedWords((issue.feature || '') + ' ' + (issue.featureGroup || ''))
    const titleWords = stemmedWords(issue.title || '')
    const impactWords = stemmedWords(issue.impactDescription || '')
    const featureTopics = new Set(Object.keys(findConcepts(featureWords, TOPIC_CONCEPTS)))
    const topics = new Set(Object.keys(findConcepts(titleWords.concat(['.'], impactWords, ['.'], featureWords), TOPIC_CONCEPTS)))
    const serviceWords = new Set(stemmedWords(issue.service || ''))
    const keep = (w: string) => !STOP.has(w) && w.length > 1 && !serviceWords.has(w)
    return {
        issue,
        service: serviceConceptOf(issue.service),
        featureTopics,
        topics,
        titleWords: new Set(titleWords.filter(keep)),
        impactWords: new Set(impactWords.filter(keep)),
    }
}

function round2(n: number): number {
    return roundHalfUp(n * 100) / 100
}

/**
 * Active issues ranked for the incident, best first, only those at or above the threshold. Resolved issues are
 * skipped. Ties keep the order of `issues`.
 */
export function rankIssues(incident: IncidentText, issues: MatchableIssue[], opts: MatchOptions = {}): MatchScore[] {
    const threshold = opts.threshold !== undefined ? opts.threshold : DEFAULT_MATCH_THRESHOLD
    const limit = opts.limit !== undefined ? opts.limit : 5
    const inc = profileIncident(incident)
    const profiles = issues.filter((i) => !i.isResolved).map(profileIssue)

    // Inverse document frequency over the candidates: a word in every issue's title tells nothing apart.
    const df: Record<string, number> = {}
    for (const p of profiles) {
        const seen = new Set<string>()
        p.titleWords.forEach((w) => seen.add(w))
        p.impactWords.forEach((w) => seen.add(w))
        seen.forEach((w) => (df[w] = (df[w] || 0) + 1))
    }
    const idf = (w: string) => Math.log(1 + profiles.length / (df[w] || 1)) / Math.log(1 + profiles.length)

    const scored: { s: MatchScore; order: number }[] = []
    profiles.forEach((p, order) => {
        const reasons: string[] = []
        let score = 0
        let anchored = false

        const svc = p.service ? inc.services[p.service] : undefined
        if (svc) {
            score += SERVICE_WEIGHT * svc.weight
            anchored = true
            reasons.push('service ' + p.issue.service + ' (' + svc.terms.join(', ') + ')')
        }
        for (const topic of Object.keys(inc.topics)) {
            if (!p.topics.has(topic)) continue
            const t = inc.topics[topic]
            const inFeature = p.featureTopics.has(topic)
            score += (inFeature ? FEATURE_TOPIC_WEIGHT : TOPIC_WEIGHT) * t.weight
            anchored = true
            const label = (TOPIC_CONCEPTS.filter((c) => c.id === topic)[0] || { label: topic }).label
            reasons.push((inFeature ? 'feature ' : 'topic ') + label + ' (' + t.terms.join(', ') + ')')
        }
        const shared: string[] = []
        for (const w of Object.keys(inc.words)) {
            const weight = p.titleWords.has(w) ? TITLE_WORD_WEIGHT : p.impactWords.has(w) ? IMPACT_WORD_WEIGHT : 0
            if (!weight) continue
            score += weight * idf(w) * inc.words[w]
            shared.push(w)
        }
        if (shared.length) reasons.push('shared words: ' + shared.join(', '))
        if (anchored && score >= threshold) scored.push({ s: { issueId: p.issue.id, score: round2(score), reasons }, order })
    })
    return stableSort(scored, (a, b) => b.s.score - a.s.score)
        .slice(0, Math.max(0, limit))
        .map((x) => x.s)
}

/** The best issue id for the incident, or '' when none reaches the threshold. */
export function bestIssueId(incident: IncidentText, issues: MatchableIssue[], opts: MatchOptions = {}): string {
    const r = rankIssues(incident, issues, { ...opts, limit: 1 })
    return r.length ? r[0].issueId : ''
}
