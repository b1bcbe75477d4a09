import React from 'react'
import { t } from 'sn-translate'
import { CheckboxField, TextField } from '../../shared/form.tsx'
import { StepProps } from '../types.ts'
import { onTenantDomain } from '../../../server/cases/rules/admin-email.ts'

// An admin email off the tenant domain entered in Setup is a warning, not an error: tenants have other domains.
export function SettingsStep({ draft, set, errors }: StepProps) {
    return (
        <>
            <CheckboxField
                id="sso"
                label={t('SSO with Microsoft 365')}
                checked={draft.sso}
                onChange={(v) => set('sso', v)}
                hint={t(
                    'Check when users sign in to this instance with their Microsoft 365 accounts (single sign-on with the tenant).',
                )}
            />
            <TextField
                id="admin_email"
                type="email"
                label={t('Microsoft 365 admin email')}
                value={draft.admin_email}
                onChange={(v) => set('admin_email', v)}
                error={errors.admin_email}
                hint={t(
                    'The Microsoft 365 admin Microsoft contacts when a support case is opened. Administrators can link their own account later (Link Account).',
                )}
                warning={
                    onTenantDomain(draft.admin_email, draft.tenant_domain) === false
                        ? t(
                              '{0} is not on the tenant domain {1}. Check that it is an admin account of your Microsoft 365 tenant.',
                              draft.admin_email.trim(),
                              draft.tenant_domain.trim(),
                          )
                        : undefined
                }
            />
            <CheckboxField
                id="settings_test_environment"
                label={t('Test environment')}
                checked={draft.test_environment}
                onChange={(v) => set('test_environment', v)}
                hint={t(
                    'Checked: Microsoft support agents do not contact you. Uncheck when you move forward officially.',
                )}
            />
        </>
    )
}
