import { getById } from '../platform/records.ts'
import { readTabIncident, TabIncidentRow } from '../platform/incident-table.ts'

// The incident fields the Microsoft 365 tab works from: its text (solutions, health matching, case prefill) and
// its caller (case contact prefill).

export interface IncidentContext extends Omit<TabIncidentRow, 'callerId'> {
    caller: { name: string; email: string; phone: string }
}

export function readIncidentContext(sysId: string): IncidentContext | null {
    const row = readTabIncident(sysId)
    if (!row) return null
    const caller = row.callerId
        ? getById('sys_user', row.callerId, ['name', 'first_name', 'last_name', 'email', 'phone', 'mobile_phone'])
        : null
    return {
        sysId: row.sysId,
        number: row.number,
        shortDescription: row.shortDescription,
        description: row.description,
        active: row.active,
        state: row.state,
        caller: caller
            ? {
                  name: caller.name || (caller.first_name + ' ' + caller.last_name).trim(),
                  email: caller.email,
                  phone: caller.phone || caller.mobile_phone,
              }
            : { name: '', email: '', phone: '' },
    }
}
