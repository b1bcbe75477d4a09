import { GlideRecord, GlideRecordSecure, gs } from '@servicenow/glide'
import * as control from '../../testkit/glide/control'

beforeEach(() => control.reset())

describe('roles', () => {
    test('hasRole follows sys_user_has_role and role containment; admin has every role', () => {
        control.createUser('integration.user', ['x_mioms_m365_assis.integration'])
        control.createUser('manager', ['x_mioms_m365_assis.admin'])
        control.roleContains('x_mioms_m365_assis.admin', 'x_mioms_m365_assis.user')
        control.roleContains('x_mioms_m365_assis.user', 'itil')

        control.setCurrentUser('integration.user')
        expect(gs.hasRole('x_mioms_m365_assis.integration')).toBe(true)
        expect(gs.hasRole('x_mioms_m365_assis.admin')).toBe(false)
        expect(gs.getUser().hasRole('itil')).toBe(false)

        control.setCurrentUser('manager')
        expect(gs.hasRole('x_mioms_m365_assis.user')).toBe(true)
        expect(gs.hasRole('itil')).toBe(true)
        expect(gs.hasRole('x_mioms_m365_assis.integration')).toBe(false)

        control.setCurrentUser('admin')
        expect(gs.hasRole('x_mioms_m365_assis.integration')).toBe(true)
        expect(gs.hasRole('anything_at_all')).toBe(true)
    })

    test('an inactive role grant does not count', () => {
        const u = control.createUser('bob')
        control.seed('sys_user_has_role', [{ user: u.sys_id, role: control.roleId('itil'), state: 'pending' }])
        control.setCurrentUser('bob')
        expect(gs.hasRole('itil')).toBe(false)
    })

    test('session user identity', () => {
        const u = control.createUser('abel.tuter', [], {
            first_name: 'Abel',
            last_name: 'Tuter',
            email: 'abel@example.com',
        })
        control.setCurrentUser('abel.tuter')
        expect(gs.getUserID()).toBe(u.sys_id)
        expect(gs.getUserName()).toBe('abel.tuter')
        const user = gs.getUser()
        expect([user.getID(), user.getName(), user.getEmail(), user.getFullName()]).toEqual([
            u.sys_id,
            'abel.tuter',
            'abel@example.com',
            'Abel Tuter',
        ])
        control.setCurrentUser('nobody')
        expect(gs.getUserID()).toBe('')
        expect(gs.hasRole('itil')).toBe(false)
    })
})

describe('ACLs', () => {
    beforeEach(() => {
        control.defineTable('x_mioms_m365_assis_event', { fields: ['name'] })
        control.seed('x_mioms_m365_assis_event', [{ name: 'a' }, { name: 'b' }])
        control.acl('x_mioms_m365_assis_event', 'read', ['x_mioms_m365_assis.user'])
        control.acl('x_mioms_m365_assis_event', 'create', ['x_mioms_m365_assis.admin'])
        control.acl('x_mioms_m365_assis_event', 'write', ['x_mioms_m365_assis.admin'])
        control.acl('x_mioms_m365_assis_event', 'delete', ['x_mioms_m365_assis.admin'])
        control.createUser('reader', ['x_mioms_m365_assis.user'])
        control.createUser('stranger')
    })

    test('GlideRecordSecure hides rows and refuses writes without the role', () => {
        control.setCurrentUser('stranger')
        const gr = new GlideRecordSecure('x_mioms_m365_assis_event')
        expect(gr.canRead()).toBe(false)
        gr.query()
        expect(gr.next()).toBe(false)
        gr.initialize()
        gr.setValue('name', 'c')
        expect(gr.insert()).toBeNull()

        control.setCurrentUser('reader')
        const r = new GlideRecordSecure('x_mioms_m365_assis_event')
        expect([r.canRead(), r.canCreate(), r.canWrite(), r.canDelete()]).toEqual([true, false, false, false])
        r.query()
        expect(r.getRowCount()).toBe(2)
        r.next()
        r.setValue('name', 'changed')
        expect(r.update()).toBeNull()
        expect(r.deleteRecord()).toBe(false)
        expect(control.rows('x_mioms_m365_assis_event').map((x) => x.name)).toEqual(['a', 'b'])
    })

    test('plain GlideRecord reports ACLs through canX but does not enforce them', () => {
        control.setCurrentUser('stranger')
        const gr = new GlideRecord('x_mioms_m365_assis_event')
        expect(gr.canRead()).toBe(false)
        gr.query()
        expect(gr.getRowCount()).toBe(2)
    })

    test('admin passes every ACL', () => {
        control.setCurrentUser('admin')
        const gr = new GlideRecordSecure('x_mioms_m365_assis_event')
        gr.initialize()
        gr.setValue('name', 'c')
        expect(gr.insert()).not.toBeNull()
    })
})

describe('cross-scope access policy', () => {
    test('a refused read throws the platform message and logs it', () => {
        control.denyCrossScope('oauth_entity', 'read')
        const expected =
            "Read operation against 'oauth_entity' from scope 'x_mioms_m365_assis' has been refused due to the table's cross-scope access policy"
        const gr = new GlideRecord('oauth_entity')
        expect(() => gr.query()).toThrow(new Error(expected))
        expect(() => new GlideRecord('oauth_entity').get('0123456789abcdef0123456789abcdef')).toThrow(expected)
        expect(control.syslog().some((l) => l.message === expected && l.level === control.SYSLOG_LEVEL.error)).toBe(
            true,
        )
        control.allowCrossScope('oauth_entity', 'read')
        expect(() => new GlideRecord('oauth_entity').query()).not.toThrow()
    })

    test('a refused create throws and writes nothing', () => {
        control.denyCrossScope('incident', 'create')
        const gr = new GlideRecord('incident')
        gr.initialize()
        expect(() => gr.insert()).toThrow(
            "Create operation against 'incident' from scope 'x_mioms_m365_assis' has been refused due to the table's cross-scope access policy",
        )
        expect(control.rows('incident')).toHaveLength(0)
    })
})
