// Seeded "Microsoft recommended solutions" and a small keyword ranker (title > keywords > summary).

export interface Solution {
    id: string
    title: string
    summary: string
    url: string
    source: 'Microsoft Learn' | 'Microsoft Support' | 'Microsoft 365 admin center'
}

interface Seed extends Solution {
    keywords: string[]
}

const L = 'https://learn.microsoft.com/en-us/troubleshoot'
const S = 'https://support.microsoft.com/en-us/office'

export const SOLUTIONS: Seed[] = [
    {
        id: 'SOL-EXO-001',
        title: 'Email stuck in the Outbox or not delivered in Exchange Online',
        summary:
            'Check message trace in the Exchange admin center, confirm the recipient domain MX records, and look for transport rules that hold or reject the message.',
        url: `${L}/exchange/mail-flow/troubleshoot-mail-flow`,
        source: 'Microsoft Learn',
        keywords: ['email', 'mail', 'flow', 'outbox', 'delivery', 'ndr', 'exchange', 'message', 'trace', 'send'],
    },
    {
        id: 'SOL-EXO-002',
        title: 'Non-delivery report (NDR) 550 5.7.1 in Exchange Online',
        summary:
            'The sender is not allowed to send to the recipient or the message was blocked by a mail flow rule or anti-spam policy. Review the NDR details and the policy that matched.',
        url: `${L}/exchange/email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online`,
        source: 'Microsoft Learn',
        keywords: ['ndr', '550', 'bounce', 'rejected', 'email', 'exchange', 'spam'],
    },
    {
        id: 'SOL-EXO-003',
        title: 'Shared mailbox or calendar permissions not working',
        summary:
            'Permissions can take up to 60 minutes to apply. Remove and re-add Full Access or delegate permissions, then restart Outlook with a new profile if automapping fails.',
        url: `${L}/exchange/user-and-shared-mailboxes/shared-mailbox-permissions`,
        source: 'Microsoft Learn',
        keywords: ['shared', 'mailbox', 'calendar', 'permissions', 'delegate', 'automapping', 'exchange'],
    },
    {
        id: 'SOL-OUT-001',
        title: 'Outlook keeps prompting for a password',
        summary:
            'Clear cached credentials in Credential Manager, make sure modern authentication is enabled for the tenant, and update Microsoft 365 apps to the current channel build.',
        url: `${S}/outlook-keeps-asking-for-my-password-in-windows`,
        source: 'Microsoft Support',
        keywords: ['outlook', 'password', 'prompt', 'credentials', 'sign', 'authentication', 'login'],
    },
    {
        id: 'SOL-OUT-002',
        title: 'Outlook search returns no results or incomplete results',
        summary:
            'Rebuild the Windows Search index for Outlook, check that the mailbox is fully synced in Cached Exchange Mode, and try searching in Outlook on the web to isolate the client.',
        url: `${L}/outlook/search/outlook-search-issues`,
        source: 'Microsoft Learn',
        keywords: ['outlook', 'search', 'index', 'results', 'find', 'cached'],
    },
    {
        id: 'SOL-OUT-003',
        title: 'Outlook crashes or will not start',
        summary:
            'Start Outlook in safe mode to rule out add-ins, repair the Office installation, and create a new Outlook profile if the data file is damaged.',
        url: `${S}/outlook-won-t-start-or-crashes`,
        source: 'Microsoft Support',
        keywords: ['outlook', 'crash', 'start', 'freeze', 'hang', 'add-in', 'profile'],
    },
    {
        id: 'SOL-TMS-001',
        title: 'Teams meetings: users cannot join or audio drops',
        summary:
            'Verify network ports and Teams endpoints are reachable, check the Call Quality Dashboard for the affected users, and update the Teams client.',
        url: `${L}/microsoftteams/teams-conferencing/meeting-join-issues`,
        source: 'Microsoft Learn',
        keywords: ['teams', 'meeting', 'join', 'audio', 'video', 'call', 'drops', 'quality'],
    },
    {
        id: 'SOL-TMS-002',
        title: 'Teams chat messages are delayed or not delivered',
        summary:
            'Check the service health dashboard for active Teams incidents, sign out and back in to refresh the client cache, and confirm messaging policies allow chat.',
        url: `${L}/microsoftteams/teams-im-presence/chat-messages-delayed`,
        source: 'Microsoft Learn',
        keywords: ['teams', 'chat', 'message', 'delayed', 'delivered', 'presence'],
    },
    {
        id: 'SOL-TMS-003',
        title: 'Teams presence status is wrong or stuck',
        summary:
            'Presence is driven by activity and the Outlook calendar. Reset the status, check the calendar sync, and confirm the user is not signed in on an idle device.',
        url: `${L}/microsoftteams/teams-im-presence/presence-not-updating`,
        source: 'Microsoft Learn',
        keywords: ['teams', 'presence', 'status', 'away', 'available', 'stuck'],
    },
    {
        id: 'SOL-TMS-004',
        title: 'Teams Rooms device cannot sign in',
        summary:
            'Check the resource account password, conditional access policies that exclude Teams Rooms, and the licence assigned to the room account.',
        url: `${L}/microsoftteams/teams-rooms-and-devices/rooms-sign-in`,
        source: 'Microsoft Learn',
        keywords: ['teams', 'rooms', 'device', 'sign', 'resource', 'account'],
    },
    {
        id: 'SOL-SPO-001',
        title: 'Access denied when opening a SharePoint site',
        summary:
            'Check site permissions and sharing settings, confirm the user is not blocked by an access policy, and clear cached credentials in the browser.',
        url: `${L}/sharepoint/sharing-and-permissions/access-denied-site`,
        source: 'Microsoft Learn',
        keywords: ['sharepoint', 'access', 'denied', 'site', 'permissions', 'sharing'],
    },
    {
        id: 'SOL-SPO-002',
        title: 'SharePoint search does not return recent content',
        summary:
            'New or changed content can take time to be indexed. Request a reindex of the site or library and check that the content is not excluded from search.',
        url: `${L}/sharepoint/search/search-does-not-return-content`,
        source: 'Microsoft Learn',
        keywords: ['sharepoint', 'search', 'index', 'reindex', 'content', 'results'],
    },
    {
        id: 'SOL-ODB-001',
        title: 'OneDrive sync is stuck or shows errors',
        summary:
            'Pause and resume sync, check available disk space and path length, reset the OneDrive client, and confirm the files are not blocked by a file type restriction.',
        url: `${S}/fix-onedrive-sync-problems`,
        source: 'Microsoft Support',
        keywords: ['onedrive', 'sync', 'stuck', 'files', 'error', 'upload', 'processing'],
    },
    {
        id: 'SOL-ODB-002',
        title: 'Cannot share files from OneDrive with external users',
        summary:
            "External sharing must be allowed at the organization level and for the user's OneDrive. Check the sharing settings in the SharePoint admin center.",
        url: `${L}/sharepoint/sharing-and-permissions/onedrive-external-sharing`,
        source: 'Microsoft Learn',
        keywords: ['onedrive', 'share', 'sharing', 'external', 'guest', 'link'],
    },
    {
        id: 'SOL-ENT-001',
        title: 'Users cannot sign in: AADSTS50076 or MFA prompts loop',
        summary:
            'Review the sign-in logs in the Microsoft Entra admin center for the failing user, check conditional access results, and make sure the user has registered an MFA method.',
        url: `${L}/entra/entra-id/user-prem/sign-in-problems-mfa`,
        source: 'Microsoft Learn',
        keywords: ['sign', 'signin', 'login', 'mfa', 'entra', 'aadsts', 'authentication', 'conditional', 'access'],
    },
    {
        id: 'SOL-ENT-002',
        title: 'Account locked out after password change',
        summary:
            'Check smart lockout in Microsoft Entra ID, find devices still using the old password (mobile mail apps are common), and unlock the account.',
        url: `${L}/entra/entra-id/user-prem/account-locked`,
        source: 'Microsoft Learn',
        keywords: ['locked', 'lockout', 'password', 'account', 'entra', 'sign'],
    },
    {
        id: 'SOL-ENT-003',
        title: 'Conditional Access blocks access unexpectedly',
        summary:
            'Use the What If tool with the user, app and device details to find the policy that applies, then adjust assignments or exclusions.',
        url: `${L}/entra/identity/conditional-access/troubleshoot-conditional-access`,
        source: 'Microsoft Learn',
        keywords: ['conditional', 'access', 'blocked', 'policy', 'entra', 'device', 'compliant'],
    },
    {
        id: 'SOL-LIC-001',
        title: 'User cannot use a Microsoft 365 app: licence not assigned',
        summary:
            'Assign the licence in the Microsoft 365 admin center or through group-based licensing, and check for licence assignment errors such as conflicting service plans.',
        url: 'https://learn.microsoft.com/en-us/microsoft-365/admin/manage/assign-licenses-to-users',
        source: 'Microsoft 365 admin center',
        keywords: ['licence', 'license', 'licensing', 'assign', 'subscription', 'unlicensed', 'activation'],
    },
    {
        id: 'SOL-LIC-002',
        title: 'Microsoft 365 apps show "Unlicensed Product"',
        summary:
            'Sign out of all Office apps, clear the activation state with the Microsoft Support and Recovery Assistant, and sign in with the licensed account.',
        url: `${S}/unlicensed-product-and-activation-errors-in-office`,
        source: 'Microsoft Support',
        keywords: ['unlicensed', 'product', 'activation', 'office', 'apps', 'license', 'licence'],
    },
    {
        id: 'SOL-INT-001',
        title: 'Device fails to enroll in Intune',
        summary:
            "Check enrollment restrictions, the user's licence and the device limit, and review the enrollment error code in the Intune admin center.",
        url: `${L}/mem/intune/device-enrollment/troubleshoot-device-enrollment-in-intune`,
        source: 'Microsoft Learn',
        keywords: ['intune', 'enroll', 'enrollment', 'device', 'mdm', 'autopilot'],
    },
    {
        id: 'SOL-M365-001',
        title: 'How to check Microsoft 365 service health',
        summary:
            'Open Service health in the Microsoft 365 admin center to see active incidents and advisories, and subscribe to email notifications for the services you use.',
        url: 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/view-service-health',
        source: 'Microsoft 365 admin center',
        keywords: ['service', 'health', 'incident', 'advisory', 'outage', 'status', 'down'],
    },
    {
        id: 'SOL-WRD-001',
        title: 'Word or Excel files open as read-only from SharePoint',
        summary:
            'The file may be checked out, locked by another user, or opened from a protected view location. Check out status and co-authoring settings.',
        url: `${S}/files-open-read-only-from-sharepoint`,
        source: 'Microsoft Support',
        keywords: ['word', 'excel', 'read-only', 'readonly', 'locked', 'coauthoring', 'file', 'sharepoint'],
    },
    {
        id: 'SOL-PBI-001',
        title: 'Power BI dataset refresh fails',
        summary:
            'Check the gateway status and data source credentials, and review the refresh history for the error details.',
        url: 'https://learn.microsoft.com/en-us/power-bi/connect-data/refresh-troubleshooting-refresh-scenarios',
        source: 'Microsoft Learn',
        keywords: ['power', 'bi', 'refresh', 'dataset', 'gateway', 'report'],
    },
]

const STOP = new Set([
    'the',
    'a',
    'an',
    'and',
    'or',
    'to',
    'in',
    'of',
    'is',
    'are',
    'for',
    'on',
    'not',
    'cannot',
    'can',
    'with',
    'my',
    'i',
    'user',
    'users',
    'it',
    'be',
    'when',
    'from',
    'at',
])

const words = (s: string): string[] =>
    s
        .toLowerCase()
        .split(/[^a-z0-9-]+/)
        .filter((w) => w.length > 1 && !STOP.has(w))

/** Up to `limit` solutions ranked by keyword overlap; none when nothing matches. */
export function searchSolutions(query: string, limit = 5): Solution[] {
    const terms = [...new Set(words(query))]
    const scored = SOLUTIONS.map((s) => {
        const title = new Set(words(s.title))
        const summary = new Set(words(s.summary))
        const kw = new Set(s.keywords)
        const score = terms.reduce(
            (n, t) => n + (title.has(t) ? 3 : 0) + (kw.has(t) ? 2 : 0) + (summary.has(t) ? 1 : 0),
            0,
        )
        return { s, score }
    })
    return scored
        .filter((x) => x.score > 0)
        .sort((a, b) => b.score - a.score || a.s.id.localeCompare(b.s.id))
        .slice(0, limit)
        .map(({ s }) => ({ id: s.id, title: s.title, summary: s.summary, url: s.url, source: s.source }))
}
