// GlideDateTime values ("yyyy-MM-dd HH:mm:ss", UTC) <-> epoch milliseconds, so domain rules need no Glide API.
import { formatGlideUtc } from './setup-time.ts'

export function toGlide(ms: number): string {
    return formatGlideUtc(ms)
}

export function fromGlide(value: string): number | null {
    const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(String(value || '').trim())
    if (!m) return null
    return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]))
}
