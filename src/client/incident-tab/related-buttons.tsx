import React, { useState } from 'react'
import { t } from 'sn-translate'
import { tabApi } from './api.ts'

// "Is this issue related to the incident?" for one suggested health issue (issue 13's feedback). "Related" shows as
// chosen (filled, check mark: tab.css.ts) and comes back after a reload; "Not related" removes the issue (the server
// never suggests it again for this incident). A failed save says so next to the buttons.
export function RelatedButtons({
    incidentId,
    issueId,
    related,
    onAnswered,
}: {
    incidentId: string
    issueId: string
    related: boolean | null
    onAnswered: (related: boolean) => void
}) {
    const [busy, setBusy] = useState(false)
    const [error, setError] = useState<string | null>(null)
    const answer = (value: boolean) => {
        setBusy(true)
        setError(null)
        tabApi
            .healthFeedback(incidentId, issueId, value)
            .then(
                () => onAnswered(value),
                (e: Error) => setError(e.message),
            )
            .finally(() => setBusy(false))
    }
    return (
        <div className="tab-row tab-feedback" role="group" aria-label={t('Is this issue related to the incident?')}>
            <span className="m365-hint">{t('Is this issue related to the incident?')}</span>
            <button
                type="button"
                className="m365-btn m365-btn--small tab-choice"
                aria-pressed={related === true}
                disabled={busy}
                data-testid="health-related"
                onClick={() => answer(true)}
            >
                <span className="tab-choice__mark" aria-hidden="true" />
                {t('Related')}
            </button>
            <button
                type="button"
                className="m365-btn m365-btn--small tab-choice"
                aria-pressed={false}
                disabled={busy}
                data-testid="health-not-related"
                onClick={() => answer(false)}
            >
                <span className="tab-choice__mark" aria-hidden="true" />
                {t('Not related')}
            </button>
            {error && (
                <p className="m365-error" role="alert" data-testid="health-feedback-error">
                    {error}
                </p>
            )}
        </div>
    )
}
