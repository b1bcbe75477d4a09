import React from 'react'
import { t } from 'sn-translate'
import { SelectField } from '../../shared/form.tsx'
import { CodeValue } from '../../shared/code-value.tsx'
import { StepProps } from '../types.ts'

// Basic: an "OAuth API endpoint for external clients". AAD: "External OIDC Auth Token", an OIDC entity whose
// provider configuration has the tenant's metadata URL, User Claim appid and User Field User ID.
export function InboundStep(p: StepProps) {
    return p.draft.configuration === 'aad' ? <OidcInbound {...p} /> : <BasicInbound {...p} />
}

function BasicInbound({ view, draft, set, errors }: StepProps) {
    const entities = view.options.inboundEntities
    return (
        <>
            <SelectField
                id="inbound_entity"
                label={t('OAuth API endpoint for external clients')}
                placeholder={t('-- Select an OAuth client --')}
                value={draft.inbound_entity}
                onChange={(v) => set('inbound_entity', v)}
                error={errors.inbound_entity}
                choices={entities.map((e) => ({ value: e.id, label: e.name }))}
            />
            <details open={entities.length === 0}>
                <summary>{t('How to create it')}</summary>
                <p>
                    {t(
                        'System OAuth > Application Registry > New > "Create an OAuth API endpoint for external clients". Name it (for example Microsoft 365 support inbound) and keep the other defaults. Its Client ID and Client Secret go to the Microsoft 365 admin center in the last step.',
                    )}
                </p>
            </details>
        </>
    )
}

function OidcInbound({ view, draft, set, errors }: StepProps) {
    const entities = view.options.oidcEntities
    const chosen = entities.find((e) => e.id === draft.inbound_entity)
    const tenant = draft.tenant_domain || '<tenant>'
    return (
        <>
            <p>
                {t(
                    'External OIDC Auth Token: Microsoft calls this instance with an Entra ID token that this OIDC provider verifies.',
                )}
            </p>
            <SelectField
                id="inbound_entity"
                label={t('OIDC provider (OAuth client)')}
                placeholder={t('-- Select an OIDC entity --')}
                value={draft.inbound_entity}
                onChange={(v) => set('inbound_entity', v)}
                error={errors.inbound_entity}
                choices={entities.map((e) => ({ value: e.id, label: e.name }))}
            />
            {chosen && (
                <dl>
                    <dt>{t('Client ID (REST API app)')}</dt>
                    <dd className="m365-mono">{chosen.clientId}</dd>
                    <dt>{t('OIDC metadata URL')}</dt>
                    <dd className="m365-mono">{chosen.oidcUrl ? <CodeValue value={chosen.oidcUrl} /> : t('(none)')}</dd>
                    <dt>{t('User claim / user field')}</dt>
                    <dd className="m365-mono">
                        {chosen.userClaim || '-'} / {chosen.userField || '-'}
                    </dd>
                </dl>
            )}
            <details open={entities.length === 0}>
                <summary>{t('How to create it')}</summary>
                <ol>
                    <li>
                        {t(
                            'Entra admin: register a "REST API" app (single tenant), copy its client ID and create a secret.',
                        )}
                    </li>
                    <li>
                        {t(
                            'OIDC provider configuration (oidc_provider_configuration): OIDC Metadata URL https://login.microsoftonline.com/{0}/.well-known/openid-configuration, User Claim appid, User Field User ID.',
                            tenant,
                        )}
                    </li>
                    <li>
                        {t(
                            'System OAuth > Application Registry > New > "Configure an OIDC provider to verify ID tokens": Client ID and secret of the REST API app, the OIDC provider configuration above, Redirect URL https://<instance>.service-now.com/oauth_redirect.do.',
                        )}
                    </li>
                </ol>
            </details>
        </>
    )
}
