import { count, getById, list } from '../platform/records.ts'
import { sendJson } from '../outbound/send-json.ts'
import { getAccessToken } from '../outbound/token-provider.ts'
import { ping } from '../outbound/connector-client.ts'
import { SetupAnswers, Configuration } from './rules/setup-steps.ts'
import { FormatContext, parseMetadataUrl } from './rules/setup-formats.ts'
import { SCOPE } from '../domain/scope.ts'
import {
    CheckDef,
    CheckId,
    CheckResult,
    checksFor,
    failed,
    interpretCrossScopeRead,
    interpretPrivileges,
    isCrossScopeRefusal,
    skipped,
} from './rules/setup-checks.ts'
import { tx } from './rules/setup-text.ts'
import {
    HttpSeen,
    interpretConnectorPing,
    interpretInboundPing,
    interpretMetadata,
    interpretToken,
} from './rules/setup-check-http.ts'
import { inboundBaseUrl } from './rules/setup-summary.ts'
import { inboundFacts } from './setup-options.ts'
import { instanceUrl } from './setup-context.ts'

// Runs the verification tests in order. Each test catches its own failures so one broken piece never hides
// what the others would have found. The admin is waiting on the page: every request is interactive (no waiting
// between attempts), so a throttled or unavailable service is reported at once.

function errorText(e: unknown): string {
    return e instanceof Error ? e.message : String(e)
}

function get(url: string): HttpSeen {
    const r = sendJson({ service: 'Setup', method: 'GET', url, retry: 'interactive', timeoutMs: 15000 })
    if (r.ok) return { status: r.status, body: JSON.stringify(r.data), error: '' }
    return { status: r.status, body: '', error: r.detail }
}

function crossScopeRead(def: CheckDef): CheckResult {
    try {
        return interpretCrossScopeRead(def, null, count('oauth_entity', {}))
    } catch (e) {
        return interpretCrossScopeRead(def, errorText(e), 0)
    }
}

function oidcMetadata(def: CheckDef, a: SetupAnswers, ctx: FormatContext): CheckResult {
    const p = inboundFacts(a.inbound_entity).provider
    if (!p || !p.exists)
        return failed(
            def,
            tx('The OIDC entity has no OIDC provider configuration.'),
            tx('Select the OIDC entity again in the Inbound OAuth provider step.'),
        )
    const m = parseMetadataUrl(p.oidcUrl, ctx)
    if ('error' in m)
        return failed(def, m.error, tx('Fix the OIDC Metadata URL in System OAuth > Application Registry.'))
    const seen = get(p.oidcUrl)
    let jwks: HttpSeen | null = null
    const jwksUri = seen.status === 200 ? jwksUriOf(seen.body) : ''
    if (jwksUri) jwks = get(jwksUri)
    return interpretMetadata(def, p.oidcUrl, m.version, seen, jwks, ctx)
}

function jwksUriOf(body: string): string {
    try {
        const doc = JSON.parse(body) as Record<string, unknown>
        return doc && typeof doc.jwks_uri === 'string' && /^https?:\/\//i.test(doc.jwks_uri) ? doc.jwks_uri : ''
    } catch {
        return ''
    }
}

function tokenRequest(def: CheckDef, a: SetupAnswers): CheckResult {
    // A fresh request, not a cached token: a changed or expired secret must show up here.
    const t = getAccessToken(a.outbound_profile, a.connector_resource, { forceRefresh: true })
    const p = getById('oauth_entity_profile', a.outbound_profile, ['name'])
    const name = p ? p.name : a.outbound_profile
    if (t.ok) return interpretToken(def, name, { ok: true, status: 200, code: '', detail: '' })
    // The admin text (detail), with Entra's AADSTS code, is what the fix-it hints read.
    return interpretToken(def, name, t)
}

function connectorPing(def: CheckDef, a: SetupAnswers): CheckResult {
    const r = ping('interactive')
    const endpoint = a.connector_endpoint.replace(/\/+$/, '')
    if (r.ok) return interpretConnectorPing(def, endpoint, { ok: true, status: r.status, code: '', detail: '' })
    return interpretConnectorPing(def, endpoint, {
        ok: false,
        status: r.status,
        code: r.code,
        detail: r.detail || r.message,
    })
}

function inboundPing(def: CheckDef): CheckResult {
    const url = inboundBaseUrl(instanceUrl()) + '/ping'
    if (!/^https?:\/\//i.test(url))
        return failed(
            def,
            tx('glide.servlet.uri is not set.'),
            tx("Set glide.servlet.uri to this instance's public URL."),
        )
    return interpretInboundPing(def, url, get(url))
}

function privileges(def: CheckDef, read: CheckResult | undefined): CheckResult {
    // On the platform source_scope references sys_scope; the test double stores the scope name itself.
    const rows = list(
        'sys_scope_privilege',
        {
            target_name: { op: 'IN', value: ['oauth_entity', 'oauth_entity_profile'] },
            operation: 'read',
            'source_scope.scope': { op: '=', value: SCOPE, or: { field: 'source_scope', op: '=', value: SCOPE } },
        },
        ['target_name', 'operation', 'status'],
    )
    const refused = !!read && read.status === 'failed' && read.detail.some((d) => d.args.some(isCrossScopeRefusal))
    return interpretPrivileges(
        def,
        rows.map((r) => ({ target_name: r.target_name, operation: r.operation, status: r.status })),
        refused,
    )
}

export function runChecks(a: SetupAnswers, ctx: FormatContext): CheckResult[] {
    const results: CheckResult[] = []
    const byId: Partial<Record<CheckId, CheckResult>> = {}
    for (const def of checksFor(a.configuration as Configuration)) {
        const dep = def.needs ? byId[def.needs] : undefined
        let r: CheckResult
        if (dep && dep.status !== 'passed') r = skipped(def, tx('Not run: "{0}" must pass first.', dep.name))
        else r = runOne(def, a, ctx, byId)
        byId[def.id] = r
        results.push(r)
    }
    return results
}

function runOne(
    def: CheckDef,
    a: SetupAnswers,
    ctx: FormatContext,
    earlier: Partial<Record<CheckId, CheckResult>>,
): CheckResult {
    try {
        switch (def.id) {
            case 'cross_scope_read':
                return crossScopeRead(def)
            case 'oidc_metadata':
                return oidcMetadata(def, a, ctx)
            case 'token_request':
                return tokenRequest(def, a)
            case 'connector_ping':
                return connectorPing(def, a)
            case 'inbound_ping':
                return inboundPing(def)
            case 'scope_privileges':
                return privileges(def, earlier.cross_scope_read)
        }
    } catch (e) {
        const text = errorText(e)
        if (isCrossScopeRefusal(text)) return interpretCrossScopeRead(def, text, 0)
        return failed(def, tx('The test could not run: {0}', text), tx('Please contact app support.'))
    }
}
