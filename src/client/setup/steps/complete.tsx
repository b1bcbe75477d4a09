import React from 'react'
import { t } from 'sn-translate'
import { CopyButton } from '../../shared/copy-button.tsx'
import { CodeValue } from '../../shared/code-value.tsx'
import { StepProps, SetupView } from '../types.ts'
import { TestResults } from './test-results.tsx'

// Step "Complete the integration": the values the Microsoft 365 admin enters in the admin center. Next runs
// the verification tests; setup is complete only when all of them pass. Once they have passed, the "do not select
// Next" warning is gone (the values are in the admin center) and the page says what happens now.
export function CompleteStep({ view }: StepProps) {
    const s = view.summary
    const verified = !!view.testsPassedOn
    return (
        <>
            {view.status.state === 'on' && <WhatHappensNow view={view} />}
            <p>
                {t(
                    'Give these values to the Microsoft 365 admin (support admin or service request admin) and verify they are correct.',
                )}
            </p>
            {s && (
                <dl className="m365-values">
                    {s.values.map((v) => (
                        <div key={v.id}>
                            <dt id={'value-' + v.id}>{v.label}</dt>
                            <dd className="m365-mono" data-testid={'value-' + v.id}>
                                {v.value ? <CodeValue value={v.value} /> : t('(not set)')}
                            </dd>
                            <dd>
                                <CopyButton value={v.value} label={v.label} />
                            </dd>
                        </div>
                    ))}
                </dl>
            )}
            {s && (
                <>
                    <h3>{t('In the Microsoft 365 admin center')}</h3>
                    <p>{t('Authentication type: {0}', s.authenticationType)}</p>
                    <ol>
                        {s.adminCenterSteps.map((line, i) => (
                            <li key={i}>{line}</li>
                        ))}
                    </ol>
                </>
            )}
            {!verified && (
                <p className="m365-banner m365-banner--warning" role="note" data-testid="next-warning">
                    <strong>
                        {t('Do not select Next until these values are entered in the Microsoft 365 admin center.')}
                    </strong>{' '}
                    {t('Next runs the verification tests.')}
                </p>
            )}
            <TestResults results={view.results} completed={view.completed} testsPassedOn={view.testsPassedOn} />
        </>
    )
}

// Platform URLs of the features (the app menu's modules, src/fluent/navigation/menu.now.ts).
const HEALTH_LIST = '/x_mioms_m365_assis_health_issue_list.do'
const INCIDENT_LIST = '/incident_list.do'
const LINK_ACCOUNT = '/x_mioms_m365_assis_link_account.do'

function WhatHappensNow({ view }: { view: SetupView }) {
    const insights = view.answers.configuration === 'insights'
    return (
        <section className="m365-banner m365-banner--success" aria-labelledby="done-heading" data-testid="setup-done">
            <h3 id="done-heading" style={{ marginTop: 0 }}>
                {t('Setup is complete: what happens now')}
            </h3>
            <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
                <li>
                    {t(
                        'Every incident form has a Microsoft 365 tab: service health issues that match the incident and recommended solutions from Microsoft.',
                    )}
                </li>
                <li>
                    {t(
                        'Service Health lists the Microsoft 365 service health issues of your tenant; the scheduled poll keeps them up to date.',
                    )}
                </li>
                {!insights && (
                    <li>
                        {t(
                            'Administrators can contact Microsoft support from the tab. Cases are opened as the Microsoft 365 admin email of the application settings, or as the account an administrator links in Link Account.',
                        )}
                    </li>
                )}
                <li>
                    {t(
                        'Nothing else to do here. Run the verification tests again after changing an OAuth record, a secret or the connector; a failure is shown here and in the app log.',
                    )}
                </li>
            </ul>
            <ul className="m365-links" aria-label={t('Go to the features')}>
                <li>
                    <a className="m365-btn m365-btn--primary" href={INCIDENT_LIST} data-testid="go-incidents">
                        {t('Open incidents')}
                    </a>
                </li>
                <li>
                    <a className="m365-btn" href={HEALTH_LIST} data-testid="go-health">
                        {t('Open Service Health')}
                    </a>
                </li>
                {!insights && (
                    <li>
                        <a className="m365-btn" href={LINK_ACCOUNT} data-testid="go-link-account">
                            {t('Link your admin account')}
                        </a>
                    </li>
                )}
            </ul>
        </section>
    )
}
