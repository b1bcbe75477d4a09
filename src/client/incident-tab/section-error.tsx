import React, { useEffect, useState } from 'react'
import { t } from 'sn-translate'
import { SectionError } from './api.ts'

// What went wrong with one section's action, shown inside that section: the server's message (verbatim product
// messages where they exist), a live "Try again in N s" from the connector's Retry-After, and a Try again button
// that re-runs the same action. The section drops it as soon as the action is retried or succeeds.

function secondsLeft(until: number): number {
    return Math.max(0, Math.ceil((until - Date.now()) / 1000))
}

export function SectionErrorBox({
    error,
    onRetry,
    busy,
    testId,
}: {
    error: SectionError
    onRetry?: () => void
    busy?: boolean
    testId: string
}) {
    const [until] = useState(() => Date.now() + (error.retryAfterSeconds ?? 0) * 1000)
    const [left, setLeft] = useState(() => secondsLeft(until))
    useEffect(() => {
        const timer = setInterval(() => {
            const s = secondsLeft(until)
            setLeft(s)
            if (s <= 0) clearInterval(timer)
        }, 1000)
        return () => clearInterval(timer)
    }, [until])
    return (
        <div
            className="tab-section-error"
            role="alert"
            data-testid={testId}
            data-kind={error.kind}
            data-code={error.code}
        >
            <p className="tab-section-error__text">{error.message}</p>
            {error.kind === 'throttled' && (
                <p className="m365-hint" data-testid={testId + '-wait'}>
                    {left > 0 ? t('Try again in {0} s.', left) : t('You can try again now.')}
                </p>
            )}
            {onRetry && (
                <button
                    type="button"
                    className="m365-btn m365-btn--small"
                    onClick={onRetry}
                    disabled={busy || left > 0}
                    data-testid={testId + '-retry'}
                >
                    {t('Try again')}
                </button>
            )}
        </div>
    )
}

/** An API call that failed as a whole (HTTP error): shown the same way, worded by the server or the platform. */
export function requestError(message: string): SectionError {
    return { kind: 'failed', code: 'request_failed', message, retryable: true }
}
