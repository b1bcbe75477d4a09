import type * as M from '../../../../src/server/domain/oauth-api-script.ts'
import { OAUTH_API_SCRIPT_SYS_ID } from '../../../../src/server/domain/oauth-api-script.ts'
import { corpus, loose } from '../support.ts'

export default corpus<typeof M>({
    oauthApiScriptProblem: [
        ['v1', ''],
        ['v1', '   '],
        ['v1', OAUTH_API_SCRIPT_SYS_ID],
        ['v1', 'a1b2c3d4e5f60718293a4b5c6d7e8f90'],
        ['v2', OAUTH_API_SCRIPT_SYS_ID],
        ['v2', ' ' + OAUTH_API_SCRIPT_SYS_ID.toUpperCase() + ' '],
        ['v2', ''],
        ['v2', 'a1b2c3d4e5f60718293a4b5c6d7e8f90'],
        loose('v1', null),
        loose('v3', ''),
    ],
})
