// platform/records.ts takes {field: value} conditions and builds the encoded query itself, so a value can never
// add a condition of its own: '^' (AND, ^OR, ^NQ) and line breaks in a value are refused with an error naming the
// field, IN lists refuse commas inside an element, and field names must be field names.
import * as control from '../../testkit/glide/control'
import { installApp } from '../../testkit/app/install-app'
import { encodeWhere, findOne, list } from '../../src/server/platform/records'
import { userFacts } from '../../src/server/setup/setup-options'

describe('encodeWhere', () => {
    it('writes equality, operators, IN lists, empty tests, OR on the same or another field, dot-walks', () => {
        expect(encodeWhere({})).toBe('')
        expect(encodeWhere({ user: 'abc', active: true, count: 3 })).toBe('user=abc^active=true^count=3')
        expect(
            encodeWhere({
                sync_state: { op: 'IN', value: ['pending', 'retrying'] },
                next_attempt_at: { op: '<=', value: '2026-01-01 00:00:00', or: { op: 'ISEMPTY' } },
            }),
        ).toBe('sync_stateINpending,retrying^next_attempt_at<=2026-01-01 00:00:00^ORnext_attempt_atISEMPTY')
        expect(encodeWhere({ 'incident.state': { op: '!=', value: 6 }, incident: { op: 'ISNOTEMPTY' } })).toBe(
            'incident.state!=6^incidentISNOTEMPTY',
        )
        expect(
            encodeWhere({
                'source_scope.scope': { op: '=', value: 'x', or: { field: 'source_scope', op: '=', value: 'x' } },
            }),
        ).toBe('source_scope.scope=x^ORsource_scope=x')
    })

    it.each([
        ['an ^OR', 'abc^ORuser!=abc'],
        ['a ^NQ', '^NQactive=true'],
        ['a plain ^', 'a^b'],
        ['a line feed', 'abc\nactive=true'],
        ['a carriage return', 'abc\ractive=true'],
    ])('refuses a value with %s, naming the field', (_what, value) => {
        expect(() => encodeWhere({ user: value })).toThrow(/value for user contains '\^' or a line break/)
        expect(() => encodeWhere({ state: { op: '!=', value } })).toThrow(/value for state/)
        expect(() => encodeWhere({ issue_id: { op: 'IN', value: ['ok', value] } })).toThrow(/value for issue_id/)
        expect(() => encodeWhere({ a: { op: 'ISEMPTY', or: { op: '=', value } } })).toThrow(/value for a/)
    })

    it('refuses commas inside an IN element, bad field names and missing values', () => {
        expect(() => encodeWhere({ issue_id: { op: 'IN', value: ['a,b'] } })).toThrow(/comma/)
        for (const field of ['', 'user=x', 'a^b', 'User', 'a..b', 'a\nb'])
            expect(() => encodeWhere({ [field]: 'x' })).toThrow(/not a field name/)
        expect(() => encodeWhere({ a: { op: '=', value: 'x', or: { field: 'b^ORc', op: 'ISEMPTY' } } })).toThrow(
            /not a field name/,
        )
        expect(() => encodeWhere({ user: undefined as unknown as string })).toThrow(/no value for user/)
        expect(() => encodeWhere({ user: { op: '=' } })).toThrow(/needs one value/)
    })
})

describe('queries through the Glide double', () => {
    beforeEach(() => installApp())

    it('a value that tries to widen the query reaches no row and queries nothing', () => {
        control.createUser('alice')
        control.createUser('bob')
        expect(list('sys_user', { user_name: 'alice' }, ['user_name']).map((r) => r.user_name)).toEqual(['alice'])
        expect(() => list('sys_user', { user_name: 'nobody^ORuser_name!=nobody' }, ['user_name'])).toThrow(
            /value for user_name/,
        )
        expect(() => findOne('sys_user', { user_name: 'nobody\nuser_name!=nobody' }, ['user_name'])).toThrow(
            /value for user_name/,
        )
    })

    it("Setup's User ID lookup answers 'no such user' for a User ID with query syntax (it used to find another user)", () => {
        control.createUser('svc.connector', [], { web_service_access_only: true })
        expect(userFacts('svc.connector', true).exists).toBe(true)
        expect(userFacts('nobody^ORuser_name!=nobody', true)).toMatchObject({
            exists: false,
            userName: 'nobody^ORuser_name!=nobody',
        })
        expect(userFacts('nobody\nx', true).exists).toBe(false)
    })
})
