import { IncomingMessage } from 'node:http'
import { Sessions } from './sessions.ts'

// How the sandbox instance decides who is calling, in the platform's order: a browser session (with the
// X-UserToken check), HTTP basic auth of a sys_user, or a bearer token accepted by a registered verifier
// (the OIDC provider configuration path, added by the inbound API work).
export interface Caller {
    userName: string
    via: 'session' | 'basic' | 'bearer'
}

export type AuthOutcome =
    | { ok: true; caller: Caller | null }
    | { ok: false; status: number; message: string; detail: string }

export interface UserDirectory {
    /** Checks a user's password; returns false for unknown, inactive or locked users. */
    checkPassword(userName: string, password: string): boolean
}

// Async because JWT signature checks (jose) are; the route itself then runs synchronously like on Rhino.
export type BearerVerifier = (token: string) => Promise<{ userName: string } | { error: string }>

export interface AuthDeps {
    sessions: Sessions
    users: UserDirectory
    bearer?: BearerVerifier
}

export async function authenticate(req: IncomingMessage, deps: AuthDeps): Promise<AuthOutcome> {
    const authz = req.headers.authorization ?? ''
    if (/^basic /i.test(authz)) {
        const decoded = Buffer.from(authz.slice(6).trim(), 'base64').toString('utf8')
        const i = decoded.indexOf(':')
        const user = i < 0 ? decoded : decoded.slice(0, i)
        const pass = i < 0 ? '' : decoded.slice(i + 1)
        if (!deps.users.checkPassword(user, pass))
            return {
                ok: false,
                status: 401,
                message: 'User Not Authenticated',
                detail: 'Required to provide Auth information',
            }
        return { ok: true, caller: { userName: user, via: 'basic' } }
    }
    if (/^bearer /i.test(authz)) {
        if (!deps.bearer)
            return {
                ok: false,
                status: 401,
                message: 'User Not Authenticated',
                detail: 'Bearer tokens are not accepted: no OIDC provider is configured',
            }
        const r = await deps.bearer(authz.slice(7).trim())
        if ('error' in r) return { ok: false, status: 401, message: 'User Not Authenticated', detail: r.error }
        return { ok: true, caller: { userName: r.userName, via: 'bearer' } }
    }
    const session = deps.sessions.fromCookie(req.headers.cookie)
    if (session) {
        const token = req.headers['x-usertoken']
        if (token !== session.g_ck)
            return {
                ok: false,
                status: 401,
                message: 'User Not Authenticated',
                detail: 'Missing or invalid X-UserToken for this session',
            }
        return { ok: true, caller: { userName: session.userName, via: 'session' } }
    }
    return { ok: true, caller: null }
}
