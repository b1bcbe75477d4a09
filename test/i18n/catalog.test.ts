// Every user-facing string goes through the message catalog, and the catalog has French, Danish and Simplified
// Chinese for every key. Failures name the file and line (raw strings) or the key (missing translations); the
// fix for a new key is an entry in src/i18n/{fr,da,zh}.json, then `npm run i18n:generate`.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Finding, ScanResult, formatFindings, readMsgTable, scanAll, scanClientSource, scanServerSource } from './scan'
import { LANGUAGES, ROOT, placeholders, readCatalog, recordsPath } from './catalog'
import { renderEnglishRecords, renderRecords, serverOnlyTexts } from './generate-ui-messages'
import { installApp } from '../../testkit/app/install-app'
import * as control from '../../testkit/glide/control'
import { msg } from '../../src/server/platform/i18n'
import { messageKey } from '../../src/server/domain/message-key'
import { doubleRuntime } from '../../testkit/instance/runtime'
import { toBrowserHtml } from '../../testkit/instance/pages'

let scan: ScanResult
beforeAll(() => {
    scan = scanAll()
})

const clientFindings = (source: string, file = 'src/client/x/app.tsx') => {
    const findings: Finding[] = []
    const keys = new Set<string>()
    scanClientSource(file, source, findings, keys)
    return { findings, keys }
}
const serverFindings = (source: string) => {
    const findings: Finding[] = []
    const keys = new Set<string>()
    scanServerSource('src/server/x/route.ts', source, findings, keys, readMsgTable())
    return { findings, keys }
}

describe('the scan itself', () => {
    test('flags JSX text, visible attributes and string children outside t(), and t() with a non-literal', () => {
        const { findings, keys } = clientFindings(`
            import { t } from 'sn-translate'
            const label = 'x'
            export const A = () => <div className="m365-card" data-testid="a-b" title="Raw title">
                Raw text
                <input placeholder="Type here" aria-label={t('Search')} />
                <Field label={busy ? 'Saving' : t('Save')} hint={t('Hint {0}', label)} />
                {error ? 'Failed to load' : null}
                {' | '}
                {t(label)}
            </div>
            const oops = () => setError('Could not save the case.')
        `)
        const texts = findings.map((f) => f.text)
        expect(texts).toEqual(
            expect.arrayContaining([
                'Raw title',
                'Raw text',
                'Type here',
                'Saving',
                'Failed to load',
                't(label)',
                'Could not save the case.',
            ]),
        )
        expect(texts).not.toEqual(expect.arrayContaining(['m365-card', 'a-b', ' | ']))
        expect(findings).toHaveLength(7)
        expect([...keys].sort()).toEqual(['Hint {0}', 'Save', 'Search'])
    })

    test('flags HttpError messages and hand-built error messages not passed through msg(), and non-literal msg() keys', () => {
        const { findings, keys } = serverFindings(`
            import { msg } from '../platform/i18n.ts'
            import { MSG } from '../domain/messages.ts'
            export function a(x: string) {
                if (x) throw new HttpError(400, 'bad', 'The body is wrong.')
                if (!x) throw new HttpError(404, 'not_found', msg('No case {0}.', x))
                const body = { error: { code: 'x', message: 'Raw message.' } }
                return [body, msg(x), msg(MSG.contactAppSupport)]
            }
        `)
        expect(findings.map((f) => f.problem)).toEqual([
            'HttpError message not passed through msg()',
            'user message literal not passed through msg()',
            expect.stringContaining('non-literal key'),
        ])
        expect([...keys]).toEqual(['No case {0}.'])
    })
})

describe('every user-facing string goes through the catalog', () => {
    test('UI (src/client): JSX text and visible attributes inside t(), t() with a literal first argument', () => {
        const f = scan.findings.filter((x) => x.file.startsWith('src/client'))
        if (f.length) throw new Error(`${f.length} raw UI string(s):\n${formatFindings(f)}`)
    })

    test('server (src/server): HttpError messages, error bodies and msg() keys through msg()', () => {
        const f = scan.findings.filter((x) => !x.file.startsWith('src/client'))
        if (f.length) throw new Error(`${f.length} server string(s) outside msg():\n${formatFindings(f)}`)
    })

    test("the UI texts the scan finds are exactly the ones the build collected, each under the app's key (dist/static/*/index.translations.json)", () => {
        const dir = join(ROOT, 'dist', 'static')
        const built = new Set<string>()
        const wrongKey: string[] = []
        for (const page of readdirSync(dir)) {
            const file = join(dir, page, 'index.translations.json')
            if (!existsSync(file)) continue
            for (const m of (
                JSON.parse(readFileSync(file, 'utf8')) as {
                    messages: Array<string | { code: string; message: string }>
                }
            ).messages) {
                // scripts/app-message-keys.mjs turns every t('text') into t({ code: <app key>, message: 'text' }).
                if (typeof m === 'string' || m.code !== messageKey(m.message)) wrongKey.push(JSON.stringify(m))
                else built.add(m.message)
            }
        }
        expect(wrongKey).toEqual([])
        // The build only collects from modules a page imports: a scanned key it lacks sits in unused code.
        expect([...scan.uiKeys].filter((k) => !built.has(k))).toEqual([])
        expect([...built].filter((k) => !scan.uiKeys.has(k))).toEqual([])
    })
})

describe.each(LANGUAGES)('catalog %s', (lang) => {
    let catalog: Record<string, string>
    beforeAll(() => {
        catalog = readCatalog(lang)
    })

    test('has a translation for every key (UI t() texts, msg() keys, MSG texts)', () => {
        const keys = [...new Set([...scan.uiKeys, ...scan.serverKeys])].sort()
        const missing = keys.filter((k) => !(typeof catalog[k] === 'string' && catalog[k].trim() !== ''))
        if (missing.length)
            throw new Error(
                `${missing.length} key(s) without a ${lang} translation in src/i18n/${lang}.json:\n${missing.map((k) => JSON.stringify(k)).join('\n')}`,
            )
    })

    test('has no keys the app no longer uses', () => {
        const used = new Set([...scan.uiKeys, ...scan.serverKeys])
        expect(Object.keys(catalog).filter((k) => !used.has(k))).toEqual([])
    })

    test('keeps the {0} placeholders of every English text', () => {
        const wrong = Object.keys(catalog).filter((k) => placeholders(k).join() !== placeholders(catalog[k]).join())
        expect(wrong.map((k) => `${k} => ${catalog[k]}`)).toEqual([])
    })

    test('is shipped as sys_ui_message records generated from the catalog (npm run i18n:generate)', () => {
        expect(readFileSync(recordsPath(lang), 'utf8')).toBe(renderRecords(lang, catalog))
    })
})

test('the server texts no UI page uses ship their English "en" rows (npm run i18n:generate)', () => {
    expect(readFileSync(recordsPath('en'), 'utf8')).toBe(
        renderEnglishRecords(serverOnlyTexts(scan.uiKeys, scan.serverKeys)),
    )
})

describe('installed translations', () => {
    let app: ReturnType<typeof installApp>
    beforeAll(() => {
        app = installApp()
    })
    afterAll(() => control.setLanguage('en'))

    test('the build ships one sys_ui_message per catalog entry and language, English included', () => {
        const rows = control.rows('sys_ui_message')
        for (const lang of ['en', ...LANGUAGES])
            expect(rows.filter((r) => r.language === lang)).toHaveLength(Object.keys(readCatalog('fr')).length)
    })

    test.each(LANGUAGES)('msg() answers in %s for a session in that language, with arguments', (lang) => {
        const msgs = readMsgTable()
        const catalog = readCatalog(lang)
        control.setLanguage(lang)
        expect(msg(msgs.setupIncomplete)).toBe(catalog[msgs.setupIncomplete])
        expect(msg(msgs.invalidAdmin, 'admin@contoso.com')).toBe(
            catalog[msgs.invalidAdmin].replace('{0}', 'admin@contoso.com'),
        )
        control.setLanguage('en')
        expect(msg(msgs.setupIncomplete)).toBe(msgs.setupIncomplete)
        expect(msg(msgs.invalidAdmin, 'admin@contoso.com')).toBe(msgs.invalidAdmin.replace('{0}', 'admin@contoso.com'))
    })

    test('msg() reads the app key (the shipped "en" row wins over the literal) and falls back to the English text when no row exists', () => {
        const msgs = readMsgTable()
        control.setLanguage('de')
        expect(msg(msgs.setupIncomplete)).toBe(msgs.setupIncomplete)
        control.seed('sys_ui_message', [
            {
                key: messageKey(msgs.setupIncomplete),
                language: 'de',
                message: 'Einrichtung unvollständig',
                code: 'x_mioms_m365_assis',
            },
        ])
        expect(msg(msgs.setupIncomplete)).toBe('Einrichtung unvollständig')
        expect(msg('A text with no row {0}', 'x')).toBe('A text with no row x')
        control.setLanguage('en')
    })

    test.each(LANGUAGES)(
        'a UI page renders its t() texts in %s for a user whose preferred_language is that language',
        (lang) => {
            control.seed('sys_user', [
                { user_name: 'i18n.' + lang, first_name: 'I18n', last_name: lang, preferred_language: lang },
            ])
            const runtime = doubleRuntime()
            const page = app.pages.find((p) => p.html.includes('sn_i18n.Message.getMessage'))
            expect(page).toBeDefined()
            const html = toBrowserHtml(page!.html, {
                g_ck: 'ck',
                userName: 'i18n.' + lang,
                userId: '',
                language: lang,
                translate: (scope, text) => runtime.translate('i18n.' + lang, scope, text),
            })
            const catalog = readCatalog(lang)
            const englishOf = new Map(Object.keys(catalog).map((e) => [messageKey(e), e]))
            // The page's own keys: one Jelly getMessage("scope", "<app key>") expression per t() text.
            const keys = [...page!.html.matchAll(/sn_i18n\.Message\.getMessage\("[^"]*", "((?:[^"\\]|\\.)*)"\)/g)].map(
                (m) => m[1].replace(/\\(.)/g, '$1').replace(/&amp;/g, '&'),
            )
            expect(keys.length).toBeGreaterThan(0)
            expect(keys.filter((k) => !englishOf.has(k))).toEqual([])
            const rendered = new Function(
                `${html.match(/window\.__TRANSLATIONS__ = (\{[\s\S]*?\});/)![1]}; return __t`.replace(
                    /^/,
                    'var __t = ',
                ),
            ) as () => Record<string, string>
            expect(rendered()).toEqual(Object.fromEntries(keys.map((k) => [k, catalog[englishOf.get(k)!]])))
        },
    )
})
