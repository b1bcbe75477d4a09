import React, { useState } from 'react'
import { t } from 'sn-translate'
import { SetupView } from './types.ts'

const TONE: Record<SetupView['status']['state'], string> = {
    not_verified: '',
    on: 'm365-banner--success',
    degraded: 'm365-banner--warning',
    off: 'm365-banner--error',
}

// The top of Setup, on every step: is the integration on for users, what the last verification found, and (while a
// verified setup is failing its re-runs) the admin's explicit "Turn the integration off until fixed", confirmed first.
export function SetupStatus({
    status,
    busy,
    onTurnOff,
}: {
    status: SetupView['status']
    busy: boolean
    onTurnOff: () => void
}) {
    const [confirming, setConfirming] = useState(false)
    if (status.state === 'not_verified') return null
    return (
        <section
            className={'m365-banner ' + TONE[status.state]}
            role="status"
            aria-label={t('Integration status')}
            data-testid="setup-status"
            data-state={status.state}
        >
            <p style={{ margin: 0 }}>{status.message}</p>
            {status.canTurnOff && !confirming && (
                <p style={{ margin: '0.5rem 0 0' }}>
                    <button type="button" className="m365-btn" onClick={() => setConfirming(true)} disabled={busy}>
                        {t('Turn the integration off until fixed')}
                    </button>
                </p>
            )}
            {status.canTurnOff && confirming && (
                <div style={{ marginTop: '0.5rem' }} data-testid="turn-off-confirm">
                    <p style={{ margin: 0 }}>
                        <strong>
                            {t(
                                'Every user will see the "final set up step" message until the verification tests pass again. Turn the integration off?',
                            )}
                        </strong>
                    </p>
                    <div style={{ display: 'flex', gap: '0.5rem', marginTop: '0.5rem' }}>
                        <button
                            type="button"
                            className="m365-btn m365-btn--primary"
                            onClick={() => {
                                setConfirming(false)
                                onTurnOff()
                            }}
                            disabled={busy}
                        >
                            {t('Turn it off')}
                        </button>
                        <button type="button" className="m365-btn" onClick={() => setConfirming(false)} disabled={busy}>
                            {t('Keep it on')}
                        </button>
                    </div>
                </div>
            )}
        </section>
    )
}
