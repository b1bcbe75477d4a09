import { BREAK, englishWords, Vocabulary } from './match-analyze.ts'
import { foldText } from './match-text.ts'
import { AMBIGUOUS_NAME_WORDS, GENERIC_NAME_WORDS, SERVICE_ALIASES } from './match-services.ts'
import { addPhrase, Phrase, phrase, PhraseTable, table } from './match-phrases.ts'

// The services an incident can name, built from the data: every service name healthOverviews and the issues report,
// matchable by its full name, its short name and its distinctive words, plus the aliases of match-services.ts for the
// services present.

export interface ServiceMention {
    key: string
    strong: boolean
}

const GENERIC = new Map<string, boolean>()
GENERIC_NAME_WORDS.forEach((w) => GENERIC.set(w, true))
const AMBIGUOUS = new Map<string, boolean>()
AMBIGUOUS_NAME_WORDS.split(' ').forEach((w) => englishWords(w).forEach((s) => AMBIGUOUS.set(s, true)))

export function serviceKey(name: string): string {
    return foldText(name)
}

/** "Microsoft Copilot (Microsoft 365)" -> copilot; "OneDrive for Business" -> onedrive; "Power Apps in Microsoft 365" -> power app. */
export function shortName(name: string): string[] {
    let w = englishWords(String(name || '').replace(/\([^)]*\)/g, ' ')).filter((x) => x !== BREAK)
    const n = w.length
    if (n > 3 && w[n - 3] === 'in' && w[n - 2] === 'microsoft' && w[n - 1] === '365') w = w.slice(0, n - 3)
    if (w.length > 2 && w[w.length - 2] === 'for' && w[w.length - 1] === 'business') w = w.slice(0, w.length - 2)
    return w.filter((x) => !GENERIC.has(x))
}

/** The short name as written: "OneDrive for Business" -> "OneDrive" (for reasons). */
function shortNameText(name: string): string {
    let w = String(name || '')
        .replace(/\([^)]*\)/g, ' ')
        .split(' ')
        .filter((x) => !!x)
    const low = (i: number) => (w[i] || '').toLowerCase()
    const n = w.length
    if (n > 3 && low(n - 3) === 'in' && low(n - 2) === 'microsoft' && low(n - 1) === '365') w = w.slice(0, n - 3)
    if (w.length > 2 && low(w.length - 2) === 'for' && low(w.length - 1) === 'business') w = w.slice(0, w.length - 2)
    return w.filter((x) => !GENERIC.has(x.toLowerCase())).join(' ')
}

export interface ServiceCatalog {
    table: PhraseTable<ServiceMention>
    /** Service key -> its display name. */
    names: Map<string, string>
    /** Words of service names and aliases (Danish compounds split on them). */
    vocab: Vocabulary
}

// Aliases compiled once: service key -> phrases.
const ALIAS_PHRASES = new Map<string, { p: Phrase; strong: boolean; text: string }[]>()
for (let a = 0; a < SERVICE_ALIASES.length; a++) {
    const alias = SERVICE_ALIASES[a]
    const list: { p: Phrase; strong: boolean; text: string }[] = []
    alias.strong.forEach((t) => list.push({ p: phrase(t), strong: true, text: t }))
    alias.weak.forEach((t) => list.push({ p: phrase(t), strong: false, text: t }))
    alias.services.forEach((name) =>
        ALIAS_PHRASES.set(serviceKey(name), (ALIAS_PHRASES.get(serviceKey(name)) || []).concat(list)),
    )
}

export function buildServiceCatalog(serviceNames: string[]): ServiceCatalog {
    const cat: ServiceCatalog = { table: table<ServiceMention>(), names: new Map(), vocab: new Map() }
    // One phrase per service and words: a name, its short name and an alias may reduce to the same words.
    const seen = new Map<string, boolean>()
    const addPhraseOf = (key: string, p: Phrase, text: string, strong: boolean) => {
        const id = key + '|' + p.words.join(' ')
        if (seen.has(id)) return
        seen.set(id, true)
        addPhrase(cat.table, p, { key, strong })
        foldText(text)
            .split(' ')
            .forEach((w) => w.length >= 3 && cat.vocab.set(w, true))
    }
    const add = (key: string, text: string, strong: boolean) => addPhraseOf(key, phrase(text), text, strong)
    for (let i = 0; i < serviceNames.length; i++) {
        const key = serviceKey(serviceNames[i])
        if (!key || cat.names.has(key)) continue
        const name = String(serviceNames[i]).trim()
        cat.names.set(key, name)
        add(key, name.replace(/\([^)]*\)/g, ' ').trim(), true)
        const short = shortName(name)
        const text = shortNameText(name) || short.join(' ')
        if (short.length > 1) add(key, text, true)
        else if (short.length === 1) add(key, text, !AMBIGUOUS.has(short[0]) && short[0].length > 2)
        // A word of a multi-word name: weak, and only when it is not a common word ("Automate", "XDR", "Defender").
        if (short.length > 1)
            text.split(' ').forEach((w) => {
                const s = englishWords(w)
                if (s.length === 1 && !AMBIGUOUS.has(s[0]) && s[0].length > 2 && !/^[0-9]+$/.test(s[0]))
                    add(key, w, false)
            })
        const aliases = ALIAS_PHRASES.get(key)
        if (aliases) aliases.forEach((a) => addPhraseOf(key, a.p, a.text, a.strong))
    }
    return cat
}
