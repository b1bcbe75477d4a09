import React, { useCallback, useEffect, useRef, useState } from 'react'
import { t } from 'sn-translate'
import { SectionError, Solutions, tabApi } from './api.ts'
import { requestError, SectionErrorBox } from './section-error.tsx'
import { FeedbackButtons } from './feedback-buttons.tsx'

// Microsoft recommended solutions: the one section that calls the connector. It loads on its own after the local
// sections are on screen, shows its own loading and error states, and a failed search or load is retried from here.

type Action = { kind: 'incident' } | { kind: 'search'; query: string }

type State =
    | { phase: 'loading'; action: Action }
    | { phase: 'done'; action: Action; result: Extract<Solutions, { ok: true }> }
    | { phase: 'failed'; action: Action; error: SectionError; attempt: number }

export function SolutionsSection({ incidentId }: { incidentId: string }) {
    const [state, setState] = useState<State>({ phase: 'loading', action: { kind: 'incident' } })
    const [feedback, setFeedback] = useState<Record<string, boolean>>({})
    const [query, setQuery] = useState('')
    const attempts = useRef(0)
    // Only the latest action's answer counts (a slow first load must not overwrite a later search).
    const latest = useRef(0)

    const run = useCallback(
        (action: Action) => {
            const n = ++latest.current
            setState({ phase: 'loading', action })
            const call =
                action.kind === 'search' ? tabApi.search(incidentId, action.query) : tabApi.solutions(incidentId)
            call.then(
                (r) => {
                    if (n !== latest.current) return
                    setFeedback((f) => ({ ...f, ...r.feedback }))
                    if (r.ok) setState({ phase: 'done', action, result: r })
                    else setState({ phase: 'failed', action, error: r.error, attempt: ++attempts.current })
                },
                (e: Error) => {
                    if (n === latest.current)
                        setState({
                            phase: 'failed',
                            action,
                            error: requestError(e.message),
                            attempt: ++attempts.current,
                        })
                },
            )
        },
        [incidentId],
    )

    useEffect(() => run({ kind: 'incident' }), [run])

    const search = (e: React.FormEvent) => {
        e.preventDefault()
        if (query.trim()) run({ kind: 'search', query })
    }

    return (
        <section
            className="m365-card"
            aria-labelledby="solutions-title"
            aria-busy={state.phase === 'loading'}
            data-testid="solutions-section"
            data-state={state.phase}
        >
            <h2 id="solutions-title">{t('Microsoft recommended solutions')}</h2>
            <form className="tab-row" onSubmit={search} role="search">
                <div className="m365-field">
                    <label htmlFor="solution-query">{t('Search for other solutions')}</label>
                    <input
                        id="solution-query"
                        className="m365-input"
                        type="search"
                        value={query}
                        maxLength={1000}
                        onChange={(e) => setQuery(e.target.value)}
                    />
                </div>
                <button className="m365-btn" type="submit" disabled={state.phase === 'loading' || !query.trim()}>
                    {t('Search')}
                </button>
            </form>
            {state.phase === 'loading' && (
                <p className="tab-loading" role="status" data-testid="solutions-loading">
                    {state.action.kind === 'search'
                        ? t('Searching Microsoft recommended solutions...')
                        : t('Loading Microsoft recommended solutions...')}
                </p>
            )}
            {state.phase === 'failed' && (
                <SectionErrorBox
                    key={state.attempt}
                    error={state.error}
                    onRetry={() => run(state.action)}
                    testId="solutions-error"
                />
            )}
            {state.phase === 'done' && (
                <>
                    <p className="m365-hint" data-testid="solutions-query">
                        {t('Results for: {0}', state.result.query)}
                        {state.result.stale ? ' ' + t('(saved results; the search service is not reachable)') : ''}
                    </p>
                    {!state.result.solutions.length && (
                        <p className="m365-hint">{t('No recommended solutions were found.')}</p>
                    )}
                    <ul className="tab-list">
                        {state.result.solutions.map((s) => (
                            <li key={s.id} className="tab-item" data-testid="solution">
                                <h3>
                                    {s.url ? (
                                        <a href={s.url} target="_blank" rel="noopener noreferrer">
                                            {s.title}
                                        </a>
                                    ) : (
                                        s.title
                                    )}
                                </h3>
                                {s.summary && <p>{s.summary}</p>}
                                <FeedbackButtons
                                    incidentId={incidentId}
                                    solutionId={s.id}
                                    chosen={feedback[s.id]}
                                    onChosen={(helpful) => setFeedback((f) => ({ ...f, [s.id]: helpful }))}
                                />
                            </li>
                        ))}
                    </ul>
                </>
            )}
        </section>
    )
}
