import type * as M from '../../../../../src/server/outbound/rules/token-cache-policy.ts'
import { T2020, corpus, loose } from '../../support.ts'

const URLS = [
    'https://login.microsoftonline.com/contoso.com/oauth2/token',
    'https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token',
    'HTTPS://LOGIN.MICROSOFTONLINE.COM/X/OAUTH2/V2.0/TOKEN/?api-version=1#f',
    'https://login.microsoftonline.com/contoso.com/oauth2/authorize',
    '',
    '  https://x/oauth2/token//  ',
]

export default corpus<typeof M>({
    tokenEndpointKind: URLS.map((u): [string] => [u]).concat([loose(null)]),
    normalizeResource: [
        ['api://connector/'],
        ['https://graph.microsoft.com/.default'],
        ['https://graph.microsoft.com//'],
        ['API://X/.DEFAULT'],
        [''],
        ['  api://x  '],
    ],
    tokenRequestScope: [
        ['https://graph.microsoft.com/'],
        ['api://connector/.default'],
        ['API://X/.DEFAULT'],
        [''],
        ['  api://6a2d8b1f-4c3e-4d7a-9b8e-1f0a2c3d4e5f//  '],
    ],
    refreshSkewSeconds: [[undefined], [3600], [60], [5999], [0], [-1], [NaN], [Infinity], [0.5]],
    isTokenFresh: [
        [{ expiresAtMs: T2020 + 3600000, lifetimeSeconds: 3600 }, T2020],
        [{ expiresAtMs: T2020 + 300000, lifetimeSeconds: 3600 }, T2020],
        [{ expiresAtMs: T2020 + 300001 }, T2020],
        [{ expiresAtMs: T2020 + 6000, lifetimeSeconds: 60 }, T2020],
        [{ expiresAtMs: NaN }, T2020],
        [{ expiresAtMs: Infinity }, T2020],
    ],
    tokenRequestorId: [
        ['profile-1', 'https://graph.microsoft.com'],
        ['profile-1', 'https://graph.microsoft.com/.default'],
        ['profile-1', 'HTTPS://GRAPH.MICROSOFT.COM/'],
        ['', ''],
        ['\u00e9', '\ud83d\ude00'],
        ['p', 'api://connector'],
    ],
})
