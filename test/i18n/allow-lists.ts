// The explicit exceptions of the translation scan (scan.ts). Keep them short: each entry says why the text is
// not something a user reads, or where the keys of a dynamic msg() argument come from.

/** Literal texts in src/client that are not translatable, exactly as written, with the reason. */
export const CLIENT_LITERAL_ALLOW: Record<string, string> = {
    'Microsoft 365': 'product name, identical in every language (the seeds keep it in English)',
}

/** Literals in JSX output positions matching these are not prose: class names, ids, URLs, CSS, symbols. */
export const CLIENT_LITERAL_PATTERNS: { pattern: RegExp; why: string }[] = [
    { pattern: /^[^A-Za-z\u00C0-\uFFFF]*$/, why: 'no letters: punctuation, separators, numbers' },
    { pattern: /^https?:\/\/\S+$/, why: 'URL' },
    { pattern: /^[a-z0-9]+([-_][a-z0-9]+)+$/, why: 'CSS class name, test id or element id (kebab/snake case)' },
]

/** Prose-looking literals outside JSX (setError('...')) that are not user text. File-relative to src/client. */
export const CLIENT_PROSE_ALLOW: { file: string; text: string; why: string }[] = []

/**
 * msg() calls whose first argument is not a literal: the argument must be listed here with where its keys come
 * from (one of KEY_SOURCES below, or MSG), so every key it can take is in the catalog.
 */
export const DYNAMIC_MSG_ALLOW: { file: string; arg: string; why: string }[] = [
    { file: 'src/server/inbound/app-status-route.ts', arg: 'gate.message', why: 'evaluateGate returns an MSG text' },
    {
        file: 'src/server/incident/incident-tab-service.ts',
        arg: 'gateMessage',
        why: 'evaluateGate returns an MSG text',
    },
    {
        file: 'src/server/incident/incident-tab-routes.ts',
        arg: 'e.message',
        why: 'case-escalation.ts validation messages (KEY_SOURCES)',
    },
    {
        file: 'src/server/incident/incident-tab-routes.ts',
        arg: 'r.decision.userMessage',
        why: 'decideSync: an MSG text (outbound-errors userMessageFor) other than invalid_admin',
    },
    {
        file: 'src/server/cases/link-account-routes.ts',
        arg: 'LINK_PROBLEM_TEXT[r.check.problem]',
        why: 'admin-email.ts LINK_PROBLEM_TEXT (KEY_SOURCES)',
    },
    {
        file: 'src/server/setup/setup-service.ts',
        arg: 'STEP_TITLES[id]',
        why: 'setup-steps.ts STEP_TITLES (KEY_SOURCES)',
    },
    {
        file: 'src/server/setup/setup-render.ts',
        arg: 't',
        why: 'sentences built with tx() (KEY_SOURCES: every tx() literal)',
    },
    { file: 'src/server/setup/setup-render.ts', arg: 'r.name', why: 'setup-checks.ts check names (KEY_SOURCES)' },
    { file: 'src/server/setup/setup-render.ts', arg: 'v.label', why: 'setup-summary.ts labels (KEY_SOURCES)' },
]

/**
 * Where the keys of dynamic msg() arguments are declared: every string literal in the initializer of `decl`
 * (restricted to the values of property `prop` when given) is a catalog key.
 */
export const KEY_SOURCES: { file: string; decl: string; prop?: string }[] = [
    { file: 'src/server/domain/messages.ts', decl: 'MSG' },
    { file: 'src/server/setup/rules/setup-steps.ts', decl: 'STEP_TITLES' },
    { file: 'src/server/cases/rules/admin-email.ts', decl: 'LINK_PROBLEM_TEXT' },
    { file: 'src/server/setup/rules/setup-checks.ts', decl: '*', prop: 'name' },
    { file: 'src/server/setup/rules/setup-summary.ts', decl: '*', prop: 'label' },
    { file: 'src/server/cases/rules/case-escalation.ts', decl: '*', prop: 'message' },
]

/** Functions whose literal first argument is a catalog key (besides msg and t). */
export const KEY_MARKERS = ['tx']

/**
 * Machine-to-machine API: the support connector's callbacks. Their error messages are part of the English API
 * contract (contracts/connector.openapi.yaml) that the connector parses and logs; no person reads them in the
 * app, and they must not change with the integration user's language.
 */
export const MACHINE_API_FILES: { file: string; why: string }[] = [
    {
        file: 'src/server/inbound/case-event-service.ts',
        why: 'connector callback API (POST .../cases/{case_id}/events)',
    },
    { file: 'src/server/inbound/case-read-route.ts', why: 'connector callback API (GET .../cases/{case_id})' },
]
