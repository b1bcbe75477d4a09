import * as control from '../../testkit/glide/control'
import { installApp } from '../../testkit/app/install-app'
import { GRACE_DAYS, purgeSolutionCache } from '../../src/server/solutions/cache-purge'
import { CACHE_TABLE } from '../../src/server/solutions/solution-service'

// Expired cache rows stay a grace week (the fallback while the connector is down), then the daily job deletes them.
const DAY = 24 * 3600 * 1000
const glide = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 19)

test('deletes entries expired longer ago than the grace period, keeps the rest', () => {
    installApp()
    const now = Date.UTC(2026, 10, 23, 12, 0, 0)
    control.clock.set(now)
    const [incident] = control.seed('incident', [{ short_description: 'Outlook' }])
    const rows = [
        { hash: 'a'.repeat(64), expires: now + DAY },
        { hash: 'b'.repeat(64), expires: now - DAY },
        { hash: 'c'.repeat(64), expires: now - (GRACE_DAYS - 1) * DAY },
        { hash: 'd'.repeat(64), expires: now - (GRACE_DAYS + 1) * DAY },
        { hash: 'e'.repeat(64), expires: now - 30 * DAY },
    ]
    control.seed(
        CACHE_TABLE,
        rows.map((r) => ({
            incident: incident.sys_id,
            query_hash: r.hash,
            query_text: 'outlook',
            results: '[]',
            expires_on: glide(r.expires),
        })),
    )
    expect(purgeSolutionCache()).toBe(2)
    expect(
        control
            .rows(CACHE_TABLE)
            .map((r) => r.query_hash[0])
            .sort(),
    ).toEqual(['a', 'b', 'c'])
    expect(purgeSolutionCache()).toBe(0)
    control.clock.real()
})
