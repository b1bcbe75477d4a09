// A remote service that echoes the request's credentials in its error text must not get them into what sendJson
// hands back: `detail` travels to route responses and to setup_state.test_results (a plain field), which the
// log redaction never sees.
import * as control from '../../testkit/glide/control'
import { sendJson } from '../../src/server/outbound/send-json'

const ORIGIN = 'http://echo.invalid:9'
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJhcGk6Ly9jb25uZWN0b3IifQ.c2lnbmF0dXJlLXZhbHVl'

beforeEach(() => {
    control.reset()
    control.registerInProcessHost(ORIGIN, (req) => ({
        status: 403,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
            error: {
                code: 'forbidden',
                message: 'Token rejected: Authorization: ' + req.headers.Authorization + ' client_secret=s3cr3t-value',
            },
        }),
    }))
})
afterEach(() => control.unregisterInProcessHost(ORIGIN))

test('an error message echoing the bearer token or a secret is redacted in detail', () => {
    const r = sendJson({
        service: 'Connector',
        method: 'GET',
        url: ORIGIN + '/ping',
        bearer: () => ({ ok: true, accessToken: TOKEN }),
        retry: 'job',
        policy: { maxAttempts: 1 },
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.status).toBe(403)
    const all = JSON.stringify(r)
    expect(all).not.toContain(TOKEN)
    expect(all).not.toContain('s3cr3t-value')
    expect(r.detail).toContain('forbidden: Token rejected')
    expect(JSON.stringify(control.syslog())).not.toContain(TOKEN)
})
