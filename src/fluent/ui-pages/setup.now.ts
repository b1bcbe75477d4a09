import '@servicenow/sdk/global'
import { UiPage } from '@servicenow/sdk/core'
import setupPage from '../../client/setup/index.html'

// The Setup guided flow (Microsoft 365 Support > Setup). The internal API it calls is administrator-only.
UiPage({
    $id: Now.ID['setup-page'],
    endpoint: 'x_mioms_m365_assis_setup.do',
    description: 'Microsoft 365 support integration: Setup guided flow',
    category: 'general',
    html: setupPage,
    direct: true,
})
