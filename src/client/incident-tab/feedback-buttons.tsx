import React, { useState } from 'react'
import { t } from 'sn-translate'
import { tabApi } from './api.ts'

// "Was this helpful?" for one solution. The chosen answer is shown, not only announced: filled button with a check
// mark (tab.css.ts), aria-pressed for screen readers. It comes back with the solutions after a reload (stored per
// user, incident and solution). A failed save says so next to the buttons and keeps the previous answer.

export function FeedbackButtons({
    incidentId,
    solutionId,
    chosen,
    onChosen,
}: {
    incidentId: string
    solutionId: string
    chosen: boolean | undefined
    onChosen: (helpful: boolean) => void
}) {
    const [busy, setBusy] = useState(false)
    const [error, setError] = useState<string | null>(null)
    const rate = (helpful: boolean) => {
        setBusy(true)
        setError(null)
        tabApi
            .feedback(incidentId, solutionId, helpful)
            .then(
                () => onChosen(helpful),
                (e: Error) => setError(e.message),
            )
            .finally(() => setBusy(false))
    }
    const button = (helpful: boolean, label: string) => (
        <button
            type="button"
            className="m365-btn m365-btn--small tab-choice"
            aria-pressed={chosen === helpful}
            disabled={busy}
            onClick={() => rate(helpful)}
            data-testid={helpful ? 'feedback-helpful' : 'feedback-not-helpful'}
        >
            <span className="tab-choice__mark" aria-hidden="true" />
            {label}
        </button>
    )
    return (
        <div className="tab-row tab-feedback" role="group" aria-label={t('Was this helpful?')}>
            <span className="m365-hint">{t('Was this helpful?')}</span>
            {button(true, t('Helpful'))}
            {button(false, t('Not helpful'))}
            {chosen !== undefined && (
                <span className="m365-hint" data-testid="feedback-saved">
                    {t('Your answer is saved.')}
                </span>
            )}
            {error && (
                <p className="m365-error" role="alert" data-testid="feedback-error">
                    {error}
                </p>
            )}
        </div>
    )
}
