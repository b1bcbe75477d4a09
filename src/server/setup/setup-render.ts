import { msg } from '../platform/i18n.ts'
import { Message, render } from './rules/setup-text.ts'
import { CheckResult, ShownCheck } from './rules/setup-checks.ts'
import { FieldErrors } from './rules/setup-validation.ts'
import { Summary } from './rules/setup-summary.ts'

// Setup's messages in the admin's language (sys_ui_message, English fallback) before they leave the server.

export function text(m: Message): string {
    return render(m, (t, args) => msg(t, ...args))
}

export function showChecks(results: CheckResult[]): ShownCheck[] {
    return results.map((r) => ({
        id: r.id,
        name: msg(r.name),
        status: r.status,
        detail: text(r.detail),
        fix: text(r.fix),
    }))
}

export function showErrors(e: FieldErrors): Record<string, string> {
    const out: Record<string, string> = {}
    for (const k of Object.keys(e) as (keyof FieldErrors)[]) out[k] = text(e[k] || [])
    return out
}

export interface ShownSummary {
    values: { id: string; label: string; value: string }[]
    authenticationType: string
    adminCenterSteps: string[]
}

export function showSummary(s: Summary | null): ShownSummary | null {
    if (!s) return null
    return {
        values: s.values.map((v) => ({ id: v.id, label: msg(v.label), value: v.value })),
        authenticationType: s.authenticationType,
        adminCenterSteps: s.adminCenterSteps.map(text),
    }
}
