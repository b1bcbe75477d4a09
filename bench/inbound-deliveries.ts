// What a connector's delivery costs the instance: 1,000 case-event deliveries (600 distinct, 400 repeats spread
// over the stream, as a connector retrying after timeouts sends them) through the real Scripted REST route on the
// Glide double. Prints wall time per delivery and the rows written; test/inbound/case-events-route.test.ts checks
// the same stream's outcome (exactly 600 activities, no status rollback).
// Run: npx tsx --tsconfig bench/tsconfig.json bench/inbound-deliveries.ts  (or npm run bench)
import * as control from '../testkit/glide/control'
import { ACTIVITY_TABLE, CASE_ID, INTEGRATION_USER, call, event, installWorld } from '../testkit/worlds/inbound-world'
import { postCaseEvent } from '../src/server/inbound/case-events-route'

function stream(distinct: number, repeats: number): number[] {
    const deliveries: number[] = []
    for (let i = 0; i < distinct; i++) deliveries.push(i)
    for (let k = 0; k < repeats; k++) deliveries.splice((k * 7919) % deliveries.length, 0, (k * 131) % distinct)
    return deliveries
}

function run(): void {
    installWorld()
    const base = Date.now() - 3600e3
    const statuses = ['open', 'in_progress', 'waiting_on_customer']
    const body = (i: number) => {
        const at = new Date(base + i * 1000).toISOString()
        return i % 5 === 4
            ? event({
                  event_id: 'evt-' + i,
                  type: 'note_added',
                  status: undefined,
                  occurred_at: at,
                  note: { author: 'Agent', body: 'Note ' + i, created_at: at },
              })
            : event({ event_id: 'evt-' + i, status: statuses[i % 3], occurred_at: at })
    }
    const deliveries = stream(600, 400)
    let refused = 0
    const started = process.hrtime.bigint()
    for (const i of deliveries) {
        const r = call(postCaseEvent, {
            pathParams: { case_id: CASE_ID },
            body: JSON.stringify(body(i)),
            user: INTEGRATION_USER,
        })
        if (r.status !== 200) refused++
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    const activities = control.rows(ACTIVITY_TABLE).length
    console.log(
        `${deliveries.length} deliveries (600 distinct): ${ms.toFixed(0)} ms, ${(ms / deliveries.length).toFixed(2)} ms per delivery; ` +
            `${activities} activities written, ${refused} refused`,
    )
    if (activities !== 600 || refused) process.exitCode = 1
}

run()
