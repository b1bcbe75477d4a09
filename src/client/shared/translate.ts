// What `import { t } from 'sn-translate'` runs in the pages (now.prebuild.mjs points the import here).
// The build rewrites each t('English text', ...) into t({ code: '<app key>', message: 'English text' }, ...): the
// SDK then ships the "en" row under the app's key and the page's Jelly fills window.__TRANSLATIONS__ with
// sn_i18n.Message.getMessage(scope, key) for the user's language. sn-translate 19.1.0 itself cannot take that
// object form, hence this runtime. Placeholders follow sn-translate ({0}, {1}; a missing value prints nothing).

export interface MessageEntry {
    code: string
    message: string
}

declare global {
    interface Window {
        __TRANSLATIONS__?: Record<string, string>
    }
}

export function t(entry: MessageEntry | string, ...args: Array<string | number>): string {
    const e = typeof entry === 'string' ? { code: entry, message: entry } : entry
    const found = typeof window !== 'undefined' ? window.__TRANSLATIONS__?.[e.code] : undefined
    // Jelly answers the key itself when no row matched: show the English text then, never the key.
    const text = typeof found === 'string' && found !== '' && found !== e.code ? found : e.message
    return text.replace(/\{(\d+)\}/g, (_m, i: string) => {
        const v = args[Number(i)]
        return v === undefined || v === null ? '' : String(v)
    })
}
