import type * as M from '../../../../../src/server/setup/rules/setup-time.ts'
import { T2020, T2026, corpus } from '../../support.ts'

export default corpus<typeof M>({
    formatGlideUtc: [[T2020], [T2026], [0], [-1], [-62135596800000], [253402300799999], [-62198755200000], [NaN], [1e20], [951868799999.9]],
})
