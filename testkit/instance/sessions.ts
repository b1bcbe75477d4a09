import { randomBytes } from 'node:crypto'

// Browser sessions of the sandbox instance: a cookie names the session, and the page carries g_ck, which
// every API call must echo in X-UserToken (the platform's CSRF check for session-authenticated REST calls).
export interface Session {
    id: string
    userName: string
    g_ck: string
}

export class Sessions {
    private byId = new Map<string, Session>()

    create(userName: string): Session {
        const s = { id: randomBytes(16).toString('hex'), userName, g_ck: randomBytes(24).toString('hex') }
        this.byId.set(s.id, s)
        return s
    }

    fromCookie(cookieHeader: string | undefined): Session | undefined {
        const m = /(?:^|;\s*)glide_session=([a-f0-9]+)/.exec(cookieHeader ?? '')
        return m ? this.byId.get(m[1]) : undefined
    }

    cookieFor(s: Session): string {
        return `glide_session=${s.id}; Path=/; HttpOnly; SameSite=Strict`
    }
}
