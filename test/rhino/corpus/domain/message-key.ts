import type * as M from '../../../../src/server/domain/message-key.ts'
import { TRICKY_TEXT, corpus, repeat } from '../support.ts'

export default corpus<typeof M>({
    messageKey: TRICKY_TEXT.map((t): [string] => [t]).concat([
        ['Open'],
        ['open'],
        ['Save'],
        ['Please contact your ServiceNow admin and ask them to complete the setup steps for the app.'],
        ['{0} is not a valid Microsoft 365 admin account.'],
        ['___'],
        ['  Leading and trailing  '],
        [repeat('Long text ', 20)],
        [repeat('\ud83d\ude00', 500)],
    ]),
})
