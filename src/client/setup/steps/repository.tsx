import React from 'react'
import { t } from 'sn-translate'
import { TextField } from '../../shared/form.tsx'
import { StepProps } from '../types.ts'

export function RepositoryStep({ draft, set, errors }: StepProps) {
    return (
        <>
            <TextField
                id="repository_id"
                label={t('Repository ID')}
                value={draft.repository_id}
                onChange={(v) => set('repository_id', v)}
                error={errors.repository_id}
                hint={t(
                    'The repository name the Microsoft 365 admin uses on the Repositories tab of Support integration.',
                )}
            />
            <p className="m365-banner m365-banner--info">
                {t(
                    'Microsoft retired its hosted connector service on 2025-05-30, so the connector this app talks to is configuration: enter the endpoint and App ID URI of the connector your organization runs.',
                )}
            </p>
            <TextField
                id="connector_endpoint"
                type="url"
                label={t('Connector endpoint URL')}
                value={draft.connector_endpoint}
                onChange={(v) => set('connector_endpoint', v)}
                error={errors.connector_endpoint}
                hint={t('https URL of the support connector, for example https://connector.contoso.com.')}
            />
            <TextField
                id="connector_resource"
                label={t('Connector App ID URI (resource)')}
                value={draft.connector_resource}
                onChange={(v) => set('connector_resource', v)}
                error={errors.connector_resource}
                hint={t('The audience of the outbound token, for example api://m365-support-connector.')}
            />
        </>
    )
}
