import React, { useState } from 'react'
import { t } from 'sn-translate'
import { HealthIssue, TabData } from './api.ts'
import { sanitizePostHtml } from './sanitize.ts'
import { formatWhen } from '../shared/format.ts'
import { classificationLabel, healthStatusLabel } from './health-labels.ts'
import { RelatedButtons } from './related-buttons.tsx'

// Matches come from issues stored by the service health poll. Before its first poll there is nothing to match,
// and the section says so instead of "no issue matches"; afterwards it says when Microsoft was last read.
// Related / Not related: the server stores the answer for the incident and never suggests a rejected issue again,
// so a rejected issue leaves the list at once.
export function HealthSection({
    incidentId,
    issues: initial,
    poll,
}: {
    incidentId: string
    issues: HealthIssue[]
    poll: TabData['health']['poll']
}) {
    const [issues, setIssues] = useState<HealthIssue[]>(initial)
    const answered = (issueId: string, related: boolean) =>
        setIssues((list) =>
            related
                ? list.map((i) => (i.issueId === issueId ? { ...i, related: true } : i))
                : list.filter((i) => i.issueId !== issueId),
        )
    return (
        <section className="m365-card" aria-labelledby="health-title" data-testid="health-section">
            <h2 id="health-title">{t('Service health issues')}</h2>
            {poll.polledAt ? (
                <p className="m365-hint" data-testid="health-polled">
                    {t('Service health last read from Microsoft: {0}', formatWhen(poll.polledAt))}
                </p>
            ) : (
                <p className="m365-hint" data-testid="health-not-polled">
                    {t('Not polled yet: the app has not read Microsoft 365 service health since Setup completed.')}
                    {poll.pending ? ' ' + t('The first poll has started; open the tab again in a minute.') : ''}
                </p>
            )}
            {!issues.length && poll.polledAt && (
                <p className="m365-hint">{t('No Microsoft 365 service health issue matches this incident.')}</p>
            )}
            <ul className="tab-list">
                {issues.map((i) => (
                    <li key={i.issueId} className="tab-item" data-testid="health-issue">
                        <h3>{i.title}</h3>
                        <div className="tab-meta">
                            <span data-testid="health-issue-id">{i.issueId}</span>
                            <span>
                                {i.service}
                                {i.feature ? ' / ' + i.feature : ''}
                            </span>
                            {i.classification && (
                                <span className="tab-badge" data-testid="health-classification">
                                    {classificationLabel(i.classification)}
                                </span>
                            )}
                            <span className="tab-badge" data-testid="health-status">
                                {i.status ? healthStatusLabel(i.status) : i.isResolved ? t('Resolved') : ''}
                            </span>
                            <span>{t('Last update: {0}', formatWhen(i.lastModified))}</span>
                        </div>
                        {i.impactDescription && (
                            <p>
                                <strong>{t('User impact')}: </strong>
                                {i.impactDescription}
                            </p>
                        )}
                        <RelatedButtons
                            incidentId={incidentId}
                            issueId={i.issueId}
                            related={i.related}
                            onAnswered={(related) => answered(i.issueId, related)}
                        />
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
