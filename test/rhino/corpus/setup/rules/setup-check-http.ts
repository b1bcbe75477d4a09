import type * as M from '../../../../../src/server/setup/rules/setup-check-http.ts'
import { CHECKS } from '../../../../../src/server/setup/rules/setup-checks.ts'
import { corpus } from '../../support.ts'

const [, OIDC, TOKEN, PING, INBOUND] = CHECKS
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47'
const ctx = { allowLoopback: false }
const loop = { allowLoopback: true }
const meta = (issuer: string, jwks = 'https://login.microsoftonline.com/common/discovery/keys') => ({
    status: 200,
    body: JSON.stringify({ issuer, jwks_uri: jwks }),
    error: '',
})
const keys = { status: 200, body: '{"keys":[{"kid":"1"}]}', error: '' }
const call = (ok: boolean, status: number, code: string, detail: string) => ({ ok, status, code, detail })
const URL = 'https://login.microsoftonline.com/contoso.onmicrosoft.com/.well-known/openid-configuration'

export default corpus<typeof M>({
    interpretMetadata: [
        [OIDC, URL, '1.0', meta('https://sts.windows.net/' + TENANT + '/'), keys, ctx],
        [OIDC, URL, '2.0', meta('https://login.microsoftonline.com/' + TENANT + '/v2.0'), keys, ctx],
        [OIDC, URL, '1.0', meta('https://login.microsoftonline.com/' + TENANT + '/v2.0'), keys, ctx],
        [OIDC, URL, '1.0', meta('http://127.0.0.1:4010/' + TENANT + '/'), keys, loop],
        [OIDC, URL, '1.0', meta('https://sts.windows.net/not-a-guid/'), keys, ctx],
        [
            OIDC,
            URL,
            '1.0',
            meta('https://sts.windows.net/' + TENANT + '/'),
            { status: 200, body: '{"keys":[]}', error: '' },
            ctx,
        ],
        [OIDC, URL, '1.0', meta('https://sts.windows.net/' + TENANT + '/'), null, ctx],
        [OIDC, URL, '1.0', { status: 0, body: '', error: 'Connection refused' }, null, ctx],
        [OIDC, URL, '2.0', { status: 404, body: 'Not found', error: '' }, null, ctx],
        [OIDC, URL, '1.0', { status: 200, body: '<html>', error: '' }, null, ctx],
    ],
    aadstsCode: [['AADSTS7000215: bad'], ['error AADSTS700016'], ['none'], ['']],
    interpretToken: [
        [TOKEN, 'M365 profile', call(true, 200, 'ok', '')],
        [
            TOKEN,
            'M365 profile',
            call(false, 401, 'invalid_client', 'AADSTS7000215: Invalid client secret provided.\nTrace ID: x'),
        ],
        [TOKEN, 'p', call(false, 400, 'AADSTS90002', 'Tenant not found')],
        [TOKEN, 'p', call(false, 400, 'invalid_request', 'AADSTS99999: unknown')],
        [TOKEN, 'p', call(false, 0, 'cross_scope_refused', 'refused')],
        [TOKEN, 'p', call(false, 0, 'network_error', 'UnknownHostException')],
        [TOKEN, 'p', call(false, 503, 'unavailable', 'x'.repeat(400))],
    ],
    interpretConnectorPing: [
        [PING, 'https://connector.example.com', call(true, 200, 'ok', '')],
        [PING, 'https://connector.example.com', call(false, 0, 'timeout', 'Read timed out')],
        [PING, 'https://connector.example.com', call(false, 401, 'unauthorized', 'bad token')],
        [PING, 'https://connector.example.com', call(false, 403, 'forbidden', 'repo')],
        [PING, 'https://connector.example.com', call(false, 404, 'not_found', '')],
        [PING, 'https://connector.example.com', call(false, 502, 'unavailable', 'line1\r\nline2')],
    ],
    interpretInboundPing: [
        [INBOUND, 'https://x.service-now.com/api/ping', { status: 401, body: '', error: '' }],
        [INBOUND, 'https://x.service-now.com/api/ping', { status: 0, body: '', error: 'timeout' }],
        [INBOUND, 'https://x.service-now.com/api/ping', { status: 200, body: '', error: '' }],
        [INBOUND, 'https://x.service-now.com/api/ping', { status: 404, body: '', error: '' }],
        [INBOUND, 'https://x.service-now.com/api/ping', { status: 403, body: '', error: '' }],
        [INBOUND, 'https://x.service-now.com/api/ping', { status: 500, body: '', error: '' }],
    ],
})
