import * as control from '../glide/control'
import { makeRestCall } from '../glide/sn_ws_int'
import { installApp } from '../app/install-app'

// Shared set-up for the inbound API tests: the built app installed on the double, the connector's integration
// user, an open incident with a case the connector knows as MS-1001, and a call helper that runs a real route
// handler through the double's Scripted REST framework as a given user.

export const CASE_TABLE = 'x_mioms_m365_assis_case'
export const ACTIVITY_TABLE = 'x_mioms_m365_assis_case_activity'
export const INTEGRATION_ROLE = 'x_mioms_m365_assis.integration'
export const INTEGRATION_USER = 'm365_integration'
export const CASE_ID = 'MS-1001'

export interface World {
    incidentId: string
    caseSysId: string
}

export function installWorld(opts: { incident?: Record<string, unknown>; caseStatus?: string } = {}): World {
    installApp()
    control.createUser(INTEGRATION_USER, [INTEGRATION_ROLE], {
        web_service_access_only: 'true',
        password: 'integration-secret-pw',
    })
    const [incident] = control.seed('incident', [
        { short_description: 'Outlook cannot connect', ...(opts.incident ?? {}) },
    ])
    const [c] = control.seed(CASE_TABLE, [
        {
            incident: incident.sys_id,
            connector_case_id: CASE_ID,
            title: 'Outlook cannot connect',
            status: opts.caseStatus ?? 'submitted',
            sync_state: 'synced',
        },
    ])
    return { incidentId: incident.sys_id, caseSysId: c.sys_id }
}

export interface Reply {
    status: number
    headers: Record<string, string>
    text: string
    json: Record<string, unknown> & { error?: { code: string; message: string } }
}

type Handler = (request: never, response: never) => void

/** `headers` replaces the default {content-type: application/json}. */
export function call(
    handler: Handler,
    opts: {
        pathParams?: Record<string, string>
        body?: string
        user?: string
        method?: string
        headers?: Record<string, string>
    } = {},
): Reply {
    const headers = opts.headers ?? { 'content-type': 'application/json' }
    const rest = makeRestCall({
        method: opts.method ?? 'POST',
        pathParams: opts.pathParams ?? {},
        headers,
        body: opts.body ?? '',
        userName: opts.user ?? INTEGRATION_USER,
    })
    const r = rest.run(handler as Parameters<typeof rest.run>[0])
    let json = {} as Reply['json']
    try {
        json = JSON.parse(r.body)
    } catch {
        /* non-JSON bodies are asserted through `text` */
    }
    return { status: r.status, headers: r.headers, text: r.body, json }
}

export function workNotes(incidentId: string): Record<string, string>[] {
    return control.rows('sys_journal_field').filter((j) => j.element_id === incidentId && j.element === 'work_notes')
}

/** Everything an event may write, to assert that a rejected delivery wrote nothing. */
export function snapshot(): string {
    return JSON.stringify([
        control.rows(ACTIVITY_TABLE),
        control.rows(CASE_TABLE),
        control.rows('sys_journal_field'),
        control.rows('incident'),
    ])
}

export const NOW_ISO = () => new Date(Date.now() - 60000).toISOString()

export function event(over: Record<string, unknown> = {}): Record<string, unknown> {
    return { event_id: 'evt-1', type: 'status_changed', status: 'in_progress', occurred_at: NOW_ISO(), ...over }
}
