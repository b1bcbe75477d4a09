import React, { useState } from 'react'
import { t } from 'sn-translate'

// Copies a value for the admin who pastes it into another system. The clipboard API needs a secure context;
// elsewhere the hidden-textarea fallback is used. The result is announced politely.
function copyText(text: string): Promise<void> {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text)
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.position = 'fixed'
    area.style.opacity = '0'
    document.body.appendChild(area)
    area.select()
    const ok = document.execCommand('copy')
    document.body.removeChild(area)
    return ok ? Promise.resolve() : Promise.reject(new Error('copy failed'))
}

export function CopyButton({ value, label }: { value: string; label: string }) {
    const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
    const copy = () =>
        copyText(value).then(
            () => setState('copied'),
            () => setState('failed'),
        )
    return (
        <span>
            <button
                type="button"
                className="m365-btn m365-btn--small"
                onClick={copy}
                disabled={!value}
                aria-label={t('Copy {0}', label)}
            >
                {t('Copy')}
            </button>
            <span role="status" className="m365-hint" style={{ marginLeft: '0.5rem' }}>
                {state === 'copied'
                    ? t('Copied')
                    : state === 'failed'
                      ? t('Select the value and copy it with Ctrl+C')
                      : ''}
            </span>
        </span>
    )
}
