// What opening the Microsoft 365 tab costs: outbound calls per open (first open of an incident, then re-opens
// answered from solution_cache), and the tab page's JavaScript (gzip) next to a React 18 page of the size of the
// SDK's typescript.react template, bundled with the same rollup plugin (servicenowFrontEndPlugins).
// Run: npx tsx --tsconfig bench/tsconfig.json bench/tab-cost.ts  (or npm run bench). Needs `now-sdk build` output.
import * as fs from 'node:fs'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { gzipSync } from 'node:zlib'
import { spawnMicrosoftSide } from '../test/microsoft/spawn'
import { ADMIN, INSIGHTS, call, connectorRequests, installWorld } from '../test/incident/world'
import { getIncidentTab } from '../src/server/incident/incident-tab-routes'

const ROOT = path.join(__dirname, '..')

async function outboundPerOpen(): Promise<void> {
    const side = await spawnMicrosoftSide()
    try {
        await side.control.resetAll()
        const w = installWorld(side)
        const entra = async () => (await side.control.entra.counters()).tokenRequests?.total ?? 0
        const open = async (user: string, id: string) => {
            const c0 = await connectorRequests(side)
            const t0 = await entra()
            const started = Date.now()
            const r = call(getIncidentTab, user, { pathParams: { sys_id: id } })
            if (r.status !== 200) throw new Error('tab answered ' + r.status)
            return { connector: (await connectorRequests(side)) - c0, tokens: (await entra()) - t0, ms: Date.now() - started }
        }
        const first = await open(INSIGHTS, w.incidentId)
        const repeat = await open(INSIGHTS, w.incidentId)
        const otherUser = await open(ADMIN, w.incidentId)
        const otherIncident = await open(INSIGHTS, w.otherIncidentId)
        const fmt = (x: { connector: number; tokens: number; ms: number }) => `${x.connector} connector + ${x.tokens} token requests (${x.ms} ms on the double)`
        console.log(`outbound calls per tab open, first open of an incident: ${fmt(first)}`)
        console.log(`outbound calls per tab open, re-open (cache hit):        ${fmt(repeat)}`)
        console.log(`outbound calls per tab open, another user, same incident: ${fmt(otherUser)}`)
        console.log(`outbound calls per tab open, first open of another incident: ${fmt(otherIncident)}`)
    } finally {
        await side.close()
    }
}

/** A page like the template's: React 18 root, a component with state and one fetch of the instance's API. */
const TEMPLATE_APP = `import React, { useEffect, useState } from 'react'
interface Incident { sys_id: string; number: string; short_description: string }
export default function App() {
    const [items, setItems] = useState<Incident[]>([])
    const [error, setError] = useState<string | null>(null)
    useEffect(() => {
        fetch('/api/now/table/incident?sysparm_limit=10', { headers: { Accept: 'application/json', 'X-UserToken': (window as unknown as { g_ck: string }).g_ck } })
            .then((r) => r.json()).then((j) => setItems(j.result ?? []), (e: Error) => setError(e.message))
    }, [])
    return (<div className="app"><h1>Incident list</h1>{error && <p>{error}</p>}<ul>{items.map((i) => <li key={i.sys_id}>{i.number}: {i.short_description}</li>)}</ul></div>)
}
`
const TEMPLATE_MAIN = `import React from 'react'
import ReactDOM from 'react-dom/client'
import App from './app'
const root = document.getElementById('root')
if (root) ReactDOM.createRoot(root).render(<React.StrictMode><App /></React.StrictMode>)
`
const TEMPLATE_HTML = `<html><head><title>Template</title><sdk:now-ux-globals></sdk:now-ux-globals><script src="./main.tsx" type="module"></script></head><body><div id="root"></div></body></html>
`

// The package ships no typings for its main entry: the little that is used here.
interface IsoRollup {
    servicenowFrontEndPlugins(o: Record<string, unknown>): unknown
    rollup(o: Record<string, unknown>): Promise<{ write(o: { dir: string; sourcemap: boolean }): Promise<unknown> }>
}

async function templateBundle(): Promise<Buffer> {
    const { servicenowFrontEndPlugins, rollup } = (await import('@servicenow/isomorphic-rollup' as string)) as IsoRollup
    const dir = mkdtempSync(path.join(tmpdir(), 'tab-cost-template-'))
    try {
        const client = path.join(dir, 'src', 'client', 'template')
        mkdirSync(client, { recursive: true })
        writeFileSync(path.join(client, 'index.html'), TEMPLATE_HTML)
        writeFileSync(path.join(client, 'main.tsx'), TEMPLATE_MAIN)
        writeFileSync(path.join(client, 'app.tsx'), TEMPLATE_APP)
        fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'))
        const bundle = await rollup({
            fs,
            input: path.join(dir, 'src', 'client', '**', '*.html'),
            plugins: [servicenowFrontEndPlugins({ scope: 'x_mioms_m365_assis', rootDir: path.join(dir, 'src', 'client'), projectRootDir: dir, registerExplicitId: () => undefined, editableSourceCodeOnInstance: false })],
        })
        const out = path.join(dir, 'out')
        await bundle.write({ dir: out, sourcemap: false })
        return readFileSync(path.join(out, 'template', 'main.jsdbx'))
    } finally {
        rmSync(dir, { recursive: true, force: true })
    }
}

async function sizes(): Promise<void> {
    const kb = (n: number) => (n / 1024).toFixed(1) + ' KiB'
    const line = (name: string, b: Buffer) => console.log(`${name.padEnd(46)} ${kb(b.length).padStart(10)} raw  ${kb(gzipSync(b, { level: 9 }).length).padStart(9)} gzip`)
    for (const page of ['incident-tab', 'link-account']) {
        const file = path.join(ROOT, 'dist', 'static', page, 'main.jsdbx')
        if (!existsSync(file)) console.log(`${page}: no build output (${file}); run npx now-sdk build first`)
        else line(`${page} page (dist/static/${page}/main.jsdbx)`, readFileSync(file))
    }
    line('React 18 template-size page, same rollup plugin', await templateBundle())
}

async function main(): Promise<void> {
    await outboundPerOpen()
    await sizes()
}

main().then(
    () => process.exit(0),
    (e: unknown) => {
        console.error(e instanceof Error ? e.stack : e)
        process.exit(1)
    },
)
