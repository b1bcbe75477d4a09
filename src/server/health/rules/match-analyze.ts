import { foldText, isCjk, rawTokens, RawToken, stem } from './match-text.ts'
import { EN_GLOSSARY, EN_MARKERS, EN_STOP, Gloss } from './match-lexicon-en.ts'
import { FR_GLOSSARY, FR_MARKERS, FR_STOP } from './match-lexicon-fr.ts'
import { DA_GLOSSARY, DA_MARKERS, DA_STOP, DA_SUFFIXES } from './match-lexicon-da.ts'
import { ZH_GLOSSARY } from './match-lexicon-zh.ts'
import { stableSort } from '../../domain/stable-sort.ts'

// Incident text (English, French, Danish or Simplified Chinese) and issue text (English) -> canonical English words,
// stemmed, in text order. Everything downstream (services, symptom areas, shared words) works on these words.
// Dictionaries are Maps: keys come from user text, and a plain object would answer "constructor" or "__proto__".

export type Lang = 'en' | 'fr' | 'da' | 'zh'

/** Separates words that were not next to each other (gaps in Chinese text): no phrase spans it. */
export const BREAK = '|'

interface GlossWord {
    /** Stem to equal, or '' when `prefix` is set. */
    exact: string
    /** Folded start of the word (a trailing * in the lexicon). */
    prefix: string
}

interface GlossEntry {
    words: GlossWord[]
    out: string[]
    /** Longer lexicon terms win over shorter ones at the same place. */
    size: number
}

interface GlossIndex {
    byStem: Map<string, GlossEntry[]>
    byPrefix: Map<string, GlossEntry[]>
    /** Folded single-word terms (exact, and prefixes), for Danish compound splitting. */
    exactWords: Map<string, boolean>
    prefixWords: string[]
}

function words(text: string): string[] {
    return rawTokens(foldText(text)).map((t) => t.text)
}

function compileTerm(term: string): GlossWord[] {
    const out: GlossWord[] = []
    const pieces = term.split(' ')
    for (let i = 0; i < pieces.length; i++) {
        const p = pieces[i]
        const wild = p.charAt(p.length - 1) === '*'
        const sub = words(wild ? p.slice(0, -1) : p)
        for (let j = 0; j < sub.length; j++) {
            const isPrefix = wild && j === sub.length - 1
            out.push({ exact: isPrefix ? '' : stem(sub[j]), prefix: isPrefix ? sub[j] : '' })
        }
    }
    return out
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
    const cur = m.get(k)
    if (cur) cur.push(v)
    else m.set(k, [v])
}

function buildIndex(lists: Gloss[][], outOf: (canonical: string) => string[]): GlossIndex {
    const idx: GlossIndex = { byStem: new Map(), byPrefix: new Map(), exactWords: new Map(), prefixWords: [] }
    for (let l = 0; l < lists.length; l++) {
        for (let e = 0; e < lists[l].length; e++) {
            const [term, canonical] = lists[l][e]
            const ws = compileTerm(term)
            if (!ws.length) continue
            const entry: GlossEntry = { words: ws, out: outOf(canonical), size: term.length }
            const first = ws[0]
            if (first.prefix) push(idx.byPrefix, first.prefix.slice(0, 3), entry)
            else push(idx.byStem, first.exact, entry)
            if (ws.length === 1) {
                if (first.prefix) idx.prefixWords.push(first.prefix)
                else idx.exactWords.set(words(term)[0], true)
            }
        }
    }
    return idx
}

function wordMatches(w: GlossWord, t: Tok): boolean {
    return w.prefix ? t.raw.indexOf(w.prefix) === 0 : t.w === w.exact
}

interface Tok {
    raw: string
    w: string
}

/** Longest lexicon term starting at tokens[i], or null. */
function matchAt(idx: GlossIndex, toks: Tok[], i: number): GlossEntry | null {
    let best: GlossEntry | null = null
    const consider = (list: GlossEntry[] | undefined) => {
        if (!list) return
        for (let k = 0; k < list.length; k++) {
            const e = list[k]
            if (i + e.words.length > toks.length) continue
            let ok = true
            for (let j = 0; j < e.words.length && ok; j++) ok = wordMatches(e.words[j], toks[i + j])
            if (
                ok &&
                (!best ||
                    e.words.length > best.words.length ||
                    (e.words.length === best.words.length && e.size > best.size))
            )
                best = e
        }
    }
    consider(idx.byStem.get(toks[i].w))
    consider(idx.byPrefix.get(toks[i].raw.slice(0, 3)))
    return best
}

function glossTokens(idx: GlossIndex, toks: Tok[]): string[] {
    const out: string[] = []
    let i = 0
    while (i < toks.length) {
        const e = matchAt(idx, toks, i)
        if (e) {
            for (let k = 0; k < e.out.length; k++) out.push(e.out[k])
            i += e.words.length
        } else {
            out.push(toks[i].w)
            i++
        }
    }
    return out
}

// English first: the other lexicons' canonical words go through it (and so do its own: "mailflow" -> "mail flow"
// -> "email flow"), so both sides always meet on the same words.
const EN_RAW = buildIndex([EN_GLOSSARY], (c) => words(c).map(stem))
const enCanonical = (c: string): string[] =>
    glossTokens(
        EN_RAW,
        words(c).map((w) => ({ raw: w, w: stem(w) })),
    )
const EN_INDEX = buildIndex([EN_GLOSSARY], enCanonical)
const FR_INDEX = buildIndex([FR_GLOSSARY, EN_GLOSSARY], enCanonical)
const DA_INDEX = buildIndex([DA_GLOSSARY, EN_GLOSSARY], enCanonical)

interface CjkTerm {
    term: string
    out: string[]
}
const ZH_BY_FIRST = new Map<string, CjkTerm[]>()
for (let i = 0; i < ZH_GLOSSARY.length; i++)
    push(ZH_BY_FIRST, ZH_GLOSSARY[i][0].charAt(0), { term: ZH_GLOSSARY[i][0], out: enCanonical(ZH_GLOSSARY[i][1]) })
const ZH_FIRSTS: string[] = []
ZH_BY_FIRST.forEach((_list, first) => ZH_FIRSTS.push(first))
ZH_FIRSTS.forEach((first) =>
    ZH_BY_FIRST.set(
        first,
        stableSort(ZH_BY_FIRST.get(first) || [], (a, b) => b.term.length - a.term.length),
    ),
)

/** A run of Chinese characters -> canonical words by longest match; characters in no term leave one BREAK. */
function segmentCjk(run: string, out: string[]): void {
    let p = 0
    let gap = false
    while (p < run.length) {
        const list = ZH_BY_FIRST.get(run.charAt(p))
        let hit: CjkTerm | null = null
        if (list)
            for (let k = 0; k < list.length && !hit; k++)
                if (run.slice(p, p + list[k].term.length) === list[k].term) hit = list[k]
        if (hit) {
            if (gap) out.push(BREAK)
            gap = false
            for (let k = 0; k < hit.out.length; k++) out.push(hit.out[k])
            p += hit.term.length
        } else {
            gap = true
            p++
        }
    }
    if (gap) out.push(BREAK)
}

function markerSet(list: string): Map<string, boolean> {
    const m = new Map<string, boolean>()
    list.split(' ').forEach((w) => w && m.set(w, true))
    return m
}
const FR_MARK = markerSet(FR_MARKERS)
const DA_MARK = markerSet(DA_MARKERS)
const EN_MARK = markerSet(EN_MARKERS)

/** The language of an incident text: Chinese when it has Chinese characters, else the best of French/Danish/English. */
export function detectLanguage(text: string): Lang {
    const s = String(text || '')
    let cjk = 0
    let fr = 0
    let da = 0
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i)
        if (isCjk(c)) cjk++
        else if (c === 0xe6 || c === 0xf8 || c === 0xe5 || c === 0xc6 || c === 0xd8 || c === 0xc5) da += 2
        else if (
            c === 0xe9 ||
            c === 0xe8 ||
            c === 0xea ||
            c === 0xe0 ||
            c === 0xe7 ||
            c === 0xf9 ||
            c === 0xfb ||
            c === 0xf4 ||
            c === 0xee ||
            c === 0x153 ||
            c === 0xc9
        )
            fr += 2
    }
    if (cjk >= 2) return 'zh'
    let en = 0
    const toks = rawTokens(foldText(s))
    for (let i = 0; i < toks.length; i++) {
        const w = toks[i].text
        if (FR_MARK.has(w)) fr++
        if (DA_MARK.has(w)) da++
        if (EN_MARK.has(w)) en++
    }
    if (fr > en && fr >= da && fr > 0) return 'fr'
    if (da > en && da > fr) return 'da'
    return 'en'
}

/** Words an index knows (issue text, service names, aliases): Danish compounds may be split on them. */
export type Vocabulary = Map<string, boolean>

function daKnown(w: string, vocab: Vocabulary | null): boolean {
    if (w.length < 3) return false
    if (DA_INDEX.exactWords.has(w) || (vocab && vocab.has(w))) return true
    for (let i = 0; i < DA_INDEX.prefixWords.length; i++) {
        const p = DA_INDEX.prefixWords[i]
        if (p.length >= 3 && w.indexOf(p) === 0) return true
    }
    return false
}

function longestDaPrefix(w: string): string {
    let best = ''
    for (let i = 0; i < DA_INDEX.prefixWords.length; i++) {
        const p = DA_INDEX.prefixWords[i]
        if (p.length > best.length && p.length >= 3 && w.indexOf(p) === 0) best = p
    }
    return best
}

/** The rest of a compound after its first part, without a linking s or e, when it is a word we know. */
function knownRest(rest: string, vocab: Vocabulary | null): string {
    if (daKnown(rest, vocab)) return rest
    if ((rest.charAt(0) === 's' || rest.charAt(0) === 'e') && daKnown(rest.slice(1), vocab)) return rest.slice(1)
    return ''
}

/** Danish compound -> its parts ("teamsmoede" -> teams, moede; "moedeoptagelsen" -> moede, optagelsen). */
function splitDanish(w: string, vocab: Vocabulary | null, depth: number): string[] {
    if (w.length < 6 || depth > 2) return [w]
    const p = longestDaPrefix(w)
    if (p) {
        if (p.length === w.length) return [w]
        const rest = knownRest(w.slice(p.length), vocab)
        return rest ? [p].concat(splitDanish(rest, vocab, depth + 1)) : [w]
    }
    if (DA_INDEX.exactWords.has(w) || (vocab && vocab.has(w))) return [w]
    for (let i = w.length - 3; i >= 3; i--) {
        const left = w.slice(0, i)
        if (!DA_INDEX.exactWords.has(left) && !(vocab && vocab.has(left))) continue
        const rest = knownRest(w.slice(i), vocab)
        if (rest) return [left].concat(splitDanish(rest, vocab, depth + 1))
    }
    // "gatewayen" -> "gateway", "flowet" -> "flow": a Danish ending on a word we know.
    for (let i = 0; i < DA_SUFFIXES.length; i++) {
        const suf = DA_SUFFIXES[i]
        if (w.length - suf.length >= 3 && w.slice(-suf.length) === suf && daKnown(w.slice(0, -suf.length), vocab))
            return [w.slice(0, -suf.length)]
    }
    return [w]
}

function indexFor(lang: Lang): GlossIndex {
    return lang === 'fr' ? FR_INDEX : lang === 'da' ? DA_INDEX : EN_INDEX
}

/**
 * Text -> canonical English stems in order (BREAK between Chinese segments that were not adjacent). `lang` picks
 * the lexicon (English is always on); `vocab` lets Danish compounds split on words the issues use.
 */
export function canonicalWords(text: string, lang: Lang, vocab: Vocabulary | null = null): string[] {
    return canonicalFolded(foldText(text), lang, vocab)
}

/** canonicalWords of text already through foldText (callers that also need the folded text fold once). */
export function canonicalFolded(folded: string, lang: Lang, vocab: Vocabulary | null = null): string[] {
    const idx = indexFor(lang)
    const out: string[] = []
    let latin: Tok[] = []
    const flush = () => {
        if (!latin.length) return
        const g = glossTokens(idx, latin)
        for (let k = 0; k < g.length; k++) out.push(g[k])
        latin = []
    }
    const toks: RawToken[] = rawTokens(folded)
    for (let i = 0; i < toks.length; i++) {
        const t = toks[i]
        if (t.cjk) {
            flush()
            segmentCjk(t.text, out)
            continue
        }
        const parts = lang === 'da' ? splitDanish(t.text, vocab, 0) : [t.text]
        for (let k = 0; k < parts.length; k++) latin.push({ raw: parts[k], w: stem(parts[k]) })
    }
    flush()
    return out
}

/** Canonical English for lexicon-side text (aliases, topics, service names, issue text). */
export function englishWords(text: string): string[] {
    return canonicalWords(text, 'en')
}

const STOP = new Map<string, boolean>()
;(EN_STOP + ' ' + FR_STOP + ' ' + DA_STOP).split(' ').forEach((w) => w && STOP.set(stem(w), true))

/** A word that carries meaning for matching (not a stop word in any of the four languages, not a BREAK). */
export function isContentWord(w: string): boolean {
    return w.length > 1 && w !== BREAK && !STOP.has(w)
}
