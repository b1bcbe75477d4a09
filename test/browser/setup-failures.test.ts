import { Browser } from 'playwright-core'
import { launchBrowser, screenshot, signedInPage } from './support/browser'
import { startSandbox } from './support/sandbox'
import { ADMIN_USER, SETUP_PATH, fixText, runTests, waitForStep } from './setup-support'

// Failures that live on the instance side, each in its own sandbox started with Setup answered (--setup):
// oauth_entity refusing cross-scope reads, and a glide.servlet.uri the instance cannot reach itself on.
let browser: Browser

beforeAll(async () => {
    browser = await launchBrowser()
})
afterAll(() => browser?.close())

test('cross-scope refusal on oauth_entity: the page shows the platform message and what to check', async () => {
    const sandbox = await startSandbox(['--setup', 'basic', '--deny-cross-scope', 'oauth_entity'])
    try {
        const page = await signedInPage(browser, sandbox.urls.instance, ADMIN_USER, SETUP_PATH)
        await waitForStep(page, 'Complete the integration')
        const banner = page.getByTestId('options-error')
        expect(await banner.textContent()).toContain(
            "Read operation against 'oauth_entity' from scope 'x_mioms_m365_assis' has been refused due to the table's cross-scope access policy",
        )
        expect(await banner.textContent()).toContain('On table oauth_entity, check All application scopes > Can read')
        const r = await runTests(page)
        expect(r.cross_scope_read).toBe('failed')
        expect(await fixText(page, 'cross_scope_read')).toContain('All application scopes > Can read')
        // Never "Cross-scope privileges allowed: passed" beside the refused read: the records cannot overrule the table.
        expect(r.scope_privileges).toBe('failed')
        expect(await page.getByTestId('test-results').textContent()).not.toContain(
            'Cross-scope privileges allowed: passed',
        )
        expect(await fixText(page, 'scope_privileges')).toContain(
            "a privilege cannot exceed the table's own cross-scope setting",
        )
        // The counts are the statuses, exactly (a test not run is not counted as failed).
        const counts = page.getByTestId('results-counts')
        const n = (s: string) => String(Object.values(r).filter((x) => x === s).length)
        expect([
            await counts.getAttribute('data-passed'),
            await counts.getAttribute('data-failed'),
            await counts.getAttribute('data-not-run'),
        ]).toEqual([n('passed'), n('failed'), n('skipped')])
        await screenshot(page, 'setup-fail-cross-scope')
    } finally {
        await sandbox.stop()
    }
})

test('inbound ping: an instance URL that does not answer names glide.servlet.uri', async () => {
    const sandbox = await startSandbox(['--setup', 'aad', '--servlet-uri', 'http://127.0.0.1:9/'])
    try {
        const page = await signedInPage(browser, sandbox.urls.instance, ADMIN_USER, SETUP_PATH)
        await waitForStep(page, 'Complete the integration')
        const r = await runTests(page)
        expect(r.inbound_ping).toBe('failed')
        expect(r.token_request).toBe('passed')
        expect(await fixText(page, 'inbound_ping')).toContain("Set glide.servlet.uri to this instance's public URL")
        await screenshot(page, 'setup-fail-inbound-ping')
    } finally {
        await sandbox.stop()
    }
})
