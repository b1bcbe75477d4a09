// The tab's own layout on top of the shared theme (src/client/shared/theme.tsx).
export const TAB_CSS = `
body { background: var(--m365-bg); }
.tab { padding: var(--m365-space-m); display: grid; gap: var(--m365-space-m); }
.tab h2 { font-size: 1.125rem; margin: 0 0 var(--m365-space-s); }
.tab h3 { font-size: 1rem; margin: 0; }
.tab-list { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--m365-space-s); }
.tab-item { border: 1px solid var(--m365-border-soft); border-radius: var(--m365-radius); padding: var(--m365-space-s) var(--m365-space-m); }
.tab-meta { color: var(--m365-text-muted); font-size: 0.875rem; display: flex; flex-wrap: wrap; gap: var(--m365-space-m); margin: var(--m365-space-xs) 0; }
.tab-badge { display: inline-block; padding: 0 var(--m365-space-s); border-radius: 999px; background: var(--m365-bg-alt); border: 1px solid var(--m365-border-soft); font-size: 0.8125rem; }
.tab-badge--pending { background: var(--m365-warning-bg); }
.tab-badge--failed { background: var(--m365-critical-bg); }
.tab-post { border-left: 3px solid var(--m365-border-soft); padding-left: var(--m365-space-s); margin-top: var(--m365-space-s); }
.tab-row { display: flex; gap: var(--m365-space-s); align-items: flex-end; flex-wrap: wrap; }
.tab-row .m365-field { margin-bottom: 0; flex: 1 1 20rem; }
.tab-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0 var(--m365-space-m); }
.tab textarea.m365-input { min-height: 6rem; max-width: none; }
.tab-activity { margin: var(--m365-space-xs) 0 0; padding-left: var(--m365-space-m); font-size: 0.875rem; }
.tab-note { white-space: pre-wrap; overflow-wrap: anywhere; margin: var(--m365-space-xs) 0 var(--m365-space-s) var(--m365-space-m); padding-left: var(--m365-space-s); border-left: 3px solid var(--m365-border-soft); }
.tab-loading { color: var(--m365-text-muted); display: flex; align-items: center; gap: var(--m365-space-s); margin: var(--m365-space-s) 0; }
.tab-loading::before { content: ""; width: 1rem; height: 1rem; border-radius: 50%; border: 2px solid var(--m365-border-soft); border-top-color: var(--m365-accent); animation: tab-spin 0.9s linear infinite; }
@keyframes tab-spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .tab-loading::before { animation: none; } }
.tab-banner-line { margin: var(--m365-space-xs) 0 0; }
.tab-section-error { background: var(--m365-critical-bg); border-left: 4px solid var(--m365-critical); border-radius: var(--m365-radius); padding: var(--m365-space-s) var(--m365-space-m); margin: var(--m365-space-s) 0; display: grid; gap: var(--m365-space-xs); justify-items: start; }
.tab-section-error__text { margin: 0; font-weight: 600; }
/* The chosen answer must be visible, not only announced (aria-pressed): filled, with a check mark. */
.tab-choice[aria-pressed="true"] { background: var(--m365-accent); border-color: var(--m365-accent); color: #fff; }
.tab-choice__mark { display: none; margin-right: var(--m365-space-xs); }
.tab-choice__mark::before { content: "\\2713"; content: "\\2713" / ""; }
.tab-choice[aria-pressed="true"] .tab-choice__mark { display: inline; }
`
