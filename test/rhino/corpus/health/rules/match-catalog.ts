import type * as M from '../../../../../src/server/health/rules/match-catalog.ts'
import { corpus, loose } from '../../support.ts'
import OVERVIEWS from '../../../../../testkit/health-matching/fixtures/matching/overviews.json'

// Services from the data: names, short names and the catalog (phrase tables, display names, vocabulary).
const NAMES = OVERVIEWS as string[]

export default corpus<typeof M>({
    serviceKey: [...NAMES.slice(0, 8), '  Microsoft TEAMS ', 'constructor', '__proto__', '']
        .map((s): [string] => [s])
        .concat([loose(null)]),
    shortName: [
        ...NAMES,
        'Power Apps in Microsoft 365',
        'OneDrive for Business',
        'Microsoft Copilot (Microsoft 365)',
        '',
        'constructor',
    ].map((s): [string] => [s]),
    buildServiceCatalog: [
        [NAMES.slice(0, 12)],
        [['Microsoft Teams', 'microsoft teams', 'Contoso Widget', 'constructor', '__proto__', '']],
        [[]],
    ],
})
