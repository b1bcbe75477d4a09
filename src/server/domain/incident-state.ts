// Whether the app may still write to an incident. Closed (7) and Canceled (8) incidents are inactive on the
// platform; writing a work note to one would show activity on a finished ticket and, through business rules on
// some instances, reopen it. Product rule: updates stop once the incident is closed.

export interface IncidentSnapshot {
    sysId: string
    number: string
    /** 'true' / 'false' as stored. */
    active: string
    state: string
}

const CLOSED_STATES = ['7', '8']

export function incidentAcceptsWorkNotes(i: IncidentSnapshot): boolean {
    return i.active !== 'false' && CLOSED_STATES.indexOf(i.state) < 0
}
