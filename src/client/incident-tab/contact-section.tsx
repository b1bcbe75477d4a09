import React, { useState } from 'react'
import { t } from 'sn-translate'
import { TextField } from '../shared/form.tsx'
import { ApiError } from '../shared/api.ts'
import { CaseRequest, Escalation, SupportCase, tabApi } from './api.ts'

// Contact Microsoft support (rendered for administrators only; the API refuses everyone else too). What the last
// submit did is shown here, in this section, and replaced by the next submit.
type Outcome = { tone: 'success' | 'info' | 'error'; text: string }

export function ContactSection({
    incidentId,
    prefill,
    onCase,
}: {
    incidentId: string
    prefill: Escalation
    onCase: (c: SupportCase) => void
}) {
    const [open, setOpen] = useState(false)
    const [form, setForm] = useState<CaseRequest>({
        title: prefill.title,
        description: prefill.description,
        contactName: prefill.contactName,
        contactEmail: prefill.contactEmail,
        contactPhone: prefill.contactPhone,
    })
    const [fields, setFields] = useState<Record<string, string>>({})
    const [busy, setBusy] = useState(false)
    const [outcome, setOutcome] = useState<Outcome | null>(null)
    const set = (k: keyof CaseRequest) => (v: string) => setForm((f) => ({ ...f, [k]: v }))

    const submit = (e: React.FormEvent) => {
        e.preventDefault()
        setBusy(true)
        setFields({})
        setOutcome(null)
        tabApi
            .createCase(incidentId, form)
            .then(
                (r) => {
                    if (r.case) onCase(r.case)
                    // A case the connector has not taken yet is good news only in part: information, not success.
                    setOutcome({
                        tone: r.outcome === 'failed' ? 'error' : r.outcome === 'pending' ? 'info' : 'success',
                        text: r.message,
                    })
                    if (r.outcome !== 'failed') setOpen(false)
                },
                (err: ApiError) => {
                    setFields(err.fields ?? {})
                    setOutcome({ tone: 'error', text: err.message })
                },
            )
            .finally(() => setBusy(false))
    }

    return (
        <section className="m365-card" aria-labelledby="contact-title" aria-busy={busy} data-testid="contact-section">
            <h2 id="contact-title">{t('Contact Microsoft support')}</h2>
            {outcome && (
                <div
                    className={'m365-banner m365-banner--' + outcome.tone}
                    role={outcome.tone === 'error' ? 'alert' : 'status'}
                    data-testid={outcome.tone === 'error' ? 'contact-error' : 'tab-notice'}
                >
                    {outcome.text}
                </div>
            )}
            {!open && (
                <button
                    type="button"
                    className="m365-btn m365-btn--primary"
                    data-testid="escalate-button"
                    onClick={() => {
                        setOpen(true)
                        setOutcome(null)
                    }}
                >
                    {t('Contact Microsoft support')}
                </button>
            )}
            {open && (
                <form onSubmit={submit} noValidate data-testid="contact-form">
                    <TextField
                        id="case-title"
                        label={t('Title')}
                        value={form.title}
                        onChange={set('title')}
                        error={fields.title}
                    />
                    <div className="m365-field">
                        <label htmlFor="case-description">{t('Description')}</label>
                        <textarea
                            id="case-description"
                            className="m365-input"
                            value={form.description}
                            maxLength={4000}
                            aria-invalid={fields.description ? true : undefined}
                            onChange={(e) => set('description')(e.target.value)}
                        />
                        {fields.description && (
                            <p className="m365-error" role="alert">
                                {fields.description}
                            </p>
                        )}
                    </div>
                    <div className="tab-grid">
                        <TextField
                            id="case-contact-name"
                            label={t('Contact name')}
                            value={form.contactName}
                            onChange={set('contactName')}
                            error={fields.contactName}
                            autoComplete="name"
                        />
                        <TextField
                            id="case-contact-email"
                            label={t('Contact email')}
                            type="email"
                            value={form.contactEmail}
                            onChange={set('contactEmail')}
                            error={fields.contactEmail}
                            autoComplete="email"
                        />
                        <TextField
                            id="case-contact-phone"
                            label={t('Contact phone')}
                            type="tel"
                            value={form.contactPhone}
                            onChange={set('contactPhone')}
                            error={fields.contactPhone}
                            autoComplete="tel"
                        />
                    </div>
                    <p className="m365-hint" data-testid="case-admin-email">
                        {t('Opened as Microsoft 365 admin: {0}', prefill.adminEmail || '-')}
                    </p>
                    {prefill.isTestEnvironment && (
                        <p className="m365-hint" data-testid="case-test-env">
                            {t('Test environment: Microsoft agents will not contact you.')}
                        </p>
                    )}
                    <div className="tab-row">
                        <button
                            type="submit"
                            className="m365-btn m365-btn--primary"
                            disabled={busy}
                            data-testid="submit-case"
                        >
                            {t('Submit')}
                        </button>
                        <button type="button" className="m365-btn" onClick={() => setOpen(false)} disabled={busy}>
                            {t('Cancel')}
                        </button>
                    </div>
                </form>
            )}
        </section>
    )
}
