// Language features ServiceNow's ES2021 (ES12) mode disallows but Node and the build accept, checked on the
// server sources that ship as sys_module scripts. Source: ServiceNow docs "JavaScript engine feature support"
// (Subclassing builtins: "Error is subclassable ... Disallowed"; disallowed features raise an error on the instance).
import * as fs from 'node:fs'
import * as path from 'node:path'
import * as ts from 'typescript'

const SERVER = path.join(__dirname, '..', '..', 'src', 'server')
const BUILTINS = [
    'Error',
    'TypeError',
    'RangeError',
    'Array',
    'Map',
    'Set',
    'RegExp',
    'Promise',
    'Function',
    'Boolean',
    'Number',
    'String',
]

function serverFiles(dir: string): string[] {
    const out: string[] = []
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name)
        if (e.isDirectory()) out.push(...serverFiles(p))
        else if (e.name.endsWith('.ts')) out.push(p)
    }
    return out
}

function builtinSubclasses(file: string): string[] {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2021, true)
    const found: string[] = []
    const visit = (n: ts.Node): void => {
        if ((ts.isClassDeclaration(n) || ts.isClassExpression(n)) && n.heritageClauses) {
            for (const h of n.heritageClauses) {
                if (h.token !== ts.SyntaxKind.ExtendsKeyword) continue
                for (const t of h.types) {
                    const base = t.expression.getText(sf)
                    if (BUILTINS.indexOf(base) >= 0)
                        found.push(
                            path.relative(SERVER, file) +
                                ': class ' +
                                (n.name ? n.name.text : '(anonymous)') +
                                ' extends ' +
                                base,
                        )
                }
            }
        }
        ts.forEachChild(n, visit)
    }
    visit(sf)
    return found
}

describe('src/server runs on the instance (ES12 mode)', () => {
    it('no class extends a built-in such as Error (subclassing builtins is disallowed on the platform)', () => {
        const found = serverFiles(SERVER).flatMap(builtinSubclasses)
        expect(found).toEqual([])
    })
})
