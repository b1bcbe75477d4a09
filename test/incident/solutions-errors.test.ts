/* eslint-disable @typescript-eslint/no-explicit-any -- the API answers are JSON asserted field by field */
// Connector trouble as the solutions section reports it (issue 12): each fault of the reference connector (and of
// the Entra stand-in behind the token) gives its own kind and message, in the user's language, with the product's
// verbatim messages where they exist; nothing goes to the tab's top banner.
import * as control from '../../testkit/glide/control'
import { GlideRecord } from '@servicenow/glide'
import { spawnMicrosoftSide, type SpawnedMicrosoftSide } from '../../testkit/microsoft/spawn'
import { INSIGHTS, call, installWorld, setProp, World } from '../../testkit/worlds/incident-world'
import { getIncidentSolutions, getIncidentTab, postSolutionSearch } from '../../src/server/incident/incident-tab-routes'
import { resetTokenMemo } from '../../src/server/outbound/token-provider'
import { troubleKind } from '../../src/server/incident/rules/connector-trouble'
import { MSG } from '../../src/server/domain/messages'
import { DEFAULTS } from '../../testkit/microsoft/defaults'

jest.setTimeout(90000)

let side: SpawnedMicrosoftSide
let w: World

beforeAll(async () => {
    side = await spawnMicrosoftSide()
})
afterAll(async () => {
    await side?.close()
})
beforeEach(async () => {
    await side.control.resetAll()
    w = installWorld(side)
})

const SETTINGS_REFUSED = 'Microsoft support did not accept the connection settings of this instance.'
const solutions = (user = INSIGHTS) =>
    call(getIncidentSolutions, user, { pathParams: { sys_id: w.incidentId } }).json as Record<string, any>
const search = (query: string) =>
    call(postSolutionSearch, INSIGHTS, { method: 'POST', pathParams: { sys_id: w.incidentId }, body: { query } })
        .json as Record<string, any>
/** No token in memory or in oauth_credential: the next call asks Entra. */
function forgetTokens(): void {
    resetTokenMemo()
    for (const r of control.rows('oauth_credential')) {
        const gr = new GlideRecord('oauth_credential')
        if (gr.get(r.sys_id)) gr.deleteRecord()
    }
}

describe('each connector fault has its own kind and message in the solutions answer', () => {
    test('429 with Retry-After: throttled, retry after N s', async () => {
        await side.control.connector.setFaults({ throttle: { retryAfterSeconds: 42 } })
        expect(solutions()).toMatchObject({
            ok: false,
            error: {
                kind: 'throttled',
                code: 'throttled',
                retryable: true,
                retryAfterSeconds: 42,
                message: 'Microsoft support received too many requests from this instance.',
            },
        })
    })

    test('503: unavailable', async () => {
        await side.control.connector.setFaults({ down: 'unavailable' })
        expect(solutions().error).toMatchObject({
            kind: 'unavailable',
            code: 'unavailable',
            retryable: true,
            message: 'Microsoft support cannot be reached at the moment.',
        })
    })

    test('connection refused: unavailable', async () => {
        await side.control.connector.setFaults({ down: 'refused', downForMs: 300 })
        expect(solutions().error).toMatchObject({ kind: 'unavailable', retryable: true })
        // The stand-in listens again after downForMs (and clears the fault).
        await new Promise((r) => setTimeout(r, 800))
    })

    test('no answer within outbound.timeout_ms: timeout', async () => {
        setProp('outbound.timeout_ms', '1000')
        await side.control.connector.setFaults({ delayMs: 2500 })
        expect(solutions().error).toMatchObject({
            kind: 'timeout',
            code: 'timeout',
            retryable: true,
            message: 'Microsoft support did not answer in time.',
        })
    })

    test('a body that is not JSON: bad response, and "Please contact app support."', async () => {
        await side.control.connector.setFaults({ badJson: {} })
        expect(solutions().error).toMatchObject({
            kind: 'bad_response',
            code: 'bad_json',
            retryable: false,
            message: 'Microsoft support sent an answer the app cannot read. ' + MSG.contactAppSupport,
        })
    })

    test('the connector refuses the repository ID (403): misconfigured, the verbatim "final set up step" message', async () => {
        await side.control.connector.setFaults({
            error: { status: 403, code: 'forbidden', message: 'Repository r-1 is not registered with this connector.' },
        })
        expect(solutions().error).toMatchObject({
            kind: 'misconfigured',
            code: 'forbidden',
            retryable: false,
            message: SETTINGS_REFUSED + ' ' + MSG.finalStepIncomplete,
        })
    })

    test('the connector endpoint property is gone: misconfigured, "final set up step"', () => {
        setProp('connector.endpoint', '')
        expect(solutions().error).toMatchObject({
            kind: 'misconfigured',
            code: 'final_step_incomplete',
            message: SETTINGS_REFUSED + ' ' + MSG.finalStepIncomplete,
        })
    })

    test('Entra refuses the client secret (rotated in Entra): misconfigured, the verbatim "setup steps" message', async () => {
        await side.control.entra.upsertClient({
            clientId: DEFAULTS.outboundClient.clientId,
            clientSecret: 'rotated-in-entra',
            roles: [...DEFAULTS.graphRoles],
        })
        forgetTokens()
        expect(solutions().error).toMatchObject({
            kind: 'misconfigured',
            code: 'token_error',
            message: 'This instance could not sign in to Microsoft support. ' + MSG.setupIncomplete,
        })
    })

    test('Entra unreachable while getting a token: unavailable, not misconfigured', async () => {
        await side.control.entra.setFaults({ down: 'unavailable' })
        forgetTokens()
        expect(solutions().error).toMatchObject({ kind: 'unavailable', code: 'token_error' })
    })

    test('the connector fails (500): "Please contact app support."', async () => {
        await side.control.connector.setFaults({ error: { status: 500, code: 'internal', message: 'boom' } })
        expect(solutions().error).toMatchObject({
            kind: 'failed',
            code: 'internal',
            retryable: false,
            message: MSG.contactAppSupport,
        })
    })

    test('a search that fails says so in its own answer the same way; the tab answer carries no connector message', async () => {
        await side.control.connector.setFaults({ throttle: { retryAfterSeconds: 7 } })
        expect(search('teams meeting drops')).toMatchObject({
            ok: false,
            query: 'teams meeting drops',
            error: { kind: 'throttled', retryAfterSeconds: 7 },
        })
        expect(
            (call(getIncidentTab, INSIGHTS, { pathParams: { sys_id: w.incidentId } }).json as Record<string, any>)
                .messages,
        ).toEqual([])
    })

    test("messages follow the user's language (French user)", async () => {
        control.setLanguage('fr')
        try {
            await side.control.connector.setFaults({ down: 'unavailable' })
            expect(solutions().error.message).toBe('Le support Microsoft est injoignable pour le moment.')
            await side.control.connector.setFaults({ error: { status: 403, code: 'forbidden' } })
            expect(solutions().error.message).toBe(
                'Le support Microsoft n’a pas accepté les paramètres de connexion de cette instance. Veuillez contacter votre administrateur ServiceNow et lui demander de terminer la dernière étape de configuration de l’application.',
            )
        } finally {
            control.setLanguage('en')
        }
    })

    test('once the connector answers again, the same call succeeds (nothing sticks)', async () => {
        await side.control.connector.setFaults({ down: 'unavailable' })
        expect(solutions().ok).toBe(false)
        await side.control.connector.clearFaults()
        expect(solutions()).toMatchObject({ ok: true, fromCache: false })
    })
})

describe('troubleKind (pure)', () => {
    test.each([
        ['throttled', 429, 'throttled'],
        ['unavailable', 503, 'unavailable'],
        ['network_error', 0, 'unavailable'],
        ['timeout', 0, 'timeout'],
        ['bad_json', 200, 'bad_response'],
        ['invalid_response', 200, 'bad_response'],
        ['token_error', 0, 'unavailable'],
        ['token_error', 503, 'unavailable'],
        ['token_error', 401, 'misconfigured'],
        ['token_error', 400, 'misconfigured'],
        ['unauthorized', 401, 'misconfigured'],
        ['forbidden', 403, 'misconfigured'],
        ['not_found', 404, 'misconfigured'],
        ['not_configured', 0, 'misconfigured'],
        ['final_step_incomplete', 0, 'misconfigured'],
        ['cross_scope_refused', 0, 'misconfigured'],
        ['internal', 500, 'failed'],
        ['invalid_request', 400, 'failed'],
        ['conflict', 409, 'failed'],
        ['http_error', 418, 'failed'],
        ['http_error', 502, 'unavailable'],
    ] as const)('%s / %i -> %s', (code, status, kind) => {
        expect(troubleKind({ code, status })).toBe(kind)
    })
})
