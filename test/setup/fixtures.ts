import { join } from 'node:path'
import * as control from '../../testkit/glide/control'
import { makeRestCall } from '../../testkit/glide/sn_ws_int'
import { installApp } from '../../testkit/app/install-app'
import { createInstanceServer } from '../../testkit/instance/server'
import { doubleRuntime } from '../../testkit/instance/runtime'
import { seedDemo } from '../../testkit/app/demo-seed'
import { installScopePrivileges } from '../../testkit/app/privileges'
import { PresetConfiguration, SetupIds, demoIds, presetSteps } from '../../testkit/app/setup-preset'
import { getSetupState, postSetupTurnOff, postSetupVerify, putSetupStep } from '../../src/server/setup/setup-routes'
export type { SetupIds }
import type { SetupView } from '../../src/server/setup/setup-service'

// A fresh instance for Setup tests: the built app installed on the double, the sandbox's demo OAuth records
// pointing at the Microsoft side, the app's cross-scope privileges, and the instance answering its own URL.

const ROOT = join(__dirname, '..', '..')
export const INSTANCE = 'http://localhost:8080'
export const ADMIN = 'm365.admin'

export function freshInstance(urls: { entra: string; connector: string; graph: string }): SetupIds {
    const app = installApp()
    seedDemo(urls)
    installScopePrivileges(app)
    const { dispatchInProcess } = createInstanceServer({
        app,
        rootDir: ROOT,
        scope: 'x_mioms_m365_assis',
        runtime: doubleRuntime(),
    })
    control.registerInProcessHost(INSTANCE, (req) => dispatchInProcess(req.method, req.url, req.headers, req.body))
    control.setCurrentUser(ADMIN)
    return demoIds()
}

export interface Reply<T> {
    status: number
    body: T
}

function call<T>(
    handler: Parameters<ReturnType<typeof makeRestCall>['run']>[0],
    input: Parameters<typeof makeRestCall>[0],
): Reply<T> {
    const r = makeRestCall({ userName: ADMIN, ...input }).run(handler)
    return { status: r.status, body: JSON.parse(r.body) as T }
}

export function getSetup(): SetupView {
    const r = call<SetupView>(getSetupState as never, { method: 'GET' })
    if (r.status !== 200) throw new Error('GET setup ' + r.status + JSON.stringify(r.body))
    return r.body
}

export function putStep(
    step: string,
    body: Record<string, unknown>,
): Reply<SetupView & { error?: { code: string; message: string; fields?: Record<string, string> } }> {
    return call(putSetupStep as never, {
        method: 'PUT',
        pathParams: { step },
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
    })
}

export function verify(): Reply<SetupView> {
    return call(postSetupVerify as never, { method: 'POST' })
}

export function turnOff(): Reply<SetupView & { error?: { code: string; message: string } }> {
    return call(postSetupTurnOff as never, { method: 'POST' })
}

/** Saves every step of a configuration through the route; throws on the first step the service refuses. */
export function completeSteps(configuration: PresetConfiguration, ids: SetupIds, connector: string): SetupView {
    let view: SetupView | null = null
    for (const [step, body] of presetSteps(configuration, ids, connector)) {
        const r = putStep(step, body)
        if (r.status !== 200) throw new Error(`step ${step}: ${r.status} ${JSON.stringify(r.body)}`)
        view = r.body
    }
    return view!
}
