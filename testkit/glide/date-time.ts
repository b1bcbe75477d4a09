// GlideDateTime / GlideDuration over the double's clock (control.clock). Everything is UTC: the double's
// users have no time zone preference, so display values equal internal values.
import { formatUtc, nowMs, parseUtc } from './store'

const DAY = 86_400_000

export class GlideDuration {
    _ms: number
    constructor(value?: number | string | GlideDuration) {
        if (value instanceof GlideDuration) this._ms = value._ms
        else if (typeof value === 'number') this._ms = value
        else if (typeof value === 'string') this._ms = parseDuration(value)
        else this._ms = 0
    }
    getNumericValue(): number {
        return this._ms
    }
    setValue(o: unknown): void {
        this._ms = typeof o === 'number' ? o : parseDuration(String(o))
    }
    getDayPart(): number {
        return Math.floor(this._ms / DAY)
    }
    getRoundedDayPart(): number {
        return Math.round(this._ms / DAY)
    }
    /** "d HH:mm:ss" (days omitted when zero), the duration field's internal format. */
    getDurationValue(): string {
        const days = Math.floor(this._ms / DAY)
        const hms = new Date(this._ms % DAY).toISOString().slice(11, 19)
        return days ? `${days} ${hms}` : hms
    }
    getValue(): string {
        return formatUtc(this._ms)
    }
    getDisplayValue(): string {
        const s = Math.floor(this._ms / 1000)
        const parts: string[] = []
        const units: [number, string][] = [
            [86400, 'Day'],
            [3600, 'Hour'],
            [60, 'Minute'],
            [1, 'Second'],
        ]
        let rest = s
        for (const [size, name] of units) {
            const n = Math.floor(rest / size)
            rest -= n * size
            if (n) parts.push(`${n} ${name}${n === 1 ? '' : 's'}`)
        }
        return parts.join(' ') || '0 Seconds'
    }
    add(d: GlideDuration): GlideDuration {
        return new GlideDuration(this._ms + d._ms)
    }
    subtract(d: GlideDuration): GlideDuration {
        return new GlideDuration(this._ms - d._ms)
    }
}

function parseDuration(s: string): number {
    const m = /^(?:(\d+) )?(\d{1,2}):(\d{2}):(\d{2})$/.exec(s.trim())
    if (m) return (+(m[1] ?? 0) * 86400 + +m[2] * 3600 + +m[3] * 60 + +m[4]) * 1000
    const t = parseUtc(s)
    return isNaN(t) ? 0 : t
}

export class GlideDateTime {
    _ms: number
    _valid = true

    constructor(value?: string | GlideDateTime | Date) {
        this._ms = nowMs()
        if (value instanceof GlideDateTime) this._ms = value._ms
        else if (value instanceof Date) this._ms = value.getTime()
        else if (typeof value === 'string') this.setValue(value)
    }

    static subtract(start: GlideDateTime, end: GlideDateTime): GlideDuration {
        return new GlideDuration(end._ms - start._ms)
    }

    getValue(): string {
        return formatUtc(this._ms)
    }
    toString(): string {
        return this.getValue()
    }
    getDisplayValue(): string {
        return this.getValue()
    }
    getDisplayValueInternal(): string {
        return this.getValue()
    }
    getUTCValue(): string {
        return this.getValue()
    }
    getNumericValue(): number {
        return this._ms
    }
    isValid(): boolean {
        return this._valid
    }
    getErrorMsg(): string {
        return this._valid ? '' : 'Invalid date time'
    }

    /** Accepts "yyyy-MM-dd HH:mm:ss" (UTC), "yyyy-MM-dd", ISO strings, or epoch milliseconds. */
    setValue(o: unknown): void {
        if (typeof o === 'number') {
            this._ms = o
            this._valid = true
            return
        }
        if (o instanceof GlideDateTime) {
            this._ms = o._ms
            this._valid = true
            return
        }
        const s = String(o)
        const t = /[zZ]|[+-]\d{2}:?\d{2}$/.test(s) ? Date.parse(s) : parseUtc(s)
        this._valid = !isNaN(t)
        if (this._valid) this._ms = t
    }
    setDisplayValue(s: string): void {
        this.setValue(s)
    }
    setValueUTC(s: string): void {
        this.setValue(s)
    }
    setNumericValue(ms: number): void {
        this._ms = ms
    }
    setGlideDateTime(g: GlideDateTime): void {
        this._ms = g._ms
    }

    add(value: number | GlideDuration): void {
        this._ms += typeof value === 'number' ? value : value.getNumericValue()
    }
    addSeconds(s: number): void {
        this._ms += s * 1000
    }
    addDaysUTC(d: number): void {
        this._ms += d * DAY
    }
    addDays(d: number): void {
        this.addDaysUTC(d)
    }
    addDaysLocalTime(d: number): void {
        this.addDaysUTC(d)
    }
    addWeeksUTC(w: number): void {
        this.addDaysUTC(7 * w)
    }
    subtract(value: number | GlideDuration): void {
        this._ms -= typeof value === 'number' ? value : value.getNumericValue()
    }

    compareTo(o: GlideDateTime): number {
        return Math.sign(this._ms - o._ms)
    }
    equals(o: unknown): boolean {
        return o instanceof GlideDateTime && o._ms === this._ms
    }
    before(o: GlideDateTime): boolean {
        return this._ms < o._ms
    }
    after(o: GlideDateTime): boolean {
        return this._ms > o._ms
    }
    onOrBefore(o: GlideDateTime): boolean {
        return this._ms <= o._ms
    }
    onOrAfter(o: GlideDateTime): boolean {
        return this._ms >= o._ms
    }

    getYearUTC(): number {
        return new Date(this._ms).getUTCFullYear()
    }
    getMonthUTC(): number {
        return new Date(this._ms).getUTCMonth() + 1
    }
    getDayOfMonthUTC(): number {
        return new Date(this._ms).getUTCDate()
    }
}
