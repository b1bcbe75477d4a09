import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import * as control from '../glide/control'
import { gs } from '../glide/gs'

// Runs the app's scheduled job scripts (sysauto_script.script, as the build emits them) the way the platform does:
// the script is evaluated with `require` resolving sys_module paths
// (x_mioms_m365_assis/<package name>/<version>/src/server/...) to the app's modules, and `gs`.

const ROOT = join(__dirname, '..', '..')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string }
const MODULE_PREFIX = `x_mioms_m365_assis/${pkg.name}/${pkg.version}/`

function requireAppModule(path: string): unknown {
    if (!path.startsWith(MODULE_PREFIX))
        throw new Error(`No sys_module ${path} in this app (expected the prefix ${MODULE_PREFIX})`)
    return require(join(ROOT, path.slice(MODULE_PREFIX.length)))
}

export function runAppJob(job: control.Row): void {
    new Function('require', 'gs', job.script)(requireAppModule, gs)
}

/** Runs every job queued with gs.executeNow; returns their names. */
export function runQueuedAppJobs(): string[] {
    return control.runQueuedJobs(runAppJob)
}
