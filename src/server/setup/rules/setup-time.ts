import { glideFromMs } from '../../domain/iso-time.ts'

// GlideDateTime's internal value format (UTC "yyyy-MM-dd HH:mm:ss"), built from epoch milliseconds so the
// domain needs no Glide API. '' for an instant outside years 0000-9999 (or NaN).
export function formatGlideUtc(ms: number): string {
    return glideFromMs(ms)
}
