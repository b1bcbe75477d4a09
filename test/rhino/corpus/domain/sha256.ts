import type * as M from '../../../../src/server/domain/sha256.ts'
import { TRICKY_TEXT, corpus, repeat } from '../support.ts'

export default corpus<typeof M>({
    sha256Hex: TRICKY_TEXT.map((t): [string] => [t]).concat([['abc'], [repeat('a', 55)], [repeat('a', 56)], [repeat('a', 64)], [repeat('\u00e9', 1000)], [repeat('\ud83d\ude00', 300)], ['\udbff\udfff\u0000\uffff']]),
})
