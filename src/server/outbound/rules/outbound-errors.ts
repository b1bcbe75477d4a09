// Error mapping for outbound calls: what Entra, the connector and Graph answer on failure, reduced to a stable
// machine code, an admin-facing detail (no secrets) and the verbatim user message from PRODUCT.md.
import { MSG } from '../../domain/messages.ts'

/** The connector contract's error codes ({error:{code,message,correlationId}}). */
export const CONNECTOR_ERROR_CODES = [
    'invalid_request',
    'unauthorized',
    'forbidden',
    'not_found',
    'invalid_admin',
    'conflict',
    'throttled',
    'internal',
] as const

/**
 * Our own failure codes, besides the connector's: configuration (not_configured, final_step_incomplete,
 * profile_not_found, cross_scope_refused, unsupported_token_url, oauth_api_script), token (token_error), transport (timeout,
 * network_error), response (bad_json, invalid_response: JSON of the wrong shape, http_error, unavailable).
 */
export type OutboundErrorCode =
    | (typeof CONNECTOR_ERROR_CODES)[number]
    | 'not_configured'
    | 'final_step_incomplete'
    | 'profile_not_found'
    | 'cross_scope_refused'
    | 'unsupported_token_url'
    | 'oauth_api_script'
    | 'token_error'
    | 'timeout'
    | 'network_error'
    | 'bad_json'
    | 'invalid_response'
    | 'http_error'
    | 'unavailable'

export function codeForStatus(status: number): OutboundErrorCode {
    switch (status) {
        case 400:
        case 422:
            return 'invalid_request'
        case 401:
            return 'unauthorized'
        case 403:
            return 'forbidden'
        case 404:
            return 'not_found'
        case 409:
            return 'conflict'
        case 429:
            return 'throttled'
        case 502:
        case 503:
        case 504:
            return 'unavailable'
        case 500:
            return 'internal'
        default:
            return 'http_error'
    }
}

/**
 * Failures found before any request went out, which only an admin can fix: Setup's OAuth profile is missing or
 * unusable, or the platform refused the app access to it. The one list every caller uses.
 */
export const CONFIG_ERROR_CODES: readonly string[] = [
    'not_configured',
    'profile_not_found',
    'cross_scope_refused',
    'unsupported_token_url',
    'oauth_api_script',
]

/** {0}, {1}... -> args (the platform's gs.getMessage convention). */
export function formatMessage(template: string, args: readonly string[]): string {
    return template.replace(/\{(\d+)\}/g, (m: string, i: string) =>
        args[Number(i)] === undefined ? m : args[Number(i)],
    )
}

/** The verbatim user message for a failure code; invalid_admin names the admin email that was rejected. */
export function userMessageFor(code: string, ctx: { adminEmail?: string } = {}): string {
    // A missing or unusable OAuth profile means Setup was not finished: the agent is sent to the admin.
    if (
        code === 'not_configured' ||
        code === 'profile_not_found' ||
        code === 'unsupported_token_url' ||
        code === 'oauth_api_script'
    )
        return MSG.setupIncomplete
    if (code === 'final_step_incomplete') return MSG.finalStepIncomplete
    if (code === 'invalid_admin') return formatMessage(MSG.invalidAdmin, [ctx.adminEmail || ''])
    return MSG.contactAppSupport
}

function parseObject(text: string): Record<string, unknown> | null {
    try {
        const v = JSON.parse(text)
        return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null
    } catch {
        return null
    }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)

export interface EntraErrorSummary {
    /** OAuth error (invalid_client, invalid_resource, ...) or token_error when the body was not Entra's. */
    error: string
    /** AADSTS7000215 etc., when present. */
    aadsts?: string
    /** First line of error_description (Entra appends trace/correlation/timestamp lines; they are dropped). */
    description: string
    correlationId?: string
}

/** Summarizes a token-endpoint failure body. Entra never echoes the secret; the description is still cut short. */
export function summarizeEntraError(status: number, bodyText: string): EntraErrorSummary {
    const o = parseObject(bodyText || '')
    if (!o || !str(o.error)) {
        return {
            error: 'token_error',
            description: 'The token endpoint answered HTTP ' + status + ' without an OAuth error.',
        }
    }
    const rawDesc = str(o.error_description) || ''
    const firstLine = rawDesc.split(/\r?\n/)[0].trim()
    const codes = Array.isArray(o.error_codes) ? o.error_codes : []
    const m = /\bAADSTS(\d+)\b/.exec(firstLine)
    const aadsts = m
        ? 'AADSTS' + m[1]
        : codes.length && isFinite(Number(codes[0]))
          ? 'AADSTS' + Number(codes[0])
          : undefined
    return {
        error: String(o.error),
        aadsts,
        description: (firstLine || String(o.error)).slice(0, 500),
        correlationId: str(o.correlation_id),
    }
}

export interface ServiceErrorSummary {
    code: string
    message: string
    correlationId?: string
}

/**
 * The connector's {error:{code,message,correlationId}} and Graph's {error:{code,message,innerError:{request-id,
 * client-request-id}}} share a shape; returns null for anything else (HTML error pages, empty bodies).
 */
export function parseServiceError(bodyText: string): ServiceErrorSummary | null {
    const o = parseObject(bodyText || '')
    const e = o && o.error !== null && typeof o.error === 'object' ? (o.error as Record<string, unknown>) : null
    if (!e || !str(e.code)) return null
    const inner =
        e.innerError !== null && typeof e.innerError === 'object' ? (e.innerError as Record<string, unknown>) : {}
    return {
        code: String(e.code),
        message: (str(e.message) || '').slice(0, 500),
        correlationId: str(e.correlationId) || str(inner['client-request-id']) || str(inner['request-id']),
    }
}
