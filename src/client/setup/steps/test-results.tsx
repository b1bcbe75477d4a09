import React from 'react'
import { t } from 'sn-translate'
import { CheckResult } from '../types.ts'

const ICON: Record<CheckResult['status'], string> = { passed: '\u2714', failed: '\u2716', skipped: '\u2013' }

// The last verification run: one line per test (passed, failed, or not run because a test it needs failed) and
// exact counts of each. A test that was not run is never counted as failed.
export function TestResults({
    results,
    completed,
    testsPassedOn,
}: {
    results: CheckResult[]
    completed: boolean
    testsPassedOn: string
}) {
    if (!results.length) return null
    const count = (s: CheckResult['status']) => results.filter((r) => r.status === s).length
    const passed = count('passed')
    const failed = count('failed')
    const notRun = count('skipped')
    const allPassed = passed === results.length
    // A verified setup whose re-run failed stays on for users (see the status at the top of Setup).
    const tone = allPassed ? 'm365-banner--success' : completed ? 'm365-banner--warning' : 'm365-banner--error'
    const summary = allPassed
        ? t('All tests passed on {0} (UTC). Setup is complete.', testsPassedOn)
        : completed
          ? t(
                'The verification did not pass. The integration keeps running on the setup verified on {0} (UTC); fix what each failed test says, then run the tests again.',
                testsPassedOn,
            )
          : t('The verification did not pass. Fix what each failed test says, then run the tests again.')
    return (
        <section aria-labelledby="results-heading" data-testid="test-results">
            <h3 id="results-heading">{t('Verification tests')}</h3>
            <div role="status" className={'m365-banner ' + tone} data-testid="results-summary">
                <p style={{ margin: 0 }}>{summary}</p>
                <ul
                    className="m365-counts"
                    data-testid="results-counts"
                    data-passed={passed}
                    data-failed={failed}
                    data-not-run={notRun}
                >
                    <li>{t('Passed: {0}', passed)}</li>
                    <li>{t('Failed: {0}', failed)}</li>
                    <li>{t('Not run: {0}', notRun)}</li>
                    <li>{t('Tests: {0}', results.length)}</li>
                </ul>
            </div>
            <ol style={{ paddingLeft: '1.25rem' }}>
                {results.map((r) => (
                    <li
                        key={r.id}
                        data-testid={'test-' + r.id}
                        data-status={r.status}
                        style={{ marginBottom: '0.75rem' }}
                    >
                        <strong>
                            <span
                                aria-hidden="true"
                                style={{
                                    color:
                                        r.status === 'passed'
                                            ? 'var(--m365-positive)'
                                            : r.status === 'failed'
                                              ? 'var(--m365-critical)'
                                              : 'inherit',
                                }}
                            >
                                {ICON[r.status]}{' '}
                            </span>
                            {r.name}:{' '}
                            {r.status === 'passed' ? t('passed') : r.status === 'failed' ? t('failed') : t('not run')}
                        </strong>
                        <div>{r.detail}</div>
                        {r.fix && (
                            <div className="m365-fix">
                                <strong>{t('How to fix:')}</strong> {r.fix}
                            </div>
                        )}
                    </li>
                ))}
            </ol>
        </section>
    )
}
