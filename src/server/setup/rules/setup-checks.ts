import { Configuration } from './setup-steps.ts'
import { SCOPE } from '../../domain/scope.ts'
import { Message, cat, tx } from './setup-text.ts'

// The verification tests "Next" runs on Complete the integration, in order. Each result says what was seen
// and, when it failed, exactly what to fix. Setup completes only when every applicable test passed.

export type CheckId =
    | 'cross_scope_read'
    | 'oidc_metadata'
    | 'token_request'
    | 'connector_ping'
    | 'inbound_ping'
    | 'scope_privileges'
export type CheckStatus = 'passed' | 'failed' | 'skipped'

export interface CheckResult {
    id: CheckId
    name: string
    status: CheckStatus
    detail: Message
    /** What the admin must change; empty when passed. */
    fix: Message
}

/** A result as the page shows and setup_state stores it: rendered in the admin's language. */
export interface ShownCheck {
    id: CheckId
    name: string
    status: CheckStatus
    detail: string
    fix: string
}

export interface CheckDef {
    id: CheckId
    name: string
    applies: (c: Configuration) => boolean
    /** Skipped (not run) when this earlier test failed. */
    needs?: CheckId
}

export const CHECKS: readonly CheckDef[] = [
    { id: 'cross_scope_read', name: 'Read OAuth entities (cross-scope access)', applies: () => true },
    { id: 'oidc_metadata', name: 'OIDC provider metadata', applies: (c) => c === 'aad' },
    { id: 'token_request', name: 'Token request through the outbound OAuth profile', applies: () => true },
    { id: 'connector_ping', name: 'Microsoft 365 support connector ping', applies: () => true, needs: 'token_request' },
    { id: 'inbound_ping', name: 'Inbound API reachable through the instance URL', applies: (c) => c !== 'insights' },
    { id: 'scope_privileges', name: 'Cross-scope privileges allowed', applies: () => true },
]

export function checksFor(c: Configuration): CheckDef[] {
    return CHECKS.filter((d) => d.applies(c))
}

export function passed(def: CheckDef, detail: Message): CheckResult {
    return { id: def.id, name: def.name, status: 'passed', detail, fix: [] }
}

export function failed(def: CheckDef, detail: Message, fix: Message): CheckResult {
    return { id: def.id, name: def.name, status: 'failed', detail, fix }
}

export function skipped(def: CheckDef, detail: Message): CheckResult {
    return { id: def.id, name: def.name, status: 'skipped', detail, fix: [] }
}

export function allPassed(results: CheckResult[]): boolean {
    return results.length > 0 && results.every((r) => r.status === 'passed')
}

/** Exact counts for the page and the log: a test not run (an earlier one failed) is neither passed nor failed. */
export interface CheckCounts {
    total: number
    passed: number
    failed: number
    notRun: number
}

export function countResults(results: readonly { status: CheckStatus }[]): CheckCounts {
    const n = (s: CheckStatus) => results.filter((r) => r.status === s).length
    return { total: results.length, passed: n('passed'), failed: n('failed'), notRun: n('skipped') }
}

export const CROSS_SCOPE_FIX = tx(
    'On table oauth_entity, check All application scopes > Can read (System Definition > Tables > oauth_entity > Application Access), then run the tests again.',
)

export function isCrossScopeRefusal(error: string): boolean {
    return /cross-scope access policy/i.test(error)
}

/** Test 1: a guarded query on oauth_entity. `error` is what the query threw (null when it ran). */
export function interpretCrossScopeRead(def: CheckDef, error: string | null, rows: number): CheckResult {
    if (error === null) return passed(def, tx('The app read oauth_entity ({0} records).', rows))
    // The platform's own refusal text is shown as it is: admins search for it verbatim.
    if (isCrossScopeRefusal(error)) return failed(def, [{ text: '{0}', args: [error] }], CROSS_SCOPE_FIX)
    return failed(
        def,
        tx('Reading oauth_entity failed: {0}', error),
        tx(
            'Check that the app is installed completely and that oauth_entity is readable by the app, then run the tests again.',
        ),
    )
}

export interface PrivilegeRow {
    target_name: string
    operation: string
    status: string
}

// The two privileges the install creates (seed 003: "if they were not created, create them manually").
export const REQUIRED_PRIVILEGES: readonly string[] = ['oauth_entity', 'oauth_entity_profile']

/**
 * Test 6: both read privileges exist and are allowed. `readRefused`: test 1's read of oauth_entity was refused by
 * the table's cross-scope policy. A privilege cannot exceed the table's own setting, so allowed records do not make
 * cross-scope access allowed then: the test fails and points at the table setting, never "passed" beside a refusal.
 */
export function interpretPrivileges(def: CheckDef, rows: PrivilegeRow[], readRefused = false): CheckResult {
    const problems: Message[] = []
    for (const table of REQUIRED_PRIVILEGES) {
        const row = rows.find((r) => r.target_name === table && r.operation === 'read')
        if (!row) {
            problems.push(
                tx(
                    'Create the cross-scope privilege: System Applications > Application Cross-Scope Access > New, source scope {0}, target table {1}, operation Read, status Allowed.',
                    SCOPE,
                    table,
                ),
            )
        } else if (row.status !== 'allowed') {
            problems.push(
                tx(
                    'Set the status of the {0} Read privilege of {1} to Allowed (System Applications > Application Cross-Scope Access); it is "{2}".',
                    table,
                    SCOPE,
                    row.status,
                ),
            )
        }
    }
    if (!problems.length && readRefused) {
        return failed(
            def,
            tx(
                "Both Read privileges (oauth_entity, oauth_entity_profile) are Allowed, but the platform refused the read of oauth_entity (test 1): a privilege cannot exceed the table's own cross-scope setting.",
            ),
            CROSS_SCOPE_FIX,
        )
    }
    if (!problems.length) return passed(def, tx('Read access to oauth_entity and oauth_entity_profile is allowed.'))
    return failed(def, tx('Cross-scope privileges missing or not allowed: {0}.', problems.length), cat(...problems))
}
