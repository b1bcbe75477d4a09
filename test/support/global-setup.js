// Jest global setup: make sure dist/ holds a build of the current sources. The Glide double "installs" the
// built app (tables, roles, ACLs, properties, REST routes) from dist/app/update, so tests exercise what ships.
const { execFileSync } = require('node:child_process')
const { existsSync, readdirSync, statSync } = require('node:fs')
const { join } = require('node:path')

const ROOT = join(__dirname, '..', '..')

function newestMtime(dir) {
    let newest = 0
    if (!existsSync(dir)) return newest
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, entry.name)
        const t = entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs
        if (t > newest) newest = t
    }
    return newest
}

module.exports = async function globalSetup() {
    const marker = join(ROOT, 'dist', 'app', 'scope')
    const builtAt = existsSync(marker) ? statSync(marker).mtimeMs : 0
    const srcAt = Math.max(newestMtime(join(ROOT, 'src')), statSync(join(ROOT, 'package.json')).mtimeMs)
    if (builtAt >= srcAt) return
    process.stdout.write('\n[global-setup] sources changed since the last build: running now-sdk build\n')
    execFileSync(join(ROOT, 'node_modules', '.bin', 'now-sdk'), ['build'], { cwd: ROOT, stdio: 'inherit' })
}
