import React, { useCallback, useEffect, useRef, useState } from 'react'
import { t } from 'sn-translate'
import { ThemeStyle } from '../shared/theme.tsx'
import { ApiError } from '../shared/api.ts'
import { setDisplayLanguage, setDisplayTimeZone } from '../shared/format.ts'
import { TAB_CSS } from './tab.css.ts'
import { SectionError, SupportCase, tabApi, TabData } from './api.ts'
import { HealthSection } from './health-section.tsx'
import { SolutionsSection } from './solutions-section.tsx'
import { ContactSection } from './contact-section.tsx'
import { CasesSection } from './cases-section.tsx'
import { requestError } from './section-error.tsx'

// The "Microsoft 365" tab of an incident: health issues, recommended solutions, Contact Microsoft support
// (administrators) and the incident's cases.
//
// Two requests, one after the other: the tab's instance data (answers at once), then the recommended solutions
// (the connector, possibly slow or failing), which the solutions section asks for when it appears. Not in parallel:
// the platform runs one transaction per user session at a time ("session synchronization", ServiceNow KB0755706),
// so a solutions request that happened to start first would hold the instance data up behind the connector.
//
// Messages belong to what raised them: the banner at the top is only for the tab itself (it could not load, or
// Setup is not complete); a connector problem shows in the solutions section, a case submit's outcome in the
// contact section, a failed refresh in the cases section. Each is cleared when its action runs again.
export function IncidentTabApp({ incidentId }: { incidentId: string }) {
    const [data, setData] = useState<TabData | null>(null)
    const [loadError, setLoadError] = useState<{ message: string; status: number } | null>(null)
    const [casesError, setCasesError] = useState<SectionError | null>(null)
    const [refreshing, setRefreshing] = useState(false)
    const casesErrors = useRef(0)

    const load = useCallback(() => {
        setLoadError(null)
        tabApi.load(incidentId).then(
            (d) => {
                setDisplayLanguage(d.language)
                setDisplayTimeZone(d.timeZone)
                setData(d)
            },
            (e: ApiError) => setLoadError({ message: e.message, status: e.status }),
        )
    }, [incidentId])
    useEffect(load, [load])

    const onCase = useCallback((c: SupportCase) => {
        setData((d) => (d ? { ...d, cases: [c, ...(d.cases ?? []).filter((x) => x.sysId !== c.sysId)] } : d))
    }, [])
    const refreshCases = useCallback(() => {
        setRefreshing(true)
        setCasesError(null)
        tabApi
            .cases(incidentId)
            .then(
                (r) => setData((d) => (d ? { ...d, cases: r.cases } : d)),
                (e: Error) => {
                    casesErrors.current++
                    setCasesError(requestError(e.message))
                },
            )
            .finally(() => setRefreshing(false))
    }, [incidentId])

    return (
        <main className="tab" aria-busy={!data && !loadError}>
            <ThemeStyle />
            <style>{TAB_CSS}</style>
            {loadError && (
                <div className="m365-banner m365-banner--error" role="alert" data-testid="tab-error">
                    <strong>{loadError.message}</strong>
                    {loadError.status === 403 ? (
                        <p className="tab-banner-line">
                            {t(
                                'Ask your ServiceNow admin for a Microsoft 365 support role (insights user or administrator).',
                            )}
                        </p>
                    ) : (
                        <p className="tab-banner-line">
                            <button
                                type="button"
                                className="m365-btn m365-btn--small"
                                onClick={load}
                                data-testid="tab-retry"
                            >
                                {t('Try again')}
                            </button>
                        </p>
                    )}
                </div>
            )}
            {data &&
                data.messages.map((m) => (
                    <div key={m} className="m365-banner m365-banner--error" role="alert" data-testid="tab-error">
                        {m}
                    </div>
                ))}
            {data && data.setup.adminNotice && (
                <div className="m365-banner m365-banner--info" role="status" data-testid="setup-admin-notice">
                    {data.setup.adminNotice}{' '}
                    <a href="/x_mioms_m365_assis_setup.do" target="_top">
                        {t('Open Setup')}
                    </a>
                </div>
            )}
            {!data && !loadError && (
                <p className="tab-loading" role="status">
                    {t('Loading Microsoft 365 information...')}
                </p>
            )}
            {data && data.setup.complete && (
                <>
                    <HealthSection incidentId={incidentId} issues={data.health.issues} poll={data.health.poll} />
                    <SolutionsSection incidentId={incidentId} />
                    {data.canEscalate && data.escalation && (
                        <ContactSection incidentId={incidentId} prefill={data.escalation} onCase={onCase} />
                    )}
                    {data.cases && (
                        <CasesSection
                            cases={data.cases}
                            onRefresh={refreshCases}
                            refreshing={refreshing}
                            error={casesError}
                            errorKey={casesErrors.current}
                        />
                    )}
                    {data.insightsOnly && (
                        <p className="m365-hint" data-testid="insights-only">
                            {t(
                                'This integration is set up for insights only: service health and recommended solutions, no Microsoft support cases.',
                            )}
                        </p>
                    )}
                </>
            )}
        </main>
    )
}
