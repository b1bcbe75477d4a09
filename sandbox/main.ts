import { join } from 'node:path'
import * as control from '../testkit/glide/control'
import { gs } from '../testkit/glide/gs'
import { installApp } from '../testkit/app/install-app'
import { createInstanceServer } from '../testkit/instance/server.ts'
import { doubleRuntime } from '../testkit/instance/runtime.ts'
import { createOidcBearerVerifier } from '../testkit/instance/oidc-bearer.ts'
import { DEMO_USERS, seedDemo } from '../testkit/app/demo-seed.ts'
import { DEFAULTS } from '../testkit/microsoft/defaults.ts'
import { spawnMicrosoftSide } from '../testkit/microsoft/spawn.ts'
import { installScopePrivileges } from '../testkit/app/privileges'
import { applySetupPreset, PresetConfiguration } from '../testkit/app/setup-preset'
import { runSetupVerification } from '../src/server/setup/setup-service.ts'
import { runHealthPollJob } from '../src/server/health/health-job.ts'
import { caseSyncJob } from '../src/server/cases/case-sync-job.ts'
import { runQueuedAppJobs } from '../testkit/app/app-jobs'

// `npm run sandbox`: the app with no instance, on 127.0.0.1 only. Prints a JSON line {"ready":true,"urls":...}
// (the browser tests read it) and then a human summary. Options: --port N (0 = any free port, default 8080).

const ROOT = join(__dirname, '..')
const SCOPE = 'x_mioms_m365_assis'

function arg(name: string, fallback: string): string {
    const i = process.argv.indexOf('--' + name)
    return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback
}

async function main(): Promise<void> {
    const port = Number(arg('port', process.env.SANDBOX_PORT ?? '8080'))
    const app = installApp()
    // The instance must listen before the connector learns its callback URL.
    const { server, dispatchInProcess } = createInstanceServer({
        app,
        rootDir: ROOT,
        scope: SCOPE,
        runtime: doubleRuntime(),
        bearer: createOidcBearerVerifier(),
        demoUsers: DEMO_USERS,
    })
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    const address = server.address()
    const instanceUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`

    const microsoft = await spawnMicrosoftSide(
        {
            callback: {
                instanceUrl,
                auth: 'basic',
                user: DEFAULTS.integrationUser.user,
                password: DEFAULTS.integrationUser.password,
            },
        },
        { showStderr: true },
    )
    seedDemo(microsoft.urls)
    installScopePrivileges(app)
    // --setup basic|aad|insights: Setup answered up to "Complete the integration" (verification not run yet).
    if (arg('setup', '')) applySetupPreset(arg('setup', '') as PresetConfiguration, microsoft.urls.connector)
    // Setup's failure paths (browser tests): --deny-cross-scope <table> refuses the app's reads of that table;
    // --servlet-uri <url> gives the instance a wrong public URL.
    if (arg('deny-cross-scope', '')) control.denyCrossScope(arg('deny-cross-scope', ''), 'read')
    gs.setProperty('glide.servlet.uri', arg('servlet-uri', instanceUrl + '/'))
    control.registerInProcessHost(instanceUrl, (req) => dispatchInProcess(req.method, req.url, req.headers, req.body))
    // --property name=value (repeatable): a system property set at start, e.g. a shorter Setup turn-off rule
    // (x_mioms_m365_assis.setup.turn_off_after_failures / _hours) so a browser test can reach it.
    process.argv.forEach((a, i) => {
        const kv = a === '--property' ? (process.argv[i + 1] ?? '') : ''
        if (kv.indexOf('=') > 0) gs.setProperty(kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1))
    })
    // --setup-complete basic|aad|insights: Setup answered AND its verification tests run (as an admin selecting
    // Next), so the incident tab and the other features are usable at once.
    const complete = arg('setup-complete', '')
    if (complete) {
        applySetupPreset(complete as PresetConfiguration, microsoft.urls.connector)
        const view = runSetupVerification()
        const failed = view.results.filter((r) => r.status !== 'passed')
        if (!view.completed)
            throw new Error(`--setup-complete ${complete}: verification failed: ${JSON.stringify(failed)}`)
    }
    // --auto-incidents: the optional "one ServiceNow incident per Microsoft 365 service health incident".
    if (process.argv.includes('--auto-incidents')) {
        gs.setProperty('x_mioms_m365_assis.health.auto_incident.enabled', 'true')
        gs.setProperty('x_mioms_m365_assis.health.auto_incident.assignment_group', 'Microsoft 365 Support')
        gs.setProperty('x_mioms_m365_assis.health.auto_incident.category', 'software')
    }
    // Jobs queued with gs.executeNow (Setup's verification queues the service health poll when it passes) run at
    // once, as a scheduler worker would pick them up: here before the sandbox says it is ready, then every second.
    if (complete) runQueuedAppJobs()
    const queued = setInterval(() => runQueuedAppJobs(), 1000)
    queued.unref()
    // The platform runs the poll job on its schedule (every 5 minutes, polling when the interval is due).
    const poll = () => {
        control.setCurrentUser('admin') // scheduled jobs run as their Run as user (System Administrator)
        runHealthPollJob()
    }
    const pollTimer = setInterval(poll, 5 * 60 * 1000)
    pollTimer.unref()
    // The case-sync job (every minute on the platform): sends Contact Microsoft support cases the connector did not
    // take yet, each when its backoff is due. --case-sync-ms N runs it more often (browser tests).
    const caseSync = setInterval(
        () => {
            control.setCurrentUser('admin')
            caseSyncJob()
        },
        Number(arg('case-sync-ms', '60000')),
    )
    caseSync.unref()

    const urls = { instance: instanceUrl, ...microsoft.urls }
    // The stand-in connector accepts one repository (testkit/microsoft/connector.ts): Setup's Repository ID step
    // must name it, or the connector ping answers 403.
    console.log(JSON.stringify({ ready: true, urls, repositoryId: DEFAULTS.repositoryId }))
    console.log(
        `\nSandbox instance: ${instanceUrl}/  (sign in as one of: ${DEMO_USERS.map((u) => u.userName).join(', ')})`,
    )
    for (const [k, v] of Object.entries(microsoft.urls)) console.log(`  ${k.padEnd(10)} ${v}`)
    console.log(
        `  Setup answers for the stand-ins: tenant domain ${DEFAULTS.tenantDomain}; Repository ID ${DEFAULTS.repositoryId} (the only one the connector accepts);`,
    )
    console.log(`    connector endpoint ${microsoft.urls.connector}; App ID URI ${DEFAULTS.connectorResource}`)
    // The incident tab of each demo incident (the sandbox has no incident form; the page is what the form embeds).
    for (const inc of control.rows('incident'))
        console.log(
            `  Microsoft 365 tab of ${inc.number}: ${instanceUrl}/x_mioms_m365_assis_incident_tab.do?sys_id=${inc.sys_id}  (${inc.short_description})`,
        )
    const shutdown = () => {
        void microsoft.close()
        server.close()
        process.exit(0)
    }
    process.on('SIGTERM', shutdown)
    process.on('SIGINT', shutdown)
}

main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.stack : e)
    process.exit(1)
})
