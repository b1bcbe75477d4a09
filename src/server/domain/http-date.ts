import { isoFromMs, utcMs } from './iso-time.ts'

// HTTP-date (RFC 9110 5.6.7), as in Retry-After: IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", and the obsolete
// RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT" and asctime "Sun Nov  6 08:49:37 1994" forms recipients must accept.
// Parsed here because the engines disagree: Rhino rejects the RFC 850 form, and both read asctime (which is UTC)
// as local time and roll "31 Nov" over into December.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const DAY = '(?:mon|tue|wed|thu|fri|sat|sun)'
const LONG_DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)'
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})'

const IMF_FIXDATE = new RegExp('^' + DAY + ', (\\d{2}) ' + MONTH + ' (\\d{4}) ' + TIME + ' GMT$', 'i')
const RFC850 = new RegExp('^' + LONG_DAY + ', (\\d{2})-' + MONTH + '-(\\d{2}) ' + TIME + ' GMT$', 'i')
const ASCTIME = new RegExp('^' + DAY + ' ' + MONTH + ' +(\\d{1,2}) ' + TIME + ' (\\d{4})$', 'i')

function at(y: number, month: string, d: number, h: string, mi: string, s: string): number | null {
    return utcMs(y, MONTHS.indexOf(month.toLowerCase()) + 1, d, Number(h), Number(mi), Number(s), 0)
}

/**
 * RFC 850's two-digit year: "a timestamp that appears to be more than 50 years in the future" is in the past
 * century (RFC 9110 5.6.7), judged from `nowMs`.
 */
function fullYear(yy: number, nowMs: number): number {
    const iso = isoFromMs(Math.floor(nowMs))
    const now = iso ? Number(iso.slice(0, 4)) : 2000
    let y = Math.floor(now / 100) * 100 + yy
    if (y > now + 50) y -= 100
    return y
}

/** Epoch milliseconds of an HTTP-date, or null when the value is none of the three forms or names no real date. */
export function parseHttpDate(value: string | null | undefined, nowMs: number): number | null {
    const v = String(value === null || value === undefined ? '' : value).trim()
    let m = IMF_FIXDATE.exec(v)
    if (m) return at(Number(m[3]), m[2], Number(m[1]), m[4], m[5], m[6])
    m = RFC850.exec(v)
    if (m) return at(fullYear(Number(m[3]), nowMs), m[2], Number(m[1]), m[4], m[5], m[6])
    m = ASCTIME.exec(v)
    if (m) return at(Number(m[6]), m[1], Number(m[2]), m[3], m[4], m[5])
    return null
}
