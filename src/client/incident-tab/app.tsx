import React, { useCallback, useEffect, useState } from 'react'
import { t } from 'sn-translate'
import { ThemeStyle } from '../shared/theme.tsx'
import { TAB_CSS } from './tab.css.ts'
import { tabApi, TabData, SupportCase } from './api.ts'
import { HealthSection } from './health-section.tsx'
import { SolutionsSection } from './solutions-section.tsx'
import { ContactSection } from './contact-section.tsx'
import { CasesSection } from './cases-section.tsx'

// The "Microsoft 365" tab of an incident: health issues, recommended solutions, Contact Microsoft support
// (administrators) and the incident's cases. Errors go to the banner at the top, in the verbatim wording.
export function IncidentTabApp({ incidentId }: { incidentId: string }) {
    const [data, setData] = useState<TabData | null>(null)
    const [errors, setErrors] = useState<string[]>([])
    const [notice, setNotice] = useState<{ text: string; tone: 'success' | 'info' } | null>(null)

    useEffect(() => {
        tabApi.load(incidentId).then(
            (d) => {
                setData(d)
                setErrors(d.messages)
            },
            (e: Error) => setErrors([e.message]),
        )
    }, [incidentId])

    const showError = useCallback((m: string) => setErrors((prev) => (prev.indexOf(m) >= 0 ? prev : [...prev, m])), [])
    const onCaseSaved = useCallback((c: SupportCase | null, message: string, failed: boolean) => {
        if (failed) showError(message)
        // A case the connector has not taken yet is good news only in part: shown as information, not success.
        else setNotice({ text: message, tone: c && c.syncState !== 'synced' ? 'info' : 'success' })
        if (c) setData((d) => (d ? { ...d, cases: [c, ...(d.cases ?? []).filter((x) => x.sysId !== c.sysId)] } : d))
    }, [showError])
    const refreshCases = useCallback(() => {
        tabApi.cases(incidentId).then((r) => setData((d) => (d ? { ...d, cases: r.cases } : d)), (e: Error) => showError(e.message))
    }, [incidentId, showError])

    return (
        <main className="tab" aria-busy={!data && !errors.length}>
            <ThemeStyle />
            <style>{TAB_CSS}</style>
            {errors.map((m) => (
                <div key={m} className="m365-banner m365-banner--error" role="alert" data-testid="tab-error">{m}</div>
            ))}
            {data && data.setup.adminNotice && (
                <div className="m365-banner m365-banner--info" role="status" data-testid="setup-admin-notice">
                    {data.setup.adminNotice} <a href="/x_mioms_m365_assis_setup.do" target="_top">{t('Open Setup')}</a>
                </div>
            )}
            {notice && <div className={'m365-banner m365-banner--' + notice.tone} role="status" data-testid="tab-notice">{notice.text}</div>}
            {!data && !errors.length && <p>{t('Loading Microsoft 365 information...')}</p>}
            {data && data.setup.complete && (
                <>
                    <HealthSection incidentId={incidentId} issues={data.health.issues} onError={showError} />
                    {data.solutions && <SolutionsSection incidentId={incidentId} initial={data.solutions} onError={showError} />}
                    {data.canEscalate && data.escalation && <ContactSection incidentId={incidentId} prefill={data.escalation} onSaved={onCaseSaved} />}
                    {data.cases && <CasesSection cases={data.cases} onRefresh={refreshCases} />}
                </>
            )}
        </main>
    )
}
