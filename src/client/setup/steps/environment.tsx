import React from 'react'
import { t } from 'sn-translate'
import { CheckboxField, RadioGroup } from '../../shared/form.tsx'
import { Configuration, StepProps } from '../types.ts'

export function EnvironmentStep({ draft, set, errors }: StepProps) {
    return (
        <>
            <CheckboxField
                id="test_environment"
                label={t('This is a test environment')}
                checked={draft.test_environment}
                onChange={(v) => set('test_environment', v)}
                hint={t('Microsoft support agents do not contact you about cases opened from a test environment.')}
            />
            <RadioGroup
                id="configuration"
                label={t(
                    'Does this instance allow basic authentication for inbound web services (ServiceNow user credentials)?',
                )}
                value={draft.configuration}
                onChange={(v) => set('configuration', v as Configuration)}
                error={errors.configuration}
                choices={[
                    {
                        value: 'basic',
                        label: t('Yes: basic authentication'),
                        hint: t('Microsoft calls this instance with an integration user and password.'),
                    },
                    {
                        value: 'aad',
                        label: t('No: Microsoft Entra ID (AAD) OAuth token'),
                        hint: t('Microsoft calls this instance with an Entra ID token checked by an OIDC provider.'),
                    },
                    {
                        value: 'insights',
                        label: t('Insights only'),
                        hint: t(
                            'Service health and recommended solutions only: no Microsoft support cases, so Microsoft never calls this instance.',
                        ),
                    },
                ]}
            />
        </>
    )
}
