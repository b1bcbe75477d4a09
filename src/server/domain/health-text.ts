import { own } from './own-key.ts'

// Text helpers shared by health matching and health-to-incident mapping. Pure: no Glide.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", lsqb: '[', rsqb: ']', lbrack: '[', rbrack: ']' }

function decodeEntities(s: string): string {
    return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (m: string, e: string) => {
        const k = e.toLowerCase()
        if (k.charAt(0) === '#') {
            const code = k.charAt(1) === 'x' ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10)
            // Control characters stay out of work notes; astral characters become a space (plain ES5 string API on Rhino).
            return isFinite(code) && code >= 32 && code < 0x10000 ? String.fromCharCode(code) : ' '
        }
        const named = own(ENTITIES, k)
        return named !== undefined ? named : m
    })
}

/**
 * Microsoft's HTML post -> plain text for work notes and descriptions. Work notes are shown as text, so the
 * markup (including any script or on* attribute) is dropped, not rendered; block ends become line breaks.
 */
export function htmlToText(html: string): string {
    let s = String(html || '')
    s = s.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    s = s.replace(/<br\s*\/?>/gi, '\n')
    s = s.replace(/<\/(p|div|li|h[1-6]|tr|ul|ol|table)\s*>/gi, '\n')
    s = s.replace(/<li\b[^>]*>/gi, '- ')
    s = s.replace(/<[^>]*>/g, '')
    s = s.replace(/<[^>]*$/, '')
    s = decodeEntities(s)
    s = s.replace(/[ \t\f\v\u00a0]+/g, ' ')
    s = s.replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n')
    return s.trim()
}

/** Lower case, HTML removed, anything but letters and digits as single spaces. */
export function normalizeText(text: string): string {
    return htmlToText(text)
        .toLowerCase()
        .replace(/['\u2019]s\b/g, '')
        .replace(/[^a-z0-9]+/g, ' ')
        .trim()
}

/** A light suffix stripper: enough to make "emails"/"email", "syncing"/"sync", "invitations"/"invitation" meet. */
export function stem(word: string): string {
    let w = word
    if (w.length > 4 && /ies$/.test(w)) return w.slice(0, -3) + 'y'
    if (w.length > 5 && /ing$/.test(w)) {
        w = w.slice(0, -3)
        return /([bdgklmnprt])\1$/.test(w) ? w.slice(0, -1) : w
    }
    if (w.length > 4 && /ed$/.test(w) && !/eed$/.test(w)) {
        w = w.slice(0, -2)
        return /([bdgklmnprt])\1$/.test(w) ? w.slice(0, -1) : w
    }
    if (w.length > 3 && /s$/.test(w) && !/(ss|us|is)$/.test(w)) return w.slice(0, -1)
    return w
}

/** Normalized, stemmed words of a text, in order. */
export function stemmedWords(text: string): string[] {
    const n = normalizeText(text)
    return n ? n.split(' ').map(stem) : []
}
