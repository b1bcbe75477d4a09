// GlideDateTime's internal value format (UTC "yyyy-MM-dd HH:mm:ss"), built from epoch milliseconds so the
// domain needs no Glide API.
export function formatGlideUtc(ms: number): string {
    const d = new Date(ms)
    const p = (n: number) => (n < 10 ? '0' + n : String(n))
    return d.getUTCFullYear() + '-' + p(d.getUTCMonth() + 1) + '-' + p(d.getUTCDate()) + ' ' + p(d.getUTCHours()) + ':' + p(d.getUTCMinutes()) + ':' + p(d.getUTCSeconds())
}
