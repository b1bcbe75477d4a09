import React, { useLayoutEffect, useRef } from 'react'
import { t } from 'sn-translate'
import { ThemeStyle } from '../shared/theme.tsx'
import { useSetup } from './use-setup.ts'
import { StepList } from './step-list.tsx'
import { StepId, StepProps, StepView } from './types.ts'
import { ConsentStep } from './steps/consent.tsx'
import { EnvironmentStep } from './steps/environment.tsx'
import { TenantStep } from './steps/tenant.tsx'
import { OutboundStep } from './steps/outbound.tsx'
import { InboundStep } from './steps/inbound.tsx'
import { IntegrationUserStep } from './steps/integration-user.tsx'
import { RepositoryStep } from './steps/repository.tsx'
import { SettingsStep } from './steps/settings.tsx'
import { CompleteStep } from './steps/complete.tsx'
import { SetupStatus } from './setup-status.tsx'

const STEPS: Record<StepId, (p: StepProps) => React.JSX.Element> = {
    consent: ConsentStep,
    environment: EnvironmentStep,
    tenant: TenantStep,
    outbound: OutboundStep,
    inbound: InboundStep,
    integration_user: IntegrationUserStep,
    repository: RepositoryStep,
    settings: SettingsStep,
    complete: CompleteStep,
}

function neighbour(steps: StepView[], from: StepId, dir: 1 | -1): StepId | null {
    const i = steps.findIndex((s) => s.id === from)
    for (let j = i + dir; j >= 0 && j < steps.length; j += dir) if (!steps[j].skipped) return steps[j].id
    return null
}

// Focus goes to the first field with an error, or else to the step's heading when the step changes. Both are
// layout effects: preact runs plain effects after the next animation frame, which a background or busy tab
// delays, so a screen reader (or a fast keyboard user) would meet the old focus on the new step.
function focusFirstError(fields: string[]): void {
    for (const f of fields) {
        const el = document.getElementById(f)
        const target = el && el.tagName === 'FIELDSET' ? el.querySelector('input') : el
        if (target) return (target as HTMLElement).focus()
    }
}

export function SetupApp() {
    const s = useSetup()
    const heading = useRef<HTMLHeadingElement>(null)
    const loaded = s.view !== null
    useLayoutEffect(() => {
        if (loaded) heading.current?.focus()
    }, [s.current, loaded])
    useLayoutEffect(
        () => focusFirstError(Object.keys(s.errors).filter((k) => s.errors[k as keyof typeof s.errors])),
        [s.errors],
    )

    if (!s.view || !s.draft) {
        return (
            <main className="m365-page">
                <ThemeStyle />
                <h1>{t('Microsoft 365 Support Setup')}</h1>
                {s.banner ? (
                    <p role="alert" className="m365-banner m365-banner--error">
                        {s.banner}
                    </p>
                ) : (
                    <p role="status">{t('Loading...')}</p>
                )}
            </main>
        )
    }
    const view = s.view
    const step = view.steps.find((x) => x.id === s.current)!
    const Body = STEPS[s.current]
    const back = neighbour(view.steps, s.current, -1)
    // Once the tests have passed (the values are in the admin center), there is no "Next" left: only a re-run.
    const rerun = s.current === 'complete' && !!view.testsPassedOn
    const onNext = () => {
        if (s.current === 'complete') return void s.verify()
        void s.save().then((v) => {
            const next = v && neighbour(v.steps, s.current, 1)
            if (next) s.go(next)
        })
    }
    return (
        <main className="m365-page">
            <ThemeStyle />
            <h1>{t('Microsoft 365 Support Setup')}</h1>
            <SetupStatus status={view.status} busy={s.busy} onTurnOff={() => void s.turnOff()} />
            {view.options.error && (
                <div role="alert" className="m365-banner m365-banner--error" data-testid="options-error">
                    <p style={{ margin: 0 }}>{view.options.error.message}</p>
                    <p style={{ margin: 0 }}>
                        <strong>{t('How to fix:')}</strong> {view.options.error.fix}
                    </p>
                </div>
            )}
            <div className="m365-layout">
                <StepList steps={view.steps} current={s.current} onOpen={s.go} />
                <form
                    className="m365-card"
                    noValidate
                    onSubmit={(e) => {
                        e.preventDefault()
                        onNext()
                    }}
                    aria-labelledby="step-heading"
                >
                    <h2 id="step-heading" ref={heading} tabIndex={-1}>
                        {step.title}
                    </h2>
                    {s.banner && (
                        <p role="alert" className="m365-banner m365-banner--error" data-testid="step-error">
                            {s.banner}
                        </p>
                    )}
                    <Body view={view} draft={s.draft} set={s.set} errors={s.errors} />
                    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', marginTop: '1.5rem' }}>
                        {back && (
                            <button type="button" className="m365-btn" onClick={() => s.go(back)} disabled={s.busy}>
                                {t('Back')}
                            </button>
                        )}
                        <button
                            type="submit"
                            className={rerun ? 'm365-btn' : 'm365-btn m365-btn--primary'}
                            disabled={s.busy}
                            aria-busy={s.busy}
                        >
                            {s.current !== 'complete'
                                ? t('Next')
                                : s.busy
                                  ? t('Running tests...')
                                  : rerun
                                    ? t('Run the verification tests again')
                                    : t('Next: run the verification tests')}
                        </button>
                    </div>
                </form>
            </div>
        </main>
    )
}
