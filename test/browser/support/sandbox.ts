import { ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'

// Starts `sandbox/main.ts` in a child process (as `npm run sandbox` does) on free loopback ports and resolves
// with the URLs it prints on its first JSON line. Browser tests drive exactly this.
export interface SandboxUrls {
    instance: string
    entra: string
    connector: string
    graph: string
    [name: string]: string
}

export interface RunningSandbox {
    urls: SandboxUrls
    /** The Repository ID the stand-in connector accepts (printed at start). */
    repositoryId: string
    /** Everything the sandbox printed, for failure messages. */
    output(): string
    stop(): Promise<void>
}

const ROOT = join(__dirname, '..', '..', '..')

export function startSandbox(args: string[] = [], timeoutMs = 60000): Promise<RunningSandbox> {
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx')
    const child: ChildProcess = spawn(
        tsx,
        ['--tsconfig', 'sandbox/tsconfig.json', 'sandbox/main.ts', '--port', '0', ...args],
        {
            cwd: ROOT,
            stdio: ['ignore', 'pipe', 'pipe'],
            env: { ...process.env, NODE_ENV: 'test' },
        },
    )
    let out = ''
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            child.kill('SIGKILL')
            reject(new Error('Sandbox did not start in time:\n' + out))
        }, timeoutMs)
        const onData = (chunk: Buffer) => {
            out += chunk.toString()
            const line = out.split('\n').find((l) => l.startsWith('{') && l.includes('"ready"'))
            if (!line) return
            clearTimeout(timer)
            const ready = JSON.parse(line) as { ready: true; urls: SandboxUrls; repositoryId: string }
            resolve({
                urls: ready.urls,
                repositoryId: ready.repositoryId,
                output: () => out,
                stop: () =>
                    new Promise<void>((done) => {
                        if (child.exitCode !== null) return done()
                        child.once('exit', () => done())
                        child.kill('SIGTERM')
                        setTimeout(() => child.kill('SIGKILL'), 5000).unref()
                    }),
            })
        }
        child.stdout!.on('data', onData)
        child.stderr!.on('data', (c: Buffer) => (out += c.toString()))
        child.once('exit', (code) => {
            clearTimeout(timer)
            reject(new Error(`Sandbox exited with ${code}:\n${out}`))
        })
    })
}
