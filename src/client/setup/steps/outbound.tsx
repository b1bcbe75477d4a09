import React from 'react'
import { t } from 'sn-translate'
import { SelectField } from '../../shared/form.tsx'
import { CodeValue } from '../../shared/code-value.tsx'
import { StepProps } from '../types.ts'

// The outbound OAuth provider: a client-credentials profile of a "Connect to a third party OAuth Provider"
// registry record holding the Entra app's client ID and secret.
export function OutboundStep({ view, draft, set, errors }: StepProps) {
    const profiles = view.options.profiles
    const chosen = profiles.find((p) => p.id === draft.outbound_profile)
    const tenant = draft.tenant_domain || '<tenant>'
    return (
        <>
            <SelectField
                id="outbound_profile"
                label={t('OAuth profile for the outbound OAuth provider')}
                placeholder={t('-- Select a profile --')}
                value={draft.outbound_profile}
                onChange={(v) => set('outbound_profile', v)}
                error={errors.outbound_profile}
                choices={profiles.map((p) => ({ value: p.id, label: p.name }))}
                hint={t('Profiles with the Client Credentials grant type.')}
            />
            {chosen && (
                <dl>
                    <dt>{t('Client ID (Outbound App ID)')}</dt>
                    <dd className="m365-mono">{chosen.clientId}</dd>
                    <dt>{t('Token URL')}</dt>
                    <dd className="m365-mono">
                        <CodeValue value={chosen.tokenUrl} />
                    </dd>
                </dl>
            )}
            <details open={profiles.length === 0}>
                <summary>
                    {profiles.length === 0
                        ? t('No profile yet: create one')
                        : t('How to create the outbound OAuth provider')}
                </summary>
                <ol>
                    <li>
                        {t(
                            'Entra admin: in the Azure portal, App registrations > New registration, "Accounts in this organizational directory only (single tenant)". Add the Web redirect URL https://<instance>.service-now.com/oauth_redirect.do. Copy the Application (client) ID and create a client secret.',
                        )}
                    </li>
                    <li>
                        {t(
                            'ServiceNow admin: switch to the Global scope, open System OAuth > Application Registry > New > "Connect to a third party OAuth Provider".',
                        )}
                    </li>
                    <li>
                        {t(
                            'Client ID and Client Secret: the values from step 1. Default Grant type: Client Credentials. Redirect URL: https://<instance>.service-now.com/oauth_redirect.do.',
                        )}
                    </li>
                    <li>{t('Token URL: https://login.microsoftonline.com/{0}/oauth2/token', tenant)}</li>
                    <li>
                        {t(
                            'OAuth API Script: OAuthM365EntraResource (shipped with this app). Entra v1 token URLs need a resource parameter; this script adds it to every token request. With the v2.0 token URL (https://login.microsoftonline.com/{0}/oauth2/v2.0/token) leave OAuth API Script empty.',
                            tenant,
                        )}
                    </li>
                    <li>{t('Save, come back here and reload the page: the new profile is listed.')}</li>
                </ol>
            </details>
        </>
    )
}
