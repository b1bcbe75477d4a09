// Dates from the API are UTC: "yyyy-MM-dd HH:mm:ss" (Glide) or ISO 8601 (Graph); shown in the browser's locale.
export function formatWhen(value: string): string {
    if (!value) return ''
    const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value) ? value.replace(' ', 'T') + 'Z' : value
    const d = new Date(iso)
    return isNaN(d.getTime()) ? value : d.toLocaleString()
}
