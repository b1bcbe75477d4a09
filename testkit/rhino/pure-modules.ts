// Which server modules can run outside the platform: those that import no Glide module, directly or through
// another server module. Derived from the import statements (never a hand list), so a new pure module is picked
// up by the differential suite and the coverage guard as soon as it exists.
import * as fs from 'node:fs'
import * as path from 'node:path'
import * as ts from 'typescript'

export const ROOT = path.join(__dirname, '..', '..')
export const SERVER = path.join(ROOT, 'src', 'server')
// The corpora are tests (test/rhino/corpus); the runner reads them as files and never imports them.
export const CORPUS = path.join(ROOT, 'test', 'rhino', 'corpus')

export interface ServerModule {
    /** Path from the repository root with forward slashes, e.g. src/server/domain/iso-time.ts. */
    id: string
    file: string
    /** Relative imports resolved to module ids. */
    imports: string[]
    /** Non-relative import specifiers (@servicenow/glide..., npm packages). */
    external: string[]
}

export const toId = (file: string): string => path.relative(ROOT, file).split(path.sep).join('/')

function serverFiles(dir: string): string[] {
    const out: string[] = []
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name)
        if (e.isDirectory()) out.push(...serverFiles(p))
        else if (/\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name)) out.push(p)
    }
    return out.sort()
}

/** Every module specifier a file names: import/export ... from, import('...'), require('...'). */
export function specifiers(file: string): string[] {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2021, true)
    const found: string[] = []
    const visit = (n: ts.Node): void => {
        if (
            (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) &&
            n.moduleSpecifier &&
            ts.isStringLiteral(n.moduleSpecifier)
        ) {
            found.push(n.moduleSpecifier.text)
        } else if (ts.isCallExpression(n) && n.arguments.length === 1 && ts.isStringLiteral(n.arguments[0])) {
            const callee = n.expression
            if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require'))
                found.push(n.arguments[0].text)
        }
        ts.forEachChild(n, visit)
    }
    visit(sf)
    return found
}

/** A relative specifier -> the file it names (with or without the .ts extension), or null. */
export function resolveRelative(from: string, spec: string): string | null {
    const base = path.resolve(path.dirname(from), spec)
    for (const candidate of [base, base + '.ts', path.join(base, 'index.ts')]) {
        if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate
    }
    return null
}

export function serverModules(): ServerModule[] {
    return serverFiles(SERVER).map((file) => {
        const imports: string[] = []
        const external: string[] = []
        for (const spec of specifiers(file)) {
            if (spec.charAt(0) !== '.') external.push(spec)
            else {
                const target = resolveRelative(file, spec)
                if (!target) throw new Error(toId(file) + ' imports ' + spec + ', which does not resolve to a file')
                imports.push(toId(target))
            }
        }
        return { id: toId(file), file, imports, external }
    })
}

const isGlide = (spec: string): boolean => spec === '@servicenow/glide' || spec.indexOf('@servicenow/glide/') === 0

/** Modules with no Glide import anywhere in their import graph, sorted by id. */
export function pureModules(all: ServerModule[] = serverModules()): ServerModule[] {
    const byId: Record<string, ServerModule> = {}
    for (const m of all) byId[m.id] = m
    const memo: Record<string, boolean> = {}
    const usesGlide = (id: string, stack: string[]): boolean => {
        if (memo[id] !== undefined) return memo[id]
        if (stack.indexOf(id) >= 0) return false
        const m = byId[id]
        const r = m.external.some(isGlide) || m.imports.some((i) => usesGlide(i, stack.concat(id)))
        if (!stack.length) memo[id] = r
        return r
    }
    return all.filter((m) => !usesGlide(m.id, []))
}

/** test/rhino/corpus/<path under src/server> holds a module's corpus. */
export function corpusFileFor(moduleId: string): string {
    const rel = moduleId.replace(/^src\/server\//, '')
    return path.join(CORPUS, ...rel.split('/'))
}
