import { BREAK, canonicalFolded, detectLanguage, englishWords, isContentWord } from './match-analyze.ts'
import { extractCodes, foldText } from './match-text.ts'
import { TOPICS } from './match-topics.ts'
import { nonM365Of, scanLongest, topicsOf } from './match-phrases.ts'
import { buildServiceCatalog, ServiceCatalog, serviceKey, shortName } from './match-catalog.ts'
import { roundHalfUp } from '../../domain/numbers.ts'
import { stableSort } from '../../domain/stable-sort.ts'

// Ranks active Microsoft 365 service health issues for an incident written in English, French, Danish or Simplified
// Chinese. Pure and deterministic (the same answer on Node and on the instance's Rhino): the caller passes the
// incident text, the candidate issues and the service names healthOverviews reports.
//
// Both sides are first reduced to canonical English words (match-analyze.ts). A score adds, each listed in `reasons`:
// - service: the incident names the issue's service, by its name or distinctive words (match-catalog.ts, from the
//   data) or an alias (Outlook, OWA, mail -> Exchange Online; "公司门户" -> Intune ...); a weak alias counts half, and
//   a named service with few active issues adds SINGLE_ISSUE_BONUS shared among them;
// - the issue's own text names the service the incident names ("... in Outlook, Teams and SharePoint");
// - error code: a code in the incident (0x8004de40, AADSTS50076, 5.7.1) appears in the issue (title, impact, posts);
// - symptom area (match-topics.ts): the incident and the issue share an area (mail delivery, joining meetings, sync
//   ...), more when the area is the issue's feature;
// - words: other words the incident shares with the issue's title and feature (full weight) or impact (half),
//   weighted by how rare they are among the candidate issues so that "email" or "users" count for little.
// It loses OTHER_SERVICE_PENALTY when the incident names another service and points at this one in no way. Words from
// the short description count fully, words only in the description DESCRIPTION_WEIGHT. An issue is suggested with a
// service or code hit and a total of at least `threshold`, or with a shared area alone at NO_SERVICE_THRESHOLD. An
// incident about a printer, a VPN or another vendor's product (NON_M365) gets nothing unless it names a Microsoft 365
// service. Excluded issues (agents said "not related") are never suggested.

export interface MatchableIssue {
    id: string
    title: string
    service: string
    feature: string
    featureGroup?: string
    impactDescription?: string
    isResolved?: boolean
    /** More issue text searched for error codes only (the posts). */
    details?: string
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
    /** Service names healthOverviews reports; the issues' own services are always included. */
    services?: string[]
    /** Issue ids never suggested (agents said they are not related to this incident). */
    exclude?: string[]
}

export const DEFAULT_MATCH_THRESHOLD = 4.5
export const NO_SERVICE_THRESHOLD = 6.5
export const DESCRIPTION_WEIGHT = 0.75
const STRONG_SERVICE_WEIGHT = 3
const WEAK_SERVICE_WEIGHT = 1.5
const OTHER_SERVICE_PENALTY = 3
const SINGLE_ISSUE_BONUS = 1.5
const NAMED_IN_ISSUE_WEIGHT = 1.5
const CODE_WEIGHT = 6
const TOPIC_WEIGHT = 1.5
const FEATURE_TOPIC_WEIGHT = 2.5
const TITLE_WORD_WEIGHT = 1.5
const IMPACT_WORD_WEIGHT = 0.75

// ---- issues ----

interface IssueProfile {
    issue: MatchableIssue
    order: number
    key: string
    featureTopics: Map<number, boolean>
    topics: Map<number, boolean>
    titleWords: Map<string, boolean>
    impactWords: Map<string, boolean>
    codes: string[]
    /** Other services the issue's text names ("... in Outlook, Teams and SharePoint"). */
    mentions: Map<string, boolean>
}

export interface PreparedIssues {
    catalog: ServiceCatalog
    profiles: IssueProfile[]
    /** Content word -> in how many active issues it appears. */
    df: Map<string, number>
    /** Service key -> number of active issues. */
    perService: Map<string, number>
}

function wordSet(words: string[], keep: (w: string) => boolean): Map<string, boolean> {
    const m = new Map<string, boolean>()
    for (let i = 0; i < words.length; i++) if (keep(words[i])) m.set(words[i], true)
    return m
}

function topicSet(words: string[]): Map<number, boolean> {
    const m = new Map<number, boolean>()
    topicsOf(words).forEach((_v, k) => m.set(k, true))
    return m
}

/** The active issues analysed once; rank any number of incidents against them with rankPrepared. */
export function prepareIssues(issues: MatchableIssue[], serviceNames: string[] = []): PreparedIssues {
    const active = issues.filter((i) => i && !i.isResolved)
    const catalog = buildServiceCatalog(serviceNames.concat(active.map((i) => i.service)))
    const profiles: IssueProfile[] = []
    const df = new Map<string, number>()
    const perService = new Map<string, number>()
    const ownWords = new Map<string, Map<string, boolean>>()
    const featureWords = new Map<string, string[]>()
    active.forEach((issue, order) => {
        const featureText = (issue.feature || '') + ' . ' + (issue.featureGroup || '')
        const feature = featureWords.get(featureText) || englishWords(featureText)
        featureWords.set(featureText, feature)
        const foldedTitle = foldText(issue.title || '')
        const foldedImpact = foldText(issue.impactDescription || '')
        const title = canonicalFolded(foldedTitle, 'en')
        const impact = canonicalFolded(foldedImpact, 'en')
        const key = serviceKey(issue.service)
        let own = ownWords.get(key)
        if (!own) {
            own = wordSet(shortName(issue.service).concat(englishWords(issue.service || '')), () => true)
            ownWords.set(key, own)
        }
        const ownSet = own
        const keep = (w: string) => isContentWord(w) && !ownSet.has(w)
        const titleWords = wordSet(title.concat(feature), keep)
        const impactWords = wordSet(impact, keep)
        const seen = new Map<string, boolean>()
        titleWords.forEach((_v, w) => seen.set(w, true))
        impactWords.forEach((_v, w) => seen.set(w, true))
        seen.forEach((_v, w) => {
            df.set(w, (df.get(w) || 0) + 1)
            catalog.vocab.set(w, true)
        })
        const all = title.concat([BREAK], impact, [BREAK], feature)
        perService.set(key, (perService.get(key) || 0) + 1)
        const mentions = new Map<string, boolean>()
        scanLongest(
            catalog.table,
            title.concat([BREAK], impact),
            (m) => m.strong && m.key !== key && mentions.set(m.key, true),
        )
        profiles.push({
            issue,
            order,
            key,
            mentions,
            featureTopics: topicSet(feature),
            topics: topicSet(all),
            titleWords,
            impactWords,
            codes: extractCodes(foldedTitle + ' ' + foldedImpact),
        })
    })
    return { catalog, profiles, df, perService }
}

// ---- incidents ----

interface Weighted {
    weight: number
    terms: string[]
}

interface IncidentProfile {
    strong: Map<string, Weighted>
    weak: Map<string, Weighted>
    topics: Map<number, Weighted>
    words: Map<string, number>
    codes: string[]
    nonM365: string[]
}

function note(into: Map<string | number, Weighted>, key: string | number, weight: number, term: string): void {
    const cur = into.get(key)
    if (!cur || cur.weight < weight) into.set(key, { weight, terms: [term] })
    else if (cur.weight === weight && cur.terms.indexOf(term) < 0) cur.terms.push(term)
}

function profileIncident(inc: IncidentText, prepared: PreparedIssues): IncidentProfile {
    const short = String(inc.shortDescription || '')
    const desc = String(inc.description || '')
    // One language for both parts: the short description alone is often too short to tell.
    const lang = detectLanguage(short + '\n' + desc)
    const p: IncidentProfile = {
        strong: new Map(),
        weak: new Map(),
        topics: new Map(),
        words: new Map(),
        codes: [],
        nonM365: [],
    }
    const parts: [string, number][] = [
        [short, 1],
        [desc, DESCRIPTION_WEIGHT],
    ]
    for (let k = 0; k < parts.length; k++) {
        const [text, weight] = parts[k]
        if (!text) continue
        const folded = foldText(text)
        const words = canonicalFolded(folded, lang, prepared.catalog.vocab)
        scanLongest(prepared.catalog.table, words, (m, ph) =>
            note((m.strong ? p.strong : p.weak) as Map<string | number, Weighted>, m.key, weight, ph.text),
        )
        topicsOf(words).forEach((terms, n) =>
            terms.forEach((t) => note(p.topics as Map<string | number, Weighted>, n, weight, t)),
        )
        nonM365Of(words).forEach((m) => p.nonM365.indexOf(m) < 0 && p.nonM365.push(m))
        for (let i = 0; i < words.length; i++)
            if (isContentWord(words[i]) && !((p.words.get(words[i]) || 0) >= weight)) p.words.set(words[i], weight)
        extractCodes(folded).forEach((c) => p.codes.indexOf(c) < 0 && p.codes.push(c))
    }
    return p
}

function escapeRegex(s: string): string {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function sharedCode(codes: string[], pr: IssueProfile): string {
    for (let i = 0; i < codes.length; i++) {
        const c = codes[i]
        if (pr.codes.indexOf(c) >= 0) return c
        const d = pr.issue.details
        if (!d) continue
        // Posts are searched only for the incident's codes, case-insensitively, as whole tokens (0x optional on hex).
        const body = c.indexOf('0x') === 0 ? '(0x)?' + escapeRegex(c.slice(2)) : escapeRegex(c)
        if (new RegExp('(^|[^a-z0-9])' + body + '($|[^a-z0-9])', 'i').test(d)) return c
    }
    return ''
}

function round2(n: number): number {
    return roundHalfUp(n * 100) / 100
}

/** Active issues ranked for the incident, best first, only those suggested (see the top of this file). */
export function rankPrepared(incident: IncidentText, prepared: PreparedIssues, opts: MatchOptions = {}): MatchScore[] {
    const threshold = opts.threshold !== undefined ? opts.threshold : DEFAULT_MATCH_THRESHOLD
    const limit = opts.limit !== undefined ? opts.limit : 5
    const inc = profileIncident(incident, prepared)
    if (inc.nonM365.length && !inc.strong.size) return []
    const n = prepared.profiles.length
    const excluded = new Map<string, boolean>()
    ;(opts.exclude || []).forEach((id) => excluded.set(String(id), true))
    // Rarity of a word among the candidates: 1 for a word in one issue, falling as more issues share it.
    const spread = n > 30 ? n : 30
    const rarity = (w: string) => 1 / (1 + (20 * ((prepared.df.get(w) || 1) - 1)) / spread)

    const scored: { s: MatchScore; order: number }[] = []
    for (let x = 0; x < n; x++) {
        const pr = prepared.profiles[x]
        if (excluded.has(String(pr.issue.id))) continue
        const reasons: string[] = []
        let score = 0
        let anchored = false
        const name = prepared.catalog.names.get(pr.key) || pr.issue.service

        const strong = inc.strong.get(pr.key)
        const weak = inc.weak.get(pr.key)
        const sw = strong ? STRONG_SERVICE_WEIGHT * strong.weight : 0
        const ww = weak ? WEAK_SERVICE_WEIGHT * weak.weight : 0
        if (sw || ww) {
            score += sw > ww ? sw : ww
            anchored = true
            reasons.push(
                sw >= ww && strong
                    ? 'service ' + name + ' (' + strong.terms.join(', ') + ')'
                    : 'service ' + name + ', weakly (' + (weak as Weighted).terms.join(', ') + ')',
            )
            // The fewer active issues the named service has, the likelier this one is meant.
            if (strong) score += (SINGLE_ISSUE_BONUS * strong.weight) / (prepared.perService.get(pr.key) || 1)
        }
        if (!strong && inc.strong.size) {
            // The incident names another service: fine when the issue's text names it too ("... Outlook, Teams and
            // SharePoint"), a penalty otherwise (unless the incident points at this service at least weakly).
            const covered: string[] = []
            let cw = 0
            inc.strong.forEach((v, key) => {
                if (!pr.mentions.has(key)) return
                covered.push(prepared.catalog.names.get(key) || key)
                if (v.weight > cw) cw = v.weight
            })
            if (covered.length) {
                score += NAMED_IN_ISSUE_WEIGHT * cw
                anchored = true
                reasons.push('the issue names ' + covered.join(', '))
            } else if (!weak) {
                score -= OTHER_SERVICE_PENALTY
                const others: string[] = []
                inc.strong.forEach((_v, key) => others.push(prepared.catalog.names.get(key) || key))
                reasons.push('names another service (' + others.join(', ') + ')')
            }
        }
        const code = inc.codes.length ? sharedCode(inc.codes, pr) : ''
        if (code) {
            score += CODE_WEIGHT
            anchored = true
            reasons.push('error code ' + code)
        }
        let topical = false
        inc.topics.forEach((t, id) => {
            if (!pr.topics.has(id)) return
            const inFeature = pr.featureTopics.has(id)
            score += (inFeature ? FEATURE_TOPIC_WEIGHT : TOPIC_WEIGHT) * t.weight
            topical = true
            reasons.push((inFeature ? 'feature ' : 'symptom ') + TOPICS[id].label + ' (' + t.terms.join(', ') + ')')
        })
        const shared: string[] = []
        inc.words.forEach((weight, w) => {
            const base = pr.titleWords.has(w) ? TITLE_WORD_WEIGHT : pr.impactWords.has(w) ? IMPACT_WORD_WEIGHT : 0
            if (!base) return
            score += base * rarity(w) * weight
            shared.push(w)
        })
        if (shared.length) reasons.push('shared words: ' + shared.join(', '))
        const suggested = anchored ? score >= threshold : topical && score >= Math.max(threshold, NO_SERVICE_THRESHOLD)
        if (suggested) scored.push({ s: { issueId: pr.issue.id, score: round2(score), reasons }, order: pr.order })
    }
    return stableSort(scored, (a, b) => b.s.score - a.s.score || a.order - b.order)
        .slice(0, Math.max(0, limit))
        .map((x) => x.s)
}

/** Active issues ranked for the incident, best first. Ties keep the order of `issues`. */
export function rankIssues(incident: IncidentText, issues: MatchableIssue[], opts: MatchOptions = {}): MatchScore[] {
    return rankPrepared(incident, prepareIssues(issues, opts.services || []), opts)
}

/** Error codes quoted in the incident (the caller then passes the issues' posts as `details`). */
export function incidentCodes(incident: IncidentText): string[] {
    return extractCodes(foldText(String(incident.shortDescription || '') + ' \n ' + String(incident.description || '')))
}
