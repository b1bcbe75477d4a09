import React from 'react'
import { t } from 'sn-translate'
import { CheckResult } from '../types.ts'

const ICON: Record<CheckResult['status'], string> = { passed: '\u2714', failed: '\u2716', skipped: '\u2013' }

export function TestResults({ results, completed, testsPassedOn }: { results: CheckResult[]; completed: boolean; testsPassedOn: string }) {
    if (!results.length) return null
    const failed = results.filter((r) => r.status !== 'passed').length
    // A verified setup whose re-run failed stays on for users (see the status at the top of Setup).
    const tone = !failed ? 'm365-banner--success' : completed ? 'm365-banner--info' : 'm365-banner--error'
    const summary = !failed
        ? t('All tests passed on {0} (UTC). Setup is complete.', testsPassedOn)
        : completed
          ? t('{0} of {1} tests did not pass. The integration keeps running on the setup verified on {2} (UTC); fix what each test says, then select Next again.', failed, results.length, testsPassedOn)
          : t('{0} of {1} tests did not pass. Fix what each one says, then select Next again.', failed, results.length)
    return (
        <section aria-labelledby="results-heading" data-testid="test-results">
            <h3 id="results-heading">{t('Verification tests')}</h3>
            <p role="status" className={'m365-banner ' + tone} data-testid="results-summary">{summary}</p>
            <ol style={{ paddingLeft: '1.25rem' }}>
                {results.map((r) => (
                    <li key={r.id} data-testid={'test-' + r.id} data-status={r.status} style={{ marginBottom: '0.75rem' }}>
                        <strong>
                            <span aria-hidden="true" style={{ color: r.status === 'passed' ? 'var(--m365-positive)' : r.status === 'failed' ? 'var(--m365-critical)' : 'inherit' }}>{ICON[r.status]} </span>
                            {r.name}: {r.status === 'passed' ? t('passed') : r.status === 'failed' ? t('failed') : t('not run')}
                        </strong>
                        <div>{r.detail}</div>
                        {r.fix && <div className="m365-fix"><strong>{t('How to fix:')}</strong> {r.fix}</div>}
                    </li>
                ))}
            </ol>
        </section>
    )
}
