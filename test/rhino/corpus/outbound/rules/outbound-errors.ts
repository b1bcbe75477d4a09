import type * as M from '../../../../../src/server/outbound/rules/outbound-errors.ts'
import { corpus, loose } from '../../support.ts'

const entra = (o: unknown) => JSON.stringify(o)

export default corpus<typeof M>({
    codeForStatus: [
        [400],
        [401],
        [403],
        [404],
        [409],
        [422],
        [429],
        [500],
        [502],
        [503],
        [504],
        [0],
        [418],
        [NaN],
        loose('404'),
    ],
    formatMessage: [
        ['{0} is not {1}', ['a', 'b']],
        ['{0}{0}{2}', ['x']],
        ['no args', []],
        ['{01} {1}', ['a', 'b']],
        ['$& $1 {0}', ['$&$$']],
        ['{0}', ['\ud83d\ude00']],
        ['{constructor} {length}', []],
    ],
    userMessageFor: [
        ['not_configured'],
        ['profile_not_found'],
        ['unsupported_token_url'],
        ['final_step_incomplete'],
        ['invalid_admin', { adminEmail: 'a@b.com' }],
        ['invalid_admin'],
        ['timeout'],
        [''],
    ],
    summarizeEntraError: [
        [
            400,
            entra({
                error: 'invalid_client',
                error_description:
                    'AADSTS7000215: Invalid client secret provided.\r\nTrace ID: 1\r\nCorrelation ID: 2\r\nTimestamp: 2020-11-12 07:07:38.97Z',
                error_codes: [7000215],
                correlation_id: 'c-1',
            }),
        ],
        [400, entra({ error: 'invalid_resource', error_description: 'no code here', error_codes: ['500011'] })],
        [400, entra({ error: 'invalid_request', error_codes: [] })],
        [401, entra({ error: 'unauthorized_client', error_description: 'x'.repeat(700) })],
        [500, '<html>oops</html>'],
        [500, ''],
        [400, entra({ error: '' })],
        [400, entra([1])],
        [400, 'null'],
        [400, entra({ error: 'e', error_description: 'AADSTS12x and AADSTS90002 later', error_codes: ['abc'] })],
    ],
    parseServiceError: [
        [entra({ error: { code: 'invalid_admin', message: 'Admin not found', correlationId: 'corr-1' } })],
        [
            entra({
                error: {
                    code: 'TooManyRequests',
                    message: 'Slow',
                    innerError: { 'request-id': 'r1', 'client-request-id': 'c1' },
                },
            }),
        ],
        [entra({ error: { code: 'x', innerError: { 'request-id': 'r1' } } })],
        [entra({ error: { code: '', message: 'm' } })],
        [entra({ error: 'string' })],
        [entra({ error: null })],
        ['not json'],
        [''],
        loose(null),
        [entra({ error: { code: 'c', message: '\u00e9'.repeat(600) } })],
    ],
})
