import type * as M from '../../../../../src/server/outbound/rules/retry-mode.ts'
import { corpus, loose } from '../../support.ts'

const o = (attempt: number, status: number, transportError: string, idempotent: boolean): M.InteractiveOutcome => ({
    attempt,
    status,
    transportError,
    idempotent,
})
const ERRORS = [
    'java.net.SocketException: Connection reset',
    'Broken pipe (Write failed)',
    'org.apache.http.NoHttpResponseException: host:443 failed to respond',
    'Unexpected end of file from server',
    'CONNECTION RESET BY PEER',
    'Connection refused',
    'Read timed out',
    'connection\u00a0reset',
    '',
]

export default corpus<typeof M>({
    isConnectionReset: ERRORS.map((e): [string] => [e]).concat([loose(null), loose(undefined)]),
    decideInteractiveRetry: [
        [o(1, 0, ERRORS[0], true)],
        [o(2, 0, ERRORS[0], true)],
        [o(1, 0, ERRORS[0], false)],
        [o(1, 0, 'Connection refused', true)],
        [o(1, 503, '', true)],
        [o(1, 429, 'Connection reset', true)],
        [o(0, 0, ERRORS[2], true)],
    ],
})
