// Which Microsoft 365 service an incident names. Services come from the data (every service name healthOverviews and
// the issues report): each is matchable by its full name, by its name without generic words ("Microsoft", "Online",
// "for Business", "in Microsoft 365", a parenthesised part) and by its distinctive words. The aliases below add the
// words users write for a service; they are keyed by Graph service names (old and new names alike) and only count
// when that service is in the data. Aliases are written in canonical English (after the lexicons of
// match-lexicon-*.ts), so "公司门户" and "Portail d'entreprise" reach "company portal".

export interface ServiceAlias {
    /** Graph service names (lower case) the alias belongs to. */
    services: string[]
    /** Names the service on its own. */
    strong: string[]
    /** Points to the service but also means other things ("mail", "outlook", "sign in"). */
    weak: string[]
}

export const SERVICE_ALIASES: ServiceAlias[] = [
    {
        services: ['exchange online'],
        strong: [
            'exchange',
            'outlook web',
            'shared mailbox',
            'mailbox',
            'exchange admin center',
            'eac',
            'activesync',
            'exchange activesync',
            'quarantine',
            'ndr',
            'mail flow',
        ],
        weak: ['email', 'inbox', 'outlook', 'calendar', 'new outlook'],
    },
    { services: ['microsoft teams'], strong: ['teams', 'ms teams', 'teams rooms', 'teams room', 'mteams'], weak: [] },
    {
        services: ['sharepoint online'],
        strong: ['sharepoint', 'share point', 'spo', 'team site', 'document library', 'intranet'],
        weak: ['site', 'library'],
    },
    { services: ['onedrive for business'], strong: ['onedrive', 'one drive', 'odfb', 'odb'], weak: [] },
    {
        services: ['microsoft entra', 'azure active directory', 'identity service', 'microsoft entra id'],
        strong: [
            'entra',
            'entra id',
            'azure ad',
            'aad',
            'azure active directory',
            'entra connect',
            'conditional access',
            'sspr',
            'authenticator',
            'mfa',
            'b2b',
        ],
        weak: ['sign in', 'password', 'active directory', 'directory', 'guest', 'ad'],
    },
    {
        services: ['microsoft intune'],
        strong: ['intune', 'company portal', 'autopilot', 'endpoint manager', 'mdm'],
        weak: ['enroll', 'enrollment', 'compliant', 'not compliant'],
    },
    {
        services: ['power bi'],
        strong: ['power bi', 'powerbi', 'pbi'],
        weak: ['semantic model', 'gateway', 'dashboard', 'visual'],
    },
    {
        services: ['microsoft 365 apps', 'office client applications'],
        strong: [
            'microsoft 365 apps',
            'office apps',
            'office app',
            'm365 apps',
            'word',
            'excel',
            'powerpoint',
            'onenote',
            'classic outlook',
            'outlook for windows',
            'outlook desktop',
        ],
        weak: ['outlook', 'office', 'activate', 'unlicensed product'],
    },
    {
        services: ['microsoft 365 suite'],
        strong: [
            'microsoft 365 admin center',
            'm365 admin center',
            'app launcher',
            'microsoft365 com',
            'microsoft 365 home page',
            'office com',
        ],
        weak: ['license', 'admin center', 'home page', 'usage report'],
    },
    {
        services: ['office for the web', 'office online'],
        strong: [
            'office for the web',
            'office online',
            'word for the web',
            'excel for the web',
            'powerpoint for the web',
            'word online',
            'excel online',
            'web word',
            'web excel',
        ],
        weak: ['browser', 'web'],
    },
    { services: ['planner'], strong: ['planner'], weak: ['task', 'plan', 'bucket'] },
    {
        services: ['power automate', 'microsoft flow', 'power automate in microsoft 365'],
        strong: ['power automate', 'cloud flow', 'desktop flow', 'flows'],
        weak: ['flow', 'approval', 'trigger'],
    },
    {
        services: ['power apps', 'power apps in microsoft 365'],
        strong: ['power apps', 'powerapps', 'canvas app', 'power apps studio', 'model driven app'],
        weak: ['canvas'],
    },
    {
        services: ['dynamics 365 apps'],
        strong: ['dynamics', 'd365', 'dynamics 365', 'crm', 'dynamics crm'],
        weak: ['sales'],
    },
    {
        services: ['microsoft defender xdr', 'microsoft 365 defender'],
        strong: [
            'defender portal',
            'security microsoft com',
            'microsoft 365 defender',
            'advanced hunting',
            'defender xdr',
        ],
        weak: ['defender', 'alert', 'security'],
    },
    {
        services: ['microsoft defender for endpoint'],
        strong: ['defender for endpoint', 'mde', 'edr'],
        weak: ['defender', 'antivirus', 'sensor'],
    },
    {
        services: ['microsoft defender for cloud apps'],
        strong: ['defender for cloud apps', 'mcas', 'cloud app security'],
        weak: ['defender', 'session policy', 'session policies'],
    },
    {
        services: ['microsoft defender for office 365'],
        strong: ['safe links', 'safe attachments', 'mdo', 'defender for office'],
        weak: ['defender', 'phishing'],
    },
    { services: ['microsoft defender for identity'], strong: ['defender for identity', 'mdi'], weak: ['defender'] },
    {
        services: ['microsoft purview'],
        strong: [
            'purview',
            'ediscovery',
            'content search',
            'sensitivity label',
            'dlp',
            'data loss prevention',
            'retention policy',
            'compliance portal',
        ],
        weak: ['label', 'compliance'],
    },
    {
        services: ['viva engage', 'yammer enterprise', 'microsoft viva engage'],
        strong: ['viva engage', 'yammer'],
        weak: ['engage', 'community'],
    },
    {
        services: ['microsoft viva'],
        strong: ['viva connections', 'viva insights', 'viva learning', 'viva goals', 'viva pulse', 'viva'],
        weak: ['briefing'],
    },
    {
        services: ['microsoft forms'],
        strong: ['microsoft forms', 'ms forms', 'quiz'],
        weak: ['forms', 'form', 'survey', 'questionnaire'],
    },
    { services: ['microsoft bookings'], strong: ['bookings', 'booking page'], weak: ['book', 'appointment'] },
    {
        services: ['microsoft copilot (microsoft 365)', 'microsoft 365 copilot'],
        strong: ['copilot', 'm365 copilot', 'microsoft 365 copilot', 'copilot chat'],
        weak: [],
    },
    { services: ['windows 365'], strong: ['windows 365', 'cloud pc', 'cloudpc', 'w365'], weak: ['windows app'] },
    {
        services: ['universal print'],
        strong: ['universal print'],
        weak: ['print', 'printer', 'print job', 'print queue'],
    },
    { services: ['microsoft stream'], strong: ['microsoft stream'], weak: ['stream', 'video'] },
    {
        services: ['project for the web', 'project online'],
        strong: ['project for the web', 'project online', 'planner premium', 'microsoft project'],
        weak: ['project'],
    },
    {
        services: ['windows autopatch'],
        strong: ['autopatch', 'windows autopatch'],
        weak: ['windows update', 'quality update', 'update ring'],
    },
    { services: ['microsoft to do'], strong: ['microsoft to do', 'to do app', 'todo', 'ms to do'], weak: ['to do'] },
    { services: ['microsoft whiteboard'], strong: ['whiteboard'], weak: [] },
    { services: ['dynamics 365 business central'], strong: ['business central'], weak: [] },
    {
        services: ['mobile device management for office 365'],
        strong: ['basic mobility', 'mdm for office 365'],
        weak: [],
    },
]

// Words removed from a service name to get the name users say ("Microsoft Teams" -> "teams").
export const GENERIC_NAME_WORDS = ['microsoft', 'online', 'ms']

// A service whose short name is one of these common words is only weakly named by it ("Forms", "Stream", "Loop").
export const AMBIGUOUS_NAME_WORDS =
    'apps app suite web office print stream forms form project loop to do for the windows cloud business central engage power platform ' +
    'identity endpoint security sway service services 365 portal admin center news mobile device management'

// Incidents about something that is not Microsoft 365 (hardware, networks, other vendors' products): with one of
// these and no Microsoft 365 service named, nothing is suggested. Canonical English (the lexicons map
// "imprimante", "打印机", "VPN-forbindelsen" ... here).
export const NON_M365 = [
    'printer',
    'toner',
    'paper jam',
    'paper',
    'jam',
    'vpn',
    'anyconnect',
    'globalprotect',
    'forticlient',
    'fortinet',
    'cisco',
    'citrix',
    'zoom',
    'slack',
    'webex',
    'google',
    'gmail',
    'chrome',
    'firefox',
    'salesforce',
    'sap',
    'workday',
    'jira',
    'confluence',
    'dropbox',
    'adobe',
    'okta',
    'duo',
    'e conomic',
    'economic',
    'dingtalk',
    'wecom',
    'wechat',
    'feishu',
    'whatsapp',
    'keyboard',
    'mouse',
    'monitor',
    'charger',
    'dock',
    'docking station',
    'dockingstation',
    'badge',
    'wifi',
    'wi fi',
    'wlan',
    'bluetooth',
    'blue screen',
    'bsod',
    'headset',
    'laptop battery',
    'battery',
    'flicker',
    'flickering',
    'blinker',
    'toner cartridge',
    'usb',
    'hardware',
    'zoom meeting',
]
