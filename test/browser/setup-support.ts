import { Page } from 'playwright-core'
import { DEFAULTS } from '../../testkit/microsoft/defaults'
import { EntraControl } from '../../testkit/microsoft/control-client'

// Driving the Setup page the way an admin does: by labels and buttons, one step per view.

export const SETUP_PATH = '/x_mioms_m365_assis_setup.do'
export const ADMIN_USER = 'm365.admin'

/** Gives the app's outbound client a new secret in the Entra stand-in, as an admin rotating it in Entra would. */
export function setEntraSecret(entraUrl: string, clientSecret: string): Promise<unknown> {
    return new EntraControl(entraUrl).upsertClient({
        clientId: DEFAULTS.outboundClient.clientId,
        clientSecret,
        roles: [...DEFAULTS.graphRoles],
    })
}

export async function heading(page: Page): Promise<string> {
    return (await page.locator('#step-heading').textContent({ timeout: 15000 })) ?? ''
}

export async function waitForStep(page: Page, title: string): Promise<void> {
    await page.locator('#step-heading', { hasText: title }).waitFor({ timeout: 15000 })
}

/**
 * What has keyboard focus, waited for: focus moves in the same task as the render (a layout effect), but a step
 * may still be rendering when the test asks. Fails with the element that had focus instead.
 */
export async function expectFocus(page: Page, what: { id: string } | { text: string }): Promise<void> {
    const probe = () =>
        page.evaluate(() => ({ id: document.activeElement?.id, text: document.activeElement?.textContent }))
    const ok = (f: { id?: string; text?: string | null }) => ('id' in what ? f.id === what.id : f.text === what.text)
    for (const end = Date.now() + 5000; Date.now() < end; await page.waitForTimeout(50)) if (ok(await probe())) return
    const f = await probe()
    throw new Error(
        `focus: wanted ${JSON.stringify(what)}, found id=${JSON.stringify(f.id)} text=${JSON.stringify(f.text)}`,
    )
}

export async function next(page: Page): Promise<void> {
    await page.getByRole('button', { name: /^Next/ }).click()
}

/** Walks every step from wherever the page is, saving each with Next; answers already saved are kept. */
export async function walkSteps(
    page: Page,
    configuration: 'basic' | 'aad' | 'insights',
    connector: string,
    shot?: (name: string) => Promise<void>,
): Promise<void> {
    const snap = async (name: string) => (shot ? shot(name) : undefined)
    await waitForStep(page, 'Agree')
    await page.getByRole('checkbox', { name: 'Agree', exact: true }).check()
    await snap('01-agree')
    await next(page)
    await waitForStep(page, 'Environment and setup type')
    await page.getByRole('checkbox', { name: 'This is a test environment' }).check()
    const choice = {
        basic: 'Yes: basic authentication',
        aad: 'No: Microsoft Entra ID (AAD) OAuth token',
        insights: 'Insights only',
    }[configuration]
    await page.getByRole('radio', { name: choice }).check()
    await snap('02-environment')
    await next(page)
    await waitForStep(page, 'Tenant domain')
    await page.getByRole('textbox', { name: 'Microsoft 365 tenant domain', exact: true }).fill(DEFAULTS.tenantDomain)
    await snap('03-tenant')
    await next(page)
    await waitForStep(page, 'Outbound OAuth provider')
    await page
        .getByRole('combobox', { name: 'OAuth profile for the outbound OAuth provider', exact: true })
        .selectOption({ label: 'Microsoft 365 support outbound default_profile' })
    await snap('04-outbound')
    await next(page)
    if (configuration !== 'insights') {
        await waitForStep(page, 'Inbound OAuth provider')
        if (configuration === 'basic')
            await page
                .getByRole('combobox', { name: 'OAuth API endpoint for external clients', exact: true })
                .selectOption({ label: 'Microsoft 365 support inbound' })
        else
            await page
                .getByRole('combobox', { name: 'OIDC provider (OAuth client)', exact: true })
                .selectOption({ label: 'contoso_application_inbound_api' })
        await snap('05-inbound')
        await next(page)
        await waitForStep(page, 'Inbound call integration user')
        if (configuration === 'basic')
            await page
                .getByRole('combobox', { name: 'Integration user', exact: true })
                .selectOption({ value: await userValue(page, DEFAULTS.integrationUser.user) })
        else
            await page
                .getByRole('textbox', { name: 'User ID (client ID of the REST-user app)', exact: true })
                .fill(DEFAULTS.callbackClient.clientId)
        await snap('06-integration-user')
        await next(page)
    }
    await waitForStep(page, 'Repository ID')
    await page.getByRole('textbox', { name: 'Repository ID', exact: true }).fill(DEFAULTS.repositoryId)
    await page.getByRole('textbox', { name: 'Connector endpoint URL', exact: true }).fill(connector)
    await page
        .getByRole('textbox', { name: 'Connector App ID URI (resource)', exact: true })
        .fill(DEFAULTS.connectorResource)
    await snap('07-repository')
    await next(page)
    await waitForStep(page, 'Application settings')
    await page.getByRole('textbox', { name: 'Microsoft 365 admin email', exact: true }).fill(DEFAULTS.adminEmails[0])
    await snap('08-settings')
    await next(page)
    await waitForStep(page, 'Complete the integration')
}

async function userValue(page: Page, userName: string): Promise<string> {
    const options = await page
        .getByRole('combobox', { name: 'Integration user', exact: true })
        .locator('option')
        .evaluateAll((els) => els.map((e) => ({ v: (e as HTMLOptionElement).value, t: e.textContent ?? '' })))
    return options.find((o) => o.t.startsWith(userName))!.v
}

// Complete the integration's run button: "Next: run the verification tests" until the tests have passed once,
// then "Run the verification tests again" (there is no Next left once the values are in the admin center).
export const RUN_TESTS = /^(Next: run the verification tests|Run the verification tests again)$/

/** Runs the verification tests from Complete the integration and waits for the results; returns status per test id. */
export async function runTests(page: Page): Promise<Record<string, string>> {
    await Promise.all([
        page.waitForResponse((r) => r.url().includes('/setup/verify'), { timeout: 90000 }),
        page.getByRole('button', { name: RUN_TESTS }).click(),
    ])
    await page.getByRole('button', { name: RUN_TESTS }).waitFor({ timeout: 30000 })
    await page.locator('[data-testid="test-results"]').waitFor({ timeout: 30000 })
    const items = await page
        .locator('[data-testid^="test-"][data-status]')
        .evaluateAll((els) => els.map((e) => [e.getAttribute('data-testid')!.slice(5), e.getAttribute('data-status')!]))
    return Object.fromEntries(items)
}

export async function fixText(page: Page, testId: string): Promise<string> {
    return (await page.locator(`[data-testid="test-${testId}"]`).textContent()) ?? ''
}
