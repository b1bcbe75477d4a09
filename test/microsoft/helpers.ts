import { DEFAULTS } from '../../testkit/microsoft/defaults.ts'
import type { MicrosoftSideUrls } from '../../testkit/microsoft/control-client.ts'

/** A real client-credentials request against the Entra stand-in (v1 with resource, v2 with scope). */
export async function clientToken(
    urls: MicrosoftSideUrls,
    resource: string,
    opts: { version?: 'v1' | 'v2'; clientId?: string; clientSecret?: string } = {},
): Promise<string> {
    const client = {
        clientId: opts.clientId ?? DEFAULTS.outboundClient.clientId,
        clientSecret: opts.clientSecret ?? DEFAULTS.outboundClient.clientSecret,
    }
    const v2 = opts.version === 'v2'
    const res = await fetch(v2 ? urls.tokenUrlV2 : urls.tokenUrlV1, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
            grant_type: 'client_credentials',
            client_id: client.clientId,
            client_secret: client.clientSecret,
            ...(v2 ? { scope: `${resource}/.default` } : { resource }),
        }),
    })
    const body = await res.json()
    if (res.status !== 200) throw new Error(`token request failed: ${res.status} ${JSON.stringify(body)}`)
    return body.access_token
}
