import type * as M from '../../../../../src/server/setup/rules/setup-validation.ts'
import type { SetupAnswers, StepId } from '../../../../../src/server/setup/rules/setup-steps.ts'
import { STEP_ORDER } from '../../../../../src/server/setup/rules/setup-steps.ts'
import { corpus } from '../../support.ts'

const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47'
const CLIENT = '6a2d8b1f-4c3e-4d7a-9b8e-1f0a2c3d4e5f'
const ctx = { allowLoopback: false }
const answers = (over: Partial<SetupAnswers>): SetupAnswers => ({
    consent: true,
    configuration: 'aad',
    test_environment: false,
    tenant_domain: 'contoso.onmicrosoft.com',
    outbound_profile: 'p1',
    inbound_entity: 'e1',
    oidc_provider: 'o1',
    integration_user: 'u1',
    integration_user_id: CLIENT,
    repository_id: 'repo-1',
    connector_endpoint: 'https://connector.contoso.com',
    connector_resource: 'api://connector',
    sso: false,
    admin_email: 'admin@contoso.onmicrosoft.com',
    ...over,
})
const EMPTY = answers({
    consent: false,
    configuration: '',
    tenant_domain: '',
    outbound_profile: '',
    inbound_entity: '',
    oidc_provider: '',
    integration_user: '',
    integration_user_id: '',
    repository_id: '',
    connector_endpoint: '',
    connector_resource: '',
    admin_email: '',
})
const profile = (over: Partial<M.ProfileFacts>): M.ProfileFacts => ({
    exists: true,
    grantType: 'client_credentials',
    tokenUrl: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/token',
    clientId: CLIENT,
    ...over,
})
const provider = (over: Partial<M.OidcProviderFacts>): M.OidcProviderFacts => ({
    exists: true,
    id: 'o1',
    oidcUrl: 'https://login.microsoftonline.com/' + TENANT_ID + '/.well-known/openid-configuration',
    userClaim: 'appid',
    userField: 'user_name',
    ...over,
})
const inbound = (over: Partial<M.InboundFacts>): M.InboundFacts => ({
    exists: true,
    className: 'oauth_oidc_entity',
    type: 'client',
    clientId: CLIENT,
    active: true,
    provider: provider({}),
    ...over,
})
const user = (over: Partial<M.UserFacts>): M.UserFacts => ({
    exists: true,
    userName: CLIENT,
    active: true,
    webServiceOnly: true,
    roles: ['incident_manager', 'x_mioms_m365_assis.integration'],
    ...over,
})

const shapes: Parameters<typeof M.validateStep>[] = []
for (const s of STEP_ORDER)
    for (const a of [
        answers({}),
        EMPTY,
        answers({ configuration: 'insights', admin_email: '' }),
        answers({ configuration: 'basic', tenant_domain: 'common' }),
    ])
        shapes.push([s as StepId, a, ctx])

export default corpus<typeof M>({
    validateStep: shapes.concat([
        ['outbound', answers({}), ctx, { profile: profile({}) }],
        ['outbound', answers({}), ctx, { profile: profile({ exists: false }) }],
        ['outbound', answers({}), ctx, { profile: profile({ grantType: 'password' }) }],
        ['outbound', answers({}), ctx, { profile: profile({ tokenUrl: 'https://evil.example.com/x/oauth2/token' }) }],
        ['outbound', answers({ tenant_domain: 'fabrikam.com' }), ctx, { profile: profile({}) }],
        ['outbound', answers({}), ctx, { profile: profile({ clientId: 'nope' }) }],
        ['inbound', answers({}), ctx, { inbound: inbound({}) }],
        ['inbound', answers({}), ctx, { inbound: inbound({ exists: false }) }],
        ['inbound', answers({}), ctx, { inbound: inbound({ active: false }) }],
        ['inbound', answers({ configuration: 'basic' }), ctx, { inbound: inbound({ className: 'oauth_entity' }) }],
        [
            'inbound',
            answers({ configuration: 'basic' }),
            ctx,
            { inbound: inbound({ className: 'oauth_entity', type: 'oauth_provider' }) },
        ],
        ['inbound', answers({}), ctx, { inbound: inbound({ className: 'oauth_entity' }) }],
        ['inbound', answers({}), ctx, { inbound: inbound({ clientId: '' }) }],
        ['inbound', answers({}), ctx, { inbound: inbound({ provider: null }) }],
        [
            'inbound',
            answers({}),
            ctx,
            { inbound: inbound({ provider: provider({ oidcUrl: 'https://x.example.com/' }) }) },
        ],
        ['inbound', answers({}), ctx, { inbound: inbound({ provider: provider({ userClaim: 'AppId' }) }) }],
        [
            'inbound',
            answers({}),
            ctx,
            {
                inbound: inbound({
                    provider: provider({
                        oidcUrl:
                            'https://login.microsoftonline.com/' + TENANT_ID + '/v2.0/.well-known/openid-configuration',
                        userClaim: 'appid',
                    }),
                }),
            },
        ],
        ['inbound', answers({}), ctx, { inbound: inbound({ provider: provider({ userField: 'email' }) }) }],
        ['integration_user', answers({}), ctx, { user: user({}) }],
        ['integration_user', answers({}), ctx, { user: user({ exists: false }) }],
        ['integration_user', answers({ configuration: 'basic' }), ctx, { user: user({ exists: false }) }],
        ['integration_user', answers({}), ctx, { user: user({ active: false }) }],
        ['integration_user', answers({}), ctx, { user: user({ webServiceOnly: false }) }],
        ['integration_user', answers({}), ctx, { user: user({ roles: ['incident_manager'] }) }],
    ]),
    hasErrors: [[{}], [{ consent: [{ text: 'x', args: [] }] }]],
})
