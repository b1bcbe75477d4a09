// What the build ships to sys_ui_message. The table is not scoped: a row's key is looked up instance-wide
// (gs.getMessage) and "records in this table are created in the global scope and aren't scope-restricted"
// (ServiceNow docs, Message table). So every key the app ships must be its own, never a platform word.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { LANGUAGES, ROOT, readCatalog } from './catalog'
import { MESSAGE_KEY_PREFIX, messageKey } from '../../src/server/domain/message-key'

const SCOPE = 'x_mioms_m365_assis'

/** Labels the platform itself shows; a shipped row with one of these keys would relabel the whole instance. */
const PLATFORM_WORDS = [
    'Open',
    'Save',
    'Cancel',
    'Close',
    'Closed',
    'Resolved',
    'New',
    'Delete',
    'Edit',
    'Submit',
    'Update',
    'Back',
    'Next',
    'Yes',
    'No',
    'OK',
    'Search',
    'Status',
    'State',
    'Active',
    'Name',
    'Description',
    'Failed',
    'Pending',
    'Incident',
    'Advisory',
    'Loading...',
    'Error',
    'Copy',
    'Copied',
    'Refresh',
    'Retry',
    'Agree',
    'Contact support',
]

interface Row {
    key: string
    language: string
    message: string
    code: string
}

function shippedRows(): Row[] {
    const dir = join(ROOT, 'dist', 'app', 'update')
    const parser = new XMLParser({ parseTagValue: false, ignoreAttributes: false, attributeNamePrefix: '@_' })
    const text = (v: unknown): string =>
        v === undefined || v === null
            ? ''
            : typeof v === 'object'
              ? String((v as Record<string, unknown>)['#text'] ?? '')
              : String(v)
    return readdirSync(dir)
        .filter((f) => f.startsWith('sys_ui_message_') && f.endsWith('.xml'))
        .map((f) => {
            const r = (
                parser.parse(readFileSync(join(dir, f), 'utf8')) as {
                    record_update: { sys_ui_message: Record<string, unknown> }
                }
            ).record_update.sys_ui_message
            return { key: text(r.key), language: text(r.language), message: text(r.message), code: text(r.code) }
        })
}

let rows: Row[]
beforeAll(() => {
    rows = shippedRows()
})

test("every shipped key is the app's own (scope prefix), never a platform word", () => {
    expect(rows.length).toBeGreaterThan(0)
    const words = new Set(PLATFORM_WORDS.map((w) => w.toLowerCase()))
    const generic = rows.filter((r) => words.has(r.key.trim().toLowerCase()))
    const foreign = rows.filter((r) => !r.key.startsWith(SCOPE + '.') || r.code !== SCOPE)
    expect(generic.map((r) => `${r.language}: ${r.key}`)).toEqual([])
    expect(foreign.map((r) => `${r.language}: ${r.key}`)).toEqual([])
})

test('keys are unique per language even ignoring case (the platform matches keys case-insensitively) and fit the 255-character key', () => {
    const seen = new Map<string, string>()
    const clashes: string[] = []
    for (const r of rows) {
        const id = r.language + '|' + r.key.toLowerCase()
        if (seen.has(id)) clashes.push(`${r.language}: ${r.key}`)
        seen.set(id, r.key)
    }
    expect(clashes).toEqual([])
    expect(rows.filter((r) => r.key.length > 255).map((r) => r.key)).toEqual([])
})

test('each English text of the catalog ships as its key\'s "en" row, and each translation under the same key', () => {
    const english = Object.keys(readCatalog('fr'))
    const byLang = (lang: string) => new Map(rows.filter((r) => r.language === lang).map((r) => [r.key, r.message]))
    const en = byLang('en')
    expect(en.size).toBe(english.length)
    expect(english.filter((e) => en.get(messageKey(e)) !== e)).toEqual([])
    for (const lang of LANGUAGES) {
        const catalog = readCatalog(lang)
        const shipped = byLang(lang)
        expect(shipped.size).toBe(english.length)
        expect(english.filter((e) => shipped.get(messageKey(e)) !== catalog[e])).toEqual([])
    }
})

test('message keys: scope prefix, readable slug, distinct for texts that differ only in case', () => {
    expect(messageKey('Cancel')).toMatch(/^x_mioms_m365_assis\.cancel\.[0-9a-f]{8}$/)
    expect(messageKey('Failed')).not.toBe(messageKey('failed'))
    expect(messageKey('Failed').toLowerCase()).not.toBe(messageKey('failed').toLowerCase())
    expect(messageKey('« {0} » 中文')).toMatch(/^x_mioms_m365_assis\.0\.[0-9a-f]{8}$/)
    expect(messageKey('…')).toMatch(/^x_mioms_m365_assis\.[0-9a-f]{8}$/)
    expect(messageKey('x'.repeat(1000)).length).toBeLessThanOrEqual(MESSAGE_KEY_PREFIX.length + 40 + 1 + 8)
})
