// Link Account through the double: administrators only, format and domain checks, one row per user.
import * as control from '../../testkit/glide/control'
import { ADMIN, INSIGHTS, T, call, installWorld } from '../../testkit/worlds/incident-world'
import { getLinkAccount, putLinkAccount } from '../../src/server/cases/link-account-routes'
import { linkAccount, readLinkedAccount } from '../../src/server/cases/linked-account-service'

beforeEach(() => installWorld(null))

const put = (adminEmail: unknown, user = ADMIN) => call(putLinkAccount, user, { method: 'PUT', body: { adminEmail } })

test('insights users are refused', () => {
    expect(call(getLinkAccount, INSIGHTS).status).toBe(403)
    expect(put('admin@contoso.onmicrosoft.com', INSIGHTS).status).toBe(403)
    expect(control.rows(T.linked)).toHaveLength(0)
})

test('an administrator links, re-links (one row) and reads the account back', () => {
    expect(call(getLinkAccount, ADMIN).json).toMatchObject({
        user: ADMIN,
        linked: null,
        tenantDomain: 'contoso.onmicrosoft.com',
    })
    const r = put('admin@contoso.onmicrosoft.com')
    expect(r.status).toBe(200)
    expect(r.json).toMatchObject({ linked: { adminEmail: 'admin@contoso.onmicrosoft.com', valid: true }, note: null })
    const other = put('it.admin@contoso.com')
    expect(other.status).toBe(200)
    expect(String(other.json.note)).toContain('contoso.onmicrosoft.com')
    expect(control.rows(T.linked)).toHaveLength(1)
    expect(control.rows(T.linked)[0]).toMatchObject({ admin_email: 'it.admin@contoso.com', valid: 'true' })
    expect(call(getLinkAccount, ADMIN).json).toMatchObject({
        linked: { adminEmail: 'it.admin@contoso.com', valid: true },
    })
})

test("the page gets the session's language and time zone, to show when the address was checked", () => {
    control.setLanguage('fr')
    const admin = control.rows('sys_user').find((u) => u.user_name === ADMIN)!
    control.setFields('sys_user', admin.sys_id, { time_zone: 'Asia/Tokyo' })
    expect(call(getLinkAccount, ADMIN).json).toMatchObject({ language: 'fr', timeZone: 'Asia/Tokyo' })
})

test('malformed or personal addresses are refused with a field message and nothing is stored', () => {
    for (const bad of ['', 'admin@', 'someone@outlook.com', 42]) {
        const r = put(bad)
        expect(r.status).toBe(422)
        expect(r.json.error).toMatchObject({ code: 'invalid_admin_email' })
    }
    expect(control.rows(T.linked)).toHaveLength(0)
})

test('no user id: nothing is read or written (user is the unique column; an empty id never becomes a query)', () => {
    control.seed(T.linked, [{ admin_email: 'orphan@contoso.onmicrosoft.com', valid: 'true' }])
    expect(readLinkedAccount('')).toBeNull()
    expect(linkAccount('', 'admin@contoso.onmicrosoft.com')).toMatchObject({ ok: false, saved: false })
    expect(control.rows(T.linked)).toHaveLength(1)
})

test('gated like every feature: before Setup is complete and on insights-only installs nothing is read or linked', () => {
    const gated = (opts: Parameters<typeof installWorld>[1], code: string, message: RegExp) => {
        installWorld(null, opts)
        for (const r of [call(getLinkAccount, ADMIN), put('admin@contoso.onmicrosoft.com')]) {
            expect(r.status).toBe(409)
            expect(r.json.error).toMatchObject({ code })
            expect(String(r.json.error?.message)).toMatch(message)
        }
        expect(control.rows(T.linked)).toHaveLength(0)
        // Role first: an insights user is still told it is not for them.
        expect(call(getLinkAccount, INSIGHTS).status).toBe(403)
    }
    gated(
        { setupComplete: false },
        'setup_incomplete',
        /^Please contact your ServiceNow admin and ask them to complete the (setup steps|final set up step) for the app\.$/,
    )
    gated({ configuration: 'insights' }, 'insights_only', /insights only/)
})
