import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

// Which tables the server code (src/server) touches and how, read from the source itself with the TypeScript
// checker, so the cross-scope privileges the build ships can be compared with what the code really does.
//
// It follows: the records helpers (src/server/platform/records.ts: list, findOne, getById, count -> read; insert ->
// create; update -> read + write; remove -> read + delete; removeWhere -> read + delete), `new GlideRecord(...)`
// (GlideRecordSecure, GlideAggregate too; the methods called on the record give the operations), table names
// given as literals, templates, constants (imported or not) and parameters (every call site of the function),
// and dot-walks in conditions and field lists (`{ 'incident.active': true }`, `role.name=...`). A dot-walk reads the
// referenced table: platform hardening (glide.script.dot_walk.enforce_cross_scope_access_all_tables) checks
// cross-scope access on dot-walked data too.

export type Operation = 'read' | 'write' | 'create' | 'delete'

export interface TableUse {
    table: string
    operation: Operation
    /** file:line of each place, for failure messages; ' (dot-walk)' after it when a field path reads the table. */
    where: string[]
}

export interface ScanResult {
    uses: TableUse[]
    /** Places whose table (or dot-walked reference) could not be worked out: the test fails on any. */
    unresolved: string[]
}

/** field of a table -> the table it references (for dot-walks). */
export type ReferenceLookup = (table: string, field: string) => string | null

const ROOT = join(__dirname, '..', '..')
const SERVER = join(ROOT, 'src', 'server')
const RECORDS_FILE = join(SERVER, 'platform', 'records.ts')

const HELPER_OPS: Record<string, Operation[]> = {
    list: ['read'],
    findOne: ['read'],
    getById: ['read'],
    count: ['read'],
    insert: ['create'],
    update: ['read', 'write'],
    remove: ['read', 'delete'],
    removeWhere: ['read', 'delete'],
}
// Helpers whose second argument is a condition ({field: value}, records.ts Where) and third a field list.
const QUERY_ARG: Record<string, number> = { list: 1, findOne: 1, count: 1, removeWhere: 1 }
const FIELDS_ARG: Record<string, number> = { list: 2, findOne: 2, getById: 2 }

const GLIDE_CLASSES = ['GlideRecord', 'GlideRecordSecure', 'GlideAggregate']
const METHOD_OPS: Record<string, Operation> = {
    get: 'read',
    query: 'read',
    next: 'read',
    getRowCount: 'read',
    hasNext: 'read',
    canRead: 'read',
    insert: 'create',
    initialize: 'create',
    newRecord: 'create',
    update: 'write',
    updateMultiple: 'write',
    deleteRecord: 'delete',
    deleteMultiple: 'delete',
}

function serverFiles(dir: string): string[] {
    const out: string[] = []
    for (const name of readdirSync(dir)) {
        const p = join(dir, name)
        if (statSync(p).isDirectory()) out.push(...serverFiles(p))
        else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(p)
    }
    return out
}

class Unresolved extends Error {}

// A placeholder for a value that is known only at run time (an id, a date): fine inside a query's values.
const RUNTIME = '\u0001'

export function scanTableAccess(references: ReferenceLookup): ScanResult {
    const files = serverFiles(SERVER)
    const program = ts.createProgram(files, {
        target: ts.ScriptTarget.ES2021,
        module: ts.ModuleKind.ES2022,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        allowImportingTsExtensions: true,
        noEmit: true,
        strict: true,
        skipLibCheck: true,
        types: [],
    })
    const checker = program.getTypeChecker()
    const sources = program.getSourceFiles().filter((f) => f.fileName.startsWith(SERVER) && !f.isDeclarationFile)
    const uses = new Map<string, TableUse>()
    const unresolved: string[] = []

    const at = (node: ts.Node): string => {
        const sf = node.getSourceFile()
        return relative(ROOT, sf.fileName) + ':' + (sf.getLineAndCharacterOfPosition(node.getStart()).line + 1)
    }
    const add = (table: string, op: Operation, node: ts.Node, how = '') => {
        const key = op + ' ' + table
        const u = uses.get(key) ?? { table, operation: op, where: [] }
        u.where.push(at(node) + how)
        uses.set(key, u)
    }

    const symbolOf = (node: ts.Node): ts.Symbol | undefined => {
        let s = checker.getSymbolAtLocation(node)
        if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s)
        return s
    }

    // Every call in the program, by the declaration of the function it calls (for parameters' values).
    const callsByDecl = new Map<ts.Node, ts.CallExpression[]>()
    const allCalls: ts.CallExpression[] = []
    const allNews: ts.NewExpression[] = []
    for (const sf of sources) {
        const visit = (n: ts.Node) => {
            if (ts.isCallExpression(n)) {
                allCalls.push(n)
                const d = symbolOf(n.expression)?.valueDeclaration
                if (d) callsByDecl.set(d, [...(callsByDecl.get(d) ?? []), n])
            }
            if (ts.isNewExpression(n)) allNews.push(n)
            ts.forEachChild(n, visit)
        }
        visit(sf)
    }

    /** Every string the expression can evaluate to; RUNTIME stands for parts known only at run time (loose). */
    function values(e: ts.Expression, loose: boolean, depth = 0): string[] {
        if (depth > 20) throw new Unresolved('too deep')
        if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [e.text]
        if (
            ts.isParenthesizedExpression(e) ||
            ts.isAsExpression(e) ||
            ts.isNonNullExpression(e) ||
            ts.isSatisfiesExpression(e)
        )
            return values(e.expression, loose, depth + 1)
        if (ts.isConditionalExpression(e))
            return [...values(e.whenTrue, loose, depth + 1), ...values(e.whenFalse, loose, depth + 1)]
        if (ts.isTemplateExpression(e)) {
            let acc = [e.head.text]
            for (const span of e.templateSpans) {
                const v = values(span.expression, loose, depth + 1)
                acc = acc.flatMap((a) => v.map((x) => a + x + span.literal.text))
            }
            return acc
        }
        if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
            const l = values(e.left, loose, depth + 1)
            const r = values(e.right, loose, depth + 1)
            return l.flatMap((a) => r.map((b) => a + b))
        }
        if (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e)) {
            const s = symbolOf(ts.isPropertyAccessExpression(e) ? e.name : e)
            const d = s?.valueDeclaration
            if (d && ts.isVariableDeclaration(d) && d.initializer && ts.getCombinedNodeFlags(d) & ts.NodeFlags.Const)
                return values(d.initializer, loose, depth + 1)
            if (d && ts.isPropertyAssignment(d)) return values(d.initializer, loose, depth + 1)
            if (d && ts.isParameter(d)) {
                const fn = d.parent
                const index = fn.parameters.indexOf(d)
                const calls =
                    callsByDecl.get(fn) ??
                    (ts.isVariableDeclaration(fn.parent) ? callsByDecl.get(fn.parent) : undefined) ??
                    []
                const out: string[] = []
                for (const c of calls) {
                    const arg = c.arguments[index]
                    if (arg) out.push(...values(arg, loose, depth + 1))
                    else if (d.initializer) out.push(...values(d.initializer, loose, depth + 1))
                }
                if (out.length) return out
                if (d.initializer) return values(d.initializer, loose, depth + 1)
            }
        }
        if (loose) return [RUNTIME]
        throw new Unresolved(e.getText())
    }

    /** The string elements of a field list (an array literal, possibly behind a constant, with spreads). */
    function fieldList(e: ts.Expression, depth = 0): string[] {
        if (depth > 20) throw new Unresolved('too deep')
        if (ts.isAsExpression(e) || ts.isParenthesizedExpression(e) || ts.isSatisfiesExpression(e))
            return fieldList(e.expression, depth + 1)
        if (ts.isArrayLiteralExpression(e))
            return e.elements.flatMap((el) =>
                ts.isSpreadElement(el) ? fieldList(el.expression, depth + 1) : values(el, false, depth + 1),
            )
        if (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e)) {
            const d = symbolOf(ts.isPropertyAccessExpression(e) ? e.name : e)?.valueDeclaration
            if (d && ts.isVariableDeclaration(d) && d.initializer) return fieldList(d.initializer, depth + 1)
            if (d && ts.isParameter(d)) {
                const calls = callsByDecl.get(d.parent) ?? []
                const i = d.parent.parameters.indexOf(d)
                return calls.flatMap((c) => (c.arguments[i] ? fieldList(c.arguments[i], depth + 1) : []))
            }
        }
        throw new Unresolved(e.getText())
    }

    // Reads of the tables a dotted path walks through (`a.b.c` on table T reads T.a's table, then its b's table).
    function dotWalk(table: string, path: string, node: ts.Node): void {
        const parts = path.split('.')
        let current = table
        for (let i = 0; i < parts.length - 1; i++) {
            const next = references(current, parts[i])
            if (!next) {
                unresolved.push(
                    `${at(node)}: dot-walk ${current}.${parts[i]} (add the reference to PLATFORM_REFERENCES in cross-scope.test.ts)`,
                )
                return
            }
            add(next, 'read', node, ' (dot-walk)')
            current = next
        }
    }

    function queryFields(query: string): string[] {
        const out: string[] = []
        for (const cond of query.split(/\^(?:NQ|OR)?/)) {
            const m = /^([a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*)/.exec(cond)
            if (m) out.push(m[1])
        }
        return out
    }

    /** Field names of a records.ts Where literal ({ 'incident.active': true, a: { op, or: { field: 'b' } } }). */
    function whereFields(e: ts.Expression, depth = 0): string[] | null {
        if (depth > 20) throw new Unresolved('too deep')
        if (ts.isAsExpression(e) || ts.isParenthesizedExpression(e) || ts.isSatisfiesExpression(e))
            return whereFields(e.expression, depth + 1)
        if (!ts.isObjectLiteralExpression(e)) return null
        const out: string[] = []
        for (const p of e.properties) {
            if (!ts.isPropertyAssignment(p)) throw new Unresolved(p.getText())
            if (ts.isComputedPropertyName(p.name)) out.push(...values(p.name.expression, true, depth + 1))
            else out.push(p.name.getText().replace(/^['"]|['"]$/g, ''))
            const cond = p.initializer
            if (!ts.isObjectLiteralExpression(cond)) continue
            const or = cond.properties.find((q) => ts.isPropertyAssignment(q) && q.name.getText() === 'or')
            if (or && ts.isPropertyAssignment(or) && ts.isObjectLiteralExpression(or.initializer)) {
                const field = or.initializer.properties.find(
                    (q) => ts.isPropertyAssignment(q) && q.name.getText() === 'field',
                )
                if (field && ts.isPropertyAssignment(field)) out.push(...values(field.initializer, true, depth + 1))
            }
        }
        return out
    }

    function walkQuery(tables: string[], expr: ts.Expression | undefined, node: ts.Node): void {
        if (!expr) return
        const fields = whereFields(expr) ?? values(expr, true).flatMap(queryFields)
        for (const f of fields) if (f.includes('.')) for (const t of tables) dotWalk(t, f, node)
    }

    function walkFields(tables: string[], expr: ts.Expression | undefined, node: ts.Node): void {
        if (!expr) return
        for (const f of fieldList(expr)) if (f.includes('.')) for (const t of tables) dotWalk(t, f, node)
    }

    // Calls to the records helpers.
    for (const c of allCalls) {
        if (c.getSourceFile().fileName === RECORDS_FILE) continue
        const d = symbolOf(c.expression)?.valueDeclaration
        if (!d || d.getSourceFile().fileName !== RECORDS_FILE || !ts.isFunctionDeclaration(d) || !d.name) continue
        const ops = HELPER_OPS[d.name.text]
        if (!ops) continue
        try {
            const tables = values(c.arguments[0], false)
            for (const t of tables) for (const op of ops) add(t, op, c)
            if (QUERY_ARG[d.name.text] !== undefined) walkQuery(tables, c.arguments[QUERY_ARG[d.name.text]], c)
            if (FIELDS_ARG[d.name.text] !== undefined) walkFields(tables, c.arguments[FIELDS_ARG[d.name.text]], c)
        } catch (e) {
            if (!(e instanceof Unresolved)) throw e
            unresolved.push(
                `${at(c)}: ${d.name.text}(${c.arguments.map((a) => a.getText()).join(', ')}): cannot tell ${e.message}`,
            )
        }
    }

    // GlideRecord objects created outside the helpers: the methods called on them give the operations.
    for (const n of allNews) {
        if (
            n.getSourceFile().fileName === RECORDS_FILE ||
            !ts.isIdentifier(n.expression) ||
            !GLIDE_CLASSES.includes(n.expression.text)
        )
            continue
        let tables: string[]
        try {
            tables = values(n.arguments?.[0] ?? ts.factory.createIdentifier('undefined'), false)
        } catch (e) {
            if (!(e instanceof Unresolved)) throw e
            unresolved.push(
                `${at(n)}: new ${n.expression.text}(${n.arguments?.map((a) => a.getText()).join(', ') ?? ''}): cannot tell ${e.message}`,
            )
            continue
        }
        const decl = n.parent
        const ops = new Set<Operation>()
        if (ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name)) {
            const v = checker.getSymbolAtLocation(decl.name)
            for (const c of allCalls) {
                if (!ts.isPropertyAccessExpression(c.expression) || symbolOf(c.expression.expression) !== v) continue
                const method = c.expression.name.text
                if (METHOD_OPS[method]) ops.add(METHOD_OPS[method])
                if (method === 'addEncodedQuery') walkQuery(tables, c.arguments[0], c)
                if (method === 'addQuery' || method === 'getValue' || method === 'getDisplayValue') {
                    for (const f of c.arguments[0] ? values(c.arguments[0], true) : [])
                        if (f.includes('.')) for (const t of tables) dotWalk(t, f, c)
                }
            }
        }
        if (!ops.size) ops.add('read')
        for (const t of tables) for (const op of ops) add(t, op, n)
    }

    return {
        uses: [...uses.values()].sort((a, b) => (a.table + a.operation).localeCompare(b.table + b.operation)),
        unresolved,
    }
}
