import React from 'react'

// Horizon-like look without a component library: the Next Experience (Polaris) theme's custom properties when
// the page runs inside the platform, with close fallbacks elsewhere (the sandbox, a standalone page).
export const THEME_CSS = `
:root {
  --m365-font: var(--now-font-family, "Lato", "Source Sans Pro", "Segoe UI", Arial, sans-serif);
  --m365-text: rgb(var(--now-color_text--primary, 22, 27, 28));
  --m365-text-muted: rgb(var(--now-color_text--secondary, 82, 91, 94));
  --m365-bg: rgb(var(--now-color_background--primary, 255, 255, 255));
  --m365-bg-alt: rgb(var(--now-color_background--secondary, 244, 245, 247));
  --m365-border: rgb(var(--now-color_border--primary, 135, 146, 148));
  --m365-border-soft: rgb(var(--now-color_border--tertiary, 218, 221, 222));
  --m365-primary: rgb(var(--now-color--primary-1, 3, 45, 66));
  --m365-accent: rgb(var(--now-color_selection--primary-2, 0, 112, 210));
  --m365-focus: rgb(var(--now-color_focus-ring, 53, 147, 37));
  --m365-critical: rgb(var(--now-color_alert--critical-3, 200, 29, 29));
  --m365-critical-bg: rgb(var(--now-color_alert--critical-0, 253, 236, 236));
  --m365-positive: rgb(var(--now-color_alert--positive-3, 40, 124, 56));
  --m365-positive-bg: rgb(var(--now-color_alert--positive-0, 233, 246, 236));
  --m365-warning: rgb(var(--now-color_alert--warning-3, 142, 90, 0));
  --m365-warning-bg: rgb(var(--now-color_alert--warning-0, 255, 246, 224));
  --m365-info-bg: rgb(var(--now-color_alert--info-0, 232, 242, 252));
  --m365-radius: var(--now-form-field--border-radius, 4px);
  --m365-space-xs: 0.25rem; --m365-space-s: 0.5rem; --m365-space-m: 1rem; --m365-space-l: 1.5rem; --m365-space-xl: 2rem;
}
body { margin: 0; font-family: var(--m365-font); font-size: 1rem; line-height: 1.5; color: var(--m365-text); background: var(--m365-bg-alt); overflow-wrap: break-word; }
*, *::before, *::after { box-sizing: border-box; }
.m365-page { max-width: 72rem; margin: 0 auto; padding: var(--m365-space-l); }
.m365-card { background: var(--m365-bg); border: 1px solid var(--m365-border-soft); border-radius: 8px; padding: var(--m365-space-l); min-width: 0; }
.m365-layout { display: grid; grid-template-columns: minmax(12rem, 16rem) minmax(0, 1fr); gap: var(--m365-space-l); align-items: start; }
.m365-values > div { display: grid; grid-template-columns: 12rem minmax(0, 1fr) auto; gap: var(--m365-space-s); align-items: center; margin-bottom: var(--m365-space-s); }
.m365-values dt { font-weight: 600; }
.m365-values dd { margin: 0; }
.m365-counts { display: flex; flex-wrap: wrap; gap: 0 var(--m365-space-m); margin: var(--m365-space-xs) 0 0; padding: 0; list-style: none; font-weight: 600; }
.m365-links { display: flex; flex-wrap: wrap; gap: var(--m365-space-s); margin: var(--m365-space-s) 0 0; padding: 0; list-style: none; }
a.m365-btn { display: inline-block; text-decoration: none; }
.m365-field { display: flex; flex-direction: column; gap: var(--m365-space-xs); margin-bottom: var(--m365-space-m); }
.m365-field label, .m365-legend { font-weight: 600; }
.m365-hint { color: var(--m365-text-muted); font-size: 0.875rem; margin: 0; }
.m365-input, .m365-select { font: inherit; padding: var(--m365-space-s); border: 1px solid var(--m365-border); border-radius: var(--m365-radius); background: var(--m365-bg); color: inherit; width: 100%; max-width: 40rem; }
.m365-input[aria-invalid="true"], .m365-select[aria-invalid="true"] { border-color: var(--m365-critical); border-width: 2px; }
.m365-error { color: var(--m365-critical); font-size: 0.875rem; margin: 0; }
.m365-warning { color: var(--m365-text); background: var(--m365-warning-bg); border-left: 4px solid var(--m365-warning); padding: var(--m365-space-xs) var(--m365-space-s) var(--m365-space-xs) 2rem; font-size: 0.875rem; margin: 0; max-width: 40rem; position: relative; }
.m365-warning::before, .m365-banner--warning::before { content: "\\26A0\\FE0E"; color: var(--m365-warning); font-weight: 700; position: absolute; left: 0.6rem; }
.m365-warning::before { top: var(--m365-space-xs); }
.m365-banner--warning::before { top: var(--m365-space-m); }
.m365-check { display: flex; gap: var(--m365-space-s); align-items: flex-start; margin-bottom: var(--m365-space-s); }
.m365-btn { font: inherit; font-weight: 600; padding: var(--m365-space-s) var(--m365-space-m); border-radius: var(--m365-radius); border: 1px solid var(--m365-primary); background: var(--m365-bg); color: var(--m365-primary); cursor: pointer; }
.m365-btn--primary { background: var(--m365-primary); color: #fff; }
.m365-btn[disabled] { opacity: 0.5; cursor: not-allowed; }
.m365-btn--small { padding: 0 var(--m365-space-s); font-size: 0.875rem; }
:focus-visible { outline: 3px solid var(--m365-focus); outline-offset: 2px; }
.m365-banner { padding: var(--m365-space-m); border-radius: var(--m365-radius); margin-bottom: var(--m365-space-m); }
.m365-banner--error { background: var(--m365-critical-bg); border-left: 4px solid var(--m365-critical); }
.m365-banner--success { background: var(--m365-positive-bg); border-left: 4px solid var(--m365-positive); }
.m365-banner--info { background: var(--m365-info-bg); border-left: 4px solid var(--m365-accent); }
.m365-banner--warning { background: var(--m365-warning-bg); border-left: 4px solid var(--m365-warning); position: relative; padding-left: 2.25rem; }
.m365-mono { font-family: "Roboto Mono", Consolas, monospace; overflow-wrap: anywhere; }
@media (max-width: 48rem) {
  .m365-page { padding: var(--m365-space-m); }
  .m365-card { padding: var(--m365-space-m); }
  .m365-layout { grid-template-columns: minmax(0, 1fr); }
  .m365-values > div { grid-template-columns: minmax(0, 1fr) auto; }
  .m365-values dt { grid-column: 1 / -1; }
}
`

export function ThemeStyle() {
    return <style>{THEME_CSS}</style>
}
