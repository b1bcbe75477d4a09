import { RESTMessageV2 } from '@servicenow/glide/sn_ws'
import * as control from '../glide/control'
import { startChildServer, type ChildServer } from './fixtures/child-server'

let server: ChildServer
beforeAll(async () => { server = await startChildServer() })
afterAll(() => server.stop())
beforeEach(() => control.reset())

test('GET with query parameters and headers', () => {
    const rm = new RESTMessageV2()
    rm.setEndpoint(server.baseUrl + '/echo')
    rm.setHttpMethod('get')
    rm.setQueryParameter('a', '1 2')
    rm.setRequestHeader('X-Test', 'yes')
    const res = rm.execute()
    expect(res.getStatusCode()).toBe(200)
    expect(res.haveError()).toBe(false)
    const echo = JSON.parse(res.getBody())
    expect(echo.method).toBe('GET')
    expect(echo.query).toEqual({ a: '1 2' })
    expect(echo.headers['x-test']).toBe('yes')
    expect(res.getHeader('x-echo-id')).toBe('abc123')
    expect(res.getHeader('X-ECHO-ID')).toBe('abc123')
})
