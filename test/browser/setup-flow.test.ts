import { Browser, Page } from 'playwright-core'
import { launchBrowser, screenshot, signedInPage } from './support/browser'
import { RunningSandbox, startSandbox } from './support/sandbox'
import { ConnectorControl, EntraControl } from '../../testkit/microsoft/control-client'
import {
    ADMIN_USER,
    SETUP_PATH,
    expectFocus,
    fixText,
    heading,
    next,
    runTests,
    setEntraSecret,
    waitForStep,
    walkSteps,
} from './setup-support'
import { DEFAULTS } from '../../testkit/microsoft/defaults'

// The Setup guided flow in headless Chromium against the sandbox: each configuration end to end, then one
// failing verification test per test step with the fix it shows.
let sandbox: RunningSandbox
let browser: Browser
let page: Page

beforeAll(async () => {
    sandbox = await startSandbox()
    browser = await launchBrowser()
    page = await signedInPage(browser, sandbox.urls.instance, ADMIN_USER, SETUP_PATH)
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sandbox.urls.instance })
})
afterAll(async () => {
    await browser?.close()
    await sandbox?.stop()
})

test('insights only: skipped inbound steps, "ignored" values, all four tests pass', async () => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await walkSteps(page, 'insights', sandbox.urls.connector, (n) =>
        screenshot(page, 'setup-insights-' + n).then(() => undefined),
    )
    expect(await page.locator('nav').textContent()).toContain('Inbound OAuth provider (skipped)')
    expect(await page.getByTestId('value-client_id').textContent()).toBe('ignored')
    expect(await page.getByTestId('value-user_name').textContent()).toBe('ignored')
    await page.getByRole('button', { name: 'Copy Repository ID' }).click()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(DEFAULTS.repositoryId)
    await screenshot(page, 'setup-insights-09-complete')
    expect(await runTests(page)).toEqual({
        cross_scope_read: 'passed',
        token_request: 'passed',
        connector_ping: 'passed',
        scope_privileges: 'passed',
    })
    await page.getByText('Setup is complete.').waitFor()
    await screenshot(page, 'setup-insights-10-tests-passed')
    expect(errors).toEqual([])
})

test('basic: going back keeps answers, a bad value shows its message inline, all five tests pass', async () => {
    await page.goto(sandbox.urls.instance + SETUP_PATH + '?step=consent')
    await walkSteps(page, 'basic', sandbox.urls.connector)
    // Back keeps what was saved; a wrong tenant is refused next to the field and focus lands on it.
    await page.getByRole('button', { name: 'Back' }).click()
    await waitForStep(page, 'Application settings')
    expect(await page.getByRole('textbox', { name: 'Microsoft 365 admin email', exact: true }).inputValue()).toBe(
        DEFAULTS.adminEmails[0],
    )
    await page.getByRole('button', { name: /Tenant domain/ }).click()
    await page.getByRole('textbox', { name: 'Microsoft 365 tenant domain', exact: true }).fill('contoso')
    await next(page)
    const err = page.locator('#tenant_domain-error')
    await err.waitFor()
    expect(await err.textContent()).toContain('like contoso.onmicrosoft.com')
    expect(
        await page
            .getByRole('textbox', { name: 'Microsoft 365 tenant domain', exact: true })
            .getAttribute('aria-describedby'),
    ).toContain('tenant_domain-error')
    await expectFocus(page, { id: 'tenant_domain' })
    await screenshot(page, 'setup-basic-invalid-tenant')
    await page.goto(sandbox.urls.instance + SETUP_PATH + '?step=complete')
    await waitForStep(page, 'Complete the integration')
    expect(await page.getByTestId('value-user_name').textContent()).toBe(DEFAULTS.integrationUser.user)
    expect(await page.getByTestId('value-endpoint').textContent()).toBe(
        `${sandbox.urls.instance}/api/x_mioms_m365_assis/v1/connector`,
    )
    const results = await runTests(page)
    expect(Object.values(results)).toEqual(['passed', 'passed', 'passed', 'passed', 'passed'])
    expect(Object.keys(results)).toContain('inbound_ping')
    await screenshot(page, 'setup-basic-tests-passed')
})

test('aad: keyboard only through the environment step, then all six tests pass', async () => {
    await page.goto(sandbox.urls.instance + SETUP_PATH + '?step=environment')
    await waitForStep(page, 'Environment and setup type')
    await expectFocus(page, { id: 'step-heading' })
    // Tab from the heading: test-environment checkbox, then the checked radio (the group's tab stop); arrow to
    // AAD; Tab past Back to Next and press Enter.
    await page.keyboard.press('Tab')
    await expectFocus(page, { id: 'test_environment' })
    await page.keyboard.press('Tab')
    await expectFocus(page, { id: 'configuration-basic' })
    await page.keyboard.press('ArrowDown')
    expect(await page.locator('#configuration-aad').isChecked()).toBe(true)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expectFocus(page, { text: 'Next' })
    await page.keyboard.press('Enter')
    await waitForStep(page, 'Tenant domain')
    await expectFocus(page, { id: 'step-heading' })
    await page.goto(sandbox.urls.instance + SETUP_PATH + '?step=consent')
    await walkSteps(page, 'aad', sandbox.urls.connector)
    expect(await page.getByTestId('value-user_name').textContent()).toBe(DEFAULTS.callbackClient.clientId)
    const results = await runTests(page)
    expect(results).toEqual({
        cross_scope_read: 'passed',
        oidc_metadata: 'passed',
        token_request: 'passed',
        connector_ping: 'passed',
        inbound_ping: 'passed',
        scope_privileges: 'passed',
    })
    await screenshot(page, 'setup-aad-tests-passed')
})

test('bad OIDC metadata, wrong secret, connector down: each failing test shows its fix', async () => {
    await page.goto(sandbox.urls.instance + SETUP_PATH)
    await waitForStep(page, 'Complete the integration')
    await new EntraControl(sandbox.urls.entra).setFaults({
        badJson: {},
        paths: [`/${DEFAULTS.tenantDomain}/.well-known`],
    })
    let r = await runTests(page)
    expect(r.oidc_metadata).toBe('failed')
    expect(await fixText(page, 'oidc_metadata')).toContain(
        'Set the OIDC Metadata URL of the OIDC provider configuration',
    )
    await screenshot(page, 'setup-fail-oidc-metadata')
    await new EntraControl(sandbox.urls.entra).setFaults({})

    await setEntraSecret(sandbox.urls.entra, 'rotated-in-entra')
    r = await runTests(page)
    expect(r.token_request).toBe('failed')
    expect(r.connector_ping).toBe('skipped')
    expect(await fixText(page, 'token_request')).toMatch(/AADSTS7000215[\s\S]*paste its Value, not its Secret ID/)
    await screenshot(page, 'setup-fail-wrong-secret')
    await setEntraSecret(sandbox.urls.entra, DEFAULTS.outboundClient.clientSecret)

    await new ConnectorControl(sandbox.urls.connector).setFaults({ down: 'unavailable' })
    r = await runTests(page)
    expect(r.connector_ping).toBe('failed')
    expect(await fixText(page, 'connector_ping')).toContain('The connector is unavailable')
    await screenshot(page, 'setup-fail-connector-down')
    await new ConnectorControl(sandbox.urls.connector).setFaults({})
    expect(Object.values(await runTests(page)).every((s) => s === 'passed')).toBe(true)
    expect(await heading(page)).toBe('Complete the integration')
})
