import type * as M from '../../../../../src/server/outbound/rules/retry-policy.ts'
import { DEFAULT_RETRY_POLICY } from '../../../../../src/server/outbound/rules/retry-policy.ts'
import { T2020, corpus, loose, seq } from '../../support.ts'

const P = DEFAULT_RETRY_POLICY

export default corpus<typeof M>({
    attemptsFromRetries: [[0], [3], [5], [99], [-1], [2.7], [NaN], loose('4'), loose('x'), loose(null), [Infinity]],
    isRetryableStatus: [[429], [500], [502], [503], [504], [0], [200]],
    parseRetryAfterMs: [
        ['120', T2020],
        ['0', T2020],
        ['1.5', T2020],
        [' 7 ', T2020],
        ['', T2020],
        [null, T2020],
        [undefined, T2020],
        ['soon', T2020],
        ['-5', T2020],
        ['99999999999999999999', T2020],
        ['9223372036854775.808', T2020],
        ['0.0005', T2020],
        ['1e3', T2020],
        ['Thu, 12 Nov 2020 07:08:00 GMT', T2020],
        ['Thu, 12 Nov 2020 07:00:00 GMT', T2020],
        ['Thursday, 12-Nov-20 07:08:00 GMT', T2020],
        ['Thu Nov 12 07:08:00 2020', T2020],
        ['Thu, 12 Nov 2020 07:08:00 +0000', T2020],
        ['Thu, 12 Nov 2020 07:08:00', T2020],
        ['12 Nov 2020 07:08:00 GMT', T2020],
        ['Thu, 31 Nov 2020 07:08:00 GMT', T2020],
        ['2020-11-12T07:08:00Z', T2020],
    ],
    backoffDelayMs: [
        [1, P, seq(0)],
        [1, P, seq(1)],
        [2, P, seq(0.5)],
        [5, P, seq(0.25)],
        [0, P, seq(0.5)],
        [3.7, P, seq(2)],
        [2, P, seq(-1)],
    ],
    decideRetry: [
        [{ attempt: 1, status: 503, waitedMs: 0, idempotent: true }, P, seq(0.5)],
        [{ attempt: 1, status: 429, waitedMs: 0, idempotent: false, retryAfterMs: 2000 }, P, seq(0.5)],
        [{ attempt: 1, status: 429, waitedMs: 0, idempotent: true, retryAfterMs: 60000 }, P, seq(0.5)],
        [{ attempt: 4, status: 503, waitedMs: 0, idempotent: true }, P, seq(0.5)],
        [{ attempt: 2, status: 0, transportError: true, waitedMs: 7900, idempotent: true }, P, seq(0.9)],
        [{ attempt: 2, status: 0, waitedMs: 0, idempotent: true }, P, seq(0.9)],
        [{ attempt: 1, status: 500, waitedMs: 0, idempotent: true }, P, seq(0.9)],
        [{ attempt: 1, status: 503, waitedMs: 8000, idempotent: true }, P, seq(0.9)],
    ],
})
