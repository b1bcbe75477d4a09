import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'

// Reads what `now-sdk build` emitted (dist/app/update/*.xml) so the sandbox serves exactly the UI pages,
// REST routes and route ACLs the installable app declares, with no second list to drift from it.

export interface BuiltRoute {
    apiName: string
    method: string
    /** e.g. /api/x_mioms_m365_assis/app/status or /api/x_mioms_m365_assis/v1/connector/cases/{case_id}/events */
    uriTemplate: string
    requiresAuthentication: boolean
    requiresAcl: boolean
    /** Roles of the route's enforced ACLs; empty when none is enforced. */
    roles: string[]
    /** Module path inside src/ (e.g. src/server/inbound/app-status-route.ts) and exported function. */
    modulePath: string
    exportName: string
}

export interface BuiltPage {
    endpoint: string
    html: string
}

export interface BuiltApp {
    routes: BuiltRoute[]
    pages: BuiltPage[]
    records: Map<string, Record<string, unknown>[]>
}

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    cdataPropName: false as unknown as string,
    parseTagValue: false,
})

function text(v: unknown): string {
    if (v === undefined || v === null) return ''
    if (typeof v === 'object') return text((v as Record<string, unknown>)['#text'])
    return String(v)
}

export function loadBuiltApp(distDir: string): BuiltApp {
    const updateDir = join(distDir, 'app', 'update')
    if (!existsSync(updateDir)) throw new Error(`No build output in ${updateDir}: run "npm run build" first.`)
    const records = new Map<string, Record<string, unknown>[]>()
    for (const file of readdirSync(updateDir)) {
        if (!file.endsWith('.xml')) continue
        const doc = parser.parse(readFileSync(join(updateDir, file), 'utf8')) as {
            record_update?: Record<string, unknown>
        }
        const update = doc.record_update
        if (!update) continue
        const table = text((update as Record<string, unknown>)['@_table'])
        const rec = update[table] as Record<string, unknown> | undefined
        if (!table || !rec) continue
        if (!records.has(table)) records.set(table, [])
        records.get(table)!.push(rec)
    }
    const byId = (table: string) => new Map((records.get(table) ?? []).map((r) => [text(r.sys_id), r]))
    const acls = byId('sys_security_acl')
    const aclRoles = new Map<string, string[]>()
    for (const r of records.get('sys_security_acl_role') ?? []) {
        const acl = text(r.sys_security_acl)
        const role = r.sys_user_role as Record<string, unknown>
        const list = aclRoles.get(acl) ?? []
        list.push(text(role['@_name']))
        aclRoles.set(acl, list)
    }
    const apis = byId('sys_ws_definition')
    const routes: BuiltRoute[] = []
    for (const op of records.get('sys_ws_operation') ?? []) {
        const script = text(op.operation_script)
        const m = /@fluent-module ([A-Za-z0-9_$]+);[^;]*;[^/]+\/[^/]+\/[^/]+\/(src\/server\/\S+)/.exec(script)
        if (!m) throw new Error(`Route ${text(op.name)} does not call a server module; the sandbox cannot run it.`)
        const enforced = text(op.enforce_acl)
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        const roles = enforced.flatMap((id) => (acls.has(id) ? (aclRoles.get(id) ?? []) : []))
        const api = apis.get(text(op.web_service_definition))
        routes.push({
            apiName: api ? text(api.name) : '',
            method: text(op.http_method) || 'GET',
            uriTemplate: text(op.operation_uri),
            requiresAuthentication: text(op.requires_authentication) !== 'false',
            requiresAcl: text(op.requires_acl_authorization) !== 'false',
            roles,
            modulePath: m[2],
            exportName: m[1],
        })
    }
    const pages: BuiltPage[] = (records.get('sys_ui_page') ?? []).map((p) => ({
        endpoint: text(p.endpoint),
        html: text(p.html),
    }))
    return { routes, pages, records }
}

/** Matches a concrete path against a route template; returns its path parameters or null. */
export function matchRoute(template: string, path: string): Record<string, string> | null {
    const names: string[] = []
    const re = new RegExp(
        '^' +
            template
                .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
                .replace(/\{([^}]+)\}/g, (_m, n: string) => (names.push(n), '([^/]+)')) +
            '/?$',
    )
    const m = re.exec(path)
    if (!m) return null
    const params: Record<string, string> = {}
    names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1])))
    return params
}
