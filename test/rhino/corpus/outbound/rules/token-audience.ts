import type * as M from '../../../../../src/server/outbound/rules/token-audience.ts'
import { corpus, loose, repeat } from '../../support.ts'

const PROFILE = '0f1e2d3c4b5a69788796a5b4c3d2e1f0'
const allowed: M.AllowedTokens = {
    profileId: PROFILE,
    resources: ['api://connector', 'https://graph.microsoft.com', ''],
}

export default corpus<typeof M>({
    checkCallerTokenRequest: [
        ['', 'https://graph.microsoft.com/', allowed],
        [PROFILE, 'https://GRAPH.microsoft.com/.default', allowed],
        [PROFILE.toUpperCase(), 'api://connector/', allowed],
        [' ' + PROFILE + ' ', 'api://connector', allowed],
        ['another-profile', 'api://connector', allowed],
        ['another-profile', 'api://connector', { profileId: '', resources: ['api://connector'] }],
        ['', 'api://connector', { profileId: '', resources: ['api://connector'] }],
        ['', 'https://management.azure.com/', allowed],
        ['', '', allowed],
        ['', '   ', { profileId: PROFILE, resources: ['', '  '] }],
        ['', 'api://connector', { profileId: PROFILE, resources: [] }],
        ['', 'API://CONNECTOR', allowed],
    ],
    loggable: [
        ['plain'],
        ['line\r\nbreak\tand tab'],
        [repeat('x', 201)],
        [repeat('\u00e9', 300)],
        [''],
        loose(null),
        ['\u2028sep'],
    ],
})
