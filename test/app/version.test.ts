import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { APP_VERSION } from '../../src/server/domain/version'

// The ping routes report APP_VERSION; the build names every server module after package.json's version.
test('APP_VERSION equals package.json version', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }
    expect(APP_VERSION).toBe(pkg.version)
})

test('now.config.json names the scope and the app as the product card says', () => {
    const cfg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'now.config.json'), 'utf8')) as {
        scope: string
        name: string
    }
    expect(cfg.scope).toBe('x_mioms_m365_assis')
    expect(cfg.name).toBe('Microsoft 365 support integration')
})
