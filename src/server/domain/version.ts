// Kept equal to package.json's version by test/app/version.test.ts (the build names modules by that version).
export const APP_VERSION = '1.0.0'
