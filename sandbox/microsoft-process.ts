import { ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'
import { MicrosoftUrls } from '../testkit/app/demo-seed.ts'

// The Microsoft side (Entra ID stand-in, reference connector, Graph stand-in) runs in its own process: the
// app's outbound calls are synchronous (as on the platform) and would deadlock against servers that share
// the instance's event loop.
export interface MicrosoftProcess {
    urls: MicrosoftUrls & Record<string, string>
    stop(): void
}

export function startMicrosoftProcess(config: Record<string, unknown>, timeoutMs = 30000): Promise<MicrosoftProcess> {
    const root = join(__dirname, '..')
    // --exit-with-parent: the child exits when its stdin closes, so it never outlives the sandbox.
    const child: ChildProcess = spawn(
        join(root, 'node_modules', '.bin', 'tsx'),
        [join(root, 'testkit', 'microsoft', 'main.ts'), '--exit-with-parent'],
        {
            cwd: root,
            stdio: ['pipe', 'pipe', 'inherit'],
            env: { ...process.env, MICROSOFT_SIDE_CONFIG: JSON.stringify(config) },
        },
    )
    let buffered = ''
    return new Promise((resolve, reject) => {
        const timer = setTimeout(
            () => reject(new Error('The Microsoft-side stand-ins did not start in time')),
            timeoutMs,
        )
        child.once('exit', (code) => reject(new Error(`The Microsoft-side stand-ins exited with ${code}`)))
        child.stdout!.on('data', (chunk: Buffer) => {
            buffered += chunk.toString()
            for (const line of buffered.split('\n')) {
                if (!line.trim().startsWith('{')) continue
                let parsed: { urls?: Record<string, string> } & Record<string, unknown>
                try {
                    parsed = JSON.parse(line)
                } catch {
                    continue
                }
                const urls = (parsed.urls ?? parsed) as Record<string, string>
                if (!urls.entra || !urls.connector || !urls.graph) continue
                clearTimeout(timer)
                const stop = () => {
                    if (child.exitCode === null) child.kill('SIGTERM')
                }
                process.once('exit', stop)
                resolve({ urls: urls as MicrosoftProcess['urls'], stop })
                return
            }
        })
    })
}
