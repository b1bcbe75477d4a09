// GlideDateTime values ("yyyy-MM-dd HH:mm:ss", UTC) <-> epoch milliseconds, so domain rules need no Glide API.
import { glideFromMs, parseGlideUtc } from './iso-time.ts'

export function toGlide(ms: number): string {
    return glideFromMs(ms)
}

/** Epoch ms, or null for anything but a real date-time in that format (2020-02-30 included). */
export function fromGlide(value: string): number | null {
    return parseGlideUtc(value)
}
