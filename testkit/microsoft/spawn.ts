// Runs the Microsoft side as a CHILD PROCESS: the app's synchronous HTTP double blocks its own thread, so the
// servers it calls must not live in the test's process.
import { spawn, ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { MicrosoftControl, MicrosoftSideUrls } from './control-client.ts'
import type { MicrosoftSideOptions } from './index.ts'

export interface SpawnedMicrosoftSide {
    urls: MicrosoftSideUrls
    control: MicrosoftControl
    pid: number
    close(): Promise<void>
}

const ROOT = join(__dirname, '..', '..')

export function spawnMicrosoftSide(
    opts: MicrosoftSideOptions = {},
    { timeoutMs = 30000 } = {},
): Promise<SpawnedMicrosoftSide> {
    const child: ChildProcess = spawn(
        process.execPath,
        ['--import', 'tsx', join(__dirname, 'main.ts'), '--config', JSON.stringify(opts), '--exit-with-parent'],
        {
            cwd: ROOT,
            stdio: ['pipe', 'pipe', 'pipe'],
            env: { ...process.env, MICROSOFT_SIDE_CONFIG: '' },
        },
    )
    let stderr = ''
    child.stderr?.on('data', (c) => (stderr = (stderr + String(c)).slice(-4000)))
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
