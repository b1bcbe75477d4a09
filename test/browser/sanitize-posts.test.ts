import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { Browser, Page } from 'playwright-core'
import { launchBrowser } from './support/browser'

// The incident tab's health-post sanitizer (src/client/incident-tab/sanitize.ts) in real Chromium, against
// well-known XSS and mutation-XSS payloads: what it returns, once put into the page with innerHTML (as the tab does),
// holds only allow-listed elements, no attribute but a checked link, runs nothing, loads nothing, and sanitizing
// it again changes nothing.
let browser: Browser
let page: Page
const requests: string[] = []

beforeAll(async () => {
    browser = await launchBrowser()
    page = await (await browser.newContext()).newPage()
    page.on('request', (r) => requests.push(r.url()))
    const source = readFileSync(join(__dirname, '..', '..', 'src', 'client', 'incident-tab', 'sanitize.ts'), 'utf8')
    const js = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.None, target: ts.ScriptTarget.ES2020 },
    }).outputText
    await page.setContent('<!DOCTYPE html><html><body><div id="out"></div></body></html>')
    await page.evaluate(
        `window.alerts = []; window.alert = (m) => window.alerts.push(String(m)); var exports = {}; ${js}; window.sanitize = exports.sanitizePostHtml;`,
    )
    requests.length = 0
})
afterAll(() => browser?.close())

const PAYLOADS = [
    '<img src=x onerror=alert(1)>',
    '<svg><script>alert(1)</script></svg>',
    '<svg onload=alert(1)><circle r=1></circle></svg>',
    '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
    '<a href="jav&#x09;ascript:alert(1)">tab</a>',
    '<a href=" javascript:alert(1)">space</a>',
    '<a href="JaVaScRiPt:alert(1)">case</a>',
    '<a href="data:text/html,<script>alert(1)</script>">data</a>',
    '<a href="https://example.com/x" onclick="alert(1)" style="color:red">ok</a>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">go</button></form>',
    '<p style="background:url(javascript:alert(1))" class="x" id="y">styled</p>',
    '<template><img src=x onerror=alert(1)></template>',
    '<!--<img src=x onerror=alert(1)>-->',
    '<xmp><img src=x onerror=alert(1)></xmp>',
    '<textarea><img src=x onerror=alert(1)></textarea>',
    '<title><img src=x onerror=alert(1)></title>',
    '<style><img src=x onerror=alert(1)></style>',
    '<details open ontoggle=alert(1)><summary>x</summary></details>',
    '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
    '<a href="https://ok.example"><a href="https://nested.example">nested</a></a>',
    '<table><tr><td>cell</td></tr>text<img src=x onerror=alert(1)></table>',
    '<p>5 &lt; 6 &amp; "quotes" &gt; <b>bold</b></p>',
    '<div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><b>deep</b></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div>',
]

test.each(PAYLOADS)('%s', async (payload) => {
    const r = await page.evaluate((html) => {
        const w = window as unknown as { sanitize: (s: string) => string }
        const out = w.sanitize(html)
        const div = document.getElementById('out')!
        div.innerHTML = out
        const allowed = new Set([
            'A',
            'ABBR',
            'B',
            'BLOCKQUOTE',
            'BR',
            'CAPTION',
            'CODE',
            'DD',
            'DIV',
            'DL',
            'DT',
            'EM',
            'H1',
            'H2',
            'H3',
            'H4',
            'H5',
            'H6',
            'HR',
            'I',
            'LI',
            'OL',
            'P',
            'PRE',
            'S',
            'SMALL',
            'SPAN',
            'STRONG',
            'SUB',
            'SUP',
            'TABLE',
            'TBODY',
            'TD',
            'TFOOT',
            'TH',
            'THEAD',
            'TR',
            'U',
            'UL',
        ])
        const problems: string[] = []
        div.querySelectorAll('*').forEach((el) => {
            if (!allowed.has(el.tagName) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml')
                problems.push('element ' + el.tagName)
            for (const a of Array.from(el.attributes)) {
                const linkAttr = el.tagName === 'A' && ['href', 'target', 'rel'].indexOf(a.name) >= 0
                if (!linkAttr) problems.push(`attribute ${a.name} on ${el.tagName}`)
                if (a.name === 'href' && !/^(https?:|mailto:)/i.test(a.value)) problems.push('href ' + a.value)
            }
            if (
                el.tagName === 'A' &&
                el.hasAttribute('href') &&
                (el.getAttribute('target') !== '_blank' || el.getAttribute('rel') !== 'noopener noreferrer')
            )
                problems.push('link without target/rel')
        })
        return { out, problems, again: w.sanitize(out), text: div.textContent }
    }, payload)
    await page.waitForTimeout(50)
    expect(r.problems).toEqual([])
    expect(r.again).toBe(r.out)
    expect(await page.evaluate(() => (window as unknown as { alerts: string[] }).alerts)).toEqual([])
    expect(requests).toEqual([])
})

test('formatting, text and safe links survive', async () => {
    const out = await page.evaluate(() =>
        (window as unknown as { sanitize: (s: string) => string }).sanitize(
            '<p>Users <b>may</b> see <a href="https://status.office.com/" onclick="x()">delays</a> &amp; errors.<br>More: <a href="mailto:ops@contoso.com">mail</a></p><ul><li>one</li></ul><p>5 &lt; 6</p>',
        ),
    )
    expect(out).toBe(
        '<p>Users <b>may</b> see <a href="https://status.office.com/" target="_blank" rel="noopener noreferrer">delays</a> &amp; errors.<br>More: <a href="mailto:ops@contoso.com" target="_blank" rel="noopener noreferrer">mail</a></p><ul><li>one</li></ul><p>5 &lt; 6</p>',
    )
})
