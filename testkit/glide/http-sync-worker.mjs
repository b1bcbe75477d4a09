// Runs in a worker thread (synckit): performs one HTTP request and hands the result back to the blocked
// caller. Plain .mjs so it loads without a TypeScript transform, under jest, tsx or node alike.
import { Buffer } from 'node:buffer'
import http from 'node:http'
import https from 'node:https'
import { clearTimeout, setTimeout } from 'node:timers'
import { URL } from 'node:url'
import { runAsWorker } from 'synckit'

function describe(err) {
    if (err && err.code === 'ECONNREFUSED')
        return `java.net.ConnectException: Connection refused (${err.address ?? ''}:${err.port ?? ''})`
    if (err && err.code === 'ENOTFOUND') return `java.net.UnknownHostException: ${err.hostname ?? ''}`
    // A peer that drops the connection: the JVM's socket read turns ConnectionResetException into
    // SocketException("Connection reset") (OpenJDK java.net.SocketInputStream.read), which the platform reports.
    if (err && err.code === 'ECONNRESET') return 'java.net.SocketException: Connection reset'
    return `java.io.IOException: ${err && err.message ? err.message : String(err)}`
}

runAsWorker(async ({ method, url, headers, body, timeoutMs }) => {
    const started = Date.now()
    return await new Promise((resolve) => {
        let done = false
        const finish = (result) => {
            if (done) return
            done = true
            clearTimeout(timer)
            resolve({ ...result, durationMs: Date.now() - started })
        }
        const target = new URL(url)
        const lib = target.protocol === 'https:' ? https : http
        const req = lib.request(target, { method, headers }, (res) => {
            const chunks = []
            res.on('data', (c) => chunks.push(c))
            res.on('end', () => {
                const out = {}
                for (const [k, v] of Object.entries(res.headers)) out[k] = Array.isArray(v) ? v.join(', ') : String(v)
                finish({ status: res.statusCode ?? 0, headers: out, body: Buffer.concat(chunks).toString('utf8') })
            })
            res.on('error', (err) => finish({ status: 0, headers: {}, body: '', error: describe(err) }))
        })
        // One deadline for connect + response, like the platform's HTTP timeout.
        const timer = setTimeout(() => {
            finish({
                status: 0,
                headers: {},
                body: '',
                error: `Request timed out after ${timeoutMs} ms (java.net.SocketTimeoutException: Read timed out)`,
                timedOut: true,
            })
            req.destroy()
        }, timeoutMs)
        req.on('error', (err) => finish({ status: 0, headers: {}, body: '', error: describe(err) }))
        if (body) req.write(body)
        req.end()
    })
})
