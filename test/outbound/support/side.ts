// Starts the Microsoft-side stand-ins in a child process (the double's synchronous HTTP blocks this thread, so the
// servers must run elsewhere) and returns their URLs and control client.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { MicrosoftControl, type MicrosoftSideUrls } from '../../../sandbox/microsoft/control-client'

export interface Side {
    urls: MicrosoftSideUrls
    control: MicrosoftControl
    close(): Promise<void>
}

export function startSide(): Promise<Side> {
    const root = join(__dirname, '..', '..', '..')
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), [join(__dirname, 'side-child.ts')], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] })
    return new Promise((resolve, reject) => {
        let buf = ''
        const timer = setTimeout(() => reject(new Error('Microsoft side did not start within 30 s')), 30000)
        child.on('exit', (code) => reject(new Error('Microsoft side exited with ' + code)))
        child.stdout!.on('data', (d: Buffer) => {
            buf += d.toString()
            const nl = buf.indexOf('\n')
            if (nl < 0) return
            clearTimeout(timer)
            const urls = JSON.parse(buf.slice(0, nl)) as MicrosoftSideUrls
            resolve({
                urls,
                control: new MicrosoftControl(urls),
                close: () => new Promise<void>((r) => {
                    child.removeAllListeners('exit')
                    child.on('exit', () => r())
                    child.stdin!.end()
                }),
            })
        })
    })
}
