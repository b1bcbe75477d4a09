// Pure rules of the tab: cache key, query text, retry schedule, sync decisions, admin email checks.
import { createHash } from 'node:crypto'
import { sha256Hex } from '../../src/server/platform/digest'
import {
    cacheExpiryMs,
    incidentQueryText,
    isCacheFresh,
    normalizeQuery,
    parseCachedResults,
    safeLink,
} from '../../src/server/solutions/rules/solution-query'
import {
    chooseAdminEmail,
    decideSync,
    idempotencyKeyFor,
    localStatusFor,
    MAX_SYNC_ATTEMPTS,
    nextRetryDelayMs,
    validateCaseRequest,
} from '../../src/server/cases/rules/case-escalation'
import { checkAdminEmail } from '../../src/server/cases/rules/admin-email'
import { glideFromMs, parseGlideUtc } from '../../src/server/domain/iso-time'
import { MSG } from '../../src/server/domain/messages'

test('sha256Hex (GlideDigest through platform/) is lower-case hex of the UTF-8 bytes, like node:crypto', () => {
    for (const s of [
        '',
        'abc',
        'Outlook kann keine Verbindung herstellen – Ärger',
        '邮件无法发送',
        'emoji 😀 test',
        'a'.repeat(55),
        'b'.repeat(56),
        'c'.repeat(64),
        'd'.repeat(1000),
    ]) {
        expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'))
    }
})

test('queries are normalized (whitespace, case) before hashing; incident text joins short and long description', () => {
    expect(normalizeQuery('  Teams \n\t drops  ')).toBe('Teams drops')
    expect(normalizeQuery('Teams  DROPS').toLowerCase()).toBe(normalizeQuery('teams drops'))
    expect(normalizeQuery('x'.repeat(5000))).toHaveLength(1000)
    expect(incidentQueryText('Outlook down', 'Outlook down')).toBe('Outlook down')
    expect(incidentQueryText('Outlook down', 'Since 9:00')).toBe('Outlook down Since 9:00')
    expect(incidentQueryText('', 'Only long')).toBe('Only long')
})

test('cache expiry and freshness; unreadable cached JSON is a miss; only http(s) links', () => {
    expect(cacheExpiryMs(1000, 2)).toBe(121000)
    expect(isCacheFresh(2000, 1999)).toBe(true)
    expect(isCacheFresh(2000, 2000)).toBe(false)
    expect(isCacheFresh(null, 0)).toBe(false)
    expect(parseCachedResults('{bad')).toBeNull()
    expect(parseCachedResults('[{"id":1,"title":"t"}]')).toEqual([
        { id: '1', title: 't', summary: '', url: '', source: '' },
    ])
    expect(safeLink('javascript:alert(1)')).toBe('')
    expect(safeLink('https://learn.microsoft.com/x')).toBe('https://learn.microsoft.com/x')
    expect(parseGlideUtc(glideFromMs(Date.UTC(2025, 0, 2, 3, 4, 5)))).toBe(Date.UTC(2025, 0, 2, 3, 4, 5))
    expect(parseGlideUtc('')).toBeNull()
})

test('retry schedule doubles from one minute up to an hour and honours Retry-After', () => {
    expect([1, 2, 3, 4, 7, 8].map((n) => nextRetryDelayMs(n) / 60000)).toEqual([1, 2, 4, 8, 60, 60])
    expect(nextRetryDelayMs(1, 300)).toBe(300000)
})

test('sync decisions: success maps the connector status, permanent errors fail at once, others retry until the limit', () => {
    expect(decideSync({ ok: true, caseId: 'C1', status: 'new' }, 1)).toEqual({
        kind: 'synced',
        caseId: 'C1',
        status: 'submitted',
    })
    expect(localStatusFor('waiting_for_customer')).toBe('waiting_on_customer')
    expect(localStatusFor('open')).toBe('open')
    const invalid = MSG.invalidAdmin.replace('{0}', 'x@contoso.com')
    expect(decideSync({ ok: false, code: 'invalid_admin', message: invalid }, 1)).toMatchObject({
        kind: 'failed',
        userMessage: invalid,
    })
    expect(decideSync({ ok: false, code: 'unavailable', message: MSG.contactAppSupport }, 1)).toMatchObject({
        kind: 'retry',
        delayMs: 60000,
    })
    expect(
        decideSync({ ok: false, code: 'throttled', message: MSG.contactAppSupport, retryAfterSeconds: 120 }, 1),
    ).toMatchObject({ kind: 'retry', delayMs: 120000 })
    expect(decideSync({ ok: false, code: 'timeout', message: MSG.contactAppSupport }, MAX_SYNC_ATTEMPTS)).toMatchObject(
        { kind: 'failed', userMessage: MSG.contactAppSupport },
    )
    expect(idempotencyKeyFor('abc')).toBe(idempotencyKeyFor('abc'))
})

test('case request validation and admin email choice', () => {
    const ok = {
        title: 't',
        description: 'd',
        contactName: 'n',
        contactEmail: 'a@b.co',
        contactPhone: '+1 (425) 555-0100',
    }
    expect(validateCaseRequest(ok)).toEqual([])
    expect(validateCaseRequest({ ...ok, title: 'x'.repeat(161), contactPhone: 'abc' }).map((e) => e.field)).toEqual([
        'title',
        'contactPhone',
    ])
    expect(chooseAdminEmail('l@x.com', 'p@x.com', 'u@x.com')).toEqual({ email: 'l@x.com', source: 'linked_account' })
    expect(chooseAdminEmail('', 'p@x.com', 'u@x.com')).toEqual({ email: 'p@x.com', source: 'property' })
    expect(chooseAdminEmail(' ', '', 'u@x.com')).toEqual({ email: 'u@x.com', source: 'user' })
})

test('Link Account check: format, consumer domains refused, tenant domain reported', () => {
    expect(checkAdminEmail('', 'contoso.onmicrosoft.com')).toMatchObject({ valid: false, problem: 'empty' })
    expect(checkAdminEmail('admin@', '')).toMatchObject({ valid: false, problem: 'format' })
    expect(checkAdminEmail('admin@contoso', '')).toMatchObject({ valid: false, problem: 'format' })
    expect(checkAdminEmail('someone@outlook.com', '')).toMatchObject({ valid: false, problem: 'consumer_domain' })
    expect(checkAdminEmail(' admin@contoso.onmicrosoft.com ', 'contoso.onmicrosoft.com')).toMatchObject({
        valid: true,
        email: 'admin@contoso.onmicrosoft.com',
        onTenantDomain: true,
    })
    expect(checkAdminEmail('it.admin@contoso.com', 'contoso.onmicrosoft.com')).toMatchObject({
        valid: true,
        onTenantDomain: false,
    })
    expect(checkAdminEmail('it.admin@contoso.com', '')).toMatchObject({ valid: true, onTenantDomain: null })
})
