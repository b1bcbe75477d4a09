import { BuiltApp } from '../app/built-app.ts'

// The classic list views the app's menu opens (<table>_list.do?sysparm_query=<module filter>), as a plain HTML
// table: the modules come from the build (sys_app_module), so a menu entry added in src/fluent shows up here, and
// rows are read as the signed-in user through GlideRecordSecure, so the app's table ACLs decide what is listed.

export interface MenuEntry {
    title: string
    /** Path and query as the platform's navigator builds it, e.g. /syslog_list.do?sysparm_query=source%3D... */
    url: string
    /** The table of a LIST module ('' for a DIRECT link). */
    table: string
    roles: string[]
    order: number
}

export interface ListRows {
    columns: { name: string; label: string }[]
    rows: Record<string, string>[]
    /** The ACL refused the read (the platform shows an empty list with "Security constraints" then). */
    denied: boolean
}

function text(v: unknown): string {
    if (v === undefined || v === null) return ''
    if (typeof v === 'object') return text((v as Record<string, unknown>)['#text'])
    return String(v)
}

export function menuEntries(app: BuiltApp): MenuEntry[] {
    return (app.records.get('sys_app_module') ?? [])
        .filter((m) => text(m.active) !== 'false')
        .map((m) => {
            const linkType = text(m.link_type)
            const table = linkType === 'LIST' ? text(m.name) : ''
            const filter = text(m.filter)
            const url = table
                ? `/${table}_list.do${filter ? '?sysparm_query=' + encodeURIComponent(filter) : ''}`
                : '/' + text(m.query).replace(/^\//, '')
            const roles = text(m.roles)
                .split(',')
                .map((r) => r.trim())
                .filter(Boolean)
            return { title: text(m.title), url, table, roles, order: Number(text(m.order)) || 0 }
        })
        .sort((a, b) => a.order - b.order)
}

// Columns a person would pick for each list (the platform's list layout); other tables show their first fields.
export const LIST_COLUMNS: Record<string, string[]> = {
    x_mioms_m365_assis_health_issue: [
        'issue_id',
        'title',
        'service',
        'classification',
        'status',
        'is_resolved',
        'start_date_time',
        'last_modified_date_time',
    ],
    x_mioms_m365_assis_case: [
        'connector_case_id',
        'title',
        'incident',
        'status',
        'sync_state',
        'admin_email',
        'is_test',
        'sys_created_on',
    ],
    syslog: ['sys_created_on', 'level', 'source', 'message'],
    incident: ['number', 'short_description', 'priority', 'state', 'caller_id'],
}

const MAX_ROWS = 200

function escapeHtml(s: string): string {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

export interface ListPageInput {
    table: string
    query: string
    userName: string
    /** The menu module whose list this is, when there is one (its title heads the page). */
    module: MenuEntry | undefined
    result: ListRows
    /** Extra link per row (the incident list links each incident's Microsoft 365 tab). */
    rowLink?: (row: Record<string, string>) => { href: string; label: string } | null
}

export function listPageHtml(p: ListPageInput): string {
    const title = p.module ? p.module.title : p.table
    const head =
        p.result.columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join('') +
        (p.rowLink ? '<th scope="col"></th>' : '')
    const body = p.result.rows
        .map((r) => {
            const link = p.rowLink ? p.rowLink(r) : null
            const cells = p.result.columns.map((c) => `<td>${escapeHtml(r[c.name] ?? '')}</td>`).join('')
            return `<tr>${cells}${p.rowLink ? `<td>${link ? `<a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a>` : ''}</td>` : ''}</tr>`
        })
        .join('')
    const note = p.result.denied
        ? '<p role="alert">Security constraints prevent access to this list.</p>'
        : `<p>${p.result.rows.length} row(s)${p.result.rows.length >= MAX_ROWS ? ` (first ${MAX_ROWS})` : ''}. Filter: <code>${escapeHtml(p.query || '(none)')}</code></p>`
    return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)} - sandbox</title>
<style>body{font-family:Segoe UI,Arial,sans-serif;margin:1.5rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}th{background:#f4f5f7}</style>
</head><body><p><a href="/">Sandbox home</a> &middot; signed in as ${escapeHtml(p.userName)}</p><h1>${escapeHtml(title)}</h1>${note}
<table data-table="${escapeHtml(p.table)}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></body></html>`
}

export { MAX_ROWS }
