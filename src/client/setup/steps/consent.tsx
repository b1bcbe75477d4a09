import React from 'react'
import { t } from 'sn-translate'
import { CheckboxField } from '../../shared/form.tsx'
import { StepProps } from '../types.ts'

export function ConsentStep({ draft, set, errors }: StepProps) {
    return (
        <>
            <p>
                {t(
                    'Microsoft 365 support integration sends incident details (short description, description, and the contact information you enter) to Microsoft when you look for recommended solutions or contact Microsoft support, and receives updates on those support cases from Microsoft.',
                )}
            </p>
            <p>
                {t(
                    'Microsoft processes this data under the Microsoft Privacy Statement and your Microsoft 365 agreement. Select Agree to continue.',
                )}
            </p>
            <CheckboxField
                id="consent"
                label={t('Agree')}
                checked={draft.consent}
                onChange={(v) => set('consent', v)}
                error={errors.consent}
            />
        </>
    )
}
