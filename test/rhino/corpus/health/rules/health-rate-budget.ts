import type * as M from '../../../../../src/server/health/rules/health-rate-budget.ts'
import { DEFAULT_LIMITS } from '../../../../../src/server/health/rules/health-rate-budget.ts'
import { T2020, corpus, loose } from '../../support.ts'

const NOW = T2020
const fresh = { minuteStart: 0, minuteCount: 0, hourStart: 0, hourCount: 0, notBefore: 0 }
const busy = { minuteStart: NOW - 30000, minuteCount: 119, hourStart: NOW - 1800000, hourCount: 399, notBefore: 0 }
const expired = {
    minuteStart: NOW - 60000,
    minuteCount: 120,
    hourStart: NOW - 3600000,
    hourCount: 400,
    notBefore: NOW - 1,
}
const future = { minuteStart: NOW + 5000, minuteCount: 5, hourStart: NOW + 5000, hourCount: 5, notBefore: NOW + 1000 }

export default corpus<typeof M>({
    emptyBudget: [[]],
    clampLimits: [
        [{}],
        [{ perMinute: 500, perHour: 5000, perRun: 5000 }],
        [{ perMinute: 0, perHour: -1, perRun: 2.9 }],
        loose({ perMinute: '60', perHour: 'x', perRun: null }),
        [{ perMinute: NaN, perHour: Infinity, perRun: 1e21 }],
    ],
    roll: [
        [fresh, NOW],
        [busy, NOW],
        [expired, NOW],
        [future, NOW],
        [busy, NOW + 30000],
        [busy, NOW + 1800000],
    ],
    allowance: [
        [fresh, NOW, DEFAULT_LIMITS, 0],
        [busy, NOW, DEFAULT_LIMITS, 0],
        [busy, NOW, DEFAULT_LIMITS, 49],
        [expired, NOW, DEFAULT_LIMITS, 10],
        [future, NOW, DEFAULT_LIMITS, 0],
        [fresh, NOW, { perRun: 1, perMinute: 1, perHour: 1 }, 1],
    ],
    spend: [
        [fresh, NOW],
        [busy, NOW, 2],
        [expired, NOW, 50],
        [future, NOW],
        [busy, NOW, 0.5],
    ],
    throttle: [
        [fresh, NOW],
        [fresh, NOW, 120],
        [fresh, NOW, 0.2],
        [fresh, NOW, -5],
        [future, NOW, 0.001],
        [fresh, NOW, NaN],
        [fresh, NOW, Infinity],
    ],
    blockedReason: [
        [fresh, NOW, DEFAULT_LIMITS, 0],
        [future, NOW, DEFAULT_LIMITS, 0],
        [busy, NOW, DEFAULT_LIMITS, 50],
        [{ ...busy, hourCount: 400 }, NOW, DEFAULT_LIMITS, 0],
        [{ ...busy, minuteCount: 120 }, NOW, DEFAULT_LIMITS, 0],
    ],
    parseBudget: [
        [''],
        ['{"minuteStart":1605164858970,"minuteCount":3,"hourStart":1605164858970,"hourCount":7,"notBefore":0}'],
        ['{"minuteStart":-1,"minuteCount":"3","hourStart":1e400,"notBefore":null}'],
        ['nope'],
        ['[1,2]'],
        ['null'],
    ],
})
