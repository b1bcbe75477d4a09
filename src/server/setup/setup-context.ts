import { getPlatformProperty } from '../platform/properties.ts'
import { FormatContext, isLoopbackHost, parseUrl } from './rules/setup-formats.ts'

// Facts about the instance itself that Setup needs: its public URL, and whether it runs on a loopback address.
// Only a local run (the sandbox, tests) has a loopback glide.servlet.uri; there, the local Entra ID and
// connector stand-ins on http://127.0.0.1 are accepted. Real instances keep the strict https/Entra-host checks.

export function instanceUrl(): string {
    return getPlatformProperty('glide.servlet.uri')
}

export function formatContext(): FormatContext {
    const u = parseUrl(instanceUrl())
    return { allowLoopback: !!u && isLoopbackHost(u.host) }
}
