// Jest runs CommonJS: transpile the ESM-only packages the Microsoft-side stand-ins use (oauth2-mock-server, jose,
// is-plain-obj) to CommonJS. Own transformer because ts-jest shares one config per project, and jose needs ES2022
// class fields kept as they are (lowering them breaks its Error subclasses).
const ts = require('typescript')
const { createHash } = require('node:crypto')

const compilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2022,
    allowJs: true,
    esModuleInterop: true,
    inlineSourceMap: true,
}

module.exports = {
    process(src, filename) {
        return { code: ts.transpileModule(src, { fileName: filename, compilerOptions }).outputText }
    },
    getCacheKey(src, filename) {
        return createHash('sha1').update(`esm-transform-1\0${ts.version}\0${filename}\0${src}`).digest('hex')
    },
}
