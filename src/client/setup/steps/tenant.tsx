import React from 'react'
import { t } from 'sn-translate'
import { TextField } from '../../shared/form.tsx'
import { StepProps } from '../types.ts'

export function TenantStep({ draft, set, errors }: StepProps) {
    return (
        <TextField
            id="tenant_domain"
            label={t('Microsoft 365 tenant domain')}
            value={draft.tenant_domain}
            onChange={(v) => set('tenant_domain', v)}
            error={errors.tenant_domain}
            hint={t(
                'For example contoso.onmicrosoft.com, a verified domain such as contoso.com, or the tenant ID (a GUID). The token and OIDC metadata URLs use it.',
            )}
        />
    )
}
