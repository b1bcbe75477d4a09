import React, { useState } from 'react'
import { t } from 'sn-translate'
import { tabApi, Solutions } from './api.ts'

export function SolutionsSection({ incidentId, initial, onError }: { incidentId: string; initial: Solutions; onError: (m: string) => void }) {
    const [result, setResult] = useState<Solutions>(initial)
    const [feedback, setFeedback] = useState<Record<string, boolean>>(initial.feedback)
    const [query, setQuery] = useState('')
    const [busy, setBusy] = useState(false)

    const search = (e: React.FormEvent) => {
        e.preventDefault()
        if (!query.trim()) return
        setBusy(true)
        tabApi.search(incidentId, query).then(
            (r) => {
                setResult(r)
                if (!r.ok) onError(r.message)
            },
            (err: Error) => onError(err.message),
        ).finally(() => setBusy(false))
    }
    const rate = (id: string, helpful: boolean) => {
        tabApi.feedback(incidentId, id, helpful).then(() => setFeedback((f) => ({ ...f, [id]: helpful })), (err: Error) => onError(err.message))
    }

    return (
        <section className="m365-card" aria-labelledby="solutions-title" data-testid="solutions-section">
            <h2 id="solutions-title">{t('Microsoft recommended solutions')}</h2>
            <form className="tab-row" onSubmit={search} role="search">
                <div className="m365-field">
                    <label htmlFor="solution-query">{t('Search for other solutions')}</label>
                    <input id="solution-query" className="m365-input" type="search" value={query} maxLength={1000} onChange={(e) => setQuery(e.target.value)} />
                </div>
                <button className="m365-btn" type="submit" disabled={busy || !query.trim()}>{t('Search')}</button>
            </form>
            {result.ok && (
                <>
                    <p className="m365-hint" data-testid="solutions-query">{t('Results for: {0}', result.query)}{result.stale ? ' ' + t('(saved results; the search service is not reachable)') : ''}</p>
                    {!result.solutions.length && <p className="m365-hint">{t('No recommended solutions were found.')}</p>}
                    <ul className="tab-list">
                        {result.solutions.map((s) => (
                            <li key={s.id} className="tab-item" data-testid="solution">
                                <h3>{s.url ? <a href={s.url} target="_blank" rel="noopener noreferrer">{s.title}</a> : s.title}</h3>
                                {s.summary && <p>{s.summary}</p>}
                                <div className="tab-row" role="group" aria-label={t('Was this helpful?')}>
                                    <span className="m365-hint">{t('Was this helpful?')}</span>
                                    <button type="button" className="m365-btn m365-btn--small" aria-pressed={feedback[s.id] === true} onClick={() => rate(s.id, true)}>{t('Helpful')}</button>
                                    <button type="button" className="m365-btn m365-btn--small" aria-pressed={feedback[s.id] === false} onClick={() => rate(s.id, false)}>{t('Not helpful')}</button>
                                </div>
                            </li>
                        ))}
                    </ul>
                </>
            )}
        </section>
    )
}
