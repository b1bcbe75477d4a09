// What the build emits for the incident tab: additive records only (no sys_ui_form / sys_ui_form_section, no
// section other than ours on incident), the formatter wired to the macro, the section restricted to app roles,
// and every tab/Link Account route behind the intended REST_Endpoint ACL.
import { builtApp } from '../../testkit/app/install-app'

type Rec = Record<string, unknown>
const text = (v: unknown): string =>
    v === undefined || v === null ? '' : typeof v === 'object' ? text((v as Rec)['#text']) : String(v)
const app = builtApp()
const recs = (t: string): Rec[] => app.records.get(t) ?? []

test('no form records that would replace or reorder the incident layout', () => {
    expect(recs('sys_ui_form')).toEqual([])
    expect(recs('sys_ui_form_section')).toEqual([])
    expect(recs('sys_ui_view')).toEqual([])
})

test('the macro embeds the tab page for app roles; the formatter points at it', () => {
    const [macro] = recs('sys_ui_macro').filter((m) => text(m.name) === 'x_mioms_m365_assis_incident_tab')
    expect(macro).toBeDefined()
    const xml = text(macro.xml)
    expect(xml).toContain('x_mioms_m365_assis_incident_tab.do?sys_id=${current.sys_id}')
    expect(xml).toContain("gs.hasRole('x_mioms_m365_assis.insights_user')")
    const [formatter] = recs('sys_ui_formatter').filter(
        (f) => text(f.formatter) === 'x_mioms_m365_assis_incident_tab.xml',
    )
    expect(formatter).toMatchObject({ table: 'incident', type: 'formatter' })
    expect(text(formatter.active)).toBe('true')
})

test('the only incident section is the new "Microsoft 365" one, holding the formatter, for app roles', async () => {
    const { readdirSync, readFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const dir = join(__dirname, '..', '..', 'dist', 'app', 'update')
    const sections = readdirSync(dir)
        .filter((f) => f.startsWith('sys_ui_section_'))
        .map((f) => readFileSync(join(dir, f), 'utf8'))
    const onIncident = sections.filter((x) => /table="incident"/.test(x))
    expect(onIncident).toHaveLength(1)
    const xml = onIncident[0]
    expect(xml).toContain('<caption>Microsoft 365</caption>')
    expect(xml).toContain('<roles>x_mioms_m365_assis.insights_user,x_mioms_m365_assis.administrator</roles>')
    expect(xml).toMatch(/<view[^>]*>Default view<\/view>/)
    const formatterId = text(
        recs('sys_ui_formatter').find((f) => text(f.formatter) === 'x_mioms_m365_assis_incident_tab.xml')!.sys_id,
    )
    expect(xml).toContain(`<sys_ui_formatter>${formatterId}</sys_ui_formatter>`)
    expect(xml).toContain('<element>x_mioms_m365_assis_incident_tab.xml</element>')
})

test('tab routes need an app role; contact support, cases and Link Account need administrator', () => {
    const route = (method: string, suffix: string) =>
        app.routes.find((r) => r.method === method && r.uriTemplate.endsWith(suffix))!
    const insights = ['x_mioms_m365_assis.insights_user', 'x_mioms_m365_assis.administrator']
    for (const [m, p] of [
        ['GET', '/incident/{sys_id}/tab'],
        ['POST', '/incident/{sys_id}/solutions/search'],
        ['POST', '/incident/{sys_id}/solutions/feedback'],
        ['POST', '/incident/{sys_id}/health/feedback'],
    ]) {
        expect(route(m, p)).toMatchObject({ requiresAuthentication: true, requiresAcl: true })
        expect(route(m, p).roles.sort()).toEqual(insights.sort())
    }
    for (const [m, p] of [
        ['POST', '/incident/{sys_id}/cases'],
        ['GET', '/incident/{sys_id}/cases'],
        ['GET', '/link-account'],
        ['PUT', '/link-account'],
    ]) {
        expect(route(m, p)).toMatchObject({
            requiresAuthentication: true,
            requiresAcl: true,
            roles: ['x_mioms_m365_assis.administrator'],
        })
    }
})

test('the case-sync job runs the server module every minute', () => {
    const job = recs('sysauto_script').find((j) => text(j.name) === 'Microsoft 365 support: send pending cases')!
    expect(text(job.run_type)).toBe('periodically')
    expect(text(job.run_period)).toBe('1970-01-01 00:01:00')
    expect(text(job.script)).toContain('src/server/cases/case-sync-job.ts')
})

test('the case-sync job starts at a fixed past time, not at the build time', () => {
    // Without executionStart the SDK writes the build machine's clock into run_start: every build emits a different
    // record, and an instance whose clock is behind the builder's (time zones) would not send cases until then.
    const job = recs('sysauto_script').find((j) => text(j.name) === 'Microsoft 365 support: send pending cases')!
    expect(text(job.run_start)).toBe('2026-01-01 00:00:00')
})
