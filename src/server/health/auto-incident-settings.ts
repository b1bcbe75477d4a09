import { getBooleanSetting, getSetting } from '../platform/properties.ts'
import { findOne, getById } from '../platform/records.ts'
import { AutoIncidentSettings, SettingsCheck, validateAutoIncidentSettings } from './rules/health-auto-incident.ts'

// Settings of the automatic incidents: private properties shown on Service Health Settings (the platform's
// properties page). A properties page has no reference picker, so the group and the assignee may be given by
// name (sys_user_group.name, sys_user.user_name) or by sys_id; they are resolved to sys_ids here.
export const AUTO_INCIDENT_PROPERTIES = {
    enabled: 'health.auto_incident.enabled',
    assignmentGroup: 'health.auto_incident.assignment_group',
    category: 'health.auto_incident.category',
    subcategory: 'health.auto_incident.subcategory',
    assignedTo: 'health.auto_incident.assigned_to',
    autoResolve: 'health.auto_incident.auto_resolve',
}

export function readAutoIncidentSettings(): AutoIncidentSettings {
    const P = AUTO_INCIDENT_PROPERTIES
    return {
        enabled: getBooleanSetting(P.enabled, false),
        assignmentGroup: getSetting(P.assignmentGroup).trim(),
        category: getSetting(P.category).trim(),
        subcategory: getSetting(P.subcategory).trim(),
        assignedTo: getSetting(P.assignedTo).trim(),
        autoResolve: getBooleanSetting(P.autoResolve, false),
    }
}

// A name with query syntax in it names no record (records.ts would refuse it): treat it as not found.
function byIdOrName(table: string, nameField: string, value: string): string {
    if (!value) return ''
    if (/^[0-9a-f]{32}$/i.test(value) && getById(table, value, [nameField])) return value
    if (/[\^=]/.test(value)) return ''
    const row = findOne(table, { [nameField]: value }, [nameField])
    return row ? row.sys_id : ''
}

export type ResolvedSettings =
    | { ok: true; settings: AutoIncidentSettings }
    | { ok: false; settings: AutoIncidentSettings; message: string; missing: string[] }

/** Validates the settings and returns them with the group and assignee as sys_ids. */
export function resolveAutoIncidentSettings(raw: AutoIncidentSettings = readAutoIncidentSettings()): ResolvedSettings {
    const group = byIdOrName('sys_user_group', 'name', raw.assignmentGroup)
    const assignee = byIdOrName('sys_user', 'user_name', raw.assignedTo)
    const check: SettingsCheck = validateAutoIncidentSettings(raw, {
        group: !!group,
        assignee: !raw.assignedTo || !!assignee,
    })
    if (!check.ok) return { ok: false, settings: raw, message: check.message, missing: check.missing }
    return { ok: true, settings: { ...raw, assignmentGroup: group, assignedTo: assignee } }
}
