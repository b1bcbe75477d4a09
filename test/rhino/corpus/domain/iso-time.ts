import type * as M from '../../../../src/server/domain/iso-time.ts'
import { ISO_SAMPLES, T2020, T2026, corpus, loose } from '../support.ts'

const INSTANTS = [T2020, T2026, 0, -1, 1, 951782400000, 951868799999, -62167219200000, -62167219200001, 253402300799999, 253402300800000, 1.5, NaN, Infinity, -Infinity, 8.64e15]

export default corpus<typeof M>({
    isLeapYear: [[2020], [2021], [1900], [2000], [2100], [2400], [0], [4]],
    daysInMonth: [[2020, 2], [2021, 2], [1900, 2], [2000, 2], [2021, 1], [2021, 4], [2021, 6], [2021, 9], [2021, 11], [2021, 12], [2021, 13]],
    utcMs: [
        [2020, 11, 12, 7, 7, 38, 970],
        [1970, 1, 1, 0, 0, 0, 0],
        [1969, 12, 31, 23, 59, 59, 999],
        [50, 1, 1, 0, 0, 0, 0],
        [0, 1, 1, 0, 0, 0, 0],
        [9999, 12, 31, 23, 59, 59, 999],
        [10000, 1, 1, 0, 0, 0, 0],
        [-1, 1, 1, 0, 0, 0, 0],
        [2020, 2, 29, 0, 0, 0, 0],
        [2021, 2, 29, 0, 0, 0, 0],
        [2020, 4, 31, 0, 0, 0, 0],
        [2020, 0, 1, 0, 0, 0, 0],
        [2020, 1, 0, 0, 0, 0, 0],
        [2020, 1, 1, 24, 0, 0, 0],
        [2020, 1, 1, 0, 60, 0, 0],
        [2020, 1, 1, 0, 0, 60, 0],
        [2020, 1, 1, 0, 0, 0, 1000],
        [2020, 1, 1.5, 0, 0, 0, 0],
        [NaN, 1, 1, 0, 0, 0, 0],
    ],
    parseIsoInstant: ISO_SAMPLES.map((s): Parameters<typeof M.parseIsoInstant> => [s])
        .concat(ISO_SAMPLES.map((s): Parameters<typeof M.parseIsoInstant> => [s, { assumeUtc: true }]))
        .concat([[null], [undefined], loose(1605164858970), loose({ toString: () => '2020-11-12T07:07:38.97Z' })]),
    isWritableMs: INSTANTS.map((n): [number] => [n]).concat([loose('0')]),
    isoFromMs: INSTANTS.map((n): [number] => [n]),
    glideFromMs: INSTANTS.map((n): [number] => [n]),
    parseGlideUtc: [['2020-11-12 07:07:38'], [' 2020-11-12 07:07:38\n'], ['2020-02-29 23:59:59'], ['2021-02-29 00:00:00'], ['0050-01-01 00:00:00'], ['2020-11-12T07:07:38'], ['2020-11-12 07:07'], ['2020-11-12 07:07:38.5'], [''], [null], [undefined]],
})
