// The incident tab's world on the double: the built app installed, the outbound OAuth profile and connector
// properties pointing at the Microsoft-side stand-ins (a child process), Setup complete, users for each role, an
// incident with a caller, seeded health issues, and a helper that runs a real route handler as a user.
import * as control from '../glide/control'
import { makeRestCall } from '../glide/sn_ws_int'
import { installApp } from '../app/install-app'
import { DEFAULTS } from '../microsoft/defaults'
import type { SpawnedMicrosoftSide } from '../microsoft/spawn'
import { resetTokenMemo } from '../../src/server/outbound/token-provider'
import { setWaiter } from '../../src/server/platform/clock'
import { SCOPE, seedOutboundOAuth, setProp } from './outbound-oauth'

export { SCOPE }
export const T = {
    case: SCOPE + '_case',
    activity: SCOPE + '_case_activity',
    cache: SCOPE + '_solution_cache',
    feedback: SCOPE + '_solution_feedback',
    healthFeedback: SCOPE + '_health_match_feedback',
    linked: SCOPE + '_linked_account',
    health: SCOPE + '_health_issue',
    setup: SCOPE + '_setup_state',
}
export const ADMIN = 'm365.admin'
export const INSIGHTS = 'agent.insights'
export const PLAIN = 'plain.user'

export { setProp }

export interface World {
    incidentId: string
    incidentNumber: string
    otherIncidentId: string
}

export function installWorld(
    side: SpawnedMicrosoftSide | null,
    opts: { setupComplete?: boolean; configuration?: string } = {},
): World {
    installApp()
    control.clock.real()
    resetTokenMemo()
    // The outbound HTTP layer waits between retries; tests do not need to.
    setWaiter(() => undefined)
    if (side) {
        seedOutboundOAuth(side)
        setProp('connector.endpoint', side.urls.connector)
        setProp('connector.repository_id', DEFAULTS.repositoryId)
        setProp('connector.resource', DEFAULTS.connectorResource)
    }
    setProp('outbound.max_retries', '0')
    setProp('outbound.timeout_ms', '5000')
    setProp('test_environment', 'true')
    if (opts.setupComplete !== false) {
        control.seed(T.setup, [
            {
                step: 'complete',
                configuration: opts.configuration ?? 'basic',
                completed: 'true',
                tests_passed_on: '2025-01-01 00:00:00',
                tenant_domain: DEFAULTS.tenantDomain,
            },
        ])
    }
    control.createUser(ADMIN, [SCOPE + '.administrator', 'itil'], {
        first_name: 'Megan',
        last_name: 'Bowen',
        email: 'megan.bowen@contoso.com',
        phone: '+1 425 555 0100',
    })
    control.createUser(INSIGHTS, [SCOPE + '.insights_user', 'itil'], {
        first_name: 'Alex',
        last_name: 'Wilber',
        email: 'alex.wilber@contoso.com',
    })
    control.createUser(PLAIN, [], { first_name: 'Pat', last_name: 'Doe', email: 'pat.doe@contoso.com' })
    const caller = control.createUser('adele.vance', [], {
        first_name: 'Adele',
        last_name: 'Vance',
        email: 'adele.vance@contoso.com',
        phone: '+1 425 555 0109',
    })
    const [incident, other] = control.seed('incident', [
        {
            short_description: 'Users cannot send email in Outlook',
            description: 'Since 9:00 Sales get "Cannot connect to server" in Outlook.',
            caller_id: caller.sys_id,
        },
        { short_description: 'Printer on floor 3 jams', description: 'Paper jam.', caller_id: caller.sys_id },
    ])
    control.seed(T.health, [
        {
            issue_id: 'EX123456',
            title: 'Users may be unable to send email in Outlook',
            service: 'Exchange Online',
            feature: 'E-Mail and calendar access',
            classification: 'incident',
            status: 'serviceDegradation',
            is_resolved: 'false',
            impact_description: 'Users may see delays sending email.',
            last_modified_date_time: '2025-01-02 10:00:00',
            posts: JSON.stringify([
                {
                    createdDateTime: '2025-01-02T10:00:00Z',
                    postType: 'regular',
                    description: {
                        contentType: 'html',
                        content:
                            '<p>We are <b>investigating</b>.</p><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">',
                    },
                },
            ]),
        },
        {
            issue_id: 'TM654321',
            title: 'Teams meetings drop',
            service: 'Microsoft Teams',
            feature: 'Meetings',
            classification: 'incident',
            status: 'investigating',
            is_resolved: 'false',
            last_modified_date_time: '2025-01-02 09:00:00',
            posts: '[]',
        },
    ])
    return { incidentId: incident.sys_id, incidentNumber: incident.number, otherIncidentId: other.sys_id }
}

export interface Reply {
    status: number
    json: Record<string, unknown> & { error?: { code: string; message: string; fields?: Record<string, string> } }
}

type Handler = (request: never, response: never) => void

export function call(
    handler: Handler,
    user: string,
    opts: { method?: string; pathParams?: Record<string, string>; body?: unknown } = {},
): Reply {
    control.setCurrentUser(user)
    const rest = makeRestCall({
        method: opts.method ?? 'GET',
        pathParams: opts.pathParams ?? {},
        headers: { 'content-type': 'application/json' },
        body: opts.body === undefined ? '' : JSON.stringify(opts.body),
        userName: user,
    })
    const r = rest.run(handler as Parameters<typeof rest.run>[0])
    return { status: r.status, json: r.body ? JSON.parse(r.body) : {} }
}

export async function connectorRequests(side: SpawnedMicrosoftSide, key = 'total'): Promise<number> {
    const c = await side.control.connector.counters()
    return c.requests?.[key] ?? 0
}
