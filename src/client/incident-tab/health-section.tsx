import React, { useState } from 'react'
import { t } from 'sn-translate'
import { HealthIssue, tabApi } from './api.ts'
import { sanitizePostHtml } from './sanitize.ts'
import { formatWhen } from '../shared/format.ts'
import { classificationLabel, healthStatusLabel } from './health-labels.ts'

// Related / Not related: the server stores the answer for the incident and never suggests a rejected issue again,
// so a rejected issue leaves the list at once.
export function HealthSection({ incidentId, issues: initial, onError }: { incidentId: string; issues: HealthIssue[]; onError: (m: string) => void }) {
    const [issues, setIssues] = useState<HealthIssue[]>(initial)
    const answer = (issueId: string, related: boolean) => {
        tabApi.healthFeedback(incidentId, issueId, related).then(
            () => setIssues((list) => (related ? list.map((i) => (i.issueId === issueId ? { ...i, related: true } : i)) : list.filter((i) => i.issueId !== issueId))),
            (err: Error) => onError(err.message),
        )
    }
    return (
        <section className="m365-card" aria-labelledby="health-title" data-testid="health-section">
            <h2 id="health-title">{t('Service health issues')}</h2>
            {!issues.length && <p className="m365-hint">{t('No Microsoft 365 service health issue matches this incident.')}</p>}
            <ul className="tab-list">
                {issues.map((i) => (
                    <li key={i.issueId} className="tab-item" data-testid="health-issue">
                        <h3>{i.title}</h3>
                        <div className="tab-meta">
                            <span data-testid="health-issue-id">{i.issueId}</span>
                            <span>{i.service}{i.feature ? ' / ' + i.feature : ''}</span>
                            {i.classification && <span className="tab-badge" data-testid="health-classification">{classificationLabel(i.classification)}</span>}
                            <span className="tab-badge" data-testid="health-status">{i.status ? healthStatusLabel(i.status) : i.isResolved ? t('Resolved') : ''}</span>
                            <span>{t('Last update: {0}', formatWhen(i.lastModified))}</span>
                        </div>
                        {i.impactDescription && <p><strong>{t('User impact')}: </strong>{i.impactDescription}</p>}
                        <div className="tab-row" role="group" aria-label={t('Is this issue related to the incident?')}>
                            <span className="m365-hint">{t('Is this issue related to the incident?')}</span>
                            <button type="button" className="m365-btn m365-btn--small" aria-pressed={i.related === true} data-testid="health-related" onClick={() => answer(i.issueId, true)}>{t('Related')}</button>
                            <button type="button" className="m365-btn m365-btn--small" aria-pressed={false} data-testid="health-not-related" onClick={() => answer(i.issueId, false)}>{t('Not related')}</button>
                        </div>
                        {i.posts.length > 0 && (
                            <details>
                                <summary>{t('Updates ({0})', i.posts.length)}</summary>
                                {i.posts.map((p, n) => (
                                    <div key={n} className="tab-post" data-testid="health-post">
                                        <div className="tab-meta">{formatWhen(p.createdDateTime)}</div>
                                        <div dangerouslySetInnerHTML={{ __html: sanitizePostHtml(p.html) }} />
                                    </div>
                                ))}
                            </details>
                        )}
                    </li>
                ))}
            </ul>
        </section>
    )
}
