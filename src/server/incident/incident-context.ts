import { getById } from '../platform/records.ts'

// The incident fields the Microsoft 365 tab works from: its text (solutions, health matching, case prefill) and
// its caller (case contact prefill).

export interface IncidentContext {
    sysId: string
    number: string
    shortDescription: string
    description: string
    active: boolean
    state: string
    caller: { name: string; email: string; phone: string }
}

export function readIncidentContext(sysId: string): IncidentContext | null {
    const row = getById('incident', sysId, [
        'number',
        'short_description',
        'description',
        'active',
        'state',
        'caller_id',
    ])
    if (!row) return null
    const caller = row.caller_id
        ? getById('sys_user', row.caller_id, ['name', 'first_name', 'last_name', 'email', 'phone', 'mobile_phone'])
        : null
    return {
        sysId: row.sys_id,
        number: row.number,
        shortDescription: row.short_description,
        description: row.description,
        active: row.active !== 'false',
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
