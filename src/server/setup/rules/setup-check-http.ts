import { CheckDef, CheckResult, CROSS_SCOPE_FIX, failed, passed } from './setup-checks.ts'
import { FormatContext, isGuid, isLoopbackHost, parseUrl } from './setup-formats.ts'
import { Message, tx } from './setup-text.ts'
import { OAUTH_API_SCRIPT_NAME } from '../../domain/oauth-api-script.ts'
import { Failure } from '../../domain/result.ts'

// Interpreting the verification tests that go over HTTP (tests 2 to 5). Inputs are what was seen (status,
// body, error text); outputs say what to fix. Tokens never reach here: the token test gets the outcome only.

/** A raw HTTP exchange: status 0 means no answer (error says why). */
export interface HttpSeen {
    status: number
    body: string
    error: string
}

/** An outbound call's outcome (connector client / token provider), without its data. */
/** What a check saw of an outbound call: the one Failure's fields (domain/result.ts), `detail` being admin text. */
export type CallSeen = { ok: boolean } & Pick<Failure, 'status' | 'code' | 'detail'>

function parseJsonObject(text: string): Record<string, unknown> | null {
    try {
        const v = JSON.parse(text) as unknown
        return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null
    } catch {
        return null
    }
}

/** Test 2 (AAD): the provider's metadata names an Entra issuer for the tenant and a jwks_uri with keys. */
export function interpretMetadata(
    def: CheckDef,
    url: string,
    version: '1.0' | '2.0',
    seen: HttpSeen,
    jwks: HttpSeen | null,
    ctx: FormatContext,
): CheckResult {
    const fixUrl =
        version === '2.0'
            ? tx(
                  'Set the OIDC Metadata URL of the OIDC provider configuration to https://login.microsoftonline.com/<tenant>/v2.0/.well-known/openid-configuration (System OAuth > Application Registry).',
              )
            : tx(
                  'Set the OIDC Metadata URL of the OIDC provider configuration to https://login.microsoftonline.com/<tenant>/.well-known/openid-configuration (System OAuth > Application Registry).',
              )
    const reach = tx(
        'Allow the instance to reach login.microsoftonline.com (proxy, firewall), then run the tests again.',
    )
    if (seen.status === 0) return failed(def, tx('The instance could not fetch {0}: {1}', url, seen.error), reach)
    if (seen.status !== 200) return failed(def, tx('{0} answered HTTP {1}.', url, seen.status), fixUrl)
    const doc = parseJsonObject(seen.body)
    const issuer = doc && typeof doc.issuer === 'string' ? doc.issuer : ''
    const jwksUri = doc && typeof doc.jwks_uri === 'string' ? doc.jwks_uri : ''
    if (!issuer || !jwksUri)
        return failed(
            def,
            tx('{0} is not an OpenID Connect metadata document (issuer or jwks_uri missing).', url),
            fixUrl,
        )
    const iss = issuerProblem(issuer, version, ctx)
    if (iss) return failed(def, tx('Unexpected issuer {0}: {1}', issuer, iss), fixUrl)
    if (jwks && (jwks.status !== 200 || !hasKeys(jwks.body)))
        return failed(def, tx('The signing keys at {0} could not be read (HTTP {1}).', jwksUri, jwks.status), reach)
    return passed(def, tx('Issuer {0}; signing keys at {1}.', issuer, jwksUri))
}

function issuerProblem(issuer: string, version: '1.0' | '2.0', ctx: FormatContext): string | null {
    const u = parseUrl(issuer)
    const m = !u ? null : version === '2.0' ? /^\/([^/]+)\/v2\.0\/?$/.exec(u.path) : /^\/([^/]+)\/$/.exec(u.path)
    const expected =
        version === '2.0'
            ? 'https://login.microsoftonline.com/<tenant ID>/v2.0'
            : 'https://sts.windows.net/<tenant ID>/'
    if (!u || !m || !isGuid(m[1])) return 'expected ' + expected
    if (ctx.allowLoopback && isLoopbackHost(u.host)) return null
    if (u.scheme !== 'https' || (version === '1.0' && u.host !== 'sts.windows.net')) return 'expected ' + expected
    return null
}

function hasKeys(body: string): boolean {
    const doc = parseJsonObject(body)
    return !!doc && Array.isArray(doc.keys) && doc.keys.length > 0
}

// Entra's AADSTS codes the admin can act on, with the fix.
const AADSTS_FIXES: Record<string, Message> = {
    '7000215': tx(
        'The client secret is wrong. In Entra (App registrations > your outbound app > Certificates & secrets) create a secret and paste its Value, not its Secret ID, into Client Secret of the OAuth provider in System OAuth > Application Registry.',
    ),
    '7000222': tx(
        'The client secret has expired. Create a new secret in Entra (Certificates & secrets) and paste its Value into Client Secret of the OAuth provider in System OAuth > Application Registry.',
    ),
    '700016': tx(
        'Entra does not know this Client ID in the tenant. Copy the Application (client) ID of the outbound app into Client ID of the OAuth provider, and check that the token URL names the tenant where the app is registered.',
    ),
    '90002': tx(
        'The tenant in the token URL does not exist. Use https://login.microsoftonline.com/<your tenant>/oauth2/token.',
    ),
    '900023': tx('The tenant in the token URL is not valid. Use your tenant domain or tenant ID.'),
    '500011': tx(
        "Entra does not know the connector's App ID URI. Check the App ID URI (resource) in the Repository ID step.",
    ),
    '70011': tx(
        'The requested scope is invalid. For the v2.0 token URL the scope is <App ID URI>/.default: check the App ID URI in the Repository ID step.',
    ),
    '7000218': tx(
        'Entra expects a client secret or certificate. Enter the Client Secret of the OAuth provider in System OAuth > Application Registry.',
    ),
}

export function aadstsCode(text: string): string {
    const m = /AADSTS(\d+)/.exec(text)
    return m ? m[1] : ''
}

/** Test 3: a token request through the chosen profile. Shows status and Entra's error, never the token. */
export function interpretToken(def: CheckDef, profileName: string, seen: CallSeen): CheckResult {
    if (seen.ok)
        return passed(def, tx('Entra ID issued a token for profile "{0}" (HTTP {1}).', profileName, seen.status))
    const code = aadstsCode(seen.detail) || aadstsCode(seen.code)
    const detail = tx('Token request failed: HTTP {0} {1}: {2}', seen.status, seen.code, firstLine(seen.detail))
    if (code && AADSTS_FIXES[code]) return failed(def, detail, AADSTS_FIXES[code])
    // A v1 request reached Entra without resource: the provider's OAuth API script is not one that adds it.
    if (code === '900144' && /'resource'/.test(seen.detail)) {
        return failed(
            def,
            detail,
            tx(
                'Entra v1 needs the resource parameter. Open the OAuth provider in System OAuth > Application Registry and set OAuth API Script to {0} (shipped with this app), or use the v2.0 token URL (/oauth2/v2.0/token).',
                OAUTH_API_SCRIPT_NAME,
            ),
        )
    }
    if (seen.code === 'oauth_api_script')
        return failed(
            def,
            tx('Token request not sent: {0}', firstLine(seen.detail)),
            tx('Fix it in System OAuth > Application Registry.'),
        )
    if (seen.code === 'cross_scope_refused') return failed(def, detail, CROSS_SCOPE_FIX)
    if (seen.status === 0)
        return failed(
            def,
            detail,
            tx(
                'Check the token URL of the OAuth provider and allow outbound HTTPS to login.microsoftonline.com (proxy, firewall), then run the tests again.',
            ),
        )
    if (seen.status === 400 || seen.status === 401)
        return failed(
            def,
            detail,
            tx(
                'Check Client ID, Client Secret and Token URL of the OAuth provider in System OAuth > Application Registry.',
            ),
        )
    return failed(
        def,
        detail,
        tx(
            'Entra ID did not issue a token; try again in a few minutes. If it persists, check the OAuth provider in System OAuth > Application Registry.',
        ),
    )
}

/** Test 4: the connector answers its ping with our token. */
export function interpretConnectorPing(def: CheckDef, endpoint: string, seen: CallSeen): CheckResult {
    if (seen.ok) return passed(def, tx('The connector at {0} answered (HTTP {1}).', endpoint, seen.status))
    const detail = tx(
        'The connector at {0} answered HTTP {1} ({2}): {3}',
        endpoint,
        seen.status,
        seen.code,
        firstLine(seen.detail),
    )
    if (seen.status === 0)
        return failed(
            def,
            detail,
            tx(
                'Check the connector endpoint URL in the Repository ID step and that the instance may reach it (proxy, firewall, IP allow-list), then run the tests again.',
            ),
        )
    if (seen.status === 401)
        return failed(
            def,
            detail,
            tx(
                'The connector refused the token. Check the App ID URI (resource) in the Repository ID step, and that the Outbound App ID is entered in the Microsoft 365 admin center (Basic information tab).',
            ),
        )
    if (seen.status === 403)
        return failed(
            def,
            detail,
            tx(
                'The connector does not accept this repository. The Repository ID here must equal the repository on the Repositories tab of the Microsoft 365 admin center, and the Outbound App ID must be entered on its Basic information tab.',
            ),
        )
    if (seen.status === 404)
        return failed(
            def,
            detail,
            tx('No connector answers at this URL. Check the connector endpoint URL in the Repository ID step.'),
        )
    return failed(
        def,
        detail,
        tx(
            'The connector is unavailable. Run the tests again in a few minutes; if it persists, check the connector endpoint URL in the Repository ID step.',
        ),
    )
}

/** Test 5: the app's inbound ping through glide.servlet.uri; 401 without credentials = reachable and protected. */
export function interpretInboundPing(def: CheckDef, url: string, seen: HttpSeen): CheckResult {
    if (seen.status === 401)
        return passed(def, tx('{0} is reachable and refuses calls without credentials (HTTP 401).', url))
    if (seen.status === 0) {
        return failed(
            def,
            tx('The instance could not call its own URL {0}: {1}', url, seen.error),
            tx(
                "Set glide.servlet.uri to this instance's public URL (https://<instance>.service-now.com/) and allow Microsoft's IP addresses in any IP access control, then run the tests again.",
            ),
        )
    }
    if (seen.status >= 200 && seen.status < 300)
        return failed(
            def,
            tx('{0} answered HTTP {1} without credentials.', url, seen.status),
            tx(
                "The inbound API must require authentication: set Requires authentication on the app's connector API resources.",
            ),
        )
    if (seen.status === 404)
        return failed(
            def,
            tx('{0} answered HTTP 404.', url),
            tx(
                "The app's inbound API is missing or inactive: check System Web Services > Scripted REST APIs for the app's connector API, and that glide.servlet.uri is this instance's URL.",
            ),
        )
    if (seen.status === 403)
        return failed(
            def,
            tx('{0} answered HTTP 403.', url),
            tx(
                "An IP access control blocks the call: allow Microsoft's IP addresses (see the setup guide) for inbound API access.",
            ),
        )
    return failed(
        def,
        tx('{0} answered HTTP {1}.', url, seen.status),
        tx("Check that glide.servlet.uri is this instance's public URL, then run the tests again."),
    )
}

function firstLine(text: string): string {
    const line = String(text || '').split(/\r?\n/)[0]
    return line.length > 300 ? line.slice(0, 300) + '...' : line
}
