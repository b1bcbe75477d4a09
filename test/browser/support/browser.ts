import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { Browser, chromium, Page } from 'playwright-core'

// Debian's Chromium driven by playwright-core (Playwright's own browser download is not reachable here).
// The flags keep Chromium off the network: this machine refuses every non-loopback connection.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const SCREENSHOTS = join(__dirname, '..', '..', '..', 'test-output', 'screenshots')

export function launchBrowser(): Promise<Browser> {
    return chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-dev-shm-usage',
        ],
    })
}

/** Opens a page signed in as a sandbox user and, if given, navigates to `path`. */
export async function signedInPage(
    browser: Browser,
    instanceUrl: string,
    userName: string,
    path?: string,
): Promise<Page> {
    // The browser's own zone is fixed and differs from the sandbox users' (UTC by default, Europe/Copenhagen for
    // mette.jensen), so a page that formats in the browser's zone instead of the user's shows up in the tests.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'America/New_York' })
    const page = await context.newPage()
    const next = path ?? '/'
    await page.goto(`${instanceUrl}/login.do?user=${encodeURIComponent(userName)}&next=${encodeURIComponent(next)}`)
    return page
}

export async function screenshot(page: Page, name: string): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true })
    const file = join(SCREENSHOTS, name.replace(/[^a-z0-9_-]+/gi, '-') + '.png')
    await page.screenshot({ path: file, fullPage: true })
    return file
}
