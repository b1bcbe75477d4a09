// Retry-After as an HTTP-date in each of the three forms HTTP allows (Rhino's Date.parse rejects RFC 850, and
// both engines read asctime as local time). Run by graph-times.test.ts.
import type * as M from '../../../src/server/outbound/rules/retry-policy.ts'
import { corpus } from '../corpus/support.ts'

const NOW = 1605164858970 // 2020-11-12T07:07:38.970Z

export default corpus<Pick<typeof M, 'parseRetryAfterMs'>>({
    parseRetryAfterMs: [
        ['Thu, 12 Nov 2020 07:08:00 GMT', NOW],
        ['Thursday, 12-Nov-20 07:08:00 GMT', NOW],
        ['Thu Nov 12 07:08:00 2020', NOW],
        ['99999999999999999999', NOW],
    ],
})

export const EXPECTED = {
    parseRetryAfterMs: [21030, 21030, 21030, 1e23],
}
