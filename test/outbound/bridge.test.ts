// The M365TokenProvider Script Include: its require path must name this package and version (the build names
// sys_modules by them) and it must hand out token status only.
import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import * as tokenProvider from '../../src/server/outbound/token-provider'

const ROOT = join(__dirname, '..', '..')
const script = readFileSync(join(ROOT, 'src/fluent/script-includes/m365-token-provider.js'), 'utf8')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string }

test('requires the token provider module by its sys_module path', () => {
    const m = /require\('([^']+)'\)/.exec(script)
    expect(m).not.toBeNull()
    const prefix = `x_mioms_m365_assis/${pkg.name}/${pkg.version}/`
    expect(m![1].startsWith(prefix)).toBe(true)
    expect(existsSync(join(ROOT, m![1].slice(prefix.length)))).toBe(true)
})

test('the class delegates to the module and returns status without a token', () => {
    // Evaluate the Script Include as the platform would: Class.create + require resolving to the module.
    const Class = { create: () => function (this: { initialize: () => void }) { this.initialize() } }
    const calls: unknown[][] = []
    const fake = {
        configuredProfileId: () => 'profile-from-setup',
        getTokenStatus: (...a: unknown[]) => { calls.push(a); return { ok: true, code: 'ok', message: 'Token available (Entra v1).', expiresAt: '2030-01-01T00:00:00.000Z' } },
        checkConfiguredTokens: () => ({ connector: { ok: false }, graph: { ok: true } }),
    }
    const Ctor = new Function('Class', 'require', script + '\nreturn M365TokenProvider')(Class, () => fake)
    const si = new Ctor()
    expect(si.type).toBe('M365TokenProvider')
    expect(si.getToken('', 'api://m365-support-connector')).toEqual({ ok: true, code: 'ok', message: 'Token available (Entra v1).', expiresAt: '2030-01-01T00:00:00.000Z' })
    expect(calls[0]).toEqual(['profile-from-setup', 'api://m365-support-connector'])
    si.getToken('p2', 'https://graph.microsoft.com')
    expect(calls[1]).toEqual(['p2', 'https://graph.microsoft.com'])
    expect(si.checkConfiguredTokens()).toEqual({ connector: { ok: false }, graph: { ok: true } })
    // The real module offers the same names.
    for (const name of ['configuredProfileId', 'getTokenStatus', 'checkConfiguredTokens']) expect(typeof (tokenProvider as Record<string, unknown>)[name]).toBe('function')
})
