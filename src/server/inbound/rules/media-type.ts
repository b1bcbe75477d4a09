// Content-Type checks for JSON request bodies. Pure: no Glide.

/**
 * True for application/json in any letter case, with or without parameters ("application/json; charset=utf-8").
 * Media types are case-insensitive and parameters follow a ';' (RFC 9110, 8.3.1). Other JSON-looking types
 * (text/json, application/problem+json, application/json-seq) are not what the contract accepts.
 */
export function isJsonMediaType(value: string | null | undefined): boolean {
    if (!value) return false
    return String(value).split(';')[0].trim().toLowerCase() === 'application/json'
}
