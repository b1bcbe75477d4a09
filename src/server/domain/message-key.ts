// The app's own sys_ui_message key for an English text. sys_ui_message is not scoped: a row keyed "Cancel" in
// French would relabel Cancel across the whole instance. So every message the app ships is keyed
// x_mioms_m365_assis.<slug>.<hash> (slug: up to 40 characters of the text, for people reading the Messages list;
// hash: FNV-1a over the UTF-16 text, so keys stay unique, short and case-distinct), and the English text ships
// as the key's "en" row. Code calls msg('English text') / t('English text'); the key is derived, never typed.
// The client build (now.prebuild.mjs) loads this file too: keep it free of imports.

export const MESSAGE_KEY_PREFIX = 'x_mioms_m365_assis.'

function fnv1a32(text: string): string {
    let h = 0x811c9dc5
    for (let i = 0; i < text.length; i++) {
        h = (h ^ text.charCodeAt(i)) >>> 0
        // h * 16777619 (the FNV prime) modulo 2^32, with shifts: exact in doubles on every engine.
        h = (h + (h << 1) + (h << 4) + (h << 7) + (h << 8) + (h << 24)) >>> 0
    }
    return ('0000000' + h.toString(16)).slice(-8)
}

export function messageKey(text: string): string {
    const slug = text
        .replace(/[^A-Za-z0-9]+/g, '_')
        .toLowerCase()
        .slice(0, 40)
        .replace(/^_+|_+$/g, '')
    return MESSAGE_KEY_PREFIX + (slug ? slug + '.' : '') + fnv1a32(text)
}
