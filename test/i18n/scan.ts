// Finds every user-facing string of the app with the TypeScript compiler API (no regex over source): the UI's
// t('...') texts, the server's msg() keys and their declared key sources, and the places where a string reaches
// a user without going through the catalog.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import {
    CLIENT_LITERAL_ALLOW,
    CLIENT_LITERAL_PATTERNS,
    CLIENT_PROSE_ALLOW,
    DYNAMIC_MSG_ALLOW,
    KEY_MARKERS,
    KEY_SOURCES,
    MACHINE_API_FILES,
} from './allow-lists'

export const ROOT = join(__dirname, '..', '..')

export interface Finding {
    file: string
    line: number
    problem: string
    text: string
}

export interface ScanResult {
    /** UI texts: literal first arguments of t() in src/client. */
    uiKeys: Set<string>
    /** Server keys: msg() literals, KEY_MARKERS literals, MSG.x references and KEY_SOURCES literals. */
    serverKeys: Set<string>
    findings: Finding[]
}

/** Props and attributes whose value a user reads (or a screen reader speaks). */
export const VISIBLE_ATTRIBUTES = new Set([
    'title',
    'aria-label',
    'placeholder',
    'label',
    'alt',
    'hint',
    'legend',
    'aria-description',
])

function walkFiles(dir: string, exts: string[]): string[] {
    const out: string[] = []
    for (const name of readdirSync(dir)) {
        const p = join(dir, name)
        if (statSync(p).isDirectory()) out.push(...walkFiles(p, exts))
        else if (exts.some((e) => name.endsWith(e)) && !name.endsWith('.d.ts')) out.push(p)
    }
    return out.sort()
}

function parse(file: string, text?: string): ts.SourceFile {
    const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
    return ts.createSourceFile(file, text ?? readFileSync(file, 'utf8'), ts.ScriptTarget.ES2021, true, kind)
}

function visit(node: ts.Node, fn: (n: ts.Node) => void): void {
    fn(node)
    ts.forEachChild(node, (c) => visit(c, fn))
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
    const e = call.expression
    if (ts.isIdentifier(e)) return e.text
    if (ts.isPropertyAccessExpression(e)) return e.name.text
    return ''
}

const isStringLike = (n: ts.Node): n is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
    ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)

function lineOf(sf: ts.SourceFile, n: ts.Node): number {
    return sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1
}

function allowedClientLiteral(text: string): boolean {
    const s = text.trim()
    if (s === '') return true
    if (Object.prototype.hasOwnProperty.call(CLIENT_LITERAL_ALLOW, s)) return true
    return CLIENT_LITERAL_PATTERNS.some((p) => p.pattern.test(s))
}

/** True when n sits inside the arguments of a t() call (its texts are keys or values, not raw UI text). */
function insideTranslateCall(n: ts.Node): boolean {
    for (let p: ts.Node | undefined = n.parent; p; p = p.parent) {
        if (
            ts.isCallExpression(p) &&
            calleeName(p) === 't' &&
            p.arguments.some((a) => a.pos <= n.pos && n.end <= a.end)
        )
            return true
        if (ts.isJsxElement(p) || ts.isJsxSelfClosingElement(p) || ts.isSourceFile(p)) return false
    }
    return false
}

/** Expressions whose value is what gets rendered: branches of ?:, right side of && and ||, operands of +. */
function outputLiterals(e: ts.Expression, out: ts.Node[]): void {
    if (ts.isParenthesizedExpression(e)) return outputLiterals(e.expression, out)
    if (isStringLike(e) || ts.isTemplateExpression(e)) return void out.push(e)
    if (ts.isConditionalExpression(e)) {
        outputLiterals(e.whenTrue, out)
        outputLiterals(e.whenFalse, out)
        return
    }
    if (ts.isBinaryExpression(e)) {
        const op = e.operatorToken.kind
        if (op === ts.SyntaxKind.PlusToken) {
            outputLiterals(e.left, out)
            outputLiterals(e.right, out)
        } else if (
            op === ts.SyntaxKind.AmpersandAmpersandToken ||
            op === ts.SyntaxKind.BarBarToken ||
            op === ts.SyntaxKind.QuestionQuestionToken
        ) {
            outputLiterals(e.right, out)
        }
    }
}

function literalText(n: ts.Node, sf: ts.SourceFile): string {
    if (isStringLike(n)) return n.text
    return n.getText(sf)
}

// Prose outside JSX (an error set into state, a label in a lookup table): starts with a capital letter and has
// a space, or is a sentence. Import paths, CSS and identifiers do not look like this.
function looksLikeProse(s: string): boolean {
    return (
        /^[A-Z][a-z']+[\s,][\s\S]*[A-Za-z]/.test(s) ||
        /^[A-Z][a-z]+$/.test(s) ||
        (/[a-z][.!?]$/.test(s.trim()) && /\s/.test(s))
    )
}

export function scanClient(findings: Finding[], uiKeys: Set<string>): void {
    for (const file of walkFiles(join(ROOT, 'src', 'client'), ['.ts', '.tsx']))
        scanClientSource(relative(ROOT, file), readFileSync(file, 'utf8'), findings, uiKeys)
}

/** One UI source file: its t() keys into uiKeys, its raw strings into findings. */
export function scanClientSource(rel: string, source: string, findings: Finding[], uiKeys: Set<string>): void {
    const sf = parse(rel, source)
    const report = (n: ts.Node, problem: string, text: string) =>
        findings.push({ file: rel, line: lineOf(sf, n), problem, text })
    const flagged = new Set<ts.Node>()
    const flagOutputs = (e: ts.Expression | undefined, problem: string) => {
        if (!e) return
        const lits: ts.Node[] = []
        outputLiterals(e, lits)
        for (const l of lits) {
            if (insideTranslateCall(l)) continue
            flagged.add(l)
            const text = literalText(l, sf)
            if (!allowedClientLiteral(text)) report(l, problem, text)
        }
    }
    visit(sf, (n) => {
        if (ts.isCallExpression(n) && calleeName(n) === 't' && ts.isIdentifier(n.expression)) {
            const first = n.arguments[0]
            if (!first || !ts.isStringLiteral(first))
                report(n, 't() needs a string literal first argument (the build collects literals only)', n.getText(sf))
            else uiKeys.add(first.text)
        }
        if (ts.isJsxText(n)) {
            const s = n.text.replace(/\s+/g, ' ').trim()
            if (!allowedClientLiteral(s)) report(n, 'JSX text not inside t()', s)
        }
        if (ts.isJsxExpression(n) && n.parent && (ts.isJsxElement(n.parent) || ts.isJsxFragment(n.parent)))
            flagOutputs(n.expression, 'JSX child string not inside t()')
        if (ts.isJsxAttribute(n) && VISIBLE_ATTRIBUTES.has(n.name.getText(sf))) {
            const init = n.initializer
            if (init && ts.isStringLiteral(init)) {
                flagged.add(init)
                if (!allowedClientLiteral(init.text))
                    report(init, `"${n.name.getText(sf)}" attribute not inside t()`, init.text)
            } else if (init && ts.isJsxExpression(init))
                flagOutputs(init.expression, `"${n.name.getText(sf)}" attribute not inside t()`)
        }
    })
    // Second pass: prose literals anywhere else in the UI code (state messages, lookup tables of labels).
    visit(sf, (n) => {
        if (!isStringLike(n) || flagged.has(n) || insideTranslateCall(n)) return
        const p = n.parent
        if (p && (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isExternalModuleReference(p))) return
        if (p && ts.isJsxAttribute(p)) return // non-visible attributes (className, id, data-testid, type...)
        if (p && ts.isPropertyAssignment(p) && p.name === n) return
        if (p && ts.isElementAccessExpression(p)) return
        if (
            p &&
            ts.isCallExpression(p) &&
            [
                'apiFetch',
                'querySelector',
                'getElementById',
                'addEventListener',
                'postMessage',
                'setAttribute',
                'getItem',
                'setItem',
                'includes',
                'startsWith',
                'endsWith',
                'split',
                'join',
                'replace',
            ].includes(calleeName(p))
        )
            return
        if (
            p &&
            ts.isBinaryExpression(p) &&
            [
                ts.SyntaxKind.EqualsEqualsEqualsToken,
                ts.SyntaxKind.ExclamationEqualsEqualsToken,
                ts.SyntaxKind.EqualsEqualsToken,
                ts.SyntaxKind.ExclamationEqualsToken,
            ].includes(p.operatorToken.kind)
        )
            return
        if (p && ts.isLiteralTypeNode(p)) return
        if (p && ts.isCaseClause(p)) return
        const text = n.text
        if (!looksLikeProse(text) || allowedClientLiteral(text)) return
        if (CLIENT_PROSE_ALLOW.some((a) => a.file === rel && a.text === text)) return
        report(n, 'UI string not inside t()', text)
    })
}

function collectLiterals(node: ts.Node, prop: string | undefined, out: Set<string>): void {
    visit(node, (n) => {
        if (!isStringLike(n)) return
        const p = n.parent
        if (p && ts.isPropertyAssignment(p) && p.name === n) return
        if (p && (ts.isLiteralTypeNode(p) || ts.isElementAccessExpression(p))) return
        if (
            prop !== undefined &&
            !(p && ts.isPropertyAssignment(p) && p.initializer === n && p.name.getText() === prop)
        )
            return
        out.add(n.text)
    })
}

/** The string values of `MSG` (domain/messages.ts) by property name, for msg(MSG.x). */
export function readMsgTable(): Record<string, string> {
    const sf = parse(join(ROOT, 'src', 'server', 'domain', 'messages.ts'))
    const out: Record<string, string> = {}
    visit(sf, (n) => {
        if (ts.isVariableDeclaration(n) && n.name.getText(sf) === 'MSG' && n.initializer) {
            visit(n.initializer, (c) => {
                if (ts.isPropertyAssignment(c) && isStringLike(c.initializer))
                    out[c.name.getText(sf)] = c.initializer.text
            })
        }
    })
    return out
}

export function scanServer(findings: Finding[], serverKeys: Set<string>): void {
    const dir = join(ROOT, 'src', 'server')
    const msgTable = readMsgTable()
    for (const v of Object.values(msgTable)) serverKeys.add(v)
    for (const src of KEY_SOURCES) {
        const file = join(ROOT, src.file)
        let sf: ts.SourceFile
        try {
            sf = parse(file)
        } catch {
            findings.push({
                file: src.file,
                line: 0,
                problem: 'KEY_SOURCES names a file that does not exist',
                text: src.decl,
            })
            continue
        }
        let found = false
        visit(sf, (n) => {
            if (
                src.decl === '*'
                    ? ts.isSourceFile(n)
                    : ts.isVariableDeclaration(n) && n.name.getText(sf) === src.decl && !!n.initializer
            ) {
                found = true
                collectLiterals(ts.isVariableDeclaration(n) ? n.initializer! : n, src.prop, serverKeys)
            }
        })
        if (!found)
            findings.push({
                file: src.file,
                line: 0,
                problem: 'KEY_SOURCES names a declaration that does not exist',
                text: src.decl,
            })
    }
    const usedDynamic = new Set<string>()
    for (const file of walkFiles(dir, ['.ts'])) {
        const rel = relative(ROOT, file)
        if (rel === join('src', 'server', 'platform', 'i18n.ts')) continue
        if (MACHINE_API_FILES.some((m) => m.file === rel)) continue
        scanServerSource(rel, readFileSync(file, 'utf8'), findings, serverKeys, msgTable, usedDynamic)
    }
    for (const a of DYNAMIC_MSG_ALLOW) {
        if (!usedDynamic.has(a.file + '|' + a.arg))
            findings.push({
                file: a.file,
                line: 0,
                problem: 'stale DYNAMIC_MSG_ALLOW entry (no such msg() call any more)',
                text: a.arg,
            })
    }
}

/** One server source file: msg()/marker keys into serverKeys, strings reaching users without msg() into findings. */
export function scanServerSource(
    rel: string,
    source: string,
    findings: Finding[],
    serverKeys: Set<string>,
    msgTable: Record<string, string>,
    usedDynamic = new Set<string>(),
): void {
    const sf = parse(rel, source)
    const report = (n: ts.Node, problem: string, text: string) =>
        findings.push({ file: rel, line: lineOf(sf, n), problem, text })
    visit(sf, (n) => {
        if (ts.isCallExpression(n) && ts.isIdentifier(n.expression)) {
            const name = n.expression.text
            const first = n.arguments[0]
            if (name === 'msg' || KEY_MARKERS.includes(name)) {
                if (first && isStringLike(first)) serverKeys.add(first.text)
                else if (first && ts.isPropertyAccessExpression(first) && first.expression.getText(sf) === 'MSG') {
                    const v = msgTable[first.name.text]
                    if (v === undefined) report(first, 'MSG has no such message', first.getText(sf))
                } else {
                    const arg = first ? first.getText(sf) : ''
                    const allowed = DYNAMIC_MSG_ALLOW.find((a) => a.file === rel && a.arg === arg)
                    if (allowed) usedDynamic.add(rel + '|' + arg)
                    else
                        report(
                            n,
                            `${name}() with a non-literal key: use a literal, or list it in DYNAMIC_MSG_ALLOW with its key source`,
                            n.getText(sf),
                        )
                }
            }
        }
        if (ts.isNewExpression(n) && calleeName(n) === 'HttpError') {
            const m = n.arguments?.[2]
            const ok = m && ts.isCallExpression(m) && ts.isIdentifier(m.expression) && m.expression.text === 'msg'
            // A message forwarded from a value already rendered through msg() (a variable) is reported too:
            // the check has to see msg() at the throw site.
            if (!ok) report(n, 'HttpError message not passed through msg()', m ? m.getText(sf) : '(none)')
        }
        // Error bodies built by hand ({error:{code,message:'...'}}) reach users like HttpError messages.
        if (
            ts.isPropertyAssignment(n) &&
            n.name.getText(sf) === 'message' &&
            isStringLike(n.initializer) &&
            /[A-Za-z]/.test(n.initializer.text) &&
            !PURE_RULES.test(rel)
        ) {
            report(n.initializer, 'user message literal not passed through msg()', n.initializer.text)
        }
    })
}

// Pure rules (src/server/domain, src/server/<feature>/rules) hold catalog keys that their callers pass through msg().
const PURE_RULES = /^src[\\/]server[\\/](domain|[a-z-]+[\\/]rules)[\\/]/

export function scanAll(): ScanResult {
    const findings: Finding[] = []
    const uiKeys = new Set<string>()
    const serverKeys = new Set<string>()
    scanClient(findings, uiKeys)
    scanServer(findings, serverKeys)
    return { uiKeys, serverKeys, findings }
}

export function formatFindings(fs: Finding[]): string {
    return fs.map((f) => `${f.file}:${f.line}: ${f.problem}: ${JSON.stringify(f.text)}`).join('\n')
}
