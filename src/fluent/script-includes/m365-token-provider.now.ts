import '@servicenow/sdk/global'
import { ScriptInclude } from '@servicenow/sdk/core'

// Why package_private: the token is the app's own Entra identity (Graph service-health and connector
// permissions); other scopes get no way to obtain it, and the status methods are only used by this app's Setup.
ScriptInclude({
    $id: Now.ID['si-m365-token-provider'],
    name: 'M365TokenProvider',
    script: Now.include('./m365-token-provider.js'),
    description: 'Bridge to the outbound token provider: token status (never the token) per OAuth profile and resource.',
    accessibleFrom: 'package_private',
    clientCallable: false,
})
