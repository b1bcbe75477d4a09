import { gs } from '@servicenow/glide'

// Every server string a user reads goes through the message catalog (sys_ui_message), keyed by its English
// text as the platform does, so French, Danish and Chinese translations apply and English is the fallback.
export function msg(text: string, ...args: Array<string | number>): string {
    return args.length ? gs.getMessage(text, args.map(String)) : gs.getMessage(text)
}
