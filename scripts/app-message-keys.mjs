// Rollup plugin for the UI pages (used by now.prebuild.mjs): gives every t('English text') the app's own
// sys_ui_message key, so no shipped row is keyed by a platform word ("Cancel", "Open") that would relabel the
// whole instance (sys_ui_message is not scoped).
// - transform: t('English text', ...) becomes t({ code: '<key>', message: 'English text' }, ...). The SDK's
//   collector (isomorphic-rollup collectSnTranslate) takes that object form: the build ships an "en" row with
//   key = code and message = the English text, and the page's Jelly looks the key up for the user's language.
// - resolveId: 'sn-translate' resolves to src/client/shared/translate.ts, which reads that object form
//   (sn-translate 19.1.0 would print "[object Object]").
// The key comes from src/server/domain/message-key.ts, the function the server's msg() uses, loaded here by
// transpiling it (it has no imports), so client and server keys cannot drift.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

export function loadMessageKey(rootDir) {
    const ts = createRequire(import.meta.url)('typescript')
    const file = path.join(rootDir, 'src', 'server', 'domain', 'message-key.ts')
    const js = ts.transpileModule(readFileSync(file, 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019 },
    }).outputText
    const module = { exports: {} }
    new Function('module', 'exports', js)(module, module.exports)
    return module.exports.messageKey
}

function walk(node, visit) {
    if (!node || typeof node.type !== 'string') return
    visit(node)
    for (const k of Object.keys(node)) {
        const v = node[k]
        if (Array.isArray(v)) for (const c of v) walk(c, visit)
        else if (v && typeof v === 'object') walk(v, visit)
    }
}

export function appMessageKeys({ rootDir, clientDir }) {
    const messageKey = loadMessageKey(rootDir)
    const runtime = path.join(clientDir, 'shared', 'translate.ts')
    return {
        name: 'app-message-keys',
        resolveId: {
            order: 'pre',
            handler(source) {
                return source === 'sn-translate' ? runtime : null
            },
        },
        // Runs after the SDK plugins (swc has turned TS/JSX into plain JS that this.parse reads).
        transform(code) {
            if (!code.includes('sn-translate')) return null
            const ast = this.parse(code)
            const names = new Set()
            for (const node of ast.body) {
                if (node.type !== 'ImportDeclaration' || node.source.value !== 'sn-translate') continue
                for (const s of node.specifiers) {
                    if (s.type === 'ImportSpecifier' && (s.imported.name ?? s.imported.value) === 't')
                        names.add(s.local.name)
                }
            }
            if (names.size === 0) return null
            const edits = []
            walk(ast, (n) => {
                if (n.type !== 'CallExpression' || n.callee.type !== 'Identifier' || !names.has(n.callee.name)) return
                const a = n.arguments[0]
                if (a && a.type === 'Literal' && typeof a.value === 'string' && a.value !== '') {
                    edits.push({
                        start: a.start,
                        end: a.end,
                        text: `{code:${JSON.stringify(messageKey(a.value))},message:${JSON.stringify(a.value)}}`,
                    })
                }
            })
            if (edits.length === 0) return null
            let out = code
            for (const e of edits.sort((x, y) => y.start - x.start))
                out = out.slice(0, e.start) + e.text + out.slice(e.end)
            // Only string literals on their own lines change width; line mappings of the source map stay right.
            return { code: out, map: null }
        },
    }
}
