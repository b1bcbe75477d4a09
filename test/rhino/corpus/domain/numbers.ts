import type * as M from '../../../../src/server/domain/numbers.ts'
import { corpus } from '../support.ts'

const VALUES = [0, -0, 0.5, 1.5, 2.5, -0.5, -0.4, -1.5, -2.5, 0.49999999999999994, 4503599627370495.5, 4503599627370497, 1e19, -1e19, 9.3e18, 1e300, 5e-324, -5e-324, 0.1 + 0.2, 1 / 3, 2 / 3, 123456.789, -987654.3210001, 7.663441300392151e-21, 5.056214786626498e28, 0.0000747534496592141, 9007199254740992 + 1, 1e21, 1.5e21, NaN, Infinity, -Infinity, 120000, 4.4999999, 449.99999999999994]

export default corpus<typeof M>({
    roundHalfUp: VALUES.map((v): [number] => [v]),
    numberText: VALUES.map((v): [number] => [v]),
})
