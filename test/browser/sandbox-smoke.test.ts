import { Browser } from 'playwright-core'
import { launchBrowser, screenshot } from './support/browser'
import { RunningSandbox, startSandbox } from './support/sandbox'

// `npm run sandbox` as a newcomer meets it: the home page lists demo users, signing in opens the built
// Setup page, and the page's React bundle talks to the app's REST route run on the double.
let sandbox: RunningSandbox
let browser: Browser

beforeAll(async () => {
    sandbox = await startSandbox()
    browser = await launchBrowser()
})
afterAll(async () => {
    await browser?.close()
    await sandbox?.stop()
})

test('home page lists the demo users and the UI pages', async () => {
    const page = await (await browser.newContext()).newPage()
    await page.goto(sandbox.urls.instance + '/')
    await expectText(page.locator('body'), 'm365.admin')
    await expectText(page.locator('body'), 'x_mioms_m365_assis_setup.do')
    await screenshot(page, 'sandbox-home')
})

test('an administrator opens Setup: the bundle loads, calls the app API with the session token, and renders', async () => {
    const errors: string[] = []
    const context = await browser.newContext()
    const page = await context.newPage()
    page.on('pageerror', (e) => errors.push(e.message))
    const apiOk = page.waitForResponse((r) => r.url().includes('/api/x_mioms_m365_assis/app/') && r.status() === 200)
    await page.goto(
        `${sandbox.urls.instance}/login.do?user=admin&next=${encodeURIComponent('/x_mioms_m365_assis_setup.do')}`,
    )
    await apiOk
    await page.waitForFunction(() => (document.getElementById('root')?.textContent ?? '').trim().length > 20)
    await page.waitForLoadState('networkidle')
    await screenshot(page, 'sandbox-setup-page')
    expect(errors).toEqual([])
    expect(await page.title()).toContain('Microsoft 365')
})

test('the Microsoft-side stand-ins are up on loopback', async () => {
    for (const key of ['entra', 'connector', 'graph']) {
        expect(sandbox.urls[key]).toMatch(/^http:\/\/127\.0\.0\.1:\d+/)
    }
    const meta = await fetch(`${sandbox.urls.entra}/contoso.onmicrosoft.com/.well-known/openid-configuration`)
    expect(meta.status).toBe(200)
    expect((await meta.json()).jwks_uri).toMatch(/^http:\/\/127\.0\.0\.1/)
})

async function expectText(locator: import('playwright-core').Locator, text: string): Promise<void> {
    await locator.getByText(text).first().waitFor({ timeout: 10000 })
}
