// Runs every bench/*.ts except this one, one after another, each in its own tsx process with the Glide double
// mapped in (bench/tsconfig.json). Exits non-zero if any bench fails.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const dir = __dirname
const tsx = join(dir, '..', 'node_modules', '.bin', 'tsx')
let failed = 0
for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'run-all.ts')
    .sort()) {
    console.log(`\n== bench/${file}`)
    const r = spawnSync(tsx, ['--tsconfig', join(dir, 'tsconfig.json'), join(dir, file)], {
        stdio: 'inherit',
        cwd: join(dir, '..'),
    })
    if (r.status !== 0) {
        failed++
        console.log(`bench/${file} failed (exit ${r.status})`)
    }
}
process.exit(failed ? 1 : 0)
