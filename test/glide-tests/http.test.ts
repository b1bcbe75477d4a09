import { RESTMessageV2 } from '@servicenow/glide/sn_ws'
import { createServer } from 'node:net'
import * as control from '../../testkit/glide/control'
import { startChildServer, type ChildServer } from './fixtures/child-server'

let server: ChildServer
beforeAll(async () => {
    server = await startChildServer()
})
afterAll(() => server.stop())
beforeEach(() => control.reset())

function request(path: string, method = 'get'): RESTMessageV2 {
    const rm = new RESTMessageV2()
    rm.setEndpoint(server.baseUrl + path)
    rm.setHttpMethod(method)
    return rm
}

/** A loopback port with nothing listening. */
function closedPort(): Promise<number> {
    return new Promise((resolve) => {
        const s = createServer().listen(0, '127.0.0.1', () => {
            const port = (s.address() as { port: number }).port
            s.close(() => resolve(port))
        })
    })
}

test('GET with query parameters and headers; response headers are case-insensitive', () => {
    const rm = request('/echo')
    rm.setQueryParameter('a', '1 2')
    rm.setRequestHeader('X-Test', 'yes')
    const res = rm.execute()
    expect(res.getStatusCode()).toBe(200)
    expect(res.haveError()).toBe(false)
    expect(res.getErrorCode()).toBe(0)
    const echo = JSON.parse(res.getBody())
    expect(echo).toMatchObject({ method: 'GET', query: { a: '1 2' }, body: '' })
    expect(echo.headers['x-test']).toBe('yes')
    expect(res.getHeader('x-echo-id')).toBe('abc123')
    expect(res.getHeader('X-ECHO-ID')).toBe('abc123')
    expect(res.getHeaders()['content-type']).toBe('application/json')
    expect(rm.getEndpoint()).toBe(server.baseUrl + '/echo')
})

test('POST body and basic auth reach the server', () => {
    const rm = request('/echo', 'post')
    rm.setRequestHeader('Content-Type', 'application/json')
    rm.setRequestBody('{"x":1}')
    rm.setBasicAuth('int.user', 'pw')
    expect(rm.getRequestBody()).toBe('{"x":1}')
    const echo = JSON.parse(rm.execute().getBody())
    expect(echo.method).toBe('POST')
    expect(echo.body).toBe('{"x":1}')
    expect(echo.headers.authorization).toBe('Basic ' + Buffer.from('int.user:pw').toString('base64'))
})

test('an HTTP error status is an error with the status as code', () => {
    const res = request('/status/404').execute()
    expect(res.getStatusCode()).toBe(404)
    expect(res.haveError()).toBe(true)
    expect(res.getErrorCode()).toBe(404)
    expect(res.getErrorMessage()).toBe('Method failed: (/status/404) with code: 404')
    expect(JSON.parse(res.getBody())).toEqual({ status: 404 })
})

test('timeout: status 0, error mentioning the timeout', () => {
    const rm = request('/slow?ms=3000')
    rm.setHttpTimeout(300)
    const started = Date.now()
    const res = rm.execute()
    expect(Date.now() - started).toBeLessThan(2500)
    expect(res.getStatusCode()).toBe(0)
    expect(res.haveError()).toBe(true)
    expect(res.getErrorMessage()).toMatch(/timed out/i)
})

test('connection refused: status 0, platform-style error', async () => {
    const port = await closedPort()
    const rm = new RESTMessageV2()
    rm.setEndpoint(`http://127.0.0.1:${port}/x`)
    rm.setHttpMethod('get')
    const res = rm.execute()
    expect(res.getStatusCode()).toBe(0)
    expect(res.haveError()).toBe(true)
    expect(res.getErrorCode()).toBe(1)
    expect(res.getErrorMessage()).toMatch(/Connection refused/)
})

test('every execute() is logged in sys_outbound_http_log without headers, bodies or query secrets', () => {
    const rm = request('/echo', 'post')
    rm.setQueryParameter('client_secret', 'hunter2')
    rm.setQueryParameter('page', '2')
    rm.setRequestHeader('Authorization', 'Bearer abc.def')
    rm.setRequestBody('{"password":"pw"}')
    rm.execute()
    request('/status/500').execute()
    const log = control.rows('sys_outbound_http_log')
    expect(log.map((l) => [l.http_method, l.response_status])).toEqual([
        ['POST', '200'],
        ['GET', '500'],
    ])
    expect(log[0].url).toBe(`${server.baseUrl}/echo?client_secret=***&page=2`)
    expect(Number(log[0].elapsed_time)).toBeGreaterThanOrEqual(0)
    const all = JSON.stringify(log)
    expect(all).not.toContain('hunter2')
    expect(all).not.toContain('abc.def')
    expect(all).not.toContain('"pw"')
})

test('registered in-process hosts are served without the network', () => {
    const seen: unknown[] = []
    control.registerInProcessHost('http://localhost:8080', (req) => {
        seen.push(req)
        return {
            status: req.headers.Authorization ? 200 : 401,
            headers: { 'X-Handled': 'in-process' },
            body: '{"ok":true}',
        }
    })
    const rm = new RESTMessageV2()
    rm.setEndpoint('http://localhost:8080/api/x_mioms_m365_assis/v1/ping')
    rm.setHttpMethod('get')
    expect(rm.execute().getStatusCode()).toBe(401)
    rm.setBasicAuth('a', 'b')
    const res = rm.execute()
    expect(res.getStatusCode()).toBe(200)
    expect(res.getHeader('x-handled')).toBe('in-process')
    expect(seen[0]).toMatchObject({
        method: 'GET',
        url: 'http://localhost:8080/api/x_mioms_m365_assis/v1/ping',
        body: '',
    })
})

test('the (name, method) constructor is refused clearly', () => {
    const Ctor = RESTMessageV2 as unknown as new (name: string, method: string) => RESTMessageV2
    expect(() => new Ctor('Graph', 'get')).toThrow(/not supported in the Glide double/)
})
