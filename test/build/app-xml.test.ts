// Checks the build that jest's global setup ran (`now-sdk build`): the emitted XML against the single list in
// app-metadata.ts (roles, cross-scope privileges, tables, ACLs, properties, menu, forbidden records).
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { EXPECTED, Expectation, FieldSpec, SCOPE as SCOPE_NAME } from './app-metadata'
import { messageKey } from '../../src/server/domain/message-key'

const ROOT = join(__dirname, '..', '..')
const UPDATE_DIR = join(ROOT, 'dist', 'app', 'update')
const DICTIONARY_DIR = join(ROOT, 'dist', 'app', 'dictionary')

type Row = Record<string, unknown>
type Of<K extends Expectation['kind']> = Extract<Expectation, { kind: K }>

// Element text whether the element is plain (<a>x</a>), has attributes (<a name="n">x</a>) or is empty (<a/>).
const text = (v: unknown): string => {
    if (v === undefined || v === null) return ''
    if (typeof v === 'object') return String((v as Row)['#text'] ?? '')
    return String(v)
}
const attr = (v: unknown, name: string): string =>
    v && typeof v === 'object' ? String((v as Row)[`@_${name}`] ?? '') : ''
const sorted = (xs: string[]) => [...xs].sort()
const of = <K extends Expectation['kind']>(kind: K) => EXPECTED.filter((e): e is Of<K> => e.kind === kind)
const label = (e: Expectation) => JSON.stringify(e)

let buildOutput = ''
const records = new Map<string, Row[]>() // table -> emitted records (dist/app/update)
const dictionary = new Map<string, Row>() // table -> <element type="collection"> (dist/app/dictionary)
const rows = (table: string) => records.get(table) ?? []

beforeAll(() => {
    // jest's global setup (test/support/global-setup.js) built the current sources and kept the output;
    // building again here would pull dist/ from under test files running in parallel.
    buildOutput = readFileSync(join(ROOT, 'dist', 'build-output.log'), 'utf8')
    const parser = new XMLParser({
        ignoreAttributes: false,
        attributeNamePrefix: '@_',
        parseTagValue: false,
        parseAttributeValue: false,
        isArray: (_name, jpath) =>
            [
                'database.element',
                'database.element.element',
                'database.element.index',
                'database.element.index.element',
                'database.element.element.choice.element',
            ].includes(String(jpath)),
    })
    for (const file of readdirSync(UPDATE_DIR).filter((f) => f.endsWith('.xml'))) {
        const doc = parser.parse(readFileSync(join(UPDATE_DIR, file), 'utf8')) as Row
        const update = doc.record_update as Row | undefined
        if (!update) continue
        const table = attr(update, 'table')
        if (!table) {
            // A form section is written as <record_update><sys_ui_section caption=... table=...> holding its own
            // <sys_ui_section action=...> and <sys_ui_element action=...> records.
            for (const [, wrapper] of Object.entries(update)) {
                if (!wrapper || typeof wrapper !== 'object') continue
                for (const [inner, value] of Object.entries(wrapper as Row)) {
                    for (const rec of Array.isArray(value) ? value : [value]) {
                        if (rec && typeof rec === 'object' && attr(rec, 'action'))
                            records.set(inner, [...rows(inner), rec as Row])
                    }
                }
            }
            continue
        }
        const record = update[table] as Row | undefined
        if (!record) continue
        records.set(table, [...rows(table), record])
    }
    if (existsSync(DICTIONARY_DIR)) {
        for (const file of readdirSync(DICTIONARY_DIR).filter((f) => f.endsWith('.xml'))) {
            const doc = parser.parse(readFileSync(join(DICTIONARY_DIR, file), 'utf8')) as Row
            for (const el of ((doc.database as Row | undefined)?.element as Row[] | undefined) ?? []) {
                dictionary.set(attr(el, 'name'), el)
            }
        }
    }
}, 120_000)

test('the build reports no plugin errors', () => {
    const errors = buildOutput.split('\n').filter((l) => /\bERROR\b/.test(l))
    expect(errors).toEqual([])
})

describe('roles', () => {
    test.each(of('role').map((e) => [e.name, e] as const))('%s', (_name, e) => {
        const role = rows('sys_user_role').find((r) => text(r.name) === e.name)
        expect(role).toBeDefined()
        const contained = rows('sys_user_role_contains')
            .filter((r) => attr(r.role, 'name') === e.name)
            .map((r) => attr(r.contains, 'name'))
        expect(sorted(contained)).toEqual(sorted(e.contains ?? []))
    })
})

describe('cross-scope privileges', () => {
    test.each(of('privilege').map((e) => [`${e.operation} ${e.table}`, e] as const))('%s', (_n, e) => {
        const matches = rows('sys_scope_privilege').filter(
            (r) => text(r.target_name) === e.table && text(r.operation) === e.operation,
        )
        expect(matches).toHaveLength(1)
        const p = matches[0]
        expect(text(p.status)).toBe('allowed')
        expect(text(p.target_type)).toBe('sys_db_object')
        expect(text(p.target_scope)).toBe('global')
    })

    test('no privilege is emitted that the list does not name', () => {
        const emitted = rows('sys_scope_privilege').map((r) => `${text(r.operation)} ${text(r.target_name)}`)
        expect(sorted(emitted)).toEqual(sorted(of('privilege').map((e) => `${e.operation} ${e.table}`)))
    })
})

describe('tables', () => {
    const checkField = (table: string, f: FieldSpec) => {
        const dict = rows('sys_dictionary').find((r) => text(r.name) === table && text(r.element) === f.name)
        expect({ field: f.name, found: dict !== undefined }).toEqual({ field: f.name, found: true })
        const d = dict as Row
        expect({ field: f.name, type: text(d.internal_type) }).toEqual({ field: f.name, type: f.type })
        if (f.maxLength !== undefined)
            expect({ field: f.name, max: text(d.max_length) }).toEqual({ field: f.name, max: String(f.maxLength) })
        if (f.reference !== undefined)
            expect({ field: f.name, ref: text(d.reference) }).toEqual({ field: f.name, ref: f.reference })
        expect({ field: f.name, unique: text(d.unique) }).toEqual({ field: f.name, unique: String(f.unique ?? false) })
        expect({ field: f.name, mandatory: text(d.mandatory) }).toEqual({
            field: f.name,
            mandatory: String(f.mandatory ?? false),
        })
        if (f.default !== undefined)
            expect({ field: f.name, def: text(d.default_value) }).toEqual({ field: f.name, def: f.default })
        // The install-time schema (dist/app/dictionary) must agree, including choices, which live only there.
        const col = ((dictionary.get(table)?.element as Row[] | undefined) ?? []).find(
            (c) => attr(c, 'name') === f.name,
        )
        expect({ field: f.name, inDictionary: col !== undefined }).toEqual({ field: f.name, inDictionary: true })
        expect({ field: f.name, unique: attr(col, 'unique') }).toEqual({
            field: f.name,
            unique: String(f.unique ?? false),
        })
        if (f.choices) {
            const values = ((((col as Row).choice as Row | undefined)?.element as Row[] | undefined) ?? []).map((c) =>
                attr(c, 'value'),
            )
            expect({ field: f.name, choices: sorted(values) }).toEqual({ field: f.name, choices: sorted(f.choices) })
        }
    }

    test.each(of('table').map((e) => [e.name, e] as const))('%s', (_n, e) => {
        const obj = rows('sys_db_object').find((r) => text(r.name) === e.name)
        expect(obj).toBeDefined()
        const o = obj as Row
        expect(text(o.access)).toBe(e.access)
        expect(text(o.ws_access)).toBe(String(e.wsAccess))
        // Cross-scope design-time and runtime access all closed.
        for (const k of [
            'read_access',
            'create_access',
            'update_access',
            'delete_access',
            'alter_access',
            'actions_access',
            'client_scripts_access',
            'create_access_controls',
        ]) {
            expect({ [k]: text(o[k]) }).toEqual({ [k]: 'false' })
        }
        for (const f of e.fields) checkField(e.name, f)
        const emittedFields = rows('sys_dictionary')
            .filter((r) => text(r.name) === e.name && text(r.element) !== '')
            .map((r) => text(r.element))
        expect(sorted(emittedFields)).toEqual(sorted(e.fields.map((f) => f.name)))
        const indexes = ((dictionary.get(e.name)?.index as Row[] | undefined) ?? []).map((i) => ({
            name: attr(i, 'name'),
            unique: attr(i, 'unique') === 'true',
            columns: ((i.element as Row[] | undefined) ?? []).map((c) => attr(c, 'name')),
        }))
        expect(indexes).toEqual(e.indexes ?? [])
    })
})

describe('ACLs', () => {
    const aclRoles = (aclId: string) =>
        rows('sys_security_acl_role')
            .filter((r) => text(r.sys_security_acl) === aclId)
            .map((r) => attr(r.sys_user_role, 'name'))
    const aclsFor = (table: string, operation: string) =>
        rows('sys_security_acl').filter(
            (r) => text(r.type) === 'record' && text(r.name) === table && text(r.operation) === operation,
        )

    test.each(
        of('acl').map(
            (e) => [`${e.operation} ${e.table} ${e.roles.join('+')}${e.condition ? ' (own)' : ''}`, e] as const,
        ),
    )('%s', (_n, e) => {
        const match = aclsFor(e.table, e.operation).find(
            (r) =>
                JSON.stringify(sorted(aclRoles(text(r.sys_id)))) === JSON.stringify(sorted(e.roles)) &&
                text(r.condition) === (e.condition ?? ''),
        )
        expect({ acl: label(e), found: match !== undefined }).toEqual({ acl: label(e), found: true })
        expect(text((match as Row).decision_type)).toBe('allow')
        expect(text((match as Row).active)).toBe('true')
        expect(text((match as Row).script)).toBe('')
    })

    test.each(of('table').map((e) => [e.name] as const))(
        '%s has exactly the listed ACLs for every operation',
        (table) => {
            for (const operation of ['read', 'create', 'write', 'delete']) {
                const listed = of('acl').filter((a) => a.table === table && a.operation === operation)
                expect({ operation, count: listed.length > 0 }).toEqual({ operation, count: true })
                expect({ operation, count: aclsFor(table, operation).length }).toEqual({
                    operation,
                    count: listed.length,
                })
            }
            // No table-wide ACL without a role: otherwise users without an app role could pass it.
            for (const acl of rows('sys_security_acl').filter((r) => text(r.name) === table)) {
                expect(aclRoles(text(acl.sys_id)).length).toBeGreaterThan(0)
            }
        },
    )
})

describe('properties', () => {
    test.each(of('property').map((e) => [e.name, e] as const))('%s', (_n, e) => {
        const p = rows('sys_properties').find((r) => text(r.name) === e.name)
        expect(p).toBeDefined()
        const q = p as Row
        expect(text(q.type)).toBe(e.type)
        expect(text(q.is_private)).toBe('true')
        expect(text(q.description).length).toBeGreaterThan(20)
        expect(text(q.read_roles)).toBe('x_mioms_m365_assis.administrator')
        expect(text(q.write_roles)).toBe('x_mioms_m365_assis.administrator')
        expect(text(q.value)).toBe(e.value ?? '')
        if (e.choices !== undefined) expect(text(q.choices)).toBe(e.choices)
    })
})

describe('navigation', () => {
    const roleList = (v: unknown) => sorted(text(v).split(',').filter(Boolean))

    test.each(of('menu').map((e) => [e.title, e] as const))('menu %s', (_n, e) => {
        const m = rows('sys_app_application').find((r) => text(r.title) === e.title)
        expect(m).toBeDefined()
        expect(text((m as Row).active)).toBe('true')
        expect(roleList((m as Row).roles)).toEqual(sorted(e.roles))
    })

    test.each(of('module').map((e) => [e.title, e] as const))('module %s', (_n, e) => {
        const menu = rows('sys_app_application').find((r) => text(r.title) === e.menu) as Row
        const m = rows('sys_app_module').find(
            (r) => text(r.title) === e.title && text(r.application) === text(menu?.sys_id),
        )
        expect(m).toBeDefined()
        const mod = m as Row
        expect(text(mod.active)).toBe('true')
        expect(text(mod.link_type)).toBe(e.linkType)
        expect(text(e.linkType === 'DIRECT' ? mod.query : mod.name)).toBe(e.target)
        if (e.filter) expect(text(mod.filter)).toContain(e.filter)
        expect(roleList(mod.roles)).toEqual(sorted(e.roles))
    })
})

describe('property categories', () => {
    test.each(of('property_category').map((e) => [e.name, e] as const))('%s', (_n, e) => {
        const cat = rows('sys_properties_category').find((r) => text(r.name) === e.name)
        expect(cat).toBeDefined()
        const nameOf = new Map(rows('sys_properties').map((p) => [text(p.sys_id), text(p.name)]))
        const listed = rows('sys_properties_category_m2m')
            .filter((m) => text(m.category) === text((cat as Row).sys_id))
            .map((m) => nameOf.get(text(m.property)) ?? text(m.property))
        expect(sorted(listed)).toEqual(sorted(e.properties))
    })
})

describe('other records', () => {
    test.each(of('record').map((e) => [`${e.table} ${JSON.stringify(e.where)}: ${e.why}`, e] as const))(
        '%s',
        (_n, e) => {
            const hits = rows(e.table).filter((r) => Object.entries(e.where).every(([k, v]) => text(r[k]) === v))
            expect(hits).toHaveLength(1)
            for (const [k, v] of Object.entries(e.fields ?? {})) expect([k, text(hits[0][k])]).toEqual([k, v])
        },
    )
})

describe('records that must not ship', () => {
    test.each(of('absent').map((e) => [`${e.table} ${JSON.stringify(e.where)}: ${e.why}`, e] as const))(
        '%s',
        (_n, e) => {
            const hits = rows(e.table).filter((r) => Object.entries(e.where).every(([k, v]) => text(r[k]) === v))
            expect(hits).toEqual([])
        },
    )
})

describe('ATF tests', () => {
    test.each(of('atf_test').map((e) => [e.name, e] as const))('%s', (_n, e) => {
        const tst = rows('sys_atf_test').find((r) => text(r.name) === e.name)
        expect(tst).toBeDefined()
        expect(text((tst as Row).active)).toBe('true')
        expect(text((tst as Row).description)).not.toBe('')
        const steps = rows('sys_atf_step').filter(
            (s) => text(s.test) === text((tst as Row).sys_id) && text(s.active) === 'true',
        )
        expect(steps.length).toBeGreaterThanOrEqual(e.minSteps)
        expect(steps.filter((s) => text(s.display_name) === 'Send REST Request - Inbound')).toHaveLength(e.restSteps)
    })
})

describe('translations', () => {
    test.each(of('ui_messages').map((e) => [e.language, e] as const))('sys_ui_message %s', (lang, e) => {
        const catalog = JSON.parse(readFileSync(join(ROOT, e.catalog), 'utf8')) as Record<string, string>
        const shipped = new Map(
            rows('sys_ui_message')
                .filter((m) => text(m.language) === lang)
                .map((m) => [text(m.key), text(m.message)]),
        )
        expect(shipped.size).toBe(Object.keys(catalog).length)
        for (const [english, message] of Object.entries(catalog))
            expect([english, shipped.get(messageKey(english))]).toEqual([english, e.english ? english : message])
        for (const m of rows('sys_ui_message').filter((r) => text(r.language) === lang))
            expect(text(m.code)).toBe(SCOPE_NAME)
    })
})
