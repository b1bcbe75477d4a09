import { getBooleanSetting, getSetting } from '../platform/properties.ts'
import { sendJson, HttpMethod, JsonResponse } from './send-json.ts'
import { log } from '../platform/log.ts'
import { bearerFor } from './bearer.ts'
import { configuredProfileId } from './token-provider.ts'
import { configFailure, fromHttpFailure, Outbound } from './outbound-result.ts'
import { RetryMode } from './rules/retry-mode.ts'
import { Result } from '../domain/result.ts'

// Typed calls to the support connector (contracts/connector.openapi.yaml). Endpoint, repository ID and the
// token resource come from the properties Setup writes; every failure is an Outbound failure carrying the
// verbatim user message. Every operation takes the retry mode of its caller: 'interactive' for a user's request
// (never waits), 'job' for the case-sync job (bounded backoff).

export interface Solution {
    id: string
    title: string
    summary: string
    url: string
    source: string
}

export interface SearchSolutionsInput {
    query: string
    incidentNumber?: string
    locale?: string
}

export interface CaseContact {
    name: string
    email: string
    phone: string
}

export interface CreateCaseInput {
    title: string
    description: string
    contact: CaseContact
    adminEmail: string
    /** Defaults to the test_environment property. */
    isTestEnvironment?: boolean
    incident: { number: string; sysId: string }
    /** Same key on a retried create returns the same case (the connector de-duplicates on it). */
    idempotencyKey: string
}

export interface CaseCreated {
    caseId: string
    status: string
    createdAt: string
}

export interface ConnectorConfig {
    profileId: string
    endpoint: string
    repositoryId: string
    resource: string
}

const SERVICE = 'Connector'

/** The connector settings, or the failure that says which setup step is missing. */
export function readConnectorConfig(operation: string): Result<{ config: ConnectorConfig }> {
    const profileId = configuredProfileId()
    if (!profileId) return configFailure(SERVICE, operation, 'not_configured', 'No outbound OAuth profile is selected.')
    const endpoint = getSetting('connector.endpoint').trim().replace(/\/+$/, '')
    const repositoryId = getSetting('connector.repository_id').trim()
    const resource = getSetting('connector.resource').trim()
    const missing = [
        !endpoint ? 'connector endpoint' : '',
        !repositoryId ? 'repository ID' : '',
        !resource ? 'outbound App ID (connector resource)' : '',
    ].filter(Boolean)
    if (missing.length)
        return configFailure(SERVICE, operation, 'final_step_incomplete', 'Missing ' + missing.join(', ') + '.')
    if (!/^https?:\/\//i.test(endpoint))
        return configFailure(
            SERVICE,
            operation,
            'final_step_incomplete',
            'The connector endpoint is not an http(s) URL.',
        )
    return { ok: true, config: { profileId, endpoint, repositoryId, resource } }
}

function call(
    operation: string,
    method: HttpMethod,
    path: string,
    body: unknown,
    mode: RetryMode,
    opts: { idempotent?: boolean; adminEmail?: string } = {},
): Outbound<unknown> {
    const c = readConnectorConfig(operation)
    if (!c.ok) return c
    const r: JsonResponse = sendJson({
        service: SERVICE,
        method,
        url: c.config.endpoint + path,
        body,
        headers: { 'X-Repository-Id': c.config.repositoryId },
        bearer: bearerFor(c.config.profileId, c.config.resource),
        idempotent: opts.idempotent,
        retry: mode,
    })
    if (!r.ok) return fromHttpFailure(SERVICE, operation, r, { adminEmail: opts.adminEmail })
    return { ok: true, status: r.status, data: r.data }
}

function isObject(v: unknown): v is Record<string, unknown> {
    return v !== null && typeof v === 'object' && !Array.isArray(v)
}

const s = (v: unknown): string => (v === null || v === undefined ? '' : String(v))

function invalid<T>(operation: string, status: number, what: string): Outbound<T> {
    log.error('{0} {1}: the answer does not match the contract ({2})', SERVICE, operation, what)
    return fromHttpFailure(SERVICE, operation, {
        ok: false,
        status,
        code: 'invalid_response',
        detail: 'Unexpected answer: ' + what,
    })
}

/** GET /ping: Setup's connectivity test (endpoint, token audience, repository ID). */
export function ping(mode: RetryMode): Outbound<Record<string, unknown>> {
    const r = call('ping', 'GET', '/ping', undefined, mode)
    if (!r.ok) return r
    return { ok: true, status: r.status, data: isObject(r.data) ? r.data : {} }
}

export function searchSolutions(input: SearchSolutionsInput, mode: RetryMode): Outbound<Solution[]> {
    const c = readConnectorConfig('search solutions')
    if (!c.ok) return c
    const body: Record<string, unknown> = { repositoryId: c.config.repositoryId, query: input.query }
    if (input.incidentNumber) body.incidentNumber = input.incidentNumber
    if (input.locale) body.locale = input.locale
    // A search changes nothing, so it may be repeated after a timeout.
    const r = call('search solutions', 'POST', '/solutions/search', body, mode, { idempotent: true })
    if (!r.ok) return r
    if (!isObject(r.data) || !Array.isArray(r.data.solutions))
        return invalid('search solutions', r.status, 'no solutions array')
    const list = (r.data.solutions as unknown[])
        .filter(isObject)
        .map((x) => ({ id: s(x.id), title: s(x.title), summary: s(x.summary), url: s(x.url), source: s(x.source) }))
    return { ok: true, status: r.status, data: list }
}

export function createCase(input: CreateCaseInput, mode: RetryMode): Outbound<CaseCreated> {
    const c = readConnectorConfig('create case')
    if (!c.ok) return c
    const body = {
        repositoryId: c.config.repositoryId,
        title: input.title,
        description: input.description,
        contact: { name: input.contact.name, email: input.contact.email, phone: input.contact.phone },
        adminEmail: input.adminEmail,
        isTestEnvironment:
            input.isTestEnvironment !== undefined ? input.isTestEnvironment : getBooleanSetting('test_environment'),
        incident: { number: input.incident.number, sysId: input.incident.sysId },
        idempotencyKey: input.idempotencyKey,
    }
    // Retried creates are safe only because the connector de-duplicates on idempotencyKey.
    const r = call('create case', 'POST', '/cases', body, mode, {
        idempotent: !!input.idempotencyKey,
        adminEmail: input.adminEmail,
    })
    if (!r.ok) return r
    if (!isObject(r.data) || !s(r.data.caseId)) return invalid('create case', r.status, 'no caseId')
    return {
        ok: true,
        status: r.status,
        data: { caseId: s(r.data.caseId), status: s(r.data.status), createdAt: s(r.data.createdAt) },
    }
}
