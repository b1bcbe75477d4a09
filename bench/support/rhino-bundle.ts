// Bundles pure src/server modules into one ES5 script for Mozilla Rhino 1.7.14 (the engine of the instance), so a
// bench can run the same code there: TypeScript transpiles each module to ES5/CommonJS; a small require() joins them.
// Only relative `.ts` imports are followed (the pure domain modules import nothing else).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import * as ts from 'typescript'

export const RHINO_JAR = '/usr/share/java/rhino.jar'

export function rhinoAvailable(): boolean {
    if (!existsSync(RHINO_JAR)) return false
    try {
        execFileSync('java', ['-version'], { stdio: 'ignore' })
        return true
    } catch {
        return false
    }
}

/** `var <name> = require(<entry>)` for each entry, with every module it imports, as one ES5 script. */
export function bundleForRhino(entries: Record<string, string>): string {
    const modules: Record<string, string> = {}
    const visit = (file: string) => {
        if (modules[file] !== undefined) return
        const src = readFileSync(file, 'utf8')
        modules[file] = ''
        const js = ts.transpileModule(src, {
            compilerOptions: {
                module: ts.ModuleKind.CommonJS,
                target: ts.ScriptTarget.ES5,
                importHelpers: false,
                esModuleInterop: false,
            },
        }).outputText
        modules[file] = js
        const re = /from '(\.[^']+\.ts)'/g
        let m: RegExpExecArray | null
        while ((m = re.exec(src)) !== null) visit(path.resolve(path.dirname(file), m[1]))
    }
    Object.keys(entries).forEach((k) => visit(path.resolve(entries[k])))
    let out = 'var __defs = {}, __cache = {};\n'
    out +=
        'function __req(from, spec) { var p = spec.charAt(0) === "." ? __join(from, spec) : spec; if (__cache[p]) return __cache[p].exports;' +
        ' var m = { exports: {} }; __cache[p] = m; __defs[p](m.exports, function (s) { return __req(p, s) }, m); return m.exports }\n'
    out +=
        'function __join(from, spec) { var parts = from.split("/"); parts.pop(); var s = spec.split("/");' +
        ' for (var i = 0; i < s.length; i++) { if (s[i] === "..") parts.pop(); else if (s[i] !== ".") parts.push(s[i]) } return parts.join("/") }\n'
    for (const file of Object.keys(modules))
        out +=
            '__defs[' + JSON.stringify(file) + '] = function (exports, require, module) {\n' + modules[file] + '\n};\n'
    for (const name of Object.keys(entries))
        out += 'var ' + name + ' = __req("/", ' + JSON.stringify(path.resolve(entries[name])) + ');\n'
    return out
}

/** Runs a script on Rhino (-version 200, ES6 mode as close to the instance's as the shell offers); its stdout. */
export function runOnRhino(script: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'rhino-'))
    try {
        const file = path.join(dir, 'main.js')
        writeFileSync(file, script)
        return execFileSync(
            'java',
            ['-Xss8m', '-cp', RHINO_JAR, 'org.mozilla.javascript.tools.shell.Main', '-version', '200', file],
            { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
        )
    } finally {
        rmSync(dir, { recursive: true, force: true })
    }
}
