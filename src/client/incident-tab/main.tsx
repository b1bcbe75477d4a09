import React from 'react'
import ReactDOM from 'react-dom/client'
import { IncidentTabApp } from './app.tsx'
import { watchHeight } from './frame-height.ts'

const rootElement = document.getElementById('root')
if (rootElement) {
    const sysId = new URLSearchParams(window.location.search).get('sys_id') ?? ''
    ReactDOM.createRoot(rootElement).render(
        <React.StrictMode>
            <IncidentTabApp incidentId={sysId} />
        </React.StrictMode>,
    )
    watchHeight(rootElement)
}
