// The M365TokenProvider Script Include: its require path must name this package and version (the build names
// sys_modules by them); getToken hands out status only, getBearerToken the token to an approved caller. What a
// caller may ask for is checked in the module (token-provider-callers.test.ts runs the real one).
import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import * as callerTokens from '../../src/server/outbound/caller-tokens'

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

test('the class delegates to the module: status from getToken, the bearer only from getBearerToken', () => {
    // Evaluate the Script Include as the platform would: Class.create + require resolving to the module.
    const Class = {
        create: () =>
            function (this: { initialize: () => void }) {
                this.initialize()
            },
    }
    const calls: unknown[][] = []
    const fake = {
        callerBearerToken: (profile: string, resource: string, forceRefresh: boolean) => {
            calls.push(['bearer', profile, resource, forceRefresh])
            return resource === 'api://bad'
                ? { ok: false, token: '', code: 'resource_not_allowed', message: 'Refused.', expiresAt: '' }
                : { ok: true, token: 'eyJ.token.sig', code: 'ok', message: '', expiresAt: '2030-01-01T00:00:00.000Z' }
        },
        callerTokenStatus: (...a: unknown[]) => {
            calls.push(a)
            return {
                ok: true,
                code: 'ok',
                message: 'Token available (Entra v1).',
                expiresAt: '2030-01-01T00:00:00.000Z',
            }
        },
        checkConfiguredTokens: () => ({ connector: { ok: false }, graph: { ok: true } }),
    }
    const Ctor = new Function('Class', 'require', script + '\nreturn M365TokenProvider')(Class, () => fake)
    const si = new Ctor()
    expect(si.type).toBe('M365TokenProvider')
    expect(si.getToken('', 'api://m365-support-connector')).toEqual({
        ok: true,
        code: 'ok',
        message: 'Token available (Entra v1).',
        expiresAt: '2030-01-01T00:00:00.000Z',
    })
    expect(calls[0]).toEqual(['', 'api://m365-support-connector'])
    si.getToken('p2', 'https://graph.microsoft.com')
    expect(calls[1]).toEqual(['p2', 'https://graph.microsoft.com'])
    expect(si.checkConfiguredTokens()).toEqual({ connector: { ok: false }, graph: { ok: true } })
    // An approved caller gets the bearer; a failure never carries one.
    expect(si.getBearerToken('', 'api://m365-support-connector')).toEqual({
        ok: true,
        token: 'eyJ.token.sig',
        code: 'ok',
        message: '',
        expiresAt: '2030-01-01T00:00:00.000Z',
    })
    expect(calls[2]).toEqual(['bearer', '', 'api://m365-support-connector', false])
    si.getBearerToken('p3', 'api://x', true)
    expect(calls[3]).toEqual(['bearer', 'p3', 'api://x', true])
    expect(si.getBearerToken('', 'api://bad')).toEqual({
        ok: false,
        token: '',
        code: 'resource_not_allowed',
        message: 'Refused.',
        expiresAt: '',
    })
    // The real module offers the same names.
    for (const name of ['callerTokenStatus', 'callerBearerToken', 'checkConfiguredTokens'])
        expect(typeof (callerTokens as Record<string, unknown>)[name]).toBe('function')
})
