import '@servicenow/sdk/global'
import { ScriptInclude } from '@servicenow/sdk/core'

// The OAuth API script an admin selects on the outbound OAuth provider when its token URL is Entra v1
// (/oauth2/token): it adds the `resource` parameter (see the .js file for the documented mechanism). Public
// because the platform's OAuth client, not this app, loads it while building a token request; it holds no data
// and only rewrites scope=<resource>/.default into resource=<resource>. The name must start with "OAuth"; the
// app's token provider recognizes it by sys_id (src/server/domain/oauth-api-script.ts, checked against the build).
ScriptInclude({
    $id: Now.ID['si-oauth-m365-entra-resource'],
    name: 'OAuthM365EntraResource',
    script: Now.include('./oauth-m365-entra-resource.js'),
    description:
        'OAuth API script for the Microsoft 365 support outbound OAuth provider when its token URL is Entra v1 (/oauth2/token): turns scope=<resource>/.default into the resource parameter Entra v1 requires. Select it in the OAuth API Script field of that Application Registry record.',
    accessibleFrom: 'public',
    clientCallable: false,
})
