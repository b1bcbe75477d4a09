import React from 'react'
import { t } from 'sn-translate'
import { CaseActivity, SectionError, SupportCase } from './api.ts'
import { formatWhen } from '../shared/format.ts'
import { SectionErrorBox } from './section-error.tsx'
import { caseStatusLabel } from './case-status-label.ts'

// One connector event of a case. status_changed and closed events may carry a note from the Microsoft agent too
// (the connector sends the note with the event): it is shown under the status line, as plain text.
function ActivityLine({ a }: { a: CaseActivity }) {
    const head =
        a.type === 'note_added'
            ? t('Note from {0}: {1}', a.noteAuthor, a.noteBody)
            : a.type === 'closed'
              ? t('Closed by Microsoft')
              : t('Status: {0}', caseStatusLabel(a.status))
    return (
        <li data-testid="case-activity" data-type={a.type}>
            {formatWhen(a.occurredAt)}: {head}
            {a.type !== 'note_added' && a.noteBody && (
                <div className="tab-note" data-testid="case-activity-note">
                    {t('Note from {0}: {1}', a.noteAuthor, a.noteBody)}
                </div>
            )}
        </li>
    )
}

export function CasesSection({
    cases,
    onRefresh,
    refreshing,
    error,
    errorKey,
}: {
    cases: SupportCase[]
    onRefresh: () => void
    refreshing: boolean
    error: SectionError | null
    errorKey: number
}) {
    return (
        <section className="m365-card" aria-labelledby="cases-title" aria-busy={refreshing} data-testid="cases-section">
            <div className="tab-row" style={{ justifyContent: 'space-between' }}>
                <h2 id="cases-title">{t('Microsoft support cases')}</h2>
                <button
                    type="button"
                    className="m365-btn m365-btn--small"
                    onClick={onRefresh}
                    disabled={refreshing}
                    data-testid="refresh-cases"
                >
                    {t('Refresh')}
                </button>
            </div>
            {error && (
                <SectionErrorBox
                    key={errorKey}
                    error={error}
                    onRetry={onRefresh}
                    busy={refreshing}
                    testId="cases-error"
                />
            )}
            {!cases.length && (
                <p className="m365-hint">{t('No Microsoft support case was opened for this incident.')}</p>
            )}
            <ul className="tab-list">
                {cases.map((c) => (
                    <li
                        key={c.sysId}
                        className="tab-item"
                        data-testid="case"
                        data-status={c.status}
                        data-sync={c.syncState}
                    >
                        <h3>{c.title}</h3>
                        <div className="tab-meta">
                            <span
                                className={
                                    'tab-badge' +
                                    (c.status === 'pending'
                                        ? ' tab-badge--pending'
                                        : c.status === 'failed'
                                          ? ' tab-badge--failed'
                                          : '')
                                }
                                data-testid="case-status"
                            >
                                {caseStatusLabel(c.status)}
                            </span>
                            <span data-testid="case-id">
                                {c.caseId ? t('Case {0}', c.caseId) : t('Not yet sent to Microsoft')}
                            </span>
                            <span>{formatWhen(c.createdOn)}</span>
                            {c.isTest && <span>{t('Test environment')}</span>}
                        </div>
                        {c.status === 'pending' && (
                            <p className="m365-hint">
                                {t(
                                    'Microsoft support could not be reached yet. The case is saved and will be sent automatically (attempt {0}).',
                                    c.syncAttempts,
                                )}
                            </p>
                        )}
                        {c.status === 'failed' && c.lastError && (
                            <p className="m365-error">{c.lastError.replace(/^[a-z_]+: /, '')}</p>
                        )}
                        {c.activity.length > 0 && (
                            <ul className="tab-activity">
                                {c.activity.map((a, n) => (
                                    <ActivityLine key={n} a={a} />
                                ))}
                            </ul>
                        )}
                    </li>
                ))}
            </ul>
        </section>
    )
}
