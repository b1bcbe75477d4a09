import { FINAL_STEP } from './setup-gate.ts'

// The Setup guided flow's steps, in the order of the seeds' guide. Insights-only installs skip the inbound
// steps: Microsoft never calls the instance back, so there is no inbound provider or integration user.

export type Configuration = 'basic' | 'aad' | 'insights'
export const CONFIGURATIONS: readonly Configuration[] = ['basic', 'aad', 'insights']

export type StepId =
    | 'consent'
    | 'environment'
    | 'tenant'
    | 'outbound'
    | 'inbound'
    | 'integration_user'
    | 'repository'
    | 'settings'
    | 'complete'

export const STEP_ORDER: readonly StepId[] = [
    'consent',
    'environment',
    'tenant',
    'outbound',
    'inbound',
    'integration_user',
    'repository',
    'settings',
    FINAL_STEP as 'complete',
]

export const STEP_TITLES: Record<StepId, string> = {
    consent: 'Agree',
    environment: 'Environment and setup type',
    tenant: 'Tenant domain',
    outbound: 'Outbound OAuth provider',
    inbound: 'Inbound OAuth provider',
    integration_user: 'Inbound call integration user',
    repository: 'Repository ID',
    settings: 'Application settings',
    complete: 'Complete the integration',
}

/** The answers of the whole flow: setup_state columns plus the connector settings kept in properties. */
export interface SetupAnswers {
    consent: boolean
    configuration: Configuration | ''
    test_environment: boolean
    tenant_domain: string
    outbound_profile: string
    inbound_entity: string
    oidc_provider: string
    integration_user: string
    integration_user_id: string
    repository_id: string
    connector_endpoint: string
    connector_resource: string
    sso: boolean
    admin_email: string
}

export type AnswerField = keyof SetupAnswers

export const EMPTY_ANSWERS: SetupAnswers = {
    consent: false,
    configuration: '',
    test_environment: false,
    tenant_domain: '',
    outbound_profile: '',
    inbound_entity: '',
    oidc_provider: '',
    integration_user: '',
    integration_user_id: '',
    repository_id: '',
    connector_endpoint: '',
    connector_resource: '',
    sso: false,
    admin_email: '',
}

/** Which answers each step edits; a save only takes these from the request. */
export const STEP_FIELDS: Record<StepId, readonly AnswerField[]> = {
    consent: ['consent'],
    environment: ['configuration', 'test_environment'],
    tenant: ['tenant_domain'],
    outbound: ['outbound_profile'],
    inbound: ['inbound_entity'],
    integration_user: ['integration_user', 'integration_user_id'],
    repository: ['repository_id', 'connector_endpoint', 'connector_resource'],
    settings: ['sso', 'admin_email', 'test_environment'],
    complete: [],
}

export const BOOLEAN_FIELDS: readonly AnswerField[] = ['consent', 'test_environment', 'sso']

// Changing any of these invalidates earlier verification results: the tests must run again.
export const VERIFIED_FIELDS: readonly AnswerField[] = [
    'configuration',
    'tenant_domain',
    'outbound_profile',
    'inbound_entity',
    'oidc_provider',
    'integration_user',
    'integration_user_id',
    'repository_id',
    'connector_endpoint',
    'connector_resource',
]

export function isStepId(s: string): s is StepId {
    return (STEP_ORDER as readonly string[]).indexOf(s) >= 0
}

export function isConfiguration(s: string): s is Configuration {
    return (CONFIGURATIONS as readonly string[]).indexOf(s) >= 0
}

export function isSkipped(step: StepId, configuration: Configuration | ''): boolean {
    return configuration === 'insights' && (step === 'inbound' || step === 'integration_user')
}

export function stepIndex(step: StepId): number {
    return STEP_ORDER.indexOf(step)
}

/** The next step that applies to the configuration, or null after the last one. */
export function nextStep(step: StepId, configuration: Configuration | ''): StepId | null {
    for (let i = stepIndex(step) + 1; i < STEP_ORDER.length; i++)
        if (!isSkipped(STEP_ORDER[i], configuration)) return STEP_ORDER[i]
    return null
}

export function laterStep(a: StepId, b: StepId): StepId {
    return stepIndex(a) >= stepIndex(b) ? a : b
}

export function earlierStep(a: StepId, b: StepId): StepId {
    return stepIndex(a) <= stepIndex(b) ? a : b
}
