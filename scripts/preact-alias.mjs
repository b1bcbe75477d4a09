// Rollup plugin for the UI pages (used by now.prebuild.mjs): the pages are written against React 18's API
// (react, react-dom/client, the automatic JSX runtime swc emits) but bundle preact/compat, which implements that
// API in a fraction of react-dom's size. Only the bundle changes: types still come from @types/react, and the
// browser tests drive the same pages. isomorphic-rollup 1.3.7 exports no alias plugin; rollup takes any plugin
// with a resolveId hook, so this maps the specifiers and lets the SDK's node-resolve find preact's files.
const ALIASES = {
    react: 'preact/compat',
    'react-dom': 'preact/compat',
    'react-dom/client': 'preact/compat/client',
    'react/jsx-runtime': 'preact/jsx-runtime',
    'react/jsx-dev-runtime': 'preact/jsx-dev-runtime',
}

export function preactAlias() {
    return {
        name: 'preact-alias',
        resolveId: {
            order: 'pre',
            async handler(source, importer, options) {
                const target = Object.prototype.hasOwnProperty.call(ALIASES, source) ? ALIASES[source] : null
                if (!target) return null
                const resolved = await this.resolve(target, importer, { ...options, skipSelf: true })
                if (!resolved)
                    this.error(`preact-alias: cannot resolve ${target} (for ${source}); is preact installed?`)
                return resolved
            },
        },
    }
}
