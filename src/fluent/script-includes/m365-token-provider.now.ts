import '@servicenow/sdk/global'
import { ScriptInclude } from '@servicenow/sdk/core'

// Why public with caller restriction: other scopes and scripts may use the app's outbound Entra identity (the
// issue asks for a provider they can call), but only after an admin approves each calling scope (a cross-scope
// privilege request they see under System Applications > Application Cross-Scope Access). Even an approved caller
// gets tokens only for the Setup profile and the app's two audiences (connector, Graph). getToken returns status
// only; getBearerToken returns the token to the approved caller, who must never log or store it.
ScriptInclude({
    $id: Now.ID['si-m365-token-provider'],
    name: 'M365TokenProvider',
    script: Now.include('./m365-token-provider.js'),
    description:
        'Bridge to the outbound token provider, for the OAuth profile chosen in Setup and the connector or Microsoft Graph audience only: getToken = status; getBearerToken = the bearer token for approved callers.',
    accessibleFrom: 'public',
    callerAccess: 'restriction',
    clientCallable: false,
})
