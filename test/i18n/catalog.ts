// The translation catalog: src/i18n/<language>.json, one file per language, each an object from the English
// text (what the code passes to t() and msg()) to its translation. The Fluent records that ship it
// (src/fluent/i18n/ui-messages-<language>.now.ts, keyed by the app's own key for the English text) are generated
// from these files by generate-ui-messages.ts.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const ROOT = join(__dirname, '..', '..')

// ServiceNow's sys_language codes: fr French, da Danish, zh Chinese (Simplified); Traditional Chinese is zt.
export const LANGUAGES = ['fr', 'da', 'zh'] as const
export type Language = (typeof LANGUAGES)[number]

export const catalogPath = (lang: Language) => join(ROOT, 'src', 'i18n', `${lang}.json`)
export const recordsPath = (lang: Language | 'en') => join(ROOT, 'src', 'fluent', 'i18n', `ui-messages-${lang}.now.ts`)

export function readCatalog(lang: Language): Record<string, string> {
    return JSON.parse(readFileSync(catalogPath(lang), 'utf8')) as Record<string, string>
}

/** {0}, {1}... in a text, sorted, one entry per occurrence. */
export function placeholders(text: string): string[] {
    return (text.match(/\{\d+\}/g) ?? []).sort()
}

/** Stable record key: the language and a hash of the English text (an edited text is a new record). */
export function recordKey(lang: Language | 'en', key: string): string {
    return `ui-message-${lang}-${createHash('sha1').update(key, 'utf8').digest('hex').slice(0, 16)}`
}
