import type * as M from '../../../../../src/server/incident/rules/connector-trouble.ts'
import { corpus, loose } from '../../support.ts'

const CODES = [
    'throttled',
    'unavailable',
    'network_error',
    'timeout',
    'bad_json',
    'invalid_response',
    'token_error',
    'unauthorized',
    'forbidden',
    'not_found',
    'not_configured',
    'profile_not_found',
    'cross_scope_refused',
    'unsupported_token_url',
    'oauth_api_script',
    'final_step_incomplete',
    'internal',
    'invalid_request',
    'conflict',
    'invalid_admin',
    'http_error',
    '',
    '__proto__',
    'constructor',
    'toString',
]
const STATUSES = [0, 200, 400, 401, 403, 404, 429, 500, 502, 503, 504, 418, -1, NaN]
const KINDS = ['throttled', 'unavailable', 'timeout', 'bad_response', 'misconfigured', 'failed'] as const

// Corpora run on Rhino too: no Array#flatMap there.
const failures: [{ code: string; status: number }][] = []
for (const code of CODES) for (const status of STATUSES) failures.push([{ code, status }])

export default corpus<typeof M>({
    troubleKind: failures,
    misconfiguredStep: CODES.map((c): [string] => [c]).concat([loose(null), loose(undefined)]),
    isRetryable: KINDS.map((k): [M.TroubleKind] => [k]).concat([loose('other')]),
})
