import { BREAK, englishWords, isContentWord } from './match-analyze.ts'
import { NON_M365 } from './match-services.ts'
import { TOPICS } from './match-topics.ts'

// Phrases over canonical words (match-analyze.ts), found by their first word so a text is scanned once whatever the
// number of phrases; the symptom areas and the not-Microsoft-365 markers, compiled once.

export interface Phrase {
    words: string[]
    text: string
}

export function phrase(text: string): Phrase {
    return { words: englishWords(text).filter((w) => w !== BREAK), text }
}

/** Symptom phrases are matched on content words only, so "ne reçoit plus aucun message" meets "receive message". */
function contentPhrase(text: string): Phrase {
    return { words: englishWords(text).filter(isContentWord), text }
}

function contentWords(words: string[]): string[] {
    return words.filter((w) => w === BREAK || isContentWord(w))
}

function at(words: string[], i: number, p: Phrase): boolean {
    if (!p.words.length || i + p.words.length > words.length) return false
    for (let j = 0; j < p.words.length; j++) if (words[i + j] !== p.words[j]) return false
    return true
}

export interface PhraseTable<T> {
    byFirst: Map<string, { p: Phrase; tag: T }[]>
}

export function table<T>(): PhraseTable<T> {
    return { byFirst: new Map() }
}

export function addPhrase<T>(t: PhraseTable<T>, p: Phrase, tag: T): void {
    if (!p.words.length) return
    const list = t.byFirst.get(p.words[0])
    if (list) list.push({ p, tag })
    else t.byFirst.set(p.words[0], [{ p, tag }])
}

function scan<T>(t: PhraseTable<T>, words: string[], hit: (tag: T, p: Phrase) => void): void {
    for (let i = 0; i < words.length; i++) {
        const list = t.byFirst.get(words[i])
        if (!list) continue
        for (let k = 0; k < list.length; k++) if (at(words, i, list[k].p)) hit(list[k].tag, list[k].p)
    }
}

/** Like scan, but a match inside a longer match is dropped ("excel" inside "excel for the web"). */
export function scanLongest<T>(t: PhraseTable<T>, words: string[], hit: (tag: T, p: Phrase) => void): void {
    const found: { start: number; end: number; tag: T; p: Phrase }[] = []
    for (let i = 0; i < words.length; i++) {
        const list = t.byFirst.get(words[i])
        if (!list) continue
        for (let k = 0; k < list.length; k++)
            if (at(words, i, list[k].p))
                found.push({ start: i, end: i + list[k].p.words.length, tag: list[k].tag, p: list[k].p })
    }
    for (let a = 0; a < found.length; a++) {
        let inside = false
        for (let b = 0; b < found.length && !inside; b++) {
            const f = found[b]
            inside =
                b !== a &&
                f.start <= found[a].start &&
                f.end >= found[a].end &&
                f.end - f.start > found[a].end - found[a].start
        }
        if (!inside) hit(found[a].tag, found[a].p)
    }
}

const TOPIC_TABLE = table<number>()
TOPICS.forEach((t, n) => t.terms.forEach((term) => addPhrase(TOPIC_TABLE, contentPhrase(term), n)))
const NON_M365_TABLE = table<string>()
NON_M365.forEach((m) => addPhrase(NON_M365_TABLE, phrase(m), m))

/** Markers of something that is not Microsoft 365 (printer, VPN, Zoom ...) in canonical words. */
export function nonM365Of(words: string[]): string[] {
    const found: string[] = []
    scan(NON_M365_TABLE, words, (m) => found.indexOf(m) < 0 && found.push(m))
    return found
}

export function topicsOf(words: string[]): Map<number, string[]> {
    const found = new Map<number, string[]>()
    scan(TOPIC_TABLE, contentWords(words), (n, p) => {
        const cur = found.get(n)
        if (!cur) found.set(n, [p.text])
        else if (cur.indexOf(p.text) < 0) cur.push(p.text)
    })
    return found
}
