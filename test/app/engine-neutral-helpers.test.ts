// The helpers that replace engine built-ins whose behaviour differs between Rhino 1.7.14 and V8 (dates, rounding,
// sort, prototype lookups). Here: correctness against V8 where V8 is right, and the inputs both engines got wrong.
// test/rhino runs the same functions on Rhino and compares.
import {
    daysInMonth,
    glideFromMs,
    isoFromMs,
    parseGlideUtc,
    parseIsoInstant,
    utcMs,
} from '../../src/server/domain/iso-time'
import { parseHttpDate } from '../../src/server/domain/http-date'
import { numberText, roundHalfUp } from '../../src/server/domain/numbers'
import { stableSort } from '../../src/server/domain/stable-sort'
import { own } from '../../src/server/domain/own-key'

// Deterministic pseudo-random doubles in [0, 1).
function rng(seed: number): () => number {
    let s = seed
    return () => (s = (s * 48271) % 2147483647) / 2147483647
}

const MIN_MS = -62167219200000 // 0000-01-01T00:00:00.000Z
const MAX_MS = 253402300799999 // 9999-12-31T23:59:59.999Z

describe('iso-time: ISO 8601 without Date.parse', () => {
    it('reads any number of fraction digits, truncating to milliseconds', () => {
        const base = Date.UTC(2020, 10, 12, 7, 7, 38)
        const cases: [string, number][] = [
            ['2020-11-12T07:07:38Z', base],
            ['2020-11-12T07:07:38.9Z', base + 900],
            ['2020-11-12T07:07:38.97Z', base + 970],
            ['2020-11-12T07:07:38.970Z', base + 970],
            ['2020-11-12T07:07:38.9701Z', base + 970],
            ['2020-11-12T07:07:38.9701234Z', base + 970],
            ['2020-11-12T07:07:38.999999999999Z', base + 999],
            ['2020-11-12T07:07:38.0000001Z', base],
        ]
        for (const [s, ms] of cases) expect([s, parseIsoInstant(s)]).toEqual([s, ms])
    })

    it('applies Z, ±hh:mm, ±hhmm and ±hh offsets (RFC 3339 lower-case t/z and a space separator too)', () => {
        const t = Date.UTC(2020, 10, 12, 7, 7, 38, 500)
        for (const s of [
            '2020-11-12T09:07:38.5+02:00',
            '2020-11-12T09:07:38.5+0200',
            '2020-11-12T09:07:38.5+02',
            '2020-11-12T01:37:38.5-05:30',
            '2020-11-12t07:07:38.5z',
            '2020-11-12 07:07:38.5Z',
            '2020-11-12T07:07:38.5-00:00',
        ]) {
            expect([s, parseIsoInstant(s)]).toEqual([s, t])
        }
        expect(parseIsoInstant('2020-11-12T07:07Z')).toBe(Date.UTC(2020, 10, 12, 7, 7))
    })

    it('needs an offset unless told the value is UTC (V8 would read local time, Rhino UTC)', () => {
        expect(parseIsoInstant('2020-11-12T07:07:38.97')).toBeNull()
        expect(parseIsoInstant('2020-11-12T07:07:38.97', { assumeUtc: true })).toBe(
            Date.UTC(2020, 10, 12, 7, 7, 38, 970),
        )
    })

    it('rejects garbage and impossible dates that V8 rolls over (2021-02-29 -> March 1st)', () => {
        const bad = [
            '',
            'garbage',
            '2020-11-12',
            '2021-02-29T00:00:00Z',
            '2100-02-29T00:00:00Z',
            '2020-04-31T00:00:00Z',
            '2020-13-01T00:00:00Z',
            '2020-00-01T00:00:00Z',
            '2020-11-00T00:00:00Z',
            '2020-11-12T24:00:00Z',
            '2020-11-12T23:60:00Z',
            '2020-11-12T23:59:60Z',
            '2020-11-12T07:07:38.Z',
            '2020-11-12T07:07:38+15:00',
            '2020-11-12T07:07:38+02:60',
            '+002020-11-12T07:07:38Z',
            '2020-11-12T7:07:38Z',
            '20201112T070738Z',
            '2020-11-12T07:07:38ZZ',
            '1605164858970',
            'Thu, 12 Nov 2020 07:07:38 GMT',
            '\uff12\uff10\uff12\uff10-11-12T07:07:38Z',
        ]
        for (const s of bad) expect([s, parseIsoInstant(s, { assumeUtc: true })]).toEqual([s, null])
        expect(parseIsoInstant('2020-02-29T12:00:00Z')).toBe(Date.UTC(2020, 1, 29, 12))
        expect(parseIsoInstant(null)).toBeNull()
        expect(parseIsoInstant(undefined)).toBeNull()
    })

    it('agrees with V8 on every 3-digit timestamp from year 0000 to 9999, and writes what toISOString writes', () => {
        const r = rng(7)
        for (let i = 0; i < 5000; i++) {
            const ms = Math.floor(MIN_MS + r() * (MAX_MS - MIN_MS))
            const iso = new Date(ms).toISOString()
            expect(isoFromMs(ms)).toBe(iso)
            expect(parseIsoInstant(iso)).toBe(ms)
            expect(parseIsoInstant(iso.replace('Z', '+05:45'))).toBe(ms - (5 * 60 + 45) * 60000)
            expect(glideFromMs(ms)).toBe(iso.slice(0, 19).replace('T', ' '))
            expect(parseGlideUtc(glideFromMs(ms))).toBe(ms - ((ms - MIN_MS) % 1000))
        }
    })

    it('writes nothing outside years 0000-9999 or for NaN (toISOString would throw or widen the year)', () => {
        for (const ms of [MIN_MS - 1, MAX_MS + 1, NaN, Infinity, 1.5]) expect([ms, isoFromMs(ms)]).toEqual([ms, ''])
        expect(isoFromMs(MIN_MS)).toBe('0000-01-01T00:00:00.000Z')
        expect(isoFromMs(MAX_MS)).toBe('9999-12-31T23:59:59.999Z')
        expect(glideFromMs(NaN)).toBe('')
    })

    it('utcMs keeps years 0-99 (Date.UTC maps them to 19xx) and refuses out-of-range fields', () => {
        expect(utcMs(50, 1, 1, 0, 0, 0, 0)).toBe(new Date('0050-01-01T00:00:00Z').getTime())
        expect(Date.UTC(50, 0, 1)).not.toBe(utcMs(50, 1, 1, 0, 0, 0, 0))
        expect(utcMs(2020, 2, 30, 0, 0, 0, 0)).toBeNull()
        expect(utcMs(2020, 1, 1, 0, 0, 0, 1000)).toBeNull()
        expect([1900, 2000, 2020, 2021].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 29, 28])
    })

    it('reads Glide date-times strictly', () => {
        expect(parseGlideUtc(' 2020-11-12 07:07:38 ')).toBe(Date.UTC(2020, 10, 12, 7, 7, 38))
        for (const s of ['2020-02-30 00:00:00', '2020-11-12T07:07:38', '2020-11-12 07:07', '', '2020-11-12 07:07:38.5'])
            expect([s, parseGlideUtc(s)]).toEqual([s, null])
    })
})

describe('http-date: the three forms of RFC 9110', () => {
    const NOW = Date.UTC(2020, 10, 12, 7, 7, 38, 970)
    const T = Date.UTC(1994, 10, 6, 8, 49, 37)

    it('reads IMF-fixdate, RFC 850 and asctime as the same instant, in GMT', () => {
        for (const s of [
            'Sun, 06 Nov 1994 08:49:37 GMT',
            'Sunday, 06-Nov-94 08:49:37 GMT',
            'Sun Nov  6 08:49:37 1994',
            'sun, 06 nov 1994 08:49:37 gmt',
            '  Sun, 06 Nov 1994 08:49:37 GMT ',
        ]) {
            expect([s, parseHttpDate(s, NOW)]).toEqual([s, T])
        }
    })

    it('puts an RFC 850 year more than 50 years ahead in the past century', () => {
        expect(parseHttpDate('Thursday, 12-Nov-20 07:08:00 GMT', NOW)).toBe(Date.UTC(2020, 10, 12, 7, 8))
        expect(parseHttpDate('Wednesday, 01-Jan-70 00:00:00 GMT', NOW)).toBe(Date.UTC(2070, 0, 1)) // 50 years ahead: kept
        expect(parseHttpDate('Thursday, 01-Jan-71 00:00:00 GMT', NOW)).toBe(Date.UTC(1971, 0, 1)) // 51: past century
        expect(parseHttpDate('Friday, 01-Jan-99 00:00:00 GMT', Date.UTC(2049, 0, 1))).toBe(Date.UTC(2099, 0, 1))
        expect(parseHttpDate('Friday, 01-Jan-99 00:00:00 GMT', Date.UTC(2048, 0, 1))).toBe(Date.UTC(1999, 0, 1))
    })

    it('rejects other shapes and dates that do not exist', () => {
        for (const s of [
            'Thu, 31 Nov 2020 07:08:00 GMT',
            'Mon, 29 Feb 2021 00:00:00 GMT',
            'Thu, 12 Nov 2020 07:08:00 +0000',
            'Thu, 12 Nov 2020 07:08:00',
            '12 Nov 2020 07:08:00 GMT',
            'Xyz, 12 Nov 2020 07:08:00 GMT',
            '2020-11-12T07:08:00Z',
            '120',
            '',
        ]) {
            expect([s, parseHttpDate(s, NOW)]).toEqual([s, null])
        }
    })
})

describe('numbers', () => {
    it('roundHalfUp is Math.round on ordinary values, without Rhino ceiling at 2^63', () => {
        const r = rng(11)
        for (let i = 0; i < 5000; i++) {
            const x = (r() - 0.5) * Math.pow(10, Math.floor(r() * 12))
            expect(roundHalfUp(x)).toBe(Math.round(x) || 0)
        }
        expect([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994].map(roundHalfUp)).toEqual([1, 2, 3, 0, -1, -2, 0])
        expect(roundHalfUp(1e19)).toBe(1e19)
        expect(roundHalfUp(-1e19)).toBe(-1e19)
        expect(Object.is(roundHalfUp(-0.4), 0)).toBe(true)
    })

    it('numberText writes integers as they are and fractions with at most 6 decimals', () => {
        expect(
            [3, -42, 0, -0, 1e20, 0.1 + 0.2, 1 / 3, 2.5, 5e-324, 123456.789, NaN, Infinity, -Infinity, 1e21].map(
                numberText,
            ),
        ).toEqual([
            '3',
            '-42',
            '0',
            '0',
            '100000000000000000000',
            '0.3',
            '0.333333',
            '2.5',
            '0',
            '123456.789',
            'NaN',
            'Infinity',
            '-Infinity',
            '1e+21',
        ])
    })
})

describe('stableSort and own', () => {
    it('keeps the input order of equal items (Rhino sort does not) and leaves the input alone', () => {
        const items = Array.from({ length: 1000 }, (_, i) => ({ k: (i * 7) % 3, i }))
        const copy = items.slice()
        const sorted = stableSort(items, (a, b) => a.k - b.k)
        expect(items).toEqual(copy)
        for (let j = 1; j < sorted.length; j++) {
            expect(
                sorted[j - 1].k < sorted[j].k || (sorted[j - 1].k === sorted[j].k && sorted[j - 1].i < sorted[j].i),
            ).toBe(true)
        }
        expect(stableSort([3, 1, 2], () => NaN)).toEqual([3, 1, 2])
    })

    it('own() finds only the table own keys', () => {
        const t: Record<string, string> = { amp: '&' }
        expect(['amp', 'constructor', '__proto__', 'toString', 'gt'].map((k) => own(t, k))).toEqual([
            '&',
            undefined,
            undefined,
            undefined,
            undefined,
        ])
    })
})
