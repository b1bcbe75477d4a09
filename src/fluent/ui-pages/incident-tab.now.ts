import '@servicenow/sdk/global'
import { UiPage } from '@servicenow/sdk/core'
import incidentTabPage from '../../client/incident-tab/index.html'

// The "Microsoft 365" tab's content, embedded in the incident form by the UI macro in
// src/fluent/incident-form/ (iframe, ?sys_id=<incident>). Its API routes need insights_user or administrator.
UiPage({
    $id: Now.ID['incident-tab-page'],
    endpoint: 'x_mioms_m365_assis_incident_tab.do',
    description:
        'Microsoft 365 support integration: the Microsoft 365 tab of an incident (embedded in the incident form)',
    category: 'general',
    html: incidentTabPage,
    direct: true,
})
