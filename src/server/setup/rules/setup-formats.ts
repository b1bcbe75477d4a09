import { Message, tx } from './setup-text.ts'
import { isEmailFormat } from '../../domain/email-format.ts'

// Shape checks for the values an admin types or picks in Setup. Rhino has no URL class, so URLs are parsed
// with one strict regular expression. Each check returns null when the value is fine, else the message to show.

export interface FormatContext {
    /** Accept http(s)://localhost-style authorities and endpoints (the sandbox's stand-ins); off on instances. */
    allowLoopback: boolean
}

// Entra sign-in hosts of the public and national clouds.
export const ENTRA_HOSTS: readonly string[] = [
    'login.microsoftonline.com',
    'login.microsoftonline.us',
    'login.partner.microsoftonline.cn',
    'login.chinacloudapi.cn',
]
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]']
const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const LABEL_RE = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i
const URL_RE = /^(https?):\/\/(\[[0-9a-f:]+\]|[^/?#:@\s]+)(?::(\d{1,5}))?(\/[^?#\s]*)?(\?[^#\s]*)?(#\S*)?$/i

export interface ParsedUrl {
    scheme: string
    host: string
    port: string
    path: string
    query: string
    /** scheme://host[:port] */
    origin: string
}

export function parseUrl(value: string): ParsedUrl | null {
    const m = URL_RE.exec(value.trim())
    if (!m) return null
    const scheme = m[1].toLowerCase()
    const host = m[2].toLowerCase()
    const port = m[3] || ''
    return {
        scheme,
        host,
        port,
        path: m[4] || '',
        query: m[5] || '',
        origin: scheme + '://' + host + (port ? ':' + port : ''),
    }
}

export function isGuid(value: string): boolean {
    return GUID_RE.test(value.trim())
}

export function isDomainName(value: string): boolean {
    const v = value.trim()
    if (v.length > 253 || v.indexOf('.') < 0) return false
    const labels = v.split('.')
    const tld = labels[labels.length - 1]
    return labels.every((l) => LABEL_RE.test(l)) && /^[a-z]{2,63}$/i.test(tld)
}

export function isLoopbackHost(host: string): boolean {
    return LOOPBACK_HOSTS.indexOf(host.toLowerCase()) >= 0
}

export function tenantError(value: string): Message | null {
    const v = value.trim()
    if (!v) return tx('Enter the tenant domain.')
    if (/^(common|organizations|consumers)$/i.test(v))
        return tx('"{0}" is not a tenant: enter your own tenant domain or tenant ID.', v)
    if (isGuid(v) || isDomainName(v)) return null
    return tx(
        'Enter your tenant domain, like contoso.onmicrosoft.com, a verified domain such as contoso.com, or the tenant ID (a GUID).',
    )
}

function authorityOk(u: ParsedUrl, ctx: FormatContext): boolean {
    if (u.scheme === 'https' && ENTRA_HOSTS.indexOf(u.host) >= 0 && !u.port) return true
    return ctx.allowLoopback && isLoopbackHost(u.host)
}

export interface EntraUrl {
    tenant: string
    version: '1.0' | '2.0'
}

/** https://login.microsoftonline.com/<tenant>/oauth2/token (v1) or /oauth2/v2.0/token (v2). */
export function parseTokenUrl(value: string, ctx: FormatContext): EntraUrl | { error: Message } {
    const u = parseUrl(value)
    if (!u || !authorityOk(u, ctx))
        return {
            error: tx(
                'The token URL "{0}" must be https://login.microsoftonline.com/<tenant>/oauth2/token (or /oauth2/v2.0/token), or your national cloud\'s sign-in host.',
                value,
            ),
        }
    const m = /^\/([^/]+)\/oauth2\/(v2\.0\/)?token\/?$/i.exec(u.path)
    if (!m || u.query)
        return {
            error: tx(
                'The token URL must look like https://login.microsoftonline.com/<tenant>/oauth2/token (or /oauth2/v2.0/token); it is "{0}".',
                value,
            ),
        }
    if (tenantError(decodeSegment(m[1])))
        return {
            error: tx(
                'The token URL names no tenant of yours ("{0}"): use your tenant domain or tenant ID in https://login.microsoftonline.com/<tenant>/oauth2/token.',
                m[1],
            ),
        }
    return { tenant: decodeSegment(m[1]), version: m[2] ? '2.0' : '1.0' }
}

/** https://login.microsoftonline.com/<tenant>/.well-known/openid-configuration (v1) or /<tenant>/v2.0/... (v2). */
export function parseMetadataUrl(value: string, ctx: FormatContext): EntraUrl | { error: Message } {
    const u = parseUrl(value)
    const m =
        u && authorityOk(u, ctx) && !u.query
            ? /^\/([^/]+)\/(v2\.0\/)?\.well-known\/openid-configuration$/i.exec(u.path)
            : null
    if (!m || tenantError(decodeSegment(m[1]))) {
        return {
            error: tx(
                'The OIDC metadata URL must be https://login.microsoftonline.com/<tenant>/.well-known/openid-configuration with your tenant domain or ID; it is "{0}".',
                value,
            ),
        }
    }
    return { tenant: decodeSegment(m[1]), version: m[2] ? '2.0' : '1.0' }
}

/** Two tenant names are comparable only when both are GUIDs or both are domains. */
export function tenantsConflict(a: string, b: string): boolean {
    if (!a || !b) return false
    if (isGuid(a) !== isGuid(b)) return false
    return a.trim().toLowerCase() !== b.trim().toLowerCase()
}

export function connectorEndpointError(value: string, ctx: FormatContext): Message | null {
    const v = value.trim()
    if (!v) return tx('Enter the connector endpoint URL.')
    const u = parseUrl(v)
    if (!u) return tx('The connector endpoint must be a URL like https://connector.example.com.')
    if (u.query) return tx('The connector endpoint must not have a query string.')
    if (u.scheme === 'https' || (ctx.allowLoopback && isLoopbackHost(u.host))) return null
    return tx('The connector endpoint must use https://.')
}

export function emailError(value: string): Message | null {
    const v = value.trim()
    if (!v) return tx('Enter the Microsoft 365 admin email.')
    return isEmailFormat(v) && v.length <= 100 ? null : tx('"{0}" is not a valid email address.', v)
}

/** Entra application (client) IDs are GUIDs. */
export function clientIdError(value: string): Message | null {
    const v = value.trim()
    if (!v) return tx('Enter the client ID.')
    return isGuid(v)
        ? null
        : tx(
              '"{0}" is not a client ID: Entra shows it as a GUID like 6a2d8b1f-4c3e-4d7a-9b8e-1f0a2c3d4e5f (App registrations > Overview > Application (client) ID).',
              v,
          )
}

export function repositoryIdError(value: string): Message | null {
    const v = value.trim()
    if (!v) return tx('Enter the repository ID.')
    if (v.length > 100) return tx('The repository ID is at most 100 characters.')
    return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(v)
        ? null
        : tx('The repository ID may contain letters, digits, dots, hyphens and underscores only (no spaces).')
}

/** The connector's App ID URI (api://..., an https URL, or the app's client ID). */
export function resourceError(value: string): Message | null {
    const v = value.trim()
    if (!v) return tx("Enter the connector's App ID URI (resource).")
    if (isGuid(v) || /^api:\/\/[^\s/]+(\/[^\s]*)?$/i.test(v) || /^https:\/\/[^\s/]+(\/[^\s]*)?$/i.test(v)) return null
    return tx('The App ID URI looks like api://<name or client ID> or https://<verified domain>/<path>.')
}

function decodeSegment(s: string): string {
    try {
        return decodeURIComponent(s)
    } catch {
        return s
    }
}
