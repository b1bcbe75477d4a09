// Starts the whole Microsoft side (Entra ID, Graph service health, reference connector) in this process and
// prints one JSON line {"ready":true,"pid":..,"urls":{..}} on stdout when listening.
// Config (later wins): env MICROSOFT_SIDE_CONFIG (JSON of MicrosoftSideOptions), --config '<json>', then flags or
// env: --entra-port/MS_ENTRA_PORT, --graph-port/MS_GRAPH_PORT, --connector-port/MS_CONNECTOR_PORT (0 = any),
// --tenant-id/MS_TENANT_ID, --instance-url/MS_INSTANCE_URL, --callback-auth/MS_CALLBACK_AUTH (basic|bearer),
// --callback-user/MS_CALLBACK_USER, --callback-password/MS_CALLBACK_PASSWORD, --token-lifetime/MS_TOKEN_LIFETIME,
// --graph-issues/MS_GRAPH_ISSUES, --graph-seed/MS_GRAPH_SEED. --exit-with-parent: exit when stdin closes.
import { startMicrosoftSide, MicrosoftSideOptions } from './index.ts'
import type { CallbackAuth } from './connector-callbacks.ts'

function flag(argv: string[], name: string, env: string): string | undefined {
    const i = argv.indexOf(`--${name}`)
    if (i >= 0 && i + 1 < argv.length) return argv[i + 1]
    const eq = argv.find((a) => a.startsWith(`--${name}=`))
    if (eq) return eq.slice(name.length + 3)
    return process.env[env] || undefined
}

export function optionsFrom(argv: string[]): MicrosoftSideOptions {
    const json = (s: string | undefined): MicrosoftSideOptions => (s ? (JSON.parse(s) as MicrosoftSideOptions) : {})
    const o: MicrosoftSideOptions = {
        ...json(process.env.MICROSOFT_SIDE_CONFIG),
        ...json(flag(argv, 'config', 'MS_CONFIG_JSON')),
    }
    const num = (name: string, env: string) => {
        const v = flag(argv, name, env)
        return v === undefined ? undefined : Number(v)
    }
    const ports = {
        entra: num('entra-port', 'MS_ENTRA_PORT'),
        graph: num('graph-port', 'MS_GRAPH_PORT'),
        connector: num('connector-port', 'MS_CONNECTOR_PORT'),
    }
    o.ports = { ...o.ports, ...Object.fromEntries(Object.entries(ports).filter(([, v]) => v !== undefined)) }
    const tenantId = flag(argv, 'tenant-id', 'MS_TENANT_ID')
    if (tenantId) o.tenantId = tenantId
    const lifetime = num('token-lifetime', 'MS_TOKEN_LIFETIME')
    if (lifetime !== undefined) o.tokenLifetimeSeconds = lifetime
    const issues = num('graph-issues', 'MS_GRAPH_ISSUES')
    const seed = num('graph-seed', 'MS_GRAPH_SEED')
    o.graph = {
        ...o.graph,
        ...(issues !== undefined ? { issueCount: issues } : {}),
        ...(seed !== undefined ? { seed } : {}),
    }
    const cb = {
        instanceUrl: flag(argv, 'instance-url', 'MS_INSTANCE_URL'),
        auth: flag(argv, 'callback-auth', 'MS_CALLBACK_AUTH') as CallbackAuth | undefined,
        user: flag(argv, 'callback-user', 'MS_CALLBACK_USER'),
        password: flag(argv, 'callback-password', 'MS_CALLBACK_PASSWORD'),
    }
    o.callback = { ...o.callback, ...Object.fromEntries(Object.entries(cb).filter(([, v]) => v !== undefined)) }
    return o
}

async function main(): Promise<void> {
    const argv = process.argv.slice(2)
    const side = await startMicrosoftSide(optionsFrom(argv))
    let closing = false
    const stop = () => {
        if (closing) return
        closing = true
        void side.close().finally(() => process.exit(0))
    }
    process.on('SIGTERM', stop)
    process.on('SIGINT', stop)
    if (argv.includes('--exit-with-parent')) {
        process.stdin.on('end', stop)
        process.stdin.on('close', stop)
        process.stdin.resume()
    }
    process.stdout.write(`${JSON.stringify({ ready: true, pid: process.pid, urls: side.urls })}\n`)
}

if (require.main === module) {
    main().catch((e) => {
        process.stderr.write(`microsoft side failed to start: ${(e as Error).stack}\n`)
        process.exit(1)
    })
}
