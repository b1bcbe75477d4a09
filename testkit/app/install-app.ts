import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import * as control from '../glide/control'
import { BuiltApp, loadBuiltApp } from './built-app'

// "Installs" the built app (dist/app/update, written by now-sdk build) onto the Glide double: the app's
// tables with their columns, references and unique fields, its roles and role containment, its table ACLs
// and its properties with their default values. Tests and the sandbox both use this, so they run against
// what the installable app declares rather than a second hand-kept copy.

const ROOT = join(__dirname, '..', '..')
let cached: BuiltApp | null = null

export function builtApp(): BuiltApp {
    if (!cached) cached = loadBuiltApp(join(ROOT, 'dist'))
    return cached
}

type Rec = Record<string, unknown>

function text(v: unknown): string {
    if (v === undefined || v === null) return ''
    if (typeof v === 'object') return text((v as Rec)['#text'])
    return String(v)
}

function attr(v: unknown, name: string): string {
    return v && typeof v === 'object' ? text((v as Rec)['@_' + name]) : ''
}

const xml = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseAttributeValue: false,
    isArray: (name) => name === 'element' || name === 'index',
})

/** Table definitions from dist/app/dictionary/<table>.xml: columns, references, unique fields and indexes. */
function readDictionary(): { name: string; options: control.TableOptions }[] {
    const dir = join(ROOT, 'dist', 'app', 'dictionary')
    return readdirSync(dir)
        .filter((f) => f.endsWith('.xml'))
        .map((f) => {
            const doc = xml.parse(readFileSync(join(dir, f), 'utf8')) as { database: { element: Rec[] } }
            const t = doc.database.element[0]
            const cols = (t.element as Rec[] | undefined) ?? []
            const refs: Record<string, string> = {}
            const defaults: Record<string, string> = {}
            const password2: string[] = []
            const unique: string[][] = []
            let display: string | undefined
            for (const c of cols) {
                const el = attr(c, 'name')
                const type = attr(c, 'type')
                if (type === 'reference' && attr(c, 'reference')) refs[el] = attr(c, 'reference')
                if (type === 'password2') password2.push(el)
                if (attr(c, 'unique') === 'true') unique.push([el])
                if (attr(c, 'display') === 'true' && !display) display = el
                const dv = attr(c, 'default_value')
                if (dv && !dv.startsWith('javascript:')) defaults[el] = dv
                else if (type === 'boolean') defaults[el] = 'false'
            }
            for (const ix of (t.index as Rec[] | undefined) ?? []) {
                if (attr(ix, 'unique') === 'true')
                    unique.push(((ix.element as Rec[]) ?? []).map((e) => attr(e, 'name')))
            }
            return {
                name: attr(t, 'name'),
                options: { fields: cols.map((c) => attr(c, 'name')), refs, defaults, password2, unique, display },
            }
        })
}

/**
 * The app's Script Includes from the build, with their sys_ids (an OAuth provider references its OAuth API script by
 * sys_id, and sn_auth runs it from sys_script_include). Safe to call again on the same double.
 */
export function installScriptIncludes(): void {
    for (const r of builtApp().records.get('sys_script_include') ?? []) {
        const sysId = text(r.sys_id)
        if (control.rows('sys_script_include').some((x) => x.sys_id === sysId)) continue
        control.seed('sys_script_include', [
            {
                sys_id: sysId,
                name: text(r.name),
                api_name: text(r.api_name),
                script: text(r.script),
                access: text(r.access) || 'package_private',
                active: text(r.active) || 'true',
                client_callable: text(r.client_callable) || 'false',
                description: text(r.description),
            },
        ])
    }
}

/** Resets the double, then installs the built app onto it. Returns the built app for route lookups. */
export function installApp(): BuiltApp {
    control.reset()
    const app = builtApp()
    const records = (t: string): Rec[] => app.records.get(t) ?? []

    for (const t of readDictionary()) control.defineTable(t.name, t.options)

    const roleNames = new Map<string, string>()
    for (const r of records('sys_user_role')) {
        roleNames.set(text(r.sys_id), text(r.name))
        control.roleId(text(r.name))
    }
    for (const c of records('sys_user_role_contains'))
        control.roleContains(
            attr(c.role, 'name') || roleNames.get(text(c.role)) || '',
            attr(c.contains, 'name') || roleNames.get(text(c.contains)) || '',
        )

    const aclRoles = new Map<string, string[]>()
    for (const r of records('sys_security_acl_role')) {
        const acl = text(r.sys_security_acl)
        aclRoles.set(acl, [...(aclRoles.get(acl) ?? []), attr(r.sys_user_role, 'name')])
    }
    // Several ACLs on the same table and operation are alternatives: any one of their roles grants access.
    const tableAcls = new Map<string, Set<string>>()
    for (const a of records('sys_security_acl')) {
        const type = text(a.type).toLowerCase()
        const name = text(a.name)
        const op = text(a.operation)
        if (type !== 'record' || name.includes('.') || !['read', 'create', 'write', 'delete'].includes(op)) continue
        const key = name + ':' + op
        const set = tableAcls.get(key) ?? new Set<string>()
        for (const role of aclRoles.get(text(a.sys_id)) ?? []) set.add(role)
        tableAcls.set(key, set)
    }
    for (const [key, roles] of tableAcls) {
        const [name, op] = key.split(':')
        control.acl(name, op as control.Operation, [...roles])
    }

    installScriptIncludes()

    // The app's scheduled jobs (ScheduledScript -> sysauto_script), with their sys_ids and scripts, so gs.executeNow
    // can queue them (control.runQueuedJobs + testkit/app/app-jobs.ts run them).
    for (const j of records('sysauto_script')) {
        control.seed('sysauto_script', [
            {
                sys_id: text(j.sys_id),
                name: text(j.name),
                active: text(j.active) || 'true',
                run_type: text(j.run_type),
                run_as: text(j.run_as),
                run_period: text(j.run_period),
                run_start: text(j.run_start),
                script: text(j.script),
                conditional: text(j.conditional) || 'false',
                condition: text(j.condition),
            },
        ])
    }

    const props = records('sys_properties').map((p) => ({
        name: text(p.name),
        value: text(p.value),
        type: text(p.type) || 'string',
        is_private: text(p.is_private) || 'false',
    }))
    if (props.length) control.seed('sys_properties', props)

    // The shipped translations (src/fluent/i18n, sys_ui_message): gs.getMessage and the sandbox's page
    // translation lookup answer in a user's preferred_language (fr, da, zh) from these rows.
    const messages = records('sys_ui_message').map((m) => ({
        key: text(m.key),
        language: text(m.language),
        message: text(m.message),
        code: text(m.code),
    }))
    if (messages.length) control.seed('sys_ui_message', messages)
    return app
}
