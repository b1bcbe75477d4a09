import { numberText } from '../../domain/numbers.ts'

// Setup's user-facing text stays translatable: the domain returns message templates ("... {0} ...") with their
// arguments, and the service renders them through the message catalog (platform/i18n.ts msg()) for the admin's
// language. A Message is a list of sentences, so a sentence can be followed by another (a fix after a problem).

export interface Sentence {
    text: string
    args: string[]
}

export type Message = Sentence[]

export function tx(text: string, ...args: Array<string | number>): Message {
    return [{ text, args: args.map((a) => (typeof a === 'number' ? numberText(a) : String(a))) }]
}

export function cat(...parts: Message[]): Message {
    const out: Message = []
    for (const p of parts) for (const s of p) out.push(s)
    return out
}

export function fill(text: string, args: readonly string[]): string {
    return text.replace(/\{(\d+)\}/g, (m: string, i: string) => (args[Number(i)] === undefined ? m : args[Number(i)]))
}

/** English rendering (logs, tests); users get the catalog's rendering. */
export function english(m: Message): string {
    return m.map((s) => fill(s.text, s.args)).join(' ')
}

/** Renders with a catalog lookup such as msg(). */
export function render(m: Message, lookup: (text: string, args: string[]) => string): string {
    return m.map((s) => lookup(s.text, s.args)).join(' ')
}
