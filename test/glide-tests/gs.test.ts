import { GlideDateTime, GlideDuration, GlideSecureRandomUtil, gs } from '@servicenow/glide'
import * as control from '../../testkit/glide/control'

beforeEach(() => control.reset())

test('properties: get with default, set creates or updates', () => {
    expect(gs.getProperty('x_mioms_m365_assis.missing', 'fallback')).toBe('fallback')
    expect(gs.getProperty('x_mioms_m365_assis.missing')).toBeNull()
    gs.setProperty('x_mioms_m365_assis.tenant', 'contoso')
    expect(gs.getProperty('x_mioms_m365_assis.tenant', 'x')).toBe('contoso')
    gs.setProperty('x_mioms_m365_assis.tenant', 'fabrikam')
    expect(
        control
            .rows('sys_properties')
            .filter((p) => p.name === 'x_mioms_m365_assis.tenant')
            .map((p) => p.value),
    ).toEqual(['fabrikam'])
    expect(gs.getProperty('glide.servlet.uri')).toBe('http://localhost:8080/')
})

test('scoped logging writes syslog rows with the scope as source and honours verbosity', () => {
    gs.info('Setup step {0} of {1}', 2, 6)
    gs.warn('warned')
    gs.error('failed: {0}', ['x'])
    gs.debug('hidden by default')
    expect(control.syslog()).toEqual([
        { level: '0', message: 'Setup step 2 of 6', source: 'x_mioms_m365_assis' },
        { level: '1', message: 'warned', source: 'x_mioms_m365_assis' },
        { level: '2', message: 'failed: x', source: 'x_mioms_m365_assis' },
    ])
    gs.setProperty('x_mioms_m365_assis.logging.verbosity', 'debug')
    gs.debug('now visible')
    expect(control.syslog().pop()).toEqual({ level: '-1', message: 'now visible', source: 'x_mioms_m365_assis' })
    gs.setProperty('x_mioms_m365_assis.logging.verbosity', 'error')
    gs.warn('suppressed')
    expect(control.syslog().pop()?.message).toBe('now visible')
})

test('getMessage: session language, then en, then the key; {0} filled', () => {
    control.seed('sys_ui_message', [
        { key: 'Hello {0}', language: 'en', message: 'Hello {0}!' },
        { key: 'Hello {0}', language: 'de', message: 'Hallo {0}!' },
        { key: 'Only English', language: 'en', message: 'English only' },
    ])
    expect(gs.getMessage('Hello {0}', ['Abel'])).toBe('Hello Abel!')
    control.setLanguage('de')
    expect(gs.getMessage('Hello {0}', 'Abel')).toBe('Hallo Abel!')
    expect(gs.getMessage('Only English')).toBe('English only')
    expect(gs.getMessage('Not catalogued {0}', ['x'])).toBe('Not catalogued x')
    expect(gs.getMessage('HELLO {0}', ['Abel'])).toBe('Hallo Abel!') // keys are case-insensitive
    expect(gs.getSession().getLanguage()).toBe('de')
})

test('session messages, events, GUIDs, nil, tableExists', () => {
    gs.addErrorMessage('bad')
    gs.addInfoMessage('good')
    expect(control.takeMessages()).toEqual([
        { type: 'error', message: 'bad' },
        { type: 'info', message: 'good' },
    ])
    expect(control.takeMessages()).toEqual([])
    gs.eventQueue('x_mioms_m365_assis.linked', null, 'p1', 'p2')
    expect(control.events()).toEqual([
        { name: 'x_mioms_m365_assis.linked', instance: null, parm1: 'p1', parm2: 'p2', queue: '' },
    ])
    expect(gs.generateGUID()).toMatch(/^[0-9a-f]{32}$/)
    expect(gs.nil('')).toBe(true)
    expect(gs.nil(null)).toBe(true)
    expect(gs.nil('a')).toBe(false)
    expect(gs.tableExists('oauth_oidc_entity')).toBe(true)
    expect(gs.tableExists('nope')).toBe(false)
})

test('GlideDateTime follows the control clock, in UTC', () => {
    control.clock.set(Date.UTC(2025, 2, 4, 5, 6, 7))
    const now = new GlideDateTime()
    expect(now.getValue()).toBe('2025-03-04 05:06:07')
    expect(now.getDisplayValue()).toBe('2025-03-04 05:06:07')
    expect(now.getNumericValue()).toBe(Date.UTC(2025, 2, 4, 5, 6, 7))
    control.clock.advance(60_000)
    const later = new GlideDateTime()
    expect(later.getValue()).toBe('2025-03-04 05:07:07')
    expect(later.after(now)).toBe(true)
    expect(now.before(later)).toBe(true)
    expect(now.compareTo(later)).toBe(-1)
    expect(later.compareTo(new GlideDateTime(later))).toBe(0)
    const parsed = new GlideDateTime('2025-03-04 05:06:07')
    expect(parsed.equals(now)).toBe(true)
    parsed.addSeconds(3600)
    expect(parsed.getValue()).toBe('2025-03-04 06:06:07')
    parsed.add(1000)
    expect(parsed.getValue()).toBe('2025-03-04 06:06:08')
    const d = GlideDateTime.subtract(now, later)
    // Typed on GlideTime in 27.0.5 but absent there; the platform's GlideDuration has it.
    expect((d as unknown as { getNumericValue(): number }).getNumericValue()).toBe(60_000)
    expect(d.getDurationValue()).toBe('00:01:00')
    expect(new GlideDuration(90_061_000).getDurationValue()).toBe('1 01:01:01')
    expect(new GlideDateTime('not a date').isValid()).toBe(false)
})

test('GlideSecureRandomUtil returns alphanumeric strings of the requested length', () => {
    const a = GlideSecureRandomUtil.getSecureRandomString(32)
    expect(a).toMatch(/^[A-Za-z0-9]{32}$/)
    expect(GlideSecureRandomUtil.getSecureRandomString(32)).not.toBe(a)
})

test("getSession().getTimeZoneName(): the user's time zone, else glide.sys.default.tz, else the JVM's (UTC here)", () => {
    control.createUser('tz.own', [], { time_zone: 'Asia/Tokyo' })
    control.createUser('tz.none')
    control.setCurrentUser('tz.own')
    expect(gs.getSession().getTimeZoneName()).toBe('Asia/Tokyo')
    control.setCurrentUser('tz.none')
    expect(gs.getSession().getTimeZoneName()).toBe('UTC')
    control.seed('sys_properties', [{ name: 'glide.sys.default.tz', value: 'US/Pacific', type: 'string' }])
    expect(gs.getSession().getTimeZoneName()).toBe('US/Pacific')
    control.setCurrentUser('tz.own')
    expect(gs.getSession().getTimeZoneName()).toBe('Asia/Tokyo')
})
