// Flat config. src/server runs on the instance's Rhino engine, so it gets the ServiceNow SDK plugin plus bans
// for syntax that passes the build but fails on the platform (see ../shared/SDK-NOTES.md).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import { fixupPluginRules } from '@eslint/compat'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const snPlugin = require('@servicenow/eslint-plugin-sdk-app-plugin')
const snRecommended = snPlugin.configs.recommended

// src/server folders by rank, lowest first (see the server-layers blocks below).
const SERVER_LAYERS = [
    ['domain'],
    ['platform'],
    ['outbound'],
    ['health', 'solutions'],
    ['setup'],
    ['cases'],
    ['incident', 'inbound'],
]

export default tseslint.config(
    {
        ignores: [
            'dist/**',
            'target/**',
            'node_modules/**',
            '@types/**',
            '.now/**',
            'test-output/**',
            'src/fluent/generated/**',
        ],
    },
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
                {
                    selector:
                        'FunctionDeclaration[async=true], FunctionExpression[async=true], ArrowFunctionExpression[async=true]',
                    message: 'Rhino has no async functions.',
                },
                { selector: 'AwaitExpression', message: 'Rhino has no await.' },
                { selector: 'StaticBlock', message: 'Rhino lacks class static blocks.' },
                {
                    selector: "MemberExpression[object.name='console']",
                    message: 'No console on the instance: log through platform/log.ts.',
                },
                // Rhino 1.7.14 differs from V8 here (test/rhino, docs/development.md "Rhino differential suite").
                {
                    selector: "NewExpression[callee.name='Date'][arguments.length>1]",
                    message: 'new Date(y, m, ...) is local time: use utcMs() from domain/iso-time.ts.',
                },
                {
                    selector:
                        "NewExpression[callee.name='Date'] > :matches(Literal[raw=/^['\"]/], TemplateLiteral, BinaryExpression[operator='+']).arguments",
                    message:
                        'new Date(<string>) parses differently on Rhino: use parseIsoInstant()/parseGlideUtc() from domain/iso-time.ts.',
                },
                {
                    selector: "CallExpression[callee.property.name='sort']",
                    message: "Rhino's Array.prototype.sort is not stable: use stableSort() from domain/stable-sort.ts.",
                },
            ],
            'no-restricted-properties': [
                'error',
                {
                    object: 'Date',
                    property: 'parse',
                    message:
                        'Rhino parses only some ISO strings (exactly 3 fraction digits, offset-less as UTC): use parseIsoInstant() from domain/iso-time.ts or parseHttpDate() from domain/http-date.ts.',
                },
                {
                    object: 'Math',
                    property: 'round',
                    message:
                        "Rhino's Math.round saturates at 2^63 and loses -0: use roundHalfUp() from domain/numbers.ts.",
                },
                {
                    object: 'Object',
                    property: 'assign',
                    message:
                        "Rhino's Object.assign skips properties whose value is undefined: build the object explicitly.",
                },
                {
                    property: 'localeCompare',
                    message: 'Java and ICU collate differently: compare with < and > (or a documented key).',
                },
                { property: 'toLocaleString', message: 'Java and ICU format differently: format explicitly.' },
                { property: 'toLocaleDateString', message: 'Java and ICU format differently: format explicitly.' },
                { property: 'toLocaleTimeString', message: 'Java and ICU format differently: format explicitly.' },
            ],
            'no-restricted-globals': ['error', { name: 'Intl', message: 'Rhino has no Intl.' }],
        },
    },
    {
        // Glide stays behind src/server/platform/ (docs/development.md "Where things live"): feature code and pure
        // rules reach the platform only through it, so rules run anywhere (tests, the Rhino differential suite).
        files: ['src/server/**/*.ts'],
        ignores: ['src/server/platform/**'],
        rules: {
            'no-restricted-imports': [
                'error',
                {
                    patterns: [
                        {
                            group: ['@servicenow/glide', '@servicenow/glide/*'],
                            message: 'Only src/server/platform/ imports Glide: add or reuse a function there.',
                        },
                    ],
                },
            ],
            'no-restricted-globals': [
                'error',
                { name: 'Intl', message: 'Rhino has no Intl.' },
                ...[
                    'gs',
                    'GlideRecord',
                    'GlideRecordSecure',
                    'GlideAggregate',
                    'GlideDateTime',
                    'GlideDigest',
                    'GlideSysAttachment',
                    'sn_ws',
                    'sn_auth',
                ].map((name) => ({
                    name,
                    message: 'Only src/server/platform/ uses Glide: add or reuse a function there.',
                })),
            ],
        },
    },
    // Server folders import only downwards (docs/development.md "Where things live"): a feature never imports one
    // that builds on it, so each folder can be read with only what lies below it. Rank by rank, lowest first;
    // folders of one rank may import each other. These blocks repeat the Glide ban above because a later
    // no-restricted-imports replaces an earlier one for the same file.
    ...SERVER_LAYERS.flatMap((rank, i) =>
        rank.map((dir) => ({
            files: [`src/server/${dir}/**/*.ts`],
            rules: {
                'no-restricted-imports': [
                    'error',
                    {
                        patterns: [
                            ...(dir === 'platform'
                                ? []
                                : [
                                      {
                                          group: ['@servicenow/glide', '@servicenow/glide/*'],
                                          message:
                                              'Only src/server/platform/ imports Glide: add or reuse a function there.',
                                      },
                                  ]),
                            ...SERVER_LAYERS.slice(i + 1)
                                .flat()
                                .map((above) => ({
                                    group: [`**/${above}/**`],
                                    message: `src/server/${dir}/ must not import ${above}/, which builds on it: move what both need down.`,
                                })),
                        ],
                    },
                ],
            },
        })),
    ),
    {
        files: [
            'test/**/*.{ts,js,mjs,cjs}',
            'testkit/**/*.{ts,js,mjs,cjs}',
            'sandbox/**/*.{ts,js,mjs,cjs}',
            'bench/**/*.{ts,js,mjs}',
            '*.js',
            '*.mjs',
            'scripts/**',
        ],
        languageOptions: {
            globals: {
                process: 'readonly',
                console: 'readonly',
                require: 'readonly',
                module: 'writable',
                exports: 'writable',
                __dirname: 'readonly',
                __filename: 'readonly',
                Buffer: 'readonly',
                setTimeout: 'readonly',
                clearTimeout: 'readonly',
                setInterval: 'readonly',
                clearInterval: 'readonly',
                setImmediate: 'readonly',
                URL: 'readonly',
                URLSearchParams: 'readonly',
                fetch: 'readonly',
                AbortController: 'readonly',
                TextEncoder: 'readonly',
                TextDecoder: 'readonly',
                SharedArrayBuffer: 'readonly',
                Atomics: 'readonly',
                Int32Array: 'readonly',
                performance: 'readonly',
            },
        },
        rules: { '@typescript-eslint/no-require-imports': 'off' },
    },
    // testkit/ (the Glide double, the instance double, the Microsoft stand-ins, installing the built app, seeded
    // instances, the Rhino differential runner) is what test/, sandbox/ and bench/ share: they import it, it imports
    // none of them, and they do not import each other.
    ...[
        ['test', ['sandbox', 'bench']],
        ['sandbox', ['test', 'bench']],
        ['bench', ['test', 'sandbox']],
        ['testkit', ['test', 'sandbox', 'bench']],
    ].map(([dir, banned]) => ({
        files: [`${dir}/**/*.{ts,tsx,js,mjs,cjs}`],
        rules: {
            'no-restricted-imports': [
                'error',
                {
                    patterns: banned.map((b) => ({
                        group: [`**/${b}/*`, `${b}/*`],
                        message:
                            dir === 'testkit'
                                ? `testkit/ is shared by test/, sandbox/ and bench/ and imports none of them.`
                                : `${dir}/ must not import ${b}/: move what both need into testkit/.`,
                    })),
                },
            ],
        },
    })),
    {
        files: ['src/client/**/*.{ts,tsx}'],
        languageOptions: {
            globals: {
                window: 'readonly',
                document: 'readonly',
                fetch: 'readonly',
                navigator: 'readonly',
                console: 'readonly',
                setTimeout: 'readonly',
                clearTimeout: 'readonly',
                URLSearchParams: 'readonly',
            },
        },
    },
)
