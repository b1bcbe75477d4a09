import React from 'react'
import ReactDOM from 'react-dom/client'
import { LinkAccountApp } from './app.tsx'

const rootElement = document.getElementById('root')
if (rootElement) {
    ReactDOM.createRoot(rootElement).render(
        <React.StrictMode>
            <LinkAccountApp />
        </React.StrictMode>,
    )
}
