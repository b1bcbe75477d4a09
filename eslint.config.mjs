// Flat config. src/server runs on the instance's Rhino engine, so it gets the ServiceNow SDK plugin plus bans
// for syntax that passes the build but fails on the platform (see ../shared/SDK-NOTES.md).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import { fixupPluginRules } from '@eslint/compat'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const snPlugin = require('@servicenow/eslint-plugin-sdk-app-plugin')
const snRecommended = snPlugin.configs.recommended

export default tseslint.config(
    { ignores: ['dist/**', 'target/**', 'node_modules/**', '@types/**', '.now/**', 'test-output/**', 'src/fluent/generated/**'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        },
    },
    {
        files: ['src/server/**/*.ts'],
        // The plugin calls context.getScope (removed in ESLint 9): fixupPluginRules bridges it.
        plugins: { '@servicenow/sdk-app-plugin': fixupPluginRules(snPlugin) },
        rules: {
            ...snRecommended.rules,
            '@servicenow/sdk-app-plugin/no-async-functions': 'error',
            '@servicenow/sdk-app-plugin/no-promise': 'error',
            'no-restricted-syntax': [
                'error',
                { selector: 'PrivateIdentifier', message: 'Rhino lacks #private fields: use a plain property.' },
                { selector: 'FunctionDeclaration[async=true], FunctionExpression[async=true], ArrowFunctionExpression[async=true]', message: 'Rhino has no async functions.' },
                { selector: 'AwaitExpression', message: 'Rhino has no await.' },
                { selector: 'StaticBlock', message: 'Rhino lacks class static blocks.' },
                { selector: "MemberExpression[object.name='console']", message: 'No console on the instance: log through platform/log.ts.' },
            ],
        },
    },
    {
        files: ['test/**/*.{ts,js,mjs,cjs}', 'sandbox/**/*.{ts,js,mjs,cjs}', 'bench/**/*.{ts,js,mjs}', '*.js', '*.mjs', 'scripts/**'],
        languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly', __filename: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', setImmediate: 'readonly', URL: 'readonly', URLSearchParams: 'readonly', fetch: 'readonly', AbortController: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', SharedArrayBuffer: 'readonly', Atomics: 'readonly', Int32Array: 'readonly', performance: 'readonly' } },
        rules: { '@typescript-eslint/no-require-imports': 'off' },
    },
    {
        files: ['src/client/**/*.{ts,tsx}'],
        languageOptions: { globals: { window: 'readonly', document: 'readonly', fetch: 'readonly', navigator: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URLSearchParams: 'readonly' } },
    },
)
