// The shapes of the Setup API (src/server/setup/setup-service.ts), as the page uses them.
export type StepId = 'consent' | 'environment' | 'tenant' | 'outbound' | 'inbound' | 'integration_user' | 'repository' | 'settings' | 'complete'
export type Configuration = 'basic' | 'aad' | 'insights' | ''

export interface Answers {
    consent: boolean
    configuration: Configuration
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

export type Field = keyof Answers

export interface StepView {
    id: StepId
    title: string
    skipped: boolean
    done: boolean
    canOpen: boolean
}

export interface Options {
    profiles: { id: string; name: string; entityName: string; clientId: string; tokenUrl: string }[]
    inboundEntities: { id: string; name: string; clientId: string }[]
    oidcEntities: { id: string; name: string; clientId: string; providerName: string; oidcUrl: string; userClaim: string; userField: string }[]
    users: { id: string; userName: string; name: string }[]
    error: { message: string; fix: string } | null
}

export interface CheckResult {
    id: string
    name: string
    status: 'passed' | 'failed' | 'skipped'
    detail: string
    fix: string
}

export interface Summary {
    values: { id: string; label: string; value: string }[]
    authenticationType: string
    adminCenterSteps: string[]
}

export interface SetupView {
    step: StepId
    completed: boolean
    testsPassedOn: string
    answers: Answers
    steps: StepView[]
    options: Options
    summary: Summary | null
    results: CheckResult[]
}

/** The fields each step sends (mirrors STEP_FIELDS on the server). */
export const STEP_FIELDS: Record<StepId, Field[]> = {
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

/** Props every step component receives. */
export interface StepProps {
    view: SetupView
    draft: Answers
    set: <F extends Field>(field: F, value: Answers[F]) => void
    errors: Partial<Record<Field, string>>
}
