import { findOne, insert, update, Row } from '../platform/records.ts'
import { getNumberSetting, getSetting, setSetting } from '../platform/properties.ts'
import { SetupSnapshot } from './rules/setup-gate.ts'
import { EMPTY_ANSWERS, SetupAnswers, StepId, isStepId } from './rules/setup-steps.ts'
import { FlowState, normalizeConfiguration } from './rules/setup-machine.ts'
import { TurnOffRule, VerificationStanding, clearedStanding, isOffReason, turnOffRule } from './rules/setup-standing.ts'
import { ShownCheck } from './rules/setup-checks.ts'

// The Setup flow's one setup_state row (the oldest wins if a second ever appears) plus the connector settings,
// which live in properties because the outbound client reads them there.

export const SETUP_TABLE = 'x_mioms_m365_assis_setup_state'

const COLUMNS = [
    'step',
    'configuration',
    'consent',
    'test_environment',
    'tenant_domain',
    'outbound_profile',
    'inbound_entity',
    'oidc_provider',
    'integration_user',
    'integration_user_id',
    'repository_id',
    'sso',
    'admin_email',
    'test_results',
    'tests_passed_on',
    'completed',
    'failed_verifications',
    'first_failed_on',
    'last_failed_on',
    'turned_off_reason',
    'turned_off_on',
    'turned_off_by',
] as const

export const PROP = {
    endpoint: 'connector.endpoint',
    repositoryId: 'connector.repository_id',
    resource: 'connector.resource',
    profile: 'oauth.profile',
    testEnvironment: 'test_environment',
    sso: 'sso_enabled',
    adminEmail: 'admin_email',
    turnOffAfterFailures: 'setup.turn_off_after_failures',
    turnOffAfterHours: 'setup.turn_off_after_hours',
} as const

/** When repeated failed verifications turn the integration off (two properties, defaults 3 runs over 24 hours). */
export function readTurnOffRule(): TurnOffRule {
    return turnOffRule(getNumberSetting(PROP.turnOffAfterFailures, NaN), getNumberSetting(PROP.turnOffAfterHours, NaN))
}

function readRow(): Row | null {
    return findOne(SETUP_TABLE, {}, COLUMNS, { orderBy: 'sys_created_on' })
}

/** The tenant's domain as Setup recorded it ('' before Setup has one). */
export function readTenantDomain(): string {
    const row = readRow()
    return row ? row.tenant_domain : ''
}

export function readSetupSnapshot(): SetupSnapshot {
    const row = readRow()
    if (!row) return { exists: false, step: '', configuration: '', completed: false, testsPassed: false }
    return {
        exists: true,
        step: row.step,
        configuration: row.configuration,
        completed: row.completed === 'true',
        testsPassed: row.tests_passed_on !== '',
    }
}

export interface StoredFlow {
    state: FlowState
    results: ShownCheck[]
}

export function loadFlow(): StoredFlow {
    const row = readRow()
    const answers: SetupAnswers = {
        ...EMPTY_ANSWERS,
        connector_endpoint: getSetting(PROP.endpoint),
        connector_resource: getSetting(PROP.resource),
    }
    if (!row) return { state: { ...clearedStanding(), step: 'consent', answers }, results: [] }
    const a: SetupAnswers = {
        ...answers,
        consent: row.consent === 'true',
        configuration: normalizeConfiguration(row.configuration),
        test_environment: row.test_environment === 'true',
        tenant_domain: row.tenant_domain,
        outbound_profile: row.outbound_profile,
        inbound_entity: row.inbound_entity,
        oidc_provider: row.oidc_provider,
        integration_user: row.integration_user,
        integration_user_id: row.integration_user_id,
        repository_id: row.repository_id,
        sso: row.sso === 'true',
        admin_email: row.admin_email,
    }
    const step: StepId = isStepId(row.step) ? row.step : 'consent'
    return { state: { ...standingOf(row), step, answers: a }, results: parseResults(row.test_results) }
}

function standingOf(row: Row): VerificationStanding {
    const runs = parseInt(row.failed_verifications, 10)
    return {
        completed: row.completed === 'true',
        testsPassedOn: row.tests_passed_on,
        failedRuns: runs > 0 ? runs : 0,
        firstFailedOn: row.first_failed_on,
        lastFailedOn: row.last_failed_on,
        offReason: isOffReason(row.turned_off_reason) ? row.turned_off_reason : '',
        offOn: row.turned_off_on,
        offBy: row.turned_off_by,
    }
}

export function failedTestNames(results: ShownCheck[]): string[] {
    return results.filter((r) => r.status === 'failed').map((r) => r.name)
}

function parseResults(text: string): ShownCheck[] {
    if (!text) return []
    try {
        const v = JSON.parse(text) as unknown
        return Array.isArray(v) ? (v as ShownCheck[]) : []
    } catch {
        return []
    }
}

/** Writes the row (creating it on the first save) and the settings other features read from properties. */
export function saveFlow(s: FlowState, results: ShownCheck[] | null): void {
    const a = s.answers
    const values: Row = {
        step: s.step,
        configuration: a.configuration,
        consent: String(a.consent),
        test_environment: String(a.test_environment),
        tenant_domain: a.tenant_domain,
        outbound_profile: a.outbound_profile,
        inbound_entity: a.inbound_entity,
        oidc_provider: a.oidc_provider,
        integration_user: a.integration_user,
        integration_user_id: a.integration_user_id,
        repository_id: a.repository_id,
        sso: String(a.sso),
        admin_email: a.admin_email,
        tests_passed_on: s.testsPassedOn,
        completed: String(s.completed),
        failed_verifications: String(s.failedRuns),
        first_failed_on: s.firstFailedOn,
        last_failed_on: s.lastFailedOn,
        turned_off_reason: s.offReason,
        turned_off_on: s.offOn,
        turned_off_by: s.offBy,
    }
    if (results) values.test_results = fitResults(results)
    const row = readRow()
    if (row) update(SETUP_TABLE, row.sys_id, values)
    else insert(SETUP_TABLE, values)
    const props: [string, string][] = [
        [PROP.endpoint, a.connector_endpoint],
        [PROP.repositoryId, a.repository_id],
        [PROP.resource, a.connector_resource],
        [PROP.profile, a.outbound_profile],
        [PROP.testEnvironment, String(a.test_environment)],
        [PROP.sso, String(a.sso)],
        [PROP.adminEmail, a.admin_email],
    ]
    for (const [name, value] of props) if (getSetting(name) !== value) setSetting(name, value)
}

// test_results holds 4000 characters: long details and fixes are shortened until the JSON fits.
export function fitResults(results: ShownCheck[], max = 4000): string {
    for (let cap = 600; cap >= 40; cap = Math.floor(cap * 0.7)) {
        const text = JSON.stringify(results.map((r) => ({ ...r, detail: cut(r.detail, cap), fix: cut(r.fix, cap) })))
        if (text.length <= max) return text
    }
    return JSON.stringify(results.map((r) => ({ id: r.id, name: r.name, status: r.status, detail: '', fix: '' })))
}

function cut(s: string, n: number): string {
    return s.length > n ? s.slice(0, n - 3) + '...' : s
}
