import { gs } from '@servicenow/glide'
import { messageKey } from '../domain/message-key.ts'

// Every server string a user reads goes through the message catalog (sys_ui_message) under the app's own key
// (domain/message-key.ts), so the French, Danish and Chinese rows apply and the shipped "en" row is the
// fallback. gs.getMessage answers the key itself when no row exists at all (GlideSystem - Scoped docs): then the
// English text is used, so a user never sees a raw key.
export function msg(text: string, ...args: Array<string | number>): string {
    const key = messageKey(text)
    const found = args.length ? gs.getMessage(key, args.map(String)) : gs.getMessage(key)
    if (found && found !== key) return found
    return args.length ? fill(text, args) : text
}

function fill(text: string, args: Array<string | number>): string {
    return text.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m))
}
