// The Microsoft 365 tab in headless Chromium against the sandbox (setup complete, basic configuration): what an
// insights user and an administrator see, escalation, connector down -> pending case later synced by the job,
// sanitized health posts, related / not related answers on health issues, and the solution cache on re-open.
import { Browser, Page } from 'playwright-core'
import { launchBrowser, screenshot, signedInPage } from './support/browser'
import { RunningSandbox, startSandbox } from './support/sandbox'
import { ConnectorControl } from '../../testkit/microsoft/control-client'

jest.setTimeout(240000)

let sandbox: RunningSandbox
let browser: Browser
let connector: ConnectorControl
const tabs: Record<string, string> = {}

beforeAll(async () => {
    sandbox = await startSandbox(['--setup-complete', 'basic', '--case-sync-ms', '2000'])
    browser = await launchBrowser()
    connector = new ConnectorControl(sandbox.urls.connector)
    const deadline = Date.now() + 10000
    while (!/Microsoft 365 tab of/.test(sandbox.output()) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100))
    for (const m of sandbox.output().matchAll(/Microsoft 365 tab of (\S+): (\S+)\s+\((.*)\)/g))
        tabs[m[3]] = new URL(m[2]).pathname + new URL(m[2]).search
})
afterAll(async () => {
    await browser?.close()
    await sandbox?.stop()
})

const OUTLOOK = 'Users cannot send or receive email in Outlook'
const TEAMS = 'Teams meetings drop after a few minutes'
const SHAREPOINT = 'SharePoint site returns access denied'

async function openTab(
    user: string,
    shortDescription: string,
): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
    const path = tabs[shortDescription]
    expect(path).toBeDefined()
    const page = await signedInPage(browser, sandbox.urls.instance, user, path)
    const errors: string[] = []
    const dialogs: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('dialog', (d) => {
        dialogs.push(d.message())
        void d.dismiss()
    })
    // Local sections first, then the solutions section finishes loading on its own (done or failed).
    await page
        .locator(
            '[data-testid="solutions-section"][data-state="done"], [data-testid="solutions-section"][data-state="failed"], [data-testid="tab-error"]',
        )
        .first()
        .waitFor({ timeout: 30000 })
    return { page, errors, dialogs }
}

async function searches(): Promise<number> {
    const c = await connector.counters()
    return c.requests?.['POST /solutions/search'] ?? 0
}

const RAW_MESSAGE_KEY = /x_mioms_m365_assis\.[a-z0-9_.]*[0-9a-f]{8}/

test('insights user: health issues with sanitized posts, recommended solutions, no escalate button; a re-open makes no outbound call', async () => {
    const before = await searches()
    const { page, errors, dialogs } = await openTab('agent.insights', OUTLOOK)
    await page.getByTestId('health-issue').first().waitFor()
    expect(await page.getByTestId('solution').count()).toBeGreaterThan(0)
    expect(await page.getByTestId('escalate-button').count()).toBe(0)
    expect(await page.getByTestId('contact-section').count()).toBe(0)
    expect(await page.getByTestId('cases-section').count()).toBe(0)
    // Graph's enum values are shown as labels (no raw camelCase such as restoringService).
    const statuses = await page.getByTestId('health-status').allTextContents()
    expect(statuses.length).toBeGreaterThan(0)
    for (const s of statuses) expect(s).not.toMatch(/^[a-z]+[A-Z]/)
    for (const c of await page.getByTestId('health-classification').allTextContents())
        expect(['Incident', 'Advisory']).toContain(c)
    // Open every post: the Graph stand-in seeds <script>, onerror/onclick and javascript: links in some of them.
    for (const d of await page.locator('details').all())
        await d.evaluate((el) => ((el as HTMLDetailsElement).open = true))
    const hostile = await page.evaluate(() => ({
        scripts: document.querySelectorAll('#root script').length,
        handlers: Array.from(document.querySelectorAll('#root *')).filter((el) =>
            Array.from(el.attributes).some((a) => a.name.startsWith('on')),
        ).length,
        jsLinks: document.querySelectorAll('#root a[href^="javascript:"]').length,
        posts: document.querySelectorAll('[data-testid="health-post"]').length,
    }))
    expect(hostile).toMatchObject({ scripts: 0, handlers: 0, jsLinks: 0 })
    expect(hostile.posts).toBeGreaterThan(0)
    await page.waitForTimeout(300)
    expect(dialogs).toEqual([])
    await screenshot(page, 'incident-tab-insights-user')
    expect(errors).toEqual([])
    const afterFirst = await searches()
    expect(afterFirst).toBe(before + 1)
    await page.reload()
    await page.getByTestId('solution').first().waitFor()
    expect(await searches()).toBe(afterFirst)
    // Service health was read at start (Setup's verification queued the poll job): the section says when.
    expect(await page.getByTestId('health-polled').textContent()).toMatch(
        /^Service health last read from Microsoft: .*\d/,
    )
    expect(await page.getByTestId('health-not-polled').count()).toBe(0)
})

test('health status and classification labels are translated (Danish user)', async () => {
    const { page } = await openTab('mette.jensen', OUTLOOK)
    await page.getByTestId('health-issue').first().waitFor()
    const classes = await page.getByTestId('health-classification').allTextContents()
    expect(classes.length).toBeGreaterThan(0)
    for (const c of classes) expect(['Hændelse', 'Meddelelse']).toContain(c)
    for (const s of await page.getByTestId('health-status').allTextContents()) expect(s).not.toMatch(/^[a-z]+[A-Z]/)
    // Texts are looked up by the app's message keys (src/server/domain/message-key.ts): none may show as a key.
    expect(await page.locator('body').innerText()).not.toMatch(RAW_MESSAGE_KEY)
})

test('insights user: "Related" sticks across a reload; "Not related" then removes the health issue for good', async () => {
    const { page, errors } = await openTab('agent.insights', TEAMS)
    const first = page.getByTestId('health-issue').first()
    await first.waitFor()
    const id = await first.getByTestId('health-issue-id').textContent()
    await first.getByRole('button', { name: 'Related', exact: true }).click()
    await first.getByRole('button', { name: 'Related', exact: true, pressed: true }).waitFor()
    await page.reload()
    await page
        .getByTestId('health-issue')
        .first()
        .getByRole('button', { name: 'Related', exact: true, pressed: true })
        .waitFor()
    expect(await page.getByTestId('health-issue').first().getByTestId('health-issue-id').textContent()).toBe(id)
    await page.getByTestId('health-issue').first().getByTestId('health-not-related').click()
    await page.waitForFunction(
        (x) =>
            !Array.from(document.querySelectorAll('[data-testid="health-issue-id"]')).some((e) => e.textContent === x),
        id,
    )
    await page.reload()
    await page.locator('[data-testid="solutions-section"]').waitFor()
    expect(await page.getByTestId('health-issue-id').allTextContents()).not.toContain(id)
    expect(errors).toEqual([])
})

test('insights user: helpful feedback sticks across a reload; the search box finds other solutions', async () => {
    const { page } = await openTab('agent.insights', TEAMS)
    const first = page.getByTestId('solution').first()
    await first.getByRole('button', { name: 'Helpful', exact: true }).click()
    await first.getByRole('button', { name: 'Helpful', exact: true, pressed: true }).waitFor()
    await page.reload()
    await page
        .getByTestId('solution')
        .first()
        .getByRole('button', { name: 'Helpful', exact: true, pressed: true })
        .waitFor()
    await page.getByLabel('Search for other solutions').fill('sharepoint access denied')
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await page.getByTestId('solutions-query').filter({ hasText: 'sharepoint access denied' }).waitFor()
    await screenshot(page, 'incident-tab-search')
    expect(await page.locator('body').innerText()).not.toMatch(RAW_MESSAGE_KEY)
})

test('administrator: Contact Microsoft support, prefilled, creates a case shown with its connector ID', async () => {
    const { page, errors } = await openTab('m365.admin', OUTLOOK)
    await page.getByTestId('escalate-button').click()
    await expectValue(page, 'Title', OUTLOOK)
    expect(await page.getByLabel('Contact name').inputValue()).not.toBe('')
    expect(await page.getByTestId('case-test-env').count()).toBe(1)
    await screenshot(page, 'incident-tab-admin-contact-form')
    await page.getByTestId('submit-case').click()
    await page.getByTestId('tab-notice').waitFor()
    const c = page.getByTestId('case').first()
    await c
        .getByTestId('case-id')
        .filter({ hasText: /Case \d+/ })
        .waitFor()
    expect(await c.getAttribute('data-sync')).toBe('synced')
    await screenshot(page, 'incident-tab-admin-case-created')
    const remote = await connector.cases()
    expect(remote.some((r) => r.title.endsWith(OUTLOOK) && r.isTestEnvironment === true)).toBe(true)
    expect(errors).toEqual([])
})

test('connector down: the case is saved as pending, then the job sends it once the connector is back', async () => {
    const { page } = await openTab('m365.admin', SHAREPOINT)
    await connector.setFaults({ down: 'unavailable', paths: ['/cases'] })
    try {
        await page.getByTestId('escalate-button').click()
        await page.getByTestId('submit-case').click()
        await page.getByTestId('tab-notice').waitFor()
        const pending = page.locator('[data-testid="case"][data-status="pending"]')
        await pending.waitFor()
        expect(await page.getByTestId('tab-error').count()).toBe(0)
        await screenshot(page, 'incident-tab-case-pending')
    } finally {
        await connector.clearFaults()
    }
    // First retry is one minute after the failure; the sandbox runs the job every 2 s.
    const deadline = Date.now() + 150000
    for (;;) {
        await page.getByTestId('refresh-cases').click()
        await page.waitForTimeout(3000)
        if ((await page.locator('[data-testid="case"][data-sync="synced"]').count()) > 0) break
        if (Date.now() > deadline) throw new Error('the pending case was not synced in time')
    }
    await page
        .getByTestId('case')
        .first()
        .getByTestId('case-id')
        .filter({ hasText: /Case \d+/ })
        .waitFor()
    await screenshot(page, 'incident-tab-case-synced-later')
    expect((await connector.cases()).filter((r) => r.title.endsWith(SHAREPOINT))).toHaveLength(1)
})

async function expectValue(page: Page, label: string, contains: string): Promise<void> {
    expect(await page.getByLabel(label, { exact: true }).inputValue()).toContain(contains)
}
