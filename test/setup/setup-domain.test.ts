import { EMPTY_ANSWERS, SetupAnswers, nextStep, isSkipped } from '../../src/server/setup/rules/setup-steps'
import {
    parseMetadataUrl,
    parseTokenUrl,
    tenantError,
    connectorEndpointError,
    clientIdError,
} from '../../src/server/setup/rules/setup-formats'
import { validateStep, InboundFacts } from '../../src/server/setup/rules/setup-validation'
import {
    FlowState,
    firstIncompleteStep,
    saveStep,
    pickStepInput,
    resumeStep,
} from '../../src/server/setup/rules/setup-machine'
import { english } from '../../src/server/setup/rules/setup-text'
import { buildSummary } from '../../src/server/setup/rules/setup-summary'
import { clearedStanding } from '../../src/server/setup/rules/setup-standing'
import { OAUTH_API_SCRIPT_SYS_ID } from '../../src/server/domain/oauth-api-script'
import { interpretToken } from '../../src/server/setup/rules/setup-check-http'
import { CHECKS } from '../../src/server/setup/rules/setup-checks'

const strict = { allowLoopback: false }
const G = '6a2d8b1f-4c3e-4d7a-9b8e-1f0a2c3d4e5f'
const msg = (m: unknown) => (m ? english(m as never) : '')

const full = (over: Partial<SetupAnswers> = {}): SetupAnswers => ({
    ...EMPTY_ANSWERS,
    consent: true,
    configuration: 'basic',
    tenant_domain: 'contoso.onmicrosoft.com',
    outbound_profile: 'p1',
    inbound_entity: 'e1',
    integration_user: 'u1',
    integration_user_id: 'm365_integration',
    repository_id: 'repo-1',
    connector_endpoint: 'https://connector.example.com',
    connector_resource: 'api://m365-support-connector',
    admin_email: 'admin@contoso.onmicrosoft.com',
    ...over,
})

describe('steps', () => {
    test('insights only skips the inbound provider and the integration user', () => {
        expect(nextStep('outbound', 'insights')).toBe('repository')
        expect(nextStep('outbound', 'aad')).toBe('inbound')
        expect(isSkipped('integration_user', 'basic')).toBe(false)
    })
})

describe('formats', () => {
    test('tenant: onmicrosoft.com, verified domain, GUID; not common or junk', () => {
        expect(tenantError('contoso.onmicrosoft.com')).toBeNull()
        expect(tenantError('contoso.com')).toBeNull()
        expect(tenantError(G)).toBeNull()
        expect(msg(tenantError('common'))).toMatch(/not a tenant/)
        expect(msg(tenantError('contoso'))).toMatch(/contoso.onmicrosoft.com/)
        expect(msg(tenantError(''))).toBe('Enter the tenant domain.')
    })

    test('token URL: v1 and v2 shapes on Entra hosts only; loopback only when allowed', () => {
        expect(parseTokenUrl('https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/token', strict)).toEqual(
            { tenant: 'contoso.onmicrosoft.com', version: '1.0' },
        )
        expect(parseTokenUrl(`https://login.microsoftonline.com/${G}/oauth2/v2.0/token`, strict)).toEqual({
            tenant: G,
            version: '2.0',
        })
        expect(parseTokenUrl('https://login.microsoftonline.us/contoso.com/oauth2/token', strict)).toMatchObject({
            version: '1.0',
        })
        expect(
            msg(
                (parseTokenUrl('https://evil.example.com/contoso.com/oauth2/token', strict) as { error: unknown })
                    .error,
            ),
        ).toMatch(/must be https:\/\/login.microsoftonline.com/)
        expect(
            msg(
                (
                    parseTokenUrl('https://login.microsoftonline.com/contoso.com/oauth2/authorize', strict) as {
                        error: unknown
                    }
                ).error,
            ),
        ).toMatch(/must look like/)
        expect(
            msg(
                (parseTokenUrl('https://login.microsoftonline.com/common/oauth2/token', strict) as { error: unknown })
                    .error,
            ),
        ).toMatch(/names no tenant/)
        expect('error' in parseTokenUrl('http://127.0.0.1:4000/contoso.com/oauth2/token', strict)).toBe(true)
        expect(parseTokenUrl('http://127.0.0.1:4000/contoso.com/oauth2/token', { allowLoopback: true })).toMatchObject({
            version: '1.0',
        })
    })

    test('metadata URL v1/v2; connector endpoint https; GUID client IDs', () => {
        expect(
            parseMetadataUrl('https://login.microsoftonline.com/contoso.com/.well-known/openid-configuration', strict),
        ).toEqual({ tenant: 'contoso.com', version: '1.0' })
        expect(
            parseMetadataUrl(
                'https://login.microsoftonline.com/contoso.com/v2.0/.well-known/openid-configuration',
                strict,
            ),
        ).toMatchObject({ version: '2.0' })
        expect(
            'error' in parseMetadataUrl('https://login.microsoftonline.com/contoso.com/openid-configuration', strict),
        ).toBe(true)
        expect(connectorEndpointError('https://connector.example.com/api', strict)).toBeNull()
        expect(msg(connectorEndpointError('http://connector.example.com', strict))).toMatch(/https/)
        expect(msg(connectorEndpointError('http://127.0.0.1:9000', strict))).toMatch(/https/)
        expect(clientIdError(G)).toBeNull()
        expect(msg(clientIdError('my-app'))).toMatch(/not a client ID/)
    })
})

describe('validation', () => {
    const aadInbound = (over: Partial<InboundFacts['provider'] & object> = {}): InboundFacts => ({
        exists: true,
        className: 'oauth_oidc_entity',
        type: 'oauth_provider',
        clientId: G,
        active: true,
        provider: {
            exists: true,
            id: 'op1',
            oidcUrl: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/.well-known/openid-configuration',
            userClaim: 'appid',
            userField: 'user_name',
            ...over,
        },
    })
    const aad = full({ configuration: 'aad' })

    test('AAD inbound: user claim must be appid for v1 metadata (azp for v2), user field User ID', () => {
        expect(validateStep('inbound', aad, strict, { inbound: aadInbound() })).toEqual({})
        expect(
            msg(validateStep('inbound', aad, strict, { inbound: aadInbound({ userClaim: 'appId' }) }).inbound_entity),
        ).toMatch(/set it to appid/)
        expect(
            msg(
                validateStep('inbound', aad, strict, {
                    inbound: aadInbound({
                        oidcUrl:
                            'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration',
                    }),
                }).inbound_entity,
            ),
        ).toMatch(/set it to azp/)
        expect(
            msg(validateStep('inbound', aad, strict, { inbound: aadInbound({ userField: 'email' }) }).inbound_entity),
        ).toMatch(/User ID \(user_name\)/)
        expect(
            msg(
                validateStep('inbound', aad, strict, {
                    inbound: aadInbound({
                        oidcUrl: 'https://login.microsoftonline.com/fabrikam.com/.well-known/openid-configuration',
                    }),
                }).inbound_entity,
            ),
        ).toMatch(/tenant "fabrikam.com" but the tenant domain is "contoso.onmicrosoft.com"/)
    })

    test('basic inbound wants an OAuth API endpoint for external clients', () => {
        const facts: InboundFacts = {
            exists: true,
            className: 'oauth_oidc_entity',
            type: 'oauth_provider',
            clientId: G,
            active: true,
            provider: null,
        }
        expect(msg(validateStep('inbound', full(), strict, { inbound: facts }).inbound_entity)).toMatch(
            /OAuth API endpoint for external clients/,
        )
        expect(
            validateStep('inbound', full(), strict, {
                inbound: { ...facts, className: 'oauth_entity', type: 'client' },
            }),
        ).toEqual({})
    })

    test('outbound profile: client credentials, token URL shape and tenant, GUID client ID', () => {
        const p = {
            exists: true,
            grantType: 'client_credentials',
            tokenUrl: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/token',
            clientId: G,
        }
        expect(validateStep('outbound', full(), strict, { profile: p })).toEqual({})
        expect(
            msg(
                validateStep('outbound', full(), strict, { profile: { ...p, grantType: 'password' } }).outbound_profile,
            ),
        ).toMatch(/Client Credentials/)
        expect(
            msg(
                validateStep('outbound', full(), strict, {
                    profile: { ...p, tokenUrl: 'https://login.microsoftonline.com/x/oauth2/authorize' },
                }).outbound_profile,
            ),
        ).toMatch(/Application Registry/)
        expect(
            msg(validateStep('outbound', full(), strict, { profile: { ...p, clientId: 'abc' } }).outbound_profile),
        ).toMatch(/not an Entra application ID/)
    })

    test('token test: Entra v1 without resource, or no OAuth API script, names OAuthM365EntraResource as the fix', () => {
        const def = CHECKS.find((d) => d.id === 'token_request')!
        const aad = interpretToken(def, 'p', {
            ok: false,
            status: 400,
            code: 'invalid_request',
            detail: "AADSTS900144: The request body must contain the following parameter: 'resource'.",
        })
        expect(msg(aad.fix)).toMatch(/set OAuth API Script to OAuthM365EntraResource/)
        const notSent = interpretToken(def, 'p', {
            ok: false,
            status: 0,
            code: 'oauth_api_script',
            detail: 'The OAuth application "X" uses an Entra v1 token URL (/oauth2/token), which needs the resource parameter.',
        })
        expect(msg(notSent.detail)).toMatch(/^Token request not sent: The OAuth application "X"/)
    })

    test("outbound profile: an Entra v1 token URL needs an OAuth API script (the app's adds resource); v2 must not carry the app's", () => {
        const v1 = {
            exists: true,
            grantType: 'client_credentials',
            tokenUrl: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/token',
            clientId: G,
        }
        const v2 = { ...v1, tokenUrl: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token' }
        expect(
            msg(validateStep('outbound', full(), strict, { profile: { ...v1, apiScriptId: '' } }).outbound_profile),
        ).toBe(
            'The token URL is Entra v1 (/oauth2/token), which needs the resource parameter: open the OAuth provider in System OAuth > Application Registry and set OAuth API Script to OAuthM365EntraResource (shipped with this app), or use the v2.0 token URL (/oauth2/v2.0/token).',
        )
        expect(
            validateStep('outbound', full(), strict, { profile: { ...v1, apiScriptId: OAUTH_API_SCRIPT_SYS_ID } }),
        ).toEqual({})
        expect(validateStep('outbound', full(), strict, { profile: { ...v2, apiScriptId: '' } })).toEqual({})
        expect(
            msg(
                validateStep('outbound', full(), strict, { profile: { ...v2, apiScriptId: OAUTH_API_SCRIPT_SYS_ID } })
                    .outbound_profile,
            ),
        ).toMatch(/clear OAuth API Script \(OAuthM365EntraResource\)/)
    })

    test('integration user: web service only and incident_manager; AAD looks the User ID up', () => {
        const u = {
            exists: true,
            userName: 'm365_integration',
            active: true,
            webServiceOnly: true,
            roles: ['incident_manager', 'x_mioms_m365_assis.integration'],
        }
        expect(validateStep('integration_user', full(), strict, { user: u })).toEqual({})
        expect(
            msg(
                validateStep('integration_user', full(), strict, { user: { ...u, webServiceOnly: false } })
                    .integration_user,
            ),
        ).toMatch(/Web service access only/)
        expect(
            msg(validateStep('integration_user', full(), strict, { user: { ...u, roles: [] } }).integration_user),
        ).toMatch(/incident_manager/)
        expect(
            msg(
                validateStep('integration_user', full(), strict, { user: { ...u, roles: ['incident_manager'] } })
                    .integration_user,
            ),
        ).toBe('Grant user m365_integration the x_mioms_m365_assis.integration role.')
        const aadUser = full({ configuration: 'aad', integration_user_id: G })
        expect(
            msg(
                validateStep('integration_user', aadUser, strict, { user: { ...u, exists: false } })
                    .integration_user_id,
            ),
        ).toMatch(`No user has User ID ${G}`)
        expect(
            msg(
                validateStep('integration_user', full({ configuration: 'aad', integration_user_id: 'bob' }), strict)
                    .integration_user_id,
            ),
        ).toMatch(/not a client ID/)
    })

    test('settings: admin email required except for insights only', () => {
        expect(msg(validateStep('settings', full({ admin_email: 'nope' }), strict).admin_email)).toBe(
            '"nope" is not a valid email address.',
        )
        expect(validateStep('settings', full({ configuration: 'insights', admin_email: '' }), strict)).toEqual({})
        expect(msg(validateStep('settings', full({ admin_email: '' }), strict).admin_email)).toBe(
            'Enter the Microsoft 365 admin email.',
        )
    })
})

describe('state machine', () => {
    const start: FlowState = { ...clearedStanding(), step: 'consent', answers: { ...EMPTY_ANSWERS } }

    test('saving advances; going back keeps answers; resume pulls back to the first missing answer', () => {
        let s = start
        const save = (step: Parameters<typeof saveStep>[1], body: Record<string, unknown>) => {
            const r = saveStep(s, step, pickStepInput(step, body), strict)
            if (!r.ok) throw new Error(english(r.message) + JSON.stringify(r.errors))
            s = r.state
        }
        save('consent', { consent: true })
        save('environment', { configuration: 'insights', test_environment: true })
        save('tenant', { tenant_domain: 'contoso.onmicrosoft.com' })
        save('outbound', { outbound_profile: 'p1' })
        expect(s.step).toBe('repository')
        save('tenant', { tenant_domain: 'contoso.com' })
        expect(s.step).toBe('repository')
        expect(s.answers.outbound_profile).toBe('p1')
        save('environment', { configuration: 'basic', test_environment: true })
        expect(s.step).toBe('inbound')
        expect(firstIncompleteStep(s.answers, strict)).toBe('inbound')
    })

    test('cannot save a step not reached yet or a skipped one; a bad field blocks with its message', () => {
        const ahead = saveStep(start, 'repository', { repository_id: 'r' }, strict)
        expect(ahead.ok).toBe(false)
        const bad = saveStep(
            { ...start, step: 'environment', answers: { ...EMPTY_ANSWERS, consent: true } },
            'environment',
            { configuration: 'bogus' as never },
            strict,
        )
        expect(bad.ok === false && msg(bad.errors.configuration)).toMatch(
            /basic authentication, an Entra ID OAuth token, or insights only/,
        )
        const skipped = saveStep(
            { ...start, step: 'complete', answers: full({ configuration: 'insights' }) },
            'inbound',
            {},
            strict,
        )
        expect(skipped.ok === false && english(skipped.message)).toBe('This step is skipped for insights only.')
    })

    test('changing a verified answer resets completion; settings do not', () => {
        // A verified setup whose last re-run failed twice: a settings save keeps that standing, a verified answer clears it.
        const done: FlowState = {
            ...clearedStanding(),
            step: 'complete',
            answers: full(),
            completed: true,
            testsPassedOn: '2026-01-01 00:00:00',
            failedRuns: 2,
            firstFailedOn: '2026-01-02 00:00:00',
            lastFailedOn: '2026-01-02 01:00:00',
        }
        const s1 = saveStep(
            done,
            'settings',
            { admin_email: 'other@contoso.com', sso: true, test_environment: false },
            strict,
        )
        expect(s1.ok && s1.state).toMatchObject({
            completed: true,
            failedRuns: 2,
            firstFailedOn: '2026-01-02 00:00:00',
        })
        const s2 = saveStep(
            done,
            'repository',
            {
                repository_id: 'repo-2',
                connector_endpoint: 'https://connector.example.com',
                connector_resource: 'api://x',
            },
            strict,
        )
        expect(s2.ok && s2.verificationReset).toBe(true)
        expect(s2.ok && s2.state).toMatchObject(clearedStanding())
        expect(resumeStep('complete', done.answers, strict)).toBe('complete')
    })
})

test('summary: insights-only values are "ignored"; AAD auth type', () => {
    const s = buildSummary({
        configuration: 'insights',
        outboundClientId: G,
        repositoryId: 'r1',
        instanceUrl: 'https://contoso.service-now.com/',
        inboundClientId: 'x',
        userName: 'y',
    })
    expect(s.values.map((v) => v.value)).toEqual([
        G,
        'r1',
        'https://contoso.service-now.com/api/x_mioms_m365_assis/v1/connector',
        'ignored',
        'ignored',
    ])
    expect(s.authenticationType).toBe('AAD Auth')
    expect(
        buildSummary({
            configuration: 'basic',
            outboundClientId: G,
            repositoryId: 'r1',
            instanceUrl: '',
            inboundClientId: 'c',
            userName: 'u',
        }).authenticationType,
    ).toBe('Basic Auth')
})
