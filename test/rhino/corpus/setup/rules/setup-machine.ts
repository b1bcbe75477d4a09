import type * as M from '../../../../../src/server/setup/rules/setup-machine.ts'
import type { SetupAnswers } from '../../../../../src/server/setup/rules/setup-steps.ts'
import { EMPTY_ANSWERS, STEP_ORDER } from '../../../../../src/server/setup/rules/setup-steps.ts'
import { corpus, loose } from '../../support.ts'

const CLIENT = '6a2d8b1f-4c3e-4d7a-9b8e-1f0a2c3d4e5f'
const ctx = { allowLoopback: false }
const full: SetupAnswers = {
    consent: true,
    configuration: 'basic',
    test_environment: false,
    tenant_domain: 'contoso.com',
    outbound_profile: 'p1',
    inbound_entity: 'e1',
    oidc_provider: '',
    integration_user: 'u1',
    integration_user_id: CLIENT,
    repository_id: 'repo-1',
    connector_endpoint: 'https://connector.contoso.com',
    connector_resource: 'api://connector',
    sso: true,
    admin_email: 'admin@contoso.com',
}
const partial: SetupAnswers = {
    ...EMPTY_ANSWERS,
    consent: true,
    configuration: 'insights',
    tenant_domain: 'contoso.com',
}
const state = (step: M.FlowState['step'], answers: SetupAnswers, completed = false): M.FlowState => ({
    step,
    answers,
    completed,
    testsPassedOn: completed ? '2020-11-12 07:07:38' : '',
    failedRuns: completed ? 1 : 0,
    firstFailedOn: completed ? '2020-11-12 08:00:00' : '',
    lastFailedOn: completed ? '2020-11-12 08:00:00' : '',
    offReason: '',
    offOn: '',
    offBy: '',
})

export default corpus<typeof M>({
    pickStepInput: [
        ['environment', { configuration: ' aad ', test_environment: 'true', tenant_domain: 'ignored.com' }],
        ['consent', { consent: 'yes' }],
        ['consent', { consent: true }],
        ['repository', { repository_id: 42, connector_endpoint: null, connector_resource: undefined }],
        ['settings', { sso: 'false', admin_email: ' a@b.com ', test_environment: 1 }],
        ['complete', { anything: 1 }],
    ],
    firstIncompleteStep: [
        [full, ctx],
        [EMPTY_ANSWERS, ctx],
        [partial, ctx],
        [{ ...full, configuration: 'aad' }, ctx],
    ],
    resumeStep: STEP_ORDER.map((s): Parameters<typeof M.resumeStep> => [s, full, ctx]).concat(
        STEP_ORDER.map((s): Parameters<typeof M.resumeStep> => [s, partial, ctx]),
    ),
    canOpen: STEP_ORDER.map((s): Parameters<typeof M.canOpen> => [s, state('repository', partial)]),
    saveStep: [
        [state('complete', full, true), 'tenant', { tenant_domain: 'fabrikam.com' }, ctx],
        [state('complete', full, true), 'settings', { sso: false }, ctx],
        [state('complete', full, true), 'settings', { admin_email: 'bad' }, ctx],
        [state('tenant', partial), 'inbound', { inbound_entity: 'e' }, ctx],
        [state('consent', EMPTY_ANSWERS), 'repository', { repository_id: 'r' }, ctx],
        [state('consent', EMPTY_ANSWERS), 'consent', { consent: true }, ctx],
        [state('environment', { ...EMPTY_ANSWERS, consent: true }), 'environment', { configuration: 'aad' }, ctx],
        [
            state('inbound', { ...full, configuration: 'basic', oidc_provider: 'o1' }),
            'inbound',
            { inbound_entity: 'e2' },
            ctx,
        ],
    ],
    normalizeConfiguration: [['basic'], ['aad'], ['insights'], ['BASIC'], [''], loose(undefined)],
})
