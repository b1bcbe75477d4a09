import { t } from 'sn-translate'

// Calls the app's internal REST API. The platform checks X-UserToken (g_ck) against the session to stop CSRF.
declare global {
    interface Window {
        g_ck?: string
    }
}

export const API_BASE = '/api/x_mioms_m365_assis/app'

export class ApiError extends Error {
    constructor(
        message: string,
        readonly status: number,
        readonly code: string,
        /** Per-field messages of a 422 ({error:{fields:{name: message}}}). */
        readonly fields: Record<string, string> = {},
    ) {
        super(message)
    }
}

export function apiFetch<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' }
    if (window.g_ck) headers['X-UserToken'] = window.g_ck
    if (init.body !== undefined) headers['Content-Type'] = 'application/json'
    return fetch(API_BASE + path, {
        method: init.method ?? 'GET',
        headers,
        credentials: 'same-origin',
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }).then(async (res) => {
        const text = await res.text()
        const json = text ? safeParse(text) : null
        if (!res.ok) {
            const err = (
                json as { error?: { code?: string; message?: string; fields?: Record<string, string> } } | null
            )?.error
            const message = err?.code ? err.message : platformMessage(err?.message)
            throw new ApiError(
                message ?? `Request failed (${res.status})`,
                res.status,
                err?.code ?? 'http_' + res.status,
                err?.fields ?? {},
            )
        }
        // The app's routes write their JSON as is (platform/rest.ts uses the stream writer, never setBody's {result}).
        return json as T
    })
}

// The platform's own refusals (route ACL, no session) carry English text and no app code: shown in the user's language.
function platformMessage(message: string | undefined): string | undefined {
    if (message === 'User Not Authorized') return t('User Not Authorized')
    if (message === 'User Not Authenticated') return t('User Not Authenticated')
    return message
}

function safeParse(text: string): unknown {
    try {
        return JSON.parse(text)
    } catch {
        return null
    }
}
