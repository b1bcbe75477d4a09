import type * as M from '../../../../src/server/domain/own-key.ts'
import { corpus } from '../support.ts'

const TABLE: Record<string, string> = { amp: '&', lt: '<', '': 'empty' }

export default corpus<typeof M>({
    own: [
        [TABLE, 'amp'],
        [TABLE, 'gt'],
        [TABLE, ''],
        [TABLE, 'constructor'],
        [TABLE, '__proto__'],
        [TABLE, 'toString'],
        [TABLE, 'hasOwnProperty'],
        [{}, 'valueOf'],
    ],
})
