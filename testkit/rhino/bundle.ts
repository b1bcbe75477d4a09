// One ES5 script holding the pure server modules, their corpora and the harness: tsc transpiles each file
// (the same output for both engines, so only the runtime library can make them differ) and a tiny CommonJS
// loader links them.
import * as fs from 'node:fs'
import * as path from 'node:path'
import * as ts from 'typescript'
import { ROOT, corpusFileFor, resolveRelative, specifiers, toId } from './pure-modules.ts'

const COMPILER_OPTIONS: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES5,
    module: ts.ModuleKind.CommonJS,
    downlevelIteration: true,
    removeComments: true,
    esModuleInterop: true,
    isolatedModules: true,
}

export interface PlanEntry {
    module: string
    /** Corpus module id, or null when the module has no corpus yet (its constants are still compared). */
    corpus: string | null
}

function transpile(file: string): string {
    const source = fs.readFileSync(file, 'utf8')
    if (/\.json$/.test(file)) return 'module.exports = ' + JSON.stringify(JSON.parse(source)) + ';'
    const out = ts.transpileModule(source, {
        compilerOptions: COMPILER_OPTIONS,
        fileName: file,
        reportDiagnostics: false,
    })
    return out.outputText
}

function localSpecifiers(file: string): Record<string, string> {
    if (/\.json$/.test(file)) return {}
    const map: Record<string, string> = {}
    for (const spec of specifiers(file)) {
        if (spec.charAt(0) !== '.') continue
        const target = resolveRelative(file, spec)
        if (!target) throw new Error(toId(file) + ': cannot resolve ' + spec)
        map[spec] = toId(target)
    }
    return map
}

export function planFor(moduleIds: string[]): PlanEntry[] {
    return moduleIds.map((id) => {
        const c = corpusFileFor(id)
        return { module: id, corpus: fs.existsSync(c) ? toId(c) : null }
    })
}

/** The modules with every local module they import, transpiled and linked by the loader (no entry runs yet). */
function linkedModules(ids: string[]): string[] {
    const files: Record<string, { code: string; deps: Record<string, string> }> = {}
    const pending = ids.slice()
    while (pending.length) {
        const id = pending.pop() as string
        if (files[id]) continue
        const file = path.join(ROOT, id)
        const deps = localSpecifiers(file)
        files[id] = { code: transpile(file), deps }
        for (const spec of Object.keys(deps)) pending.push(deps[spec])
    }
    const parts = ['var __defs = {};']
    for (const id of Object.keys(files).sort()) {
        parts.push(
            '__defs[' +
                JSON.stringify(id) +
                '] = [function (exports, require, module) {\n' +
                files[id].code +
                '\n}, ' +
                JSON.stringify(files[id].deps) +
                '];',
        )
    }
    parts.push(LOADER)
    return parts
}

export function buildBundle(plan: PlanEntry[]): string {
    const parts = linkedModules(plan.flatMap((p) => (p.corpus ? [p.module, p.corpus] : [p.module])))
    parts.push('var __plan = ' + JSON.stringify(plan.map((p) => [p.module, p.corpus])) + ';')
    parts.push(fs.readFileSync(path.join(__dirname, 'harness.js'), 'utf8'))
    return parts.join('\n')
}

/**
 * `var <name> = <module>` for each entry (path from the repository root), with every module it imports, as one ES5
 * script a bench appends its own code to (bench/health-matching.ts times the matcher on Rhino). Same transpiler and
 * loader as the differential suite, so what a bench measures is what the suite compares.
 */
export function bundleEntries(entries: Record<string, string>): string {
    const id = (name: string) => toId(path.resolve(ROOT, entries[name]))
    const parts = linkedModules(Object.keys(entries).map(id))
    for (const name of Object.keys(entries)) parts.push('var ' + name + ' = __load(' + JSON.stringify(id(name)) + ');')
    return parts.join('\n') + '\n'
}

const LOADER = `var __cache = {};
function __load(id) {
    if (__cache[id]) return __cache[id].exports;
    var def = __defs[id];
    if (!def) throw new Error('not in the bundle: ' + id);
    var module = { exports: {} };
    __cache[id] = module;
    def[0].call(module.exports, module.exports, function (spec) {
        if (!def[1][spec]) throw new Error(id + ': cannot resolve ' + spec);
        return __load(def[1][spec]);
    }, module);
    return module.exports;
}`
