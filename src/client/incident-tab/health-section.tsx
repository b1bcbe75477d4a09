import React from 'react'
import { t } from 'sn-translate'
import { HealthIssue } from './api.ts'
import { sanitizePostHtml } from './sanitize.ts'
import { formatWhen } from '../shared/format.ts'
import { classificationLabel, healthStatusLabel } from './health-labels.ts'

export function HealthSection({ issues }: { issues: HealthIssue[] }) {
    return (
        <section className="m365-card" aria-labelledby="health-title" data-testid="health-section">
            <h2 id="health-title">{t('Service health issues')}</h2>
            {!issues.length && <p className="m365-hint">{t('No Microsoft 365 service health issue matches this incident.')}</p>}
            <ul className="tab-list">
                {issues.map((i) => (
                    <li key={i.issueId} className="tab-item" data-testid="health-issue">
                        <h3>{i.title}</h3>
                        <div className="tab-meta">
                            <span>{i.issueId}</span>
                            <span>{i.service}{i.feature ? ' / ' + i.feature : ''}</span>
                            {i.classification && <span className="tab-badge" data-testid="health-classification">{classificationLabel(i.classification)}</span>}
                            <span className="tab-badge" data-testid="health-status">{i.status ? healthStatusLabel(i.status) : i.isResolved ? t('Resolved') : ''}</span>
                            <span>{t('Last update: {0}', formatWhen(i.lastModified))}</span>
                        </div>
                        {i.impactDescription && <p><strong>{t('User impact')}: </strong>{i.impactDescription}</p>}
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
