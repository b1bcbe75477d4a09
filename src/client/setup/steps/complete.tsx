import React from 'react'
import { t } from 'sn-translate'
import { CopyButton } from '../../shared/copy-button.tsx'
import { StepProps } from '../types.ts'
import { TestResults } from './test-results.tsx'

// Step "Complete the integration": the values the Microsoft 365 admin enters in the admin center. Next runs
// the verification tests; setup is complete only when all of them pass.
export function CompleteStep({ view }: StepProps) {
    const s = view.summary
    return (
        <>
            <p>{t('Give these values to the Microsoft 365 admin (support admin or service request admin) and verify they are correct.')}</p>
            {s && (
                <dl className="m365-values">
                    {s.values.map((v) => (
                        <div key={v.id} style={{ display: 'grid', gridTemplateColumns: '12rem 1fr auto', gap: '0.5rem', alignItems: 'center', marginBottom: '0.5rem' }}>
                            <dt style={{ fontWeight: 600 }} id={'value-' + v.id}>{v.label}</dt>
                            <dd className="m365-mono" style={{ margin: 0 }} data-testid={'value-' + v.id}>{v.value || t('(not set)')}</dd>
                            <dd style={{ margin: 0 }}><CopyButton value={v.value} label={v.label} /></dd>
                        </div>
                    ))}
                </dl>
            )}
            {s && (
                <>
                    <h3>{t('In the Microsoft 365 admin center')}</h3>
                    <p>{t('Authentication type: {0}', s.authenticationType)}</p>
                    <ol>{s.adminCenterSteps.map((line, i) => <li key={i}>{line}</li>)}</ol>
                </>
            )}
            <p className="m365-banner m365-banner--info" role="note"><strong>{t('Do not select Next until these values are entered in the Microsoft 365 admin center.')}</strong> {t('Next runs the verification tests.')}</p>
            <TestResults results={view.results} completed={view.completed} testsPassedOn={view.testsPassedOn} />
        </>
    )
}
