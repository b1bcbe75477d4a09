import type * as M from '../../../../../src/server/setup/rules/setup-formats.ts'
import { corpus, repeat } from '../../support.ts'

const ctx = { allowLoopback: false }
const loop = { allowLoopback: true }
const URLS = [
    'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/token',
    'HTTPS://LOGIN.MICROSOFTONLINE.COM/Contoso.com/oauth2/v2.0/token/',
    'https://login.microsoftonline.com:443/contoso.com/oauth2/token',
    'https://login.microsoftonline.us/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/token',
    'https://login.microsoftonline.com/common/oauth2/token',
    'https://login.microsoftonline.com/contoso%2Ecom/oauth2/token',
    'https://login.microsoftonline.com/%E0%A4%A/oauth2/token',
    'https://login.microsoftonline.com/contoso.com/oauth2/token?x=1',
    'https://login.microsoftonline.com/contoso.com/oauth2/token#frag',
    'http://localhost:4010/contoso.com/oauth2/token',
    'http://[::1]:4010/contoso.com/oauth2/v2.0/token',
    'https://evil.example.com/contoso.com/oauth2/token',
    'https://user@login.microsoftonline.com/contoso.com/oauth2/token',
    'ftp://login.microsoftonline.com/x',
    '  https://login.microsoftonline.com/contoso.com/oauth2/token  ',
    'https://login.microsoftonline.com/contoso.com/.well-known/openid-configuration',
    'https://login.microsoftonline.com/contoso.com/v2.0/.well-known/openid-configuration',
    'https://login.microsoftonline.com/contoso.com/v2.0/.well-known/openid-configuration?appid=1',
    'https://login.partner.microsoftonline.cn/72f988bf-86f1-41af-91ab-2d7cd011db47/.well-known/openid-configuration',
    'https://b\u00fccher.example/x',
    '',
]
const DOMAINS = [
    'contoso.com',
    'contoso.onmicrosoft.com',
    'CONTOSO.COM',
    'localhost',
    'a.b',
    'a.bc',
    '-bad.com',
    'bad-.com',
    'x.' + repeat('a', 64) + '.com',
    repeat('a.', 127) + 'com',
    'b\u00fccher.de',
    'xn--bcher-kva.de',
    'contoso.com.',
    'con toso.com',
    '',
]
const GUIDS = [
    '72f988bf-86f1-41af-91ab-2d7cd011db47',
    '72F988BF-86F1-41AF-91AB-2D7CD011DB47',
    ' 72f988bf-86f1-41af-91ab-2d7cd011db47 ',
    '{72f988bf-86f1-41af-91ab-2d7cd011db47}',
    '72f988bf86f141af91ab2d7cd011db47',
    '',
]

export default corpus<typeof M>({
    parseUrl: URLS.map((u): [string] => [u]),
    isGuid: GUIDS.map((g): [string] => [g]),
    isDomainName: DOMAINS.map((d): [string] => [d]),
    isLoopbackHost: [['localhost'], ['LOCALHOST'], ['127.0.0.1'], ['[::1]'], ['127.0.0.2'], ['']],
    tenantError: [...DOMAINS, ...GUIDS, 'common', 'Organizations', 'consumers'].map((t): [string] => [t]),
    parseTokenUrl: URLS.map((u): [string, M.FormatContext] => [u, ctx]).concat(
        URLS.slice(9, 12).map((u): [string, M.FormatContext] => [u, loop]),
    ),
    parseMetadataUrl: URLS.map((u): [string, M.FormatContext] => [u, ctx]).concat([
        ['http://localhost:4010/contoso.com/.well-known/openid-configuration', loop],
    ]),
    tenantsConflict: [
        ['contoso.com', 'CONTOSO.com'],
        ['contoso.com', 'fabrikam.com'],
        [GUIDS[0], 'contoso.com'],
        [GUIDS[0], GUIDS[1]],
        ['', 'x'],
        [GUIDS[0], '00000000-0000-0000-0000-000000000000'],
    ],
    connectorEndpointError: [
        ['https://connector.example.com'],
        ['http://connector.example.com'],
        ['http://localhost:4020'],
        ['https://c.example.com/api?x=1'],
        ['not a url'],
        [''],
        ['  '],
    ]
        .map((a): [string, M.FormatContext] => [a[0], ctx])
        .concat([['http://localhost:4020', loop]]),
    emailError: [
        ['admin@contoso.com'],
        ["o'brien+tag@sub.contoso.co.uk"],
        ['a@b'],
        [''],
        [repeat('a', 95) + '@b.com'],
        ['\u00e9@contoso.com'],
        ['a@contoso.com '],
    ],
    clientIdError: GUIDS.map((g): [string] => [g]).concat([['app-name']]),
    repositoryIdError: [
        ['repo-1'],
        ['Repo_1.2'],
        ['-repo'],
        ['repo 1'],
        [''],
        [repeat('r', 100)],
        [repeat('r', 101)],
        ['r\u00e9po'],
    ],
    resourceError: [
        ['api://connector'],
        ['api://6a2d8b1f-4c3e-4d7a-9b8e-1f0a2c3d4e5f/path'],
        ['https://connector.contoso.com/api'],
        ['http://connector'],
        [GUIDS[0]],
        ['api:// spaced'],
        [''],
        ['urn:x'],
    ],
})
