import { htmlToText } from './health-text.ts'
import { own } from '../../domain/own-key.ts'

// Text normalisation for health matching, identical on Node and on the instance's Rhino: no regex `u` flag, no
// \p{..}, no Intl, no String.prototype.normalize or locale-aware case mapping. Letters are folded with our own table.
//
// - Latin letters: lower case; French accents dropped (é -> e, ç -> c, œ -> oe); Danish letters spelled out the way
//   Danes write them without a Danish keyboard (æ -> ae, ø -> oe, å -> aa), so "møde" never meets English "mode".
//   Full-width Latin letters and digits (common in Chinese input) become ASCII.
// - Chinese (CJK ideographs, with kana): kept as runs; they are segmented later against the Chinese lexicon, because
//   the text has no spaces.
// - Anything else separates words (apostrophes too: "l'application" -> "l" "application", "can't" -> "can" "t").

const LATIN1 =
    // U+00C0..U+00FF, one entry per code point ('' = separator)
    'a a a a a aa ae c e e e e i i i i d n o o o o o  oe u u u u y th ss a a a a a aa ae c e e e e i i i i d n o o o o o  oe u u u u y th y'.split(
        ' ',
    )

const EXTENDED: Record<number, string> = {
    0x0152: 'oe',
    0x0153: 'oe',
    0x0178: 'y',
    0x0160: 's',
    0x0161: 's',
    0x017d: 'z',
    0x017e: 'z',
    0x0100: 'a',
    0x0101: 'a',
    0x0102: 'a',
    0x0103: 'a',
    0x0104: 'a',
    0x0105: 'a',
    0x0106: 'c',
    0x0107: 'c',
    0x010c: 'c',
    0x010d: 'c',
    0x0118: 'e',
    0x0119: 'e',
    0x011a: 'e',
    0x011b: 'e',
    0x0141: 'l',
    0x0142: 'l',
    0x0143: 'n',
    0x0144: 'n',
    0x0147: 'n',
    0x0148: 'n',
    0x0150: 'o',
    0x0151: 'o',
    0x0158: 'r',
    0x0159: 'r',
    0x015a: 's',
    0x015b: 's',
    0x0164: 't',
    0x0165: 't',
    0x016e: 'u',
    0x016f: 'u',
    0x0170: 'u',
    0x0171: 'u',
    0x0179: 'z',
    0x017a: 'z',
    0x017b: 'z',
    0x017c: 'z',
    0x0131: 'i',
}

/** CJK ideographs (and kana, which may sit in Chinese text): kept as Chinese. */
export function isCjk(code: number): boolean {
    return (
        (code >= 0x4e00 && code <= 0x9fff) ||
        (code >= 0x3400 && code <= 0x4dbf) ||
        (code >= 0xf900 && code <= 0xfaff) ||
        (code >= 0x3040 && code <= 0x30ff)
    )
}

/** One non-ASCII character (already lower case) -> its folded Latin form, ' ' for a separator, itself when CJK. */
function foldChar(ch: string): string {
    const c = ch.charCodeAt(0)
    if (c < 0xc0) return ' '
    if (c <= 0xff) return LATIN1[c - 0xc0] || ' '
    if (EXTENDED[c] !== undefined) return EXTENDED[c]
    if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xff10 + 48)
    if (c >= 0xff21 && c <= 0xff3a) return String.fromCharCode(c - 0xff21 + 97)
    if (c >= 0xff41 && c <= 0xff5a) return String.fromCharCode(c - 0xff41 + 97)
    return isCjk(c) ? ch : ' '
}

// Stands in for a dot between digits while punctuation is removed (a private-use character, never in real text).
const DIGIT_DOT = '\ue000'

/**
 * Folded text: lower-case Latin words and CJK runs separated by single spaces (a CJK run is also split from Latin
 * letters it touches: "Teams无法登录" -> "teams 无法登录"). Dots inside numbers are kept ("5.7.1"). Built from a few
 * native regex passes (a per-character loop costs a lot on Rhino); only non-ASCII characters go through foldChar.
 */
export function foldText(text: string): string {
    let s = String(text || '')
    if (s.indexOf('<') >= 0 || s.indexOf('&') >= 0) s = htmlToText(s)
    // toLowerCase only changes case (on Rhino it is locale-independent); every letter it could produce that is not
    // a-z goes through our table, and a dotless i from a Turkish-locale JVM would still fold to i.
    s = s.toLowerCase()
    const dots = s.indexOf('.') >= 0
    if (dots) s = s.replace(/([0-9])\.(?=[0-9])/g, '$1' + DIGIT_DOT)
    // ASCII other than letters and digits (punctuation, controls) -> space.
    s = s.replace(/[^a-z0-9\u0080-\uffff]+/g, ' ')
    if (/[\u0080-\udfff\ue001-\uffff]/.test(s)) {
        s = s.replace(/[\u0080-\udfff\ue001-\uffff]/g, foldChar)
        if (/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(s)) {
            s = s.replace(/([a-z0-9])([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])/g, '$1 $2')
            s = s.replace(/([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])([a-z0-9])/g, '$1 $2')
        }
        s = s.replace(/ +/g, ' ')
    }
    if (dots) s = s.replace(/\ue000/g, '.')
    return s.replace(/^ | $/g, '')
}

/** Latin word or CJK run, in text order. */
export interface RawToken {
    text: string
    cjk: boolean
}

export function rawTokens(folded: string): RawToken[] {
    const out: RawToken[] = []
    if (!folded) return out
    const parts = folded.split(' ')
    for (let i = 0; i < parts.length; i++) {
        const p = parts[i]
        if (!p) continue
        if (isCjk(p.charCodeAt(0))) out.push({ text: p, cjk: true })
        else if (p.indexOf('.') < 0) out.push({ text: p, cjk: false })
        else {
            // "5.7.1" is an error code (kept whole by extractCodes); as words it is 5 7 1.
            const bits = p.split('.')
            for (let j = 0; j < bits.length; j++) if (bits[j]) out.push({ text: bits[j], cjk: false })
        }
    }
    return out
}

// Words whose final s is part of a product name: "Teams" is not "team", "Forms" is not "form".
const NO_STEM: Record<string, boolean> = {
    teams: true,
    forms: true,
    bookings: true,
    news: true,
    windows: true,
    dynamics: true,
    ios: true,
    sales: true,
    access: true,
    xdr: true,
}

function endsWith(w: string, suffix: string): boolean {
    return w.length >= suffix.length && w.slice(w.length - suffix.length) === suffix
}

function isDigit(c: string): boolean {
    return c >= '0' && c <= '9'
}

/** "stopp" -> "stop": a doubled final consonant left by -ing/-ed. */
function undouble(w: string): string {
    const n = w.length
    return n > 2 && w.charAt(n - 1) === w.charAt(n - 2) && 'bdgklmnprt'.indexOf(w.charAt(n - 1)) >= 0
        ? w.slice(0, -1)
        : w
}

// Issue and lexicon texts repeat the same few thousand words: each is stemmed once (bounded, so a long-lived module
// cannot grow without limit).
const STEMS = new Map<string, string>()
const STEMS_MAX = 20000

export function stem(word: string): string {
    const known = STEMS.get(word)
    if (known !== undefined) return known
    const s = stemWord(word)
    if (STEMS.size >= STEMS_MAX) STEMS.clear()
    STEMS.set(word, s)
    return s
}

/**
 * A light English suffix stripper: "emails"/"email", "syncing"/"sync", "receive"/"receiving"/"received" meet.
 * String operations only (regex tests per word cost a lot on Rhino).
 */
function stemWord(word: string): string {
    let w = word
    if (own(NO_STEM, w) === true) return w
    for (let i = 0; i < w.length; i++) if (isDigit(w.charAt(i))) return w
    if (w.length > 4 && endsWith(w, 'ies')) return w.slice(0, -3) + 'y'
    // Plural first, so "meetings" and "meeting" both end as "meet".
    if (w.length > 3 && endsWith(w, 's') && !endsWith(w, 'ss') && !endsWith(w, 'us') && !endsWith(w, 'is'))
        w = w.slice(0, -1)
    if (w.length > 5 && endsWith(w, 'ing')) return undouble(w.slice(0, -3))
    if (w.length > 4 && endsWith(w, 'ed') && !endsWith(w, 'eed')) return undouble(w.slice(0, -2))
    // "receive"/"receiving"/"received" -> "receiv"
    return w.length > 3 && endsWith(w, 'e') && !endsWith(w, 'ee') ? w.slice(0, -1) : w
}

// Error codes as Microsoft and users write them: 0x8004de40 / 8004de40, AADSTS50076, CAA20002, NDR 5.7.1.
const CODE_PATTERNS: RegExp[] = [
    /\b0x[0-9a-f]{4,8}\b/g,
    /\b[a-z]{2,8}[0-9]{4,}\b/g,
    /\b[245]\.[0-9]{1,3}\.[0-9]{1,3}\b/g,
    /\b[0-9a-f]{8}\b/g,
]

/** Distinct error codes in folded text, each in one canonical form (hex codes with their 0x). */
export function extractCodes(folded: string): string[] {
    const out: string[] = []
    // Most texts have no code: one test instead of four scans.
    if (!/0x[0-9a-f]{4}|[a-z][0-9]{4}|[0-9]\.[0-9]|[0-9a-f]{8}/.test(folded)) return out
    for (let p = 0; p < CODE_PATTERNS.length; p++) {
        const re = CODE_PATTERNS[p]
        re.lastIndex = 0
        let m: RegExpExecArray | null
        while ((m = re.exec(folded)) !== null) {
            let code = m[0]
            if (p === 3) {
                // A bare 8-digit hex code needs a digit and a letter (not a date or a plain number, not a word).
                if (!/[0-9]/.test(code) || !/[a-f]/.test(code)) continue
                code = '0x' + code
            }
            if (p === 1 && /^(inc|chg|ritm|req|task|prb|cs|ticket|case)[0-9]/.test(code)) continue
            if (out.indexOf(code) < 0) out.push(code)
        }
    }
    return out
}
