// ISO 8601 / RFC 3339 instants <-> epoch milliseconds without the engine's Date parser. Rhino's Date.parse
// accepts exactly three fraction digits (Microsoft Graph trims trailing zeros, so it sends 0 to 7), reads an
// offset-less time as UTC where V8 reads local time, and V8 rolls 2021-02-29 over to March 1st: the instance and
// the tests would disagree. Only integer arithmetic here, so both engines give the same answer.

// date T time [.fraction] [Z | +hh:mm | +hhmm | +hh]; 'T' may be 't' or one space (RFC 3339 5.6 note).
const ISO = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?([Zz]|([+-])(\d{2})(?::?(\d{2}))?)?$/

const DAY_MS = 86400000
/** Largest offset in use (Line Islands +14:00); anything above is a typo or garbage. */
const MAX_OFFSET_MINUTES = 14 * 60

export function isLeapYear(y: number): boolean {
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

/** Days in month `m` (1-12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
    return m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31
}

// Days from 1970-01-01 to the civil date (proleptic Gregorian), H. Hinnant's days_from_civil.
function daysFromCivil(y: number, m: number, d: number): number {
    const yy = m <= 2 ? y - 1 : y
    const era = Math.floor(yy / 400)
    const yoe = yy - era * 400
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
    return era * 146097 + doe - 719468
}

/**
 * Epoch milliseconds of a UTC civil date-time (month 1-12), or null when a field is out of range. Unlike
 * Date.UTC it neither maps years 0-99 to 19xx nor rolls 31 April over into May.
 */
export function utcMs(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number | null {
    const fields = [y, mo, d, h, mi, s, ms]
    for (let i = 0; i < fields.length; i++) if (Math.floor(fields[i]) !== fields[i]) return null
    if (y < 0 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null
    if (h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59 || ms < 0 || ms > 999) return null
    return daysFromCivil(y, mo, d) * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000 + ms
}

export interface IsoOptions {
    /** Read a time without an offset as UTC (Graph and Glide values are UTC); otherwise it is rejected. */
    assumeUtc?: boolean
}

/**
 * Epoch milliseconds of an ISO 8601 date-time, or null for anything else (garbage, impossible dates such as
 * 2021-02-29, a missing offset unless assumeUtc). Any number of fraction digits; milliseconds are truncated.
 */
export function parseIsoInstant(value: string | null | undefined, opts: IsoOptions = {}): number | null {
    const m = ISO.exec(String(value === null || value === undefined ? '' : value).trim())
    if (!m) return null
    if (!m[8] && !opts.assumeUtc) return null
    const fraction = m[7] ? (m[7] + '00').slice(0, 3) : '0'
    const local = utcMs(
        Number(m[1]),
        Number(m[2]),
        Number(m[3]),
        Number(m[4]),
        Number(m[5]),
        m[6] ? Number(m[6]) : 0,
        Number(fraction),
    )
    if (local === null) return null
    let offsetMinutes = 0
    if (m[9]) {
        const oh = Number(m[10])
        const om = m[11] ? Number(m[11]) : 0
        if (om > 59 || oh * 60 + om > MAX_OFFSET_MINUTES) return null
        offsetMinutes = (m[9] === '-' ? -1 : 1) * (oh * 60 + om)
    }
    return local - offsetMinutes * 60000
}

function civilFromMs(ms: number): {
    y: number
    mo: number
    d: number
    h: number
    mi: number
    s: number
    milli: number
} {
    const days = Math.floor(ms / DAY_MS)
    const rest = ms - days * DAY_MS
    // H. Hinnant's civil_from_days.
    const z = days + 719468
    const era = Math.floor(z / 146097)
    const doe = z - era * 146097
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
    const mp = Math.floor((5 * doy + 2) / 153)
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1
    const mo = mp < 10 ? mp + 3 : mp - 9
    const y = yoe + era * 400 + (mo <= 2 ? 1 : 0)
    return {
        y,
        mo,
        d,
        h: Math.floor(rest / 3600000),
        mi: Math.floor(rest / 60000) % 60,
        s: Math.floor(rest / 1000) % 60,
        milli: rest % 1000,
    }
}

const pad = (n: number, width: number): string => {
    let s = String(n)
    while (s.length < width) s = '0' + s
    return s
}

/** Whether `ms` is an instant these formats can write (years 0000-9999, whole milliseconds). */
export function isWritableMs(ms: number): boolean {
    return (
        typeof ms === 'number' &&
        isFinite(ms) &&
        Math.floor(ms) === ms &&
        ms >= -62167219200000 &&
        ms <= 253402300799999
    )
}

/** "yyyy-MM-ddTHH:mm:ss.SSSZ" (what Date.prototype.toISOString writes), '' outside years 0000-9999. */
export function isoFromMs(ms: number): string {
    if (!isWritableMs(ms)) return ''
    const c = civilFromMs(ms)
    return (
        pad(c.y, 4) +
        '-' +
        pad(c.mo, 2) +
        '-' +
        pad(c.d, 2) +
        'T' +
        pad(c.h, 2) +
        ':' +
        pad(c.mi, 2) +
        ':' +
        pad(c.s, 2) +
        '.' +
        pad(c.milli, 3) +
        'Z'
    )
}

/** GlideDateTime's UTC storage format "yyyy-MM-dd HH:mm:ss", '' outside years 0000-9999. */
export function glideFromMs(ms: number): string {
    const iso = isoFromMs(Math.floor(ms))
    return iso ? iso.slice(0, 10) + ' ' + iso.slice(11, 19) : ''
}

/** Epoch milliseconds of a GlideDateTime UTC value "yyyy-MM-dd HH:mm:ss" (surrounding spaces allowed), or null. */
export function parseGlideUtc(value: string | null | undefined): number | null {
    const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(
        String(value === null || value === undefined ? '' : value).trim(),
    )
    return m ? utcMs(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), 0) : null
}
