// Two projects: `unit` runs in-process against the Glide test double; `browser` drives the sandbox in
// headless Chromium. Both map @servicenow/glide (types only on npm) to our double in testkit/glide.
const glideMapper = {
    '^@servicenow/glide$': '<rootDir>/testkit/glide/index.ts',
    '^@servicenow/glide/(.*)$': '<rootDir>/testkit/glide/$1.ts',
}
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json', diagnostics: false }]
// oauth2-mock-server and its ESM-only deps (jose, is-plain-obj) are transpiled to CommonJS for jest.
const esmDeps = 'oauth2-mock-server|jose|is-plain-obj'
const esmToCjs = '<rootDir>/test/microsoft/esm-transform.cjs'
const common = {
    rootDir: __dirname,
    testEnvironment: 'node',
    transform: { '^.+\\.tsx?$': tsJest, [`/node_modules/(${esmDeps})/.+\\.m?js$`]: esmToCjs },
    transformIgnorePatterns: [`/node_modules/(?!(${esmDeps})/)`],
    moduleNameMapper: glideMapper,
    moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
}
module.exports = {
    // Builds the app first when sources changed: the double installs the built app (testkit/app/install-app.ts).
    globalSetup: '<rootDir>/test/support/global-setup.js',
    projects: [
        {
            ...common,
            displayName: 'unit',
            testMatch: ['<rootDir>/test/**/*.test.ts'],
            testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
        },
        {
            ...common,
            displayName: 'browser',
            testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
            setupFilesAfterEnv: ['<rootDir>/test/browser/support/timeout.ts'],
        },
    ],
}
