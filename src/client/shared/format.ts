// Dates from the API are UTC: "yyyy-MM-dd HH:mm:ss" (Glide) or ISO 8601 (Graph). They are shown in the ServiceNow
// session's language and time zone when the page knows them (setDisplayLanguage, setDisplayTimeZone, from the API),
// as the platform's own forms show them, else in the browser's locale and zone.
let displayLanguage: string | undefined
let displayTimeZone: string | undefined

/** ServiceNow language code (en, fr, da, zh, pt_BR...) -> a BCP 47 tag the browser formats with, or undefined. */
export function localeFor(language: string | undefined): string | undefined {
    if (!language) return undefined
    const tag = language.replace(/_/g, '-')
    // ServiceNow's "zh" is Simplified Chinese (zh_TW is Traditional).
    const mapped = tag.toLowerCase() === 'zh' ? 'zh-CN' : tag
    try {
        return Intl.DateTimeFormat.supportedLocalesOf([mapped]).length ? mapped : undefined
    } catch {
        return undefined
    }
}

export function setDisplayLanguage(language: string | undefined): void {
    displayLanguage = language
}

export function setDisplayTimeZone(timeZone: string | undefined): void {
    displayTimeZone = timeZone || undefined
}

export function formatWhen(
    value: string,
    language: string | undefined = displayLanguage,
    timeZone: string | undefined = displayTimeZone,
): string {
    if (!value) return ''
    const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value) ? value.replace(' ', 'T') + 'Z' : value
    const d = new Date(iso)
    if (isNaN(d.getTime())) return value
    try {
        return d.toLocaleString(localeFor(language), timeZone ? { timeZone } : undefined)
    } catch {
        // A Java time zone ID the browser does not know (RangeError): the browser's own zone rather than nothing.
        return d.toLocaleString(localeFor(language))
    }
}
