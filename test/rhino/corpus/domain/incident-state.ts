import type * as M from '../../../../src/server/domain/incident-state.ts'
import { corpus } from '../support.ts'

const i = (active: string, state: string): M.IncidentSnapshot => ({ sysId: 's', number: 'INC0010001', active, state })

export default corpus<typeof M>({
    incidentAcceptsWorkNotes: [
        [i('true', '1')],
        [i('true', '6')],
        [i('true', '7')],
        [i('false', '2')],
        [i('', '8')],
        [i('1', '3')],
        [i('0', '3')],
    ],
})
