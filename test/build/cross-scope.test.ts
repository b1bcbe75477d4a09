// The cross-scope privileges the build ships (dist/app, from src/fluent/security/cross-scope.now.ts) against the
// tables the server code really touches in other scopes (test/build/table-access.ts reads them from src/server):
// a missing privilege breaks the app on an instance that enforces runtime access; a stale one asks admins to
// grant access the app never uses.
import { builtApp } from '../../testkit/app/install-app'
import { SCOPE } from './app-metadata'
import { scanTableAccess, TableUse } from './table-access'

type Rec = Record<string, unknown>
const text = (v: unknown): string =>
    v === undefined || v === null ? '' : typeof v === 'object' ? text((v as Rec)['#text']) : String(v)

// References of platform tables the code dot-walks through (the app's own tables' references come from the build).
// sys_user_has_role: user -> sys_user, role -> sys_user_role (User Roles table, "User" and "Role" reference fields).
// sys_scope_privilege: source_scope -> sys_scope ("Source Scope: the application requesting runtime access",
// docs: Cross-scope privilege record).
const PLATFORM_REFERENCES: Record<string, string> = {
    'sys_user_has_role.user': 'sys_user',
    'sys_user_has_role.role': 'sys_user_role',
    'sys_scope_privilege.source_scope': 'sys_scope',
}

const own = (table: string) => table.startsWith(SCOPE + '_')

function references(table: string, field: string): string | null {
    if (!own(table)) return PLATFORM_REFERENCES[table + '.' + field] ?? null
    const d = (builtApp().records.get('sys_dictionary') ?? []).find(
        (r) => text(r.name) === table && text(r.element) === field,
    )
    return d && text(d.reference) ? text(d.reference) : null
}

let uses: TableUse[] = []
let unresolved: string[] = []

beforeAll(() => {
    const r = scanTableAccess(references)
    uses = r.uses
    unresolved = r.unresolved
}, 60000)

const shipped = () =>
    (builtApp().records.get('sys_scope_privilege') ?? [])
        .filter((p) => text(p.target_type) === 'sys_db_object')
        .map((p) => ({
            key: `${text(p.operation)} ${text(p.target_name)}`,
            status: text(p.status),
            scope: text(p.target_scope),
        }))

test('every table name the server code passes is worked out (literals, constants, parameters, dot-walks)', () => {
    expect(unresolved).toEqual([])
    // The scan sees the app's own tables too; a scan that found none of them would be broken, not clean.
    expect(uses.filter((u) => own(u.table)).map((u) => u.table)).toEqual(
        expect.arrayContaining([`${SCOPE}_case`, `${SCOPE}_setup_state`, `${SCOPE}_health_issue`]),
    )
})

test('every foreign table and operation the code uses has an allowed cross-scope privilege', () => {
    const have = new Set(
        shipped()
            .filter((p) => p.status === 'allowed')
            .map((p) => p.key),
    )
    const missing = uses
        .filter((u) => !own(u.table) && !have.has(`${u.operation} ${u.table}`))
        .map((u) => `${u.operation} ${u.table} (${u.where.join(', ')})`)
    expect(missing).toEqual([])
})

test('no shipped privilege is stale: each is used by the code', () => {
    const needed = new Set(uses.filter((u) => !own(u.table)).map((u) => `${u.operation} ${u.table}`))
    expect(
        shipped()
            .map((p) => p.key)
            .filter((k) => !needed.has(k)),
    ).toEqual([])
})

test('Setup verification reads are part of the scan (sys_scope_privilege, oauth_entity, OIDC provider)', () => {
    const reads = uses.filter((u) => u.operation === 'read').map((u) => u.table)
    expect(reads).toEqual(
        expect.arrayContaining([
            'sys_scope_privilege',
            'oauth_entity',
            'oauth_entity_profile',
            'oidc_provider_configuration',
            'incident',
            'sys_user',
        ]),
    )
})

test('one module per table: only platform/incident-table.ts names the incident table', () => {
    // The ACL check in platform/session-user.ts takes its table from the store (its only caller). Queries on the
    // app's own tables may still dot-walk through an incident reference (health_issue: incident.active).
    const direct = uses
        .filter((u) => u.table === 'incident')
        .flatMap((u) => u.where)
        .filter((w) => !w.endsWith(' (dot-walk)'))
        .map((w) => w.replace(/:\d+$/, ''))
    expect([...new Set(direct)].sort()).toEqual([
        'src/server/platform/incident-table.ts',
        'src/server/platform/session-user.ts',
    ])
})
