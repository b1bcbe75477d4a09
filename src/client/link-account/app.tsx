import React, { useEffect, useState } from 'react'
import { t } from 'sn-translate'
import { ThemeStyle } from '../shared/theme.tsx'
import { TextField } from '../shared/form.tsx'
import { apiFetch, ApiError } from '../shared/api.ts'
import { formatWhen, setDisplayLanguage, setDisplayTimeZone } from '../shared/format.ts'
import { onTenantDomain } from '../../server/cases/rules/admin-email.ts'

interface Linked {
    adminEmail: string
    valid: boolean
    validatedOn: string
}

interface LinkState {
    user: string
    linked: Linked | null
    defaultAdminEmail: string | null
    tenantDomain: string | null
    /** The session's language and time zone: "checked <date>" is shown in them. */
    language: string
    timeZone: string
}

const SETUP_PAGE = '/x_mioms_m365_assis_setup.do'

// Link Account (Microsoft 365 Support > Link Account): the Microsoft 365 admin email this administrator opens
// Microsoft support cases as. Gated like every feature: before Setup is complete the server answers 409 with the
// verbatim message and the page shows it (with the way to Setup) instead of the form. An address off the tenant
// domain is a warning next to the field, never a refusal.
export function LinkAccountApp() {
    const [state, setState] = useState<LinkState | null>(null)
    const [email, setEmail] = useState('')
    const [fieldError, setFieldError] = useState<string | undefined>()
    const [error, setError] = useState<string | null>(null)
    const [gated, setGated] = useState<{ message: string; toSetup: boolean } | null>(null)
    const [saved, setSaved] = useState<string | null>(null)
    const [busy, setBusy] = useState(false)

    useEffect(() => {
        apiFetch<LinkState>('/link-account').then(
            (s) => {
                setDisplayLanguage(s.language)
                setDisplayTimeZone(s.timeZone)
                setState(s)
                setEmail(s.linked?.adminEmail ?? '')
            },
            (e: ApiError) => {
                if (e.status === 409) setGated({ message: e.message, toSetup: e.code === 'setup_incomplete' })
                else setError(e.message)
            },
        )
    }, [])

    const save = (e: React.FormEvent) => {
        e.preventDefault()
        setBusy(true)
        setFieldError(undefined)
        setError(null)
        setSaved(null)
        apiFetch<{ linked: Linked; note: string | null }>('/link-account', {
            method: 'PUT',
            body: { adminEmail: email },
        })
            .then(
                (r) => {
                    setState((s) => (s ? { ...s, linked: r.linked } : s))
                    setSaved(t('Saved. Microsoft support cases you open use {0}.', r.linked.adminEmail))
                },
                (err: ApiError) => {
                    if (err.status === 422) setFieldError(err.message)
                    else if (err.status === 409)
                        setGated({ message: err.message, toSetup: err.code === 'setup_incomplete' })
                    else setError(err.message)
                },
            )
            .finally(() => setBusy(false))
    }

    const tenant = state?.tenantDomain ?? ''
    const offDomain = onTenantDomain(email, tenant) === false
    return (
        <main className="m365-page">
            <ThemeStyle />
            <h1>{t('Link Account')}</h1>
            {gated && (
                <div className="m365-banner m365-banner--error" role="alert" data-testid="link-gated">
                    <p style={{ margin: 0 }}>{gated.message}</p>
                    {gated.toSetup && (
                        <p style={{ margin: '0.5rem 0 0' }}>
                            <a href={SETUP_PAGE}>{t('Open Setup')}</a>
                        </p>
                    )}
                </div>
            )}
            {error && (
                <div className="m365-banner m365-banner--error" role="alert" data-testid="link-error">
                    {error}
                </div>
            )}
            {saved && (
                <div className="m365-banner m365-banner--success" role="status" data-testid="link-saved">
                    {saved}
                </div>
            )}
            {state && !gated && (
                <form className="m365-card" onSubmit={save} noValidate>
                    <p className="m365-hint">
                        {t(
                            'Microsoft support cases you open from incidents are opened as this Microsoft 365 admin account.',
                        )}
                        {state.defaultAdminEmail
                            ? ' ' + t('Without a linked account the app default {0} is used.', state.defaultAdminEmail)
                            : ''}
                    </p>
                    <TextField
                        id="admin-email"
                        label={t('Microsoft 365 admin email')}
                        type="email"
                        autoComplete="email"
                        value={email}
                        onChange={setEmail}
                        error={fieldError}
                        hint={tenant ? t('An admin account of your tenant, for example admin@{0}', tenant) : undefined}
                        warning={
                            offDomain
                                ? t(
                                      '{0} is not on the tenant domain {1}. Check that it is an admin account of your Microsoft 365 tenant.',
                                      email.trim(),
                                      tenant,
                                  )
                                : undefined
                        }
                    />
                    {state.linked && (
                        <p className="m365-hint" data-testid="link-status">
                            {state.linked.valid
                                ? t(
                                      'Linked: {0} (checked {1})',
                                      state.linked.adminEmail,
                                      formatWhen(state.linked.validatedOn),
                                  )
                                : t('Not validated: {0}', state.linked.adminEmail)}
                        </p>
                    )}
                    <button
                        type="submit"
                        className="m365-btn m365-btn--primary"
                        disabled={busy}
                        data-testid="link-save"
                    >
                        {t('Save')}
                    </button>
                </form>
            )}
        </main>
    )
}
