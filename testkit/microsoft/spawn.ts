// The one launcher of the Microsoft side (Entra ID stand-in, reference connector, Graph stand-in) for tests, the
// sandbox and the benches. It runs as a CHILD PROCESS: the app's outbound calls are synchronous (as on the
// platform) and block their thread, so the servers they call must not share the caller's event loop.
import { spawn, ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { MicrosoftControl, MicrosoftSideUrls } from './control-client.ts'
import type { MicrosoftSideOptions } from './index.ts'

export interface SpawnedMicrosoftSide {
    urls: MicrosoftSideUrls
    control: MicrosoftControl
    pid: number
    /** Ends the child (SIGTERM at once) and resolves when it has exited. */
    close(): Promise<void>
}

export interface SpawnSettings {
    timeoutMs?: number
    /** Also copy the child's stderr to this process's (the sandbox shows the stand-ins' errors as they happen). */
    showStderr?: boolean
}

const ROOT = join(__dirname, '..', '..')

export function spawnMicrosoftSide(
    opts: MicrosoftSideOptions = {},
    { timeoutMs = 30000, showStderr = false }: SpawnSettings = {},
): Promise<SpawnedMicrosoftSide> {
    // The options go through the environment, not argv: they may hold the callback password, and `ps` shows a
    // process's arguments to every local user. --exit-with-parent: the child exits when its stdin closes, so it
    // never outlives the caller.
    const child: ChildProcess = spawn(
        process.execPath,
        ['--import', 'tsx', join(__dirname, 'main.ts'), '--exit-with-parent'],
        {
            cwd: ROOT,
            stdio: ['pipe', 'pipe', 'pipe'],
            env: { ...process.env, MICROSOFT_SIDE_CONFIG: JSON.stringify(opts) },
        },
    )
    let stderr = ''
    child.stderr?.on('data', (c) => {
        stderr = (stderr + String(c)).slice(-4000)
        if (showStderr) process.stderr.write(c)
    })
    const exited = new Promise<void>((r) => child.once('exit', () => r()))
    const close = async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
        await exited
    }
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            void close()
            reject(new Error(`microsoft side did not start within ${timeoutMs} ms: ${stderr}`))
        }, timeoutMs)
        child.once('exit', (code) => {
            clearTimeout(timer)
            reject(new Error(`microsoft side exited with ${code} before it was ready: ${stderr}`))
        })
        const lines = createInterface({ input: child.stdout! })
        lines.on('line', (line) => {
            let msg: { ready?: boolean; urls?: MicrosoftSideUrls }
            try {
                msg = JSON.parse(line)
            } catch {
                return
            }
            if (!msg.ready || !msg.urls) return
            clearTimeout(timer)
            lines.close()
            child.stdout?.resume()
            resolve({ urls: msg.urls, control: new MicrosoftControl(msg.urls), pid: child.pid!, close })
        })
    })
}
