import { gs } from '@servicenow/glide'

// One place for logging: the scoped log source is the scope name, so System Logs can be filtered on
// source = x_mioms_m365_assis. Callers pass values, never tokens, secrets or passwords; `redact` is a
// last line of defence for strings that might carry one (e.g. a remote error body echoing a request).
const SECRET_PATTERNS: RegExp[] = [
    /(bearer\s+)[A-Za-z0-9\-._~+/]+=*/gi,
    /("?(?:access_token|refresh_token|id_token|client_secret|password|secret)"?\s*[:=]\s*"?)[^"&\s,}]+/gi,
    /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g,
]

export function redact(text: string): string {
    let out = String(text)
    for (const p of SECRET_PATTERNS)
        out = out.replace(p, (_m: string, head?: string) => (typeof head === 'string' ? head : '') + '[redacted]')
    return out
}

function fmt(message: string, args: unknown[]): string {
    return redact(
        message.replace(/\{(\d+)\}/g, (m: string, i: string) =>
            args[Number(i)] === undefined ? m : String(args[Number(i)]),
        ),
    )
}

export const log = {
    info(message: string, ...args: unknown[]): void {
        gs.info(fmt(message, args))
    },
    warn(message: string, ...args: unknown[]): void {
        gs.warn(fmt(message, args))
    },
    error(message: string, ...args: unknown[]): void {
        gs.error(fmt(message, args))
    },
    debug(message: string, ...args: unknown[]): void {
        gs.debug(fmt(message, args))
    },
}
