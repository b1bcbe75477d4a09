import type * as M from '../../../../src/server/domain/journal-text.ts'
import { TRICKY_TEXT, corpus } from '../support.ts'

export default corpus<typeof M>({
    neutralizeJournalMarkup: [
        ['[code]<img onerror=x>[/code]'],
        ['[CODE][/Code][ code ][ / code ]'],
        ['[[code]]code]'],
        ['[co[code]de]'],
        ['\u00e9[code]\ud83d\ude00[/code\u00a0]'],
        ['[\u212aode] [c\u00f6de] [code\u2028]'],
        ...TRICKY_TEXT.map((t): [string] => [t]),
    ],
})
