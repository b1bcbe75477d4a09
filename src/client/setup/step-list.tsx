import React from 'react'
import { t } from 'sn-translate'
import { StepId, StepView } from './types.ts'

// The steps at the side: done ones and the one in progress can be opened; skipped ones say so.
export function StepList({
    steps,
    current,
    onOpen,
}: {
    steps: StepView[]
    current: StepId
    onOpen: (s: StepId) => void
}) {
    let n = 0
    return (
        <nav aria-label={t('Setup steps')}>
            <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {steps.map((s) => {
                    const label = s.skipped ? s.title : ++n + '. ' + s.title
                    const state = s.skipped ? t('skipped') : s.done ? t('done') : ''
                    return (
                        <li key={s.id} style={{ marginBottom: '0.25rem' }}>
                            {s.canOpen ? (
                                <button
                                    type="button"
                                    className="m365-btn m365-btn--small"
                                    aria-current={s.id === current ? 'step' : undefined}
                                    onClick={() => onOpen(s.id)}
                                    style={{
                                        width: '100%',
                                        textAlign: 'left',
                                        border: s.id === current ? undefined : '1px solid transparent',
                                        background: s.id === current ? 'var(--m365-bg-alt)' : 'transparent',
                                    }}
                                >
                                    {label}
                                    {state && <span className="m365-hint"> ({state})</span>}
                                </button>
                            ) : (
                                <span className="m365-hint" style={{ display: 'block', padding: '0 0.5rem' }}>
                                    {label}
                                    {state && ' (' + state + ')'}
                                </span>
                            )}
                        </li>
                    )
                })}
            </ol>
        </nav>
    )
}
