import type * as M from '../../../../../src/server/setup/rules/setup-summary.ts'
import { corpus } from '../../support.ts'

const input = (configuration: 'basic' | 'aad' | 'insights', instanceUrl: string): M.SummaryInput => ({
    configuration,
    outboundClientId: '6a2d8b1f-4c3e-4d7a-9b8e-1f0a2c3d4e5f',
    repositoryId: 'repo-1',
    instanceUrl,
    inboundClientId: 'inbound-client',
    userName: 'm365.integration',
})

export default corpus<typeof M>({
    inboundBaseUrl: [
        ['https://contoso.service-now.com/'],
        ['https://contoso.service-now.com///'],
        ['https://contoso.service-now.com'],
        [''],
        ['/'],
    ],
    buildSummary: [
        [input('basic', 'https://contoso.service-now.com/')],
        [input('aad', 'https://contoso.service-now.com')],
        [input('insights', '')],
    ],
})
