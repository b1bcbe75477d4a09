import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { spawnMicrosoftSide, SpawnedMicrosoftSide } from '../../testkit/microsoft/spawn.ts'
import { DEFAULTS } from '../../testkit/microsoft/defaults.ts'
import { clientToken } from './helpers.ts'

let side: SpawnedMicrosoftSide
beforeAll(async () => {
    side = await spawnMicrosoftSide({
        graph: { issueCount: 12 },
        tokenLifetimeSeconds: 120,
        callback: { user: 'cb.user', password: 'cb-password-not-in-argv' },
    })
}, 40000)
afterAll(() => side?.close())

test('the child serves all three stand-ins and answers control calls', async () => {
    expect(side.pid).not.toBe(process.pid)
    expect(side.urls.connector).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const token = await clientToken(side.urls, DEFAULTS.connectorResource)
    const ping = await fetch(`${side.urls.connector}/ping`, {
        headers: { Authorization: `Bearer ${token}`, 'X-Repository-Id': DEFAULTS.repositoryId },
    })
    expect(await ping.json()).toMatchObject({ repositoryId: DEFAULTS.repositoryId })
    expect(await side.control.graph.issues()).toHaveLength(12)
    const c = await side.control.entra.counters()
    expect(c.tokensIssued[DEFAULTS.outboundClient.clientId]).toBe(1)
})

test('a synchronous caller in this process can reach it (the reason it is a child)', () => {
    // execFileSync blocks this thread like the Glide double's RESTMessageV2 does.
    const url = `${side.urls.entra}/${DEFAULTS.tenantId}/.well-known/openid-configuration`
    const out = execFileSync(process.execPath, [
        '-e',
        `fetch(${JSON.stringify(url)}).then((r) => r.text()).then((t) => process.stdout.write(t))`,
    ]).toString()
    expect(JSON.parse(out).issuer).toBe(side.urls.issuerV1)
})

test('close() ends the child', async () => {
    const other = await spawnMicrosoftSide()
    await other.close()
    await expect(fetch(`${other.urls.entra}/common/discovery/keys`)).rejects.toThrow()
}, 40000)

test('the options reach the child through its environment, never its arguments (ps shows those to every user)', () => {
    const argv = readFileSync(`/proc/${side.pid}/cmdline`, 'utf8')
    expect(argv).toContain('main.ts')
    expect(argv).not.toContain('cb-password-not-in-argv')
    expect(argv).not.toContain('issueCount')
})
