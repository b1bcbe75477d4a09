import { GlideAggregate, GlideRecord } from '@servicenow/glide'
import * as control from '../../testkit/glide/control'

function incidents(query: (gr: GlideRecord<'incident'>) => void): string[] {
    const gr = new GlideRecord('incident')
    query(gr)
    gr.query()
    const out: string[] = []
    while (gr.next()) out.push(gr.getValue('short_description'))
    return out
}

beforeEach(() => {
    control.reset()
    control.seed('incident', [
        { short_description: 'Mail down', impact: 1, urgency: 1, category: 'email' },
        { short_description: 'Teams slow', impact: 2, urgency: 2, category: 'network' },
        { short_description: 'Printer jam', impact: 3, urgency: 3, category: '' },
    ])
})

describe('queries', () => {
    test.each([
        ['=', 'Mail down', ['Mail down']],
        ['!=', 'Mail down', ['Teams slow', 'Printer jam']],
        ['STARTSWITH', 'mail', ['Mail down']],
        ['ENDSWITH', 'jam', ['Printer jam']],
        ['CONTAINS', 'SLOW', ['Teams slow']],
        ['LIKE', 'ai', ['Mail down']],
        ['IN', 'Mail down,Printer jam', ['Mail down', 'Printer jam']],
        ['NOT IN', 'Mail down,Printer jam', ['Teams slow']],
    ])('addQuery short_description %s %s', (op, value, expected) => {
        expect(incidents((gr) => gr.addQuery('short_description', op, value))).toEqual(expected)
    })

    test.each([
        ['>', '3', ['Printer jam']],
        ['>=', '3', ['Teams slow', 'Printer jam']],
        ['<', '3', ['Mail down']],
        ['<=', '3', ['Mail down', 'Teams slow']],
    ])('numeric priority %s %s', (op, value, expected) => {
        expect(incidents((gr) => gr.addQuery('priority', op, value))).toEqual(expected)
    })

    test('two-argument addQuery means equals, and IN takes an array', () => {
        expect(incidents((gr) => gr.addQuery('category', 'email'))).toEqual(['Mail down'])
        expect(incidents((gr) => gr.addQuery('category', 'IN', ['email', 'network']))).toEqual([
            'Mail down',
            'Teams slow',
        ])
    })

    test('null and not-null queries', () => {
        expect(incidents((gr) => gr.addNullQuery('category'))).toEqual(['Printer jam'])
        expect(incidents((gr) => gr.addNotNullQuery('category'))).toEqual(['Mail down', 'Teams slow'])
    })

    test('encoded queries: AND, ^OR, ISEMPTY, ISNOTEMPTY, ORDERBY, ORDERBYDESC', () => {
        expect(incidents((gr) => gr.addEncodedQuery('category=email^ORcategory=network^priority>=3'))).toEqual([
            'Teams slow',
        ])
        expect(incidents((gr) => gr.addEncodedQuery('categoryISEMPTY'))).toEqual(['Printer jam'])
        expect(incidents((gr) => gr.addEncodedQuery('categoryISNOTEMPTY^ORDERBYDESCpriority'))).toEqual([
            'Teams slow',
            'Mail down',
        ])
        expect(
            incidents((gr) =>
                gr.addEncodedQuery('short_descriptionSTARTSWITHP^ORshort_descriptionLIKEmail^ORDERBYshort_description'),
            ),
        ).toEqual(['Mail down', 'Printer jam'])
        expect(incidents((gr) => gr.addEncodedQuery('priorityNOT IN1,5'))).toEqual(['Teams slow'])
        const gr = new GlideRecord('incident')
        gr.addEncodedQuery('category=email^ORcategory=network')
        gr.orderByDesc('priority')
        expect(gr.getEncodedQuery()).toBe('category=email^ORcategory=network^ORDERBYDESCpriority')
    })

    test('empty fields are NULL: negative operators do not return them, ISEMPTY does', () => {
        // Printer jam has an empty category; a fourth incident never had one set; assigned_to is empty everywhere.
        control.seed('incident', [{ short_description: 'Screen flickers' }])
        expect(incidents((gr) => gr.addQuery('category', '!=', 'email'))).toEqual(['Teams slow'])
        expect(incidents((gr) => gr.addEncodedQuery('categoryNOT INemail'))).toEqual(['Teams slow'])
        expect(incidents((gr) => gr.addQuery('category', 'DOES NOT CONTAIN', 'mail'))).toEqual(['Teams slow'])
        expect(incidents((gr) => gr.addEncodedQuery('categoryNOT LIKEmail'))).toEqual(['Teams slow'])
        expect(incidents((gr) => gr.addEncodedQuery('categoryISEMPTY'))).toEqual(['Printer jam', 'Screen flickers'])
        expect(incidents((gr) => gr.addEncodedQuery('category!=email^ORcategoryISEMPTY'))).toEqual([
            'Teams slow',
            'Printer jam',
            'Screen flickers',
        ])
        // "is not empty" written as != '' keeps the non-empty rows, as SQL's <> '' does.
        expect(incidents((gr) => gr.addQuery('category', '!=', ''))).toEqual(['Mail down', 'Teams slow'])
        // Dot-walking through an empty reference reads NULL too.
        expect(incidents((gr) => gr.addEncodedQuery('assigned_to.user_name!=admin'))).toEqual([])
    })

    test("an empty '=' value is not guessed: addQuery, addEncodedQuery and get(field, '') refuse it", () => {
        expect(() => incidents((gr) => gr.addQuery('category', ''))).toThrow(/'category=' with an empty value/)
        expect(() => incidents((gr) => gr.addQuery('category', '=', ''))).toThrow(/use categoryISEMPTY/)
        expect(() => incidents((gr) => gr.addEncodedQuery('priority=1^category='))).toThrow(/'category='/)
        expect(() => new GlideRecord('incident').get('category', '')).toThrow(/'category='/)
        expect(() => incidents((gr) => gr.addQuery('category', 'ISEMPTY', ''))).not.toThrow()
    })

    test('addOrCondition widens one condition', () => {
        expect(
            incidents((gr) => {
                const c = gr.addQuery('category', 'email')
                c.addOrCondition('category', 'network')
                gr.addQuery('impact', '2')
            }),
        ).toEqual(['Teams slow'])
    })

    test('orderBy, orderByDesc, setLimit, chooseWindow and getRowCount', () => {
        expect(incidents((gr) => gr.orderByDesc('priority'))).toEqual(['Printer jam', 'Teams slow', 'Mail down'])
        expect(
            incidents((gr) => {
                gr.orderBy('short_description')
                gr.setLimit(2)
            }),
        ).toEqual(['Mail down', 'Printer jam'])
        expect(
            incidents((gr) => {
                gr.orderBy('priority')
                gr.chooseWindow(1, 3, false)
            }),
        ).toEqual(['Teams slow', 'Printer jam'])
        const gr = new GlideRecord('incident')
        gr.query()
        expect(gr.getRowCount()).toBe(3)
        expect(gr.hasNext()).toBe(true)
    })

    test('an unknown field makes the query invalid: no rows and a warning', () => {
        expect(incidents((gr) => gr.addQuery('is_default', 'true'))).toEqual([])
        expect(control.syslog().some((l) => l.message.includes('Unknown field is_default in table incident'))).toBe(
            true,
        )
    })

    test('dot-walking through a reference', () => {
        const [u] = control.seed('sys_user', [{ user_name: 'abel.tuter', first_name: 'Abel', last_name: 'Tuter' }])
        const gr = new GlideRecord('incident')
        gr.get('short_description', 'Teams slow')
        gr.setValue('caller_id', u.sys_id)
        gr.update()
        expect(incidents((q) => q.addQuery('caller_id.user_name', 'abel.tuter'))).toEqual(['Teams slow'])
    })
})

describe('records', () => {
    test('insert fills sys fields, number, defaults and the priority lookup', () => {
        control.clock.set(Date.UTC(2025, 0, 2, 3, 4, 5))
        control.setCurrentUser('admin')
        const gr = new GlideRecord('incident')
        gr.initialize()
        gr.setValue('short_description', 'New one')
        gr.setValue('impact', '1')
        gr.setValue('urgency', '2')
        const id = gr.insert()
        expect(id).toMatch(/^[0-9a-f]{32}$/)
        expect(gr.isNewRecord()).toBe(false)
        expect(gr.isValidRecord()).toBe(true)
        const row = control.rows('incident').find((r) => r.sys_id === id)!
        expect(row).toMatchObject({
            number: 'INC0010004',
            state: '1',
            active: 'true',
            priority: '2',
            sys_class_name: 'incident',
            sys_created_on: '2025-01-02 03:04:05',
            sys_updated_on: '2025-01-02 03:04:05',
            sys_created_by: 'admin',
            sys_mod_count: '0',
        })
    })

    test('newRecord assigns a sys_id before insert', () => {
        const gr = new GlideRecord('incident')
        gr.newRecord()
        const id = gr.getUniqueValue()
        expect(id).toMatch(/^[0-9a-f]{32}$/)
        expect(gr.isNewRecord()).toBe(true)
        expect(gr.getValue('state')).toBe('1')
        expect(gr.insert()).toBe(id)
    })

    test('values are strings, empty values read as null, booleans as true/false', () => {
        const gr = new GlideRecord('sys_user')
        gr.initialize()
        gr.setValue('user_name', 'x.y')
        gr.setValue('web_service_access_only', true)
        gr.insert()
        expect(gr.getValue('web_service_access_only')).toBe('true')
        expect(gr.getValue('email')).toBeNull()
        expect(gr.email.nil()).toBe(true)
        expect(gr.user_name.toString()).toBe('x.y')
        expect(String(gr.user_name)).toBe('x.y')
        expect(gr.getValue('no_such_field' as 'email')).toBeNull()
    })

    test('field assignment through the proxy calls setValue', () => {
        const gr = new GlideRecord('incident')
        gr.get('short_description', 'Mail down')
        ;(gr as unknown as Record<string, unknown>).state = 2
        gr.update()
        expect(control.rows('incident').find((r) => r.short_description === 'Mail down')!.state).toBe('2')
    })

    test('get by sys_id, by field, by display value (number)', () => {
        const id = control.rows('incident')[1].sys_id
        const gr = new GlideRecord('incident')
        expect(gr.get(id)).toBe(true)
        expect(gr.getValue('short_description')).toBe('Teams slow')
        expect(gr.get('number', 'INC0010003')).toBe(true)
        expect(gr.getValue('short_description')).toBe('Printer jam')
        expect(gr.get('INC0010001')).toBe(true)
        expect(gr.get('0123456789abcdef0123456789abcdef')).toBe(false)
        expect(gr.getTableName()).toBe('incident')
    })

    test('update bumps sys_mod_count and sys_updated_*; autoSysFields(false) does not', () => {
        control.clock.set(Date.UTC(2025, 5, 1))
        const gr = new GlideRecord('incident')
        gr.get('number', 'INC0010001')
        gr.setValue('state', '2')
        gr.update()
        let row = control.rows('incident')[0]
        expect(row).toMatchObject({ state: '2', sys_mod_count: '1', sys_updated_on: '2025-06-01 00:00:00' })
        gr.autoSysFields(false)
        gr.setValue('state', '3')
        gr.update()
        row = control.rows('incident')[0]
        expect(row).toMatchObject({ state: '3', sys_mod_count: '1' })
    })

    test('deleteRecord, deleteMultiple and updateMultiple', () => {
        const gr = new GlideRecord('incident')
        gr.get('number', 'INC0010001')
        expect(gr.deleteRecord()).toBe(true)
        expect(control.rows('incident')).toHaveLength(2)
        const um = new GlideRecord('incident')
        um.addQuery('priority', '>', '2')
        um.setValue('state', '6')
        um.updateMultiple()
        expect(control.rows('incident').map((r) => r.state)).toEqual(['6', '6'])
        const dm = new GlideRecord('incident')
        dm.addQuery('short_description', 'Printer jam')
        dm.deleteMultiple()
        expect(control.rows('incident').map((r) => r.short_description)).toEqual(['Teams slow'])
    })

    test('unique keys: insert and update that would duplicate fail and log', () => {
        control.seed('sys_properties', [
            { name: 'x_mioms_m365_assis.a', value: '1' },
            { name: 'x_mioms_m365_assis.b', value: '2' },
        ])
        const gr = new GlideRecord('sys_properties')
        gr.initialize()
        gr.setValue('name', 'x_mioms_m365_assis.a')
        expect(gr.insert()).toBeNull()
        expect(control.rows('sys_properties').filter((r) => r.name === 'x_mioms_m365_assis.a')).toHaveLength(1)
        expect(control.syslog().pop()?.message).toMatch(/Unique Key violation detected by database/)
        const upd = new GlideRecord('sys_properties')
        upd.get('name', 'x_mioms_m365_assis.b')
        upd.setValue('name', 'x_mioms_m365_assis.a')
        expect(upd.update()).toBeNull()
        expect(control.rows('sys_properties').filter((r) => r.name === 'x_mioms_m365_assis.b')).toHaveLength(1)
        control.defineTable('x_mioms_m365_assis_link', { unique: [['user', 'account']] })
        control.seed('x_mioms_m365_assis_link', [{ user: 'u1', account: 'a' }])
        const link = new GlideRecord('x_mioms_m365_assis_link')
        link.initialize()
        link.setValue('user', 'u1')
        link.setValue('account', 'b')
        expect(link.insert()).not.toBeNull()
        link.initialize()
        link.setValue('user', 'u1')
        link.setValue('account', 'a')
        expect(link.insert()).toBeNull()
    })

    test('unique keys: empty values are NULL and never clash (a field left unset, or set to an empty string)', () => {
        control.defineTable('x_mioms_m365_assis_pend', { unique: [['remote_id'], ['owner', 'slot']] })
        const add = (values: Record<string, string>) => {
            const gr = new GlideRecord('x_mioms_m365_assis_pend')
            gr.initialize()
            for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
            return gr.insert()
        }
        // Three rows without remote_id (never set, set to '', never set): no clash in the single-column index.
        expect(add({ title: 'a' })).not.toBeNull()
        expect(add({ title: 'b', remote_id: '' })).not.toBeNull()
        expect(add({ title: 'c' })).not.toBeNull()
        // A composite key with one NULL column never clashes either.
        expect(add({ title: 'd', owner: 'u1' })).not.toBeNull()
        expect(add({ title: 'e', owner: 'u1', slot: '' })).not.toBeNull()
        // Values still clash.
        expect(add({ title: 'f', remote_id: 'R-1', owner: 'u1', slot: '1' })).not.toBeNull()
        expect(add({ title: 'g', remote_id: 'R-1' })).toBeNull()
        expect(add({ title: 'h', owner: 'u1', slot: '1' })).toBeNull()
        expect(control.rows('x_mioms_m365_assis_pend')).toHaveLength(6)
        // An update that empties a unique column, or gives a pending row a value, passes while nobody else holds it.
        const gr = new GlideRecord('x_mioms_m365_assis_pend')
        gr.get('title', 'f')
        gr.setValue('remote_id', '')
        expect(gr.update()).not.toBeNull()
        const c = new GlideRecord('x_mioms_m365_assis_pend')
        c.get('title', 'c')
        c.setValue('remote_id', 'R-2')
        expect(c.update()).not.toBeNull()
        // Seeding follows the same rule.
        expect(() =>
            control.seed('x_mioms_m365_assis_pend', [{ title: 'i', remote_id: '' }, { title: 'j' }]),
        ).not.toThrow()
        expect(() => control.seed('x_mioms_m365_assis_pend', [{ title: 'k', remote_id: 'R-2' }])).toThrow(
            /unique key remote_id/,
        )
    })

    test('table inheritance: a parent query returns child rows with sys_class_name', () => {
        const [cfg] = control.seed('oidc_provider_configuration', [
            {
                name: 'Entra',
                oidc_url: 'https://login.example/.well-known/openid-configuration',
                user_claim: 'appid',
                user_field: 'user_name',
            },
        ])
        control.seed('oauth_entity', [{ name: 'Graph client', client_id: 'c1', token_url: 'http://t' }])
        control.seed('oauth_oidc_entity', [
            { name: 'Entra OIDC', client_id: 'aud-1', oidc_provider_configuration: cfg.sys_id },
        ])
        const gr = new GlideRecord('oauth_entity')
        gr.orderBy('name')
        gr.query()
        const seen: string[] = []
        while (gr.next()) seen.push(`${gr.getValue('name')}:${gr.getRecordClassName()}:${gr.getValue('type')}`)
        expect(seen).toEqual(['Entra OIDC:oauth_oidc_entity:oauth_provider', 'Graph client:oauth_entity:client'])
        const child = new GlideRecord('oauth_oidc_entity')
        child.query()
        expect(child.getRowCount()).toBe(1)
        child.next()
        expect(child.oidc_provider_configuration.getDisplayValue()).toBe('Entra')
        const ref = child.oidc_provider_configuration.getRefRecord()
        expect(ref.isValidRecord()).toBe(true)
        expect(ref.getValue('user_claim')).toBe('appid')
    })

    test('journal fields go to sys_journal_field, never onto the row', () => {
        control.setCurrentUser('admin')
        const gr = new GlideRecord('incident')
        gr.get('number', 'INC0010002')
        gr.setValue('work_notes', 'checked the tenant')
        gr.update()
        gr.setValue('comments', 'we are on it')
        gr.update()
        const row = control.rows('incident').find((r) => r.number === 'INC0010002')!
        expect(row.work_notes).toBeUndefined()
        expect(row.comments).toBeUndefined()
        const journal = control.rows('sys_journal_field').map((j) => ({
            element: j.element,
            element_id: j.element_id,
            name: j.name,
            value: j.value,
            sys_created_by: j.sys_created_by,
        }))
        expect(journal).toEqual([
            {
                element: 'work_notes',
                element_id: row.sys_id,
                name: 'incident',
                value: 'checked the tenant',
                sys_created_by: 'admin',
            },
            {
                element: 'comments',
                element_id: row.sys_id,
                name: 'incident',
                value: 'we are on it',
                sys_created_by: 'admin',
            },
        ])
        expect(gr.getValue('work_notes')).toBeNull()
        expect(gr.work_notes.getJournalEntry(1)).toContain('checked the tenant')
    })

    test('password2 fields read encrypted; only the app scope may decrypt', () => {
        control.seed('oauth_entity', [{ name: 'C', client_secret: 'top-secret' }])
        const gr = new GlideRecord('oauth_entity')
        gr.get('name', 'C')
        expect(gr.getValue('client_secret')).not.toContain('top-secret')
        expect(gr.client_secret.getDecryptedValue()).toBeNull()
        control.defineTable('x_mioms_m365_assis_connector', { fields: ['name', 'api_key'], password2: ['api_key'] })
        control.seed('x_mioms_m365_assis_connector', [{ name: 'main', api_key: 'k-123' }])
        const own = new GlideRecord('x_mioms_m365_assis_connector')
        own.get('name', 'main')
        expect(own.api_key.getDecryptedValue()).toBe('k-123')
    })

    test('an undefined table is invalid', () => {
        const gr = new GlideRecord('no_such_table')
        expect(gr.isValid()).toBe(false)
        gr.query()
        expect(gr.next()).toBe(false)
        gr.initialize()
        expect(gr.insert()).toBeNull()
    })
})

test('GlideAggregate COUNT with and without groupBy', () => {
    const all = new GlideAggregate('incident')
    all.addAggregate('COUNT', '')
    all.query()
    expect(all.next()).toBe(true)
    expect(all.getAggregate('COUNT', '')).toBe('3')
    const by = new GlideAggregate('incident')
    by.addQuery('category', '!=', '')
    by.addAggregate('COUNT', '')
    by.groupBy('category')
    by.query()
    const counts: Record<string, string> = {}
    while (by.next()) counts[by.getValue('category')] = by.getAggregate('COUNT', '')
    expect(counts).toEqual({ email: '1', network: '1' })
})
