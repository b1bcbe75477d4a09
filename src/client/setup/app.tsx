import React, { useEffect, useState } from 'react'
import { apiFetch } from '../shared/api.ts'

interface AppStatus {
    scope: string
    version: string
    setupComplete: boolean
    configuration: string | null
    message: string | null
}

// Shell of the Setup guided flow: shows where setup stands. The wizard steps are built on top of this.
export function SetupApp() {
    const [status, setStatus] = useState<AppStatus | null>(null)
    const [error, setError] = useState<string | null>(null)
    useEffect(() => {
        apiFetch<AppStatus>('/status').then(setStatus, (e: Error) => setError(e.message))
    }, [])
    return (
        <main>
            <h1>Microsoft 365 Support Setup</h1>
            {error && <p role="alert">{error}</p>}
            {status && (
                <p data-testid="setup-status">
                    {status.setupComplete ? 'Setup is complete.' : status.message}
                </p>
            )}
        </main>
    )
}
