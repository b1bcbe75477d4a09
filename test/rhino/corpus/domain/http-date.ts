import type * as M from '../../../../src/server/domain/http-date.ts'
import { T2020, corpus, loose } from '../support.ts'

const NOW = T2020 // 2020-11-12
const DATES = [
    'Thu, 12 Nov 2020 07:08:00 GMT',
    'thu, 12 NOV 2020 07:08:00 gmt',
    'Sun, 06 Nov 1994 08:49:37 GMT',
    'Sunday, 06-Nov-94 08:49:37 GMT',
    'Thursday, 12-Nov-20 07:08:00 GMT',
    'Monday, 01-Jan-69 00:00:00 GMT',
    'Monday, 01-Jan-71 00:00:00 GMT',
    'Sun Nov  6 08:49:37 1994',
    'Sun Nov 16 08:49:37 1994',
    'Sun Nov 6 08:49:37 1994',
    'Thu, 31 Nov 2020 07:08:00 GMT',
    'Sat, 29 Feb 2020 00:00:00 GMT',
    'Mon, 29 Feb 2021 00:00:00 GMT',
    'Thu, 12 Nov 2020 24:00:00 GMT',
    'Thu, 12 Nov 2020 07:08:00 +0000',
    'Thu, 12 Nov 2020 07:08:00',
    '12 Nov 2020 07:08:00 GMT',
    'Thu, 12 Nov 2020 07:08 GMT',
    'Xyz, 12 Nov 2020 07:08:00 GMT',
    '  Thu, 12 Nov 2020 07:08:00 GMT  ',
    '2020-11-12T07:08:00Z',
    '120',
    '',
]

export default corpus<typeof M>({
    parseHttpDate: DATES.map((d): Parameters<typeof M.parseHttpDate> => [d, NOW]).concat([
        ['Sunday, 06-Nov-94 08:49:37 GMT', Date.UTC(2050, 0, 1)],
        ['Friday, 01-Jan-99 00:00:00 GMT', Date.UTC(2048, 0, 1)],
        ['Friday, 01-Jan-99 00:00:00 GMT', NaN],
        [null, NOW],
        [undefined, NOW],
        loose(42, NOW),
    ]),
})
