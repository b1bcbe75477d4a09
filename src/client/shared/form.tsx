import React from 'react'

// Plain form controls in the app's Horizon-like style. Every control has a visible label; its hint and error
// are tied to it with aria-describedby, and an error sets aria-invalid so screen readers announce it.

interface FieldProps {
    id: string
    label: string
    hint?: string
    error?: string
}

function describedBy(id: string, hint?: string, error?: string, warning?: string): string | undefined {
    const ids = [hint ? id + '-hint' : '', error ? id + '-error' : '', warning ? id + '-warning' : ''].filter(Boolean)
    return ids.length ? ids.join(' ') : undefined
}

function HintAndError({ id, hint, error }: { id: string; hint?: string; error?: string }) {
    return (
        <>
            {hint && (
                <p id={id + '-hint'} className="m365-hint">
                    {hint}
                </p>
            )}
            {error && (
                <p id={id + '-error'} className="m365-error" role="alert">
                    {error}
                </p>
            )}
        </>
    )
}

/**
 * A text field. `warning`: something worth a second look that does not block saving (shown in the warning style,
 * announced politely, the field not marked invalid); an error, when there is one, is shown instead.
 */
export function TextField(
    p: FieldProps & {
        value: string
        onChange: (v: string) => void
        type?: string
        autoComplete?: string
        warning?: string
    },
) {
    const warning = p.error ? undefined : p.warning
    return (
        <div className="m365-field">
            <label htmlFor={p.id}>{p.label}</label>
            <input
                id={p.id}
                name={p.id}
                className="m365-input"
                type={p.type ?? 'text'}
                value={p.value}
                autoComplete={p.autoComplete ?? 'off'}
                aria-invalid={p.error ? true : undefined}
                aria-describedby={describedBy(p.id, p.hint, p.error, warning)}
                onChange={(e) => p.onChange(e.target.value)}
            />
            <HintAndError id={p.id} hint={p.hint} error={p.error} />
            <p
                id={p.id + '-warning'}
                className={warning ? 'm365-warning' : undefined}
                role="status"
                data-testid={p.id + '-warning'}
                hidden={!warning}
            >
                {warning}
            </p>
        </div>
    )
}

export interface Choice {
    value: string
    label: string
}

export function SelectField(
    p: FieldProps & { value: string; onChange: (v: string) => void; choices: Choice[]; placeholder: string },
) {
    return (
        <div className="m365-field">
            <label htmlFor={p.id}>{p.label}</label>
            <select
                id={p.id}
                name={p.id}
                className="m365-select"
                value={p.value}
                aria-invalid={p.error ? true : undefined}
                aria-describedby={describedBy(p.id, p.hint, p.error)}
                onChange={(e) => p.onChange(e.target.value)}
            >
                <option value="">{p.placeholder}</option>
                {p.choices.map((c) => (
                    <option key={c.value} value={c.value}>
                        {c.label}
                    </option>
                ))}
            </select>
            <HintAndError id={p.id} hint={p.hint} error={p.error} />
        </div>
    )
}

export function CheckboxField(p: FieldProps & { checked: boolean; onChange: (v: boolean) => void }) {
    return (
        <div className="m365-field">
            <div className="m365-check">
                <input
                    id={p.id}
                    name={p.id}
                    type="checkbox"
                    checked={p.checked}
                    aria-invalid={p.error ? true : undefined}
                    aria-describedby={describedBy(p.id, p.hint, p.error)}
                    onChange={(e) => p.onChange(e.target.checked)}
                />
                <label htmlFor={p.id}>{p.label}</label>
            </div>
            <HintAndError id={p.id} hint={p.hint} error={p.error} />
        </div>
    )
}

export function RadioGroup(
    p: FieldProps & { value: string; onChange: (v: string) => void; choices: (Choice & { hint?: string })[] },
) {
    return (
        <fieldset
            className="m365-field"
            id={p.id}
            aria-describedby={describedBy(p.id, p.hint, p.error)}
            aria-invalid={p.error ? true : undefined}
            style={{ border: 0, padding: 0, margin: '0 0 1rem' }}
        >
            <legend className="m365-legend">{p.label}</legend>
            {p.choices.map((c) => (
                <div className="m365-check" key={c.value}>
                    <input
                        type="radio"
                        id={p.id + '-' + c.value}
                        name={p.id}
                        value={c.value}
                        checked={p.value === c.value}
                        onChange={() => p.onChange(c.value)}
                    />
                    <label htmlFor={p.id + '-' + c.value}>
                        {c.label}
                        {c.hint && (
                            <span className="m365-hint" style={{ display: 'block' }}>
                                {c.hint}
                            </span>
                        )}
                    </label>
                </div>
            ))}
            <HintAndError id={p.id} hint={p.hint} error={p.error} />
        </fieldset>
    )
}
