import { getSetting } from '../platform/properties.ts'

// Where Graph lives and which audience its tokens need. Both follow the cloud (graph.microsoft.com,
// graph.microsoft.us, dod-graph.microsoft.us, microsoftgraph.chinacloudapi.cn): the token provider's status
// check and the Graph client must agree, so both read them here.
export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com'

/** graph.base_url without a trailing slash. */
export function graphBaseUrl(): string {
    return (getSetting('graph.base_url', DEFAULT_GRAPH_BASE_URL).trim() || DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, '')
}

// Microsoft's national clouds: each Graph host is also the audience of its tokens.
const NATIONAL_CLOUD_HOSTS = ['graph.microsoft.us', 'dod-graph.microsoft.us', 'microsoftgraph.chinacloudapi.cn']

/**
 * The token audience: graph.resource (default https://graph.microsoft.com), except that a national-cloud
 * graph.base_url brings its own audience unless the admin set graph.resource to something else on purpose.
 */
export function graphResource(): string {
    const configured = getSetting('graph.resource').trim().replace(/\/+$/, '') || DEFAULT_GRAPH_BASE_URL
    const host = ((/^https?:\/\/([^/?#:]+)/i.exec(graphBaseUrl()) || ['', ''])[1] || '').toLowerCase()
    if (NATIONAL_CLOUD_HOSTS.indexOf(host) >= 0 && configured.toLowerCase() === DEFAULT_GRAPH_BASE_URL)
        return 'https://' + host
    return configured
}
