// sn-translate (ServiceNow's UI translation helper) ships no types. The SDK build collects every literal
// first argument of t() into <page>.translations.json and the page's Jelly fills window.__TRANSLATIONS__
// with sn_i18n.Message.getMessage(scope, text) for the user's language.
declare module 'sn-translate' {
    export function t(text: string, ...args: Array<string | number>): string
}
