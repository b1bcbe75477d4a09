import { own } from '../../domain/own-key.ts'

// HTML of Microsoft's posts -> plain text, for health-to-incident mapping and health matching. Pure: no Glide.

const ENTITIES: Record<string, string> = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
    '#39': "'",
    lsqb: '[',
    rsqb: ']',
    lbrack: '[',
    rbrack: ']',
}

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
