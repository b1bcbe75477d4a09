import '@servicenow/sdk/global'
import { UiPage } from '@servicenow/sdk/core'
import linkAccountPage from '../../client/link-account/index.html'

// Microsoft 365 Support > Link Account (administrator): the Microsoft 365 admin email cases are opened as.
UiPage({
    $id: Now.ID['link-account-page'],
    endpoint: 'x_mioms_m365_assis_link_account.do',
    description: 'Microsoft 365 support integration: Link Account',
    category: 'general',
    html: linkAccountPage,
    direct: true,
})
