import React from 'react'
import { t } from 'sn-translate'
import { SelectField, TextField } from '../../shared/form.tsx'
import { StepProps } from '../types.ts'

export function IntegrationUserStep({ view, draft, set, errors }: StepProps) {
    if (draft.configuration === 'aad') {
        return (
            <TextField
                id="integration_user_id"
                label={t('User ID (client ID of the REST-user app)')}
                value={draft.integration_user_id}
                onChange={(v) => set('integration_user_id', v)}
                error={errors.integration_user_id}
                hint={t(
                    "Create the user in Organization > Users with this User ID, Web service access only checked and the incident_manager and x_mioms_m365_assis.integration roles. The token's appid claim names this user.",
                )}
            />
        )
    }
    const users = view.options.users
    return (
        <>
            <SelectField
                id="integration_user"
                label={t('Integration user')}
                placeholder={t('-- Select a user --')}
                value={draft.integration_user}
                onChange={(v) => set('integration_user', v)}
                error={errors.integration_user}
                choices={users.map((u) => ({
                    value: u.id,
                    label: u.name ? u.userName + ' (' + u.name + ')' : u.userName,
                }))}
                hint={t(
                    'Active users with Web service access only and the incident_manager role (they also need x_mioms_m365_assis.integration).',
                )}
            />
            {users.length === 0 && (
                <p className="m365-banner m365-banner--info">
                    {t(
                        'No such user yet: create one in Organization > Users with Web service access only checked, a password, and the incident_manager and x_mioms_m365_assis.integration roles, then reload this page.',
                    )}
                </p>
            )}
        </>
    )
}
