// Runs a bundle on Mozilla Rhino 1.7.14 (Debian librhino-java, the engine family of the instance) and on Node,
// both in child processes with the same time zone, and returns what each printed.
import { execFileSync, spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

export const RHINO_JAR = process.env.RHINO_JAR || '/usr/share/java/rhino.jar'
export const RHINO_MAIN = 'org.mozilla.javascript.tools.shell.Main'
// Not UTC, with a half-hour offset and daylight saving time: code that reads local time, or an engine that
// reads an offset-less date as local time, shows up as a difference (or a wrong recorded value).
export const DIFF_TIME_ZONE = 'America/St_Johns'

export interface EngineRun {
    engine: string
    stdout: string
    stderr: string
    code: number | null
    ms: number
}

function run(engine: string, cmd: string, args: string[]): Promise<EngineRun> {
    const started = Date.now()
    return new Promise((resolve) => {
        const child = spawn(cmd, args, { env: { ...process.env, TZ: DIFF_TIME_ZONE, LANG: 'C.UTF-8' } })
        const out: Buffer[] = []
        const err: Buffer[] = []
        child.stdout.on('data', (b: Buffer) => out.push(b))
        child.stderr.on('data', (b: Buffer) => err.push(b))
        child.on('error', (e) => resolve({ engine, stdout: '', stderr: String(e), code: -1, ms: Date.now() - started }))
        child.on('close', (code) =>
            resolve({
                engine,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                code,
                ms: Date.now() - started,
            }),
        )
    })
}

export function rhinoMissing(): string | null {
    if (!fs.existsSync(RHINO_JAR))
        return (
            RHINO_JAR + ' is missing: run scripts/install-test-deps.sh (Debian librhino-java and default-jre-headless).'
        )
    return null
}

// The corpus runs for seconds, not minutes: the JVM's quick C1 compiler and serial GC need a third of the CPU
// of its defaults here, and Rhino's class compiler (-opt 0) beats its interpreter (-opt -1) by about 2x.
const JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss8m']

export function runRhino(bundleFile: string): Promise<EngineRun> {
    return run('rhino', 'java', [
        ...JVM_FLAGS,
        '-cp',
        RHINO_JAR,
        RHINO_MAIN,
        '-version',
        '200',
        '-opt',
        '0',
        bundleFile,
    ])
}

export function runNode(bundleFile: string): Promise<EngineRun> {
    return run('node', process.execPath, [path.join(__dirname, 'node-shell.js'), bundleFile])
}

/**
 * Runs one script on Rhino and returns what it printed, for a bench's timing figures: the JVM's default compilers
 * (not the suite's quick flags above), as close to a long-running instance node as the shell offers.
 */
export function runScriptOnRhino(script: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rhino-'))
    try {
        const file = path.join(dir, 'main.js')
        fs.writeFileSync(file, script)
        return execFileSync('java', ['-Xss8m', '-cp', RHINO_JAR, RHINO_MAIN, '-version', '200', file], {
            encoding: 'utf8',
            maxBuffer: 64 * 1024 * 1024,
        })
    } finally {
        fs.rmSync(dir, { recursive: true, force: true })
    }
}
