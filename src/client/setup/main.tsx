import React from 'react'
import ReactDOM from 'react-dom/client'
import { SetupApp } from './app.tsx'

const rootElement = document.getElementById('root')
if (rootElement) {
    ReactDOM.createRoot(rootElement).render(
        <React.StrictMode>
            <SetupApp />
        </React.StrictMode>,
    )
}
