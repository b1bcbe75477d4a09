import { ServiceError } from '@servicenow/glide/sn_ws_err'
import type { RESTAPIRequest, RESTAPIResponse } from '@servicenow/glide/sn_ws_int'
import { gs } from '@servicenow/glide'
import * as control from '../../testkit/glide/control'
import { makeRestCall } from '../../testkit/glide/sn_ws_int'
// Not in the 27.0.5 typings, but provided by the platform (and the double).
import { BadRequestError } from '../../testkit/glide/sn_ws_err'

beforeEach(() => control.reset())

test('request shape: body read once, arrays in queryParams, case-insensitive headers, session user', () => {
    control.createUser('connector.user')
    const call = makeRestCall({
        method: 'post',
        uri: '/api/x_mioms_m365_assis/v1/cases/abc',
        pathParams: { id: 'abc' },
        queryParams: { tag: ['a', 'b'], single: 'x' },
        headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'r1' },
        body: '{"state":"resolved"}',
        userName: 'connector.user',
    })
    const { request } = call
    expect(request.pathParams.id).toBe('abc')
    expect(request.queryParams).toEqual({ tag: ['a', 'b'], single: ['x'] })
    expect(request.getHeader('x-request-id')).toBe('r1')
    expect(request.headers['content-type']).toBe('application/json')
    expect(request.uri).toBe('/api/x_mioms_m365_assis/v1/cases/abc')
    expect(request.url).toBe('/api/x_mioms_m365_assis/v1/cases/abc?tag=a&tag=b&single=x')
    expect(request.body.data).toEqual({ state: 'resolved' })
    expect(() => request.body.data).toThrow(/already been read/)
    expect(gs.getUserName()).toBe('connector.user')
})

test('dataString and invalid JSON', () => {
    expect(makeRestCall({ body: 'raw text', headers: { 'content-type': 'text/plain' } }).request.body.dataString).toBe(
        'raw text',
    )
    const bad = makeRestCall({ body: '{oops', headers: { 'content-type': 'application/json' } })
    const result = bad.run((req: RESTAPIRequest) => req.body.data)
    expect(result.status).toBe(400)
    expect(JSON.parse(result.body)).toEqual({
        error: { message: 'Exception while reading request', detail: 'The payload is not valid JSON.' },
        status: 'failure',
    })
})

test('response: setBody wraps in result, status, headers, stream writer', () => {
    const a = makeRestCall().run((_req: RESTAPIRequest, res: RESTAPIResponse) => {
        res.setStatus(201)
        res.setHeader('Location', '/x/1')
        res.setBody({ id: 1 } as never)
    })
    expect(a).toEqual({
        status: 201,
        headers: { Location: '/x/1', 'Content-Type': 'application/json' },
        body: '{"result":{"id":1}}',
    })
    const b = makeRestCall().run((_req: RESTAPIRequest, res: RESTAPIResponse) => {
        res.setContentType('text/plain')
        const w = res.getStreamWriter()
        w.writeString('he')
        w.writeString('llo')
    })
    expect(b).toEqual({ status: 200, headers: { 'Content-Type': 'text/plain' }, body: 'hello' })
    expect(makeRestCall().run(() => ({ ok: true })).body).toBe('{"result":{"ok":true}}')
})

test('thrown ServiceError and subclasses become the platform error JSON', () => {
    const thrown = makeRestCall().run(() => {
        throw new ServiceError().setStatus(409).setMessage('Duplicate event').setDetail('event e1 already applied')
    })
    expect(thrown.status).toBe(409)
    expect(JSON.parse(thrown.body)).toEqual({
        error: { message: 'Duplicate event', detail: 'event e1 already applied' },
        status: 'failure',
    })
    const bad = makeRestCall().run(() => {
        throw new BadRequestError('state is required')
    })
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body).error.message).toBe('state is required')
    const crash = makeRestCall().run(() => {
        throw new Error('boom')
    })
    expect(crash.status).toBe(500)
    expect(JSON.parse(crash.body).status).toBe('failure')
    const viaSetError = makeRestCall()
    viaSetError.response.setError(new ServiceError().setStatus(403).setMessage('Forbidden'))
    expect(viaSetError.result().status).toBe(403)
})
