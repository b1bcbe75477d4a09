// The scheduled job's script: it must require the health job module by its sys_module path (package name and
// version), call runHealthPollJob, and log instead of throwing when the module fails.
import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import * as job from '../../src/server/health/health-job'

const ROOT = join(__dirname, '..', '..')
const script = readFileSync(join(ROOT, 'src/fluent/jobs/health-poll.js'), 'utf8')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string }

test('requires the health job module by its sys_module path', () => {
    const m = /require\('([^']+)'\)/.exec(script)
    expect(m).not.toBeNull()
    const prefix = `x_mioms_m365_assis/${pkg.name}/${pkg.version}/`
    expect(m![1].startsWith(prefix)).toBe(true)
    expect(m![1].endsWith('src/server/health/health-job.ts')).toBe(true)
    expect(existsSync(join(ROOT, m![1].slice(prefix.length)))).toBe(true)
    expect(typeof job.runHealthPollJob).toBe('function')
})

test('runs the poll job once and logs a failure instead of throwing', () => {
    const calls: string[] = []
    const errors: string[] = []
    const gs = { error: (m: string) => errors.push(m) }
    new Function('require', 'gs', script)(() => ({ runHealthPollJob: () => calls.push('run') }), gs)
    expect(calls).toEqual(['run'])
    new Function('require', 'gs', script)(() => ({ runHealthPollJob: () => { throw new Error('boom') } }), gs)
    expect(errors).toEqual(['Microsoft 365 service health poll failed: boom'])
})
