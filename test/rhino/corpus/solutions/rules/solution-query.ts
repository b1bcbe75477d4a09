import type * as M from '../../../../../src/server/solutions/rules/solution-query.ts'
import { T2020, TRICKY_TEXT, corpus, loose, repeat } from '../../support.ts'

export default corpus<typeof M>({
    normalizeQuery: TRICKY_TEXT.map((t): [string] => [t]).concat([
        [repeat('ab ', 400)],
        [repeat('\ud83d\ude00', 600)],
        loose(null),
        loose(0),
    ]),
    incidentQueryText: [
        ['Outlook crashes', 'Outlook crashes'],
        ['Outlook crashes', 'OUTLOOK   CRASHES'],
        ['', 'Only the description'],
        ['Short', ''],
        ['Short \u0130', 'short \u0131 long text'],
        [repeat('s', 600), repeat('d', 600)],
        ['', ''],
    ],
    cacheExpiryMs: [
        [T2020, 60],
        [T2020, 0],
        [T2020, -5],
        [T2020, NaN],
        [T2020, 0.5],
        [T2020, Infinity],
        loose(T2020, '30'),
    ],
    isCacheFresh: [
        [null, T2020],
        [T2020 + 1, T2020],
        [T2020, T2020],
        [NaN, T2020],
    ],
    parseCachedResults: [
        ['[{"id":"1","title":"T","summary":"S","url":"https://x","source":"kb"}]'],
        ['[{"id":2,"title":null},null,"x",5,{"url":"javascript:alert(1)"}]'],
        ['{"a":1}'],
        ['not json'],
        [''],
        ['[{"title":"\\u00e9\\ud83d\\ude00\\u2028"}]'],
    ],
    safeLink: [['https://learn.microsoft.com/x'], ['HTTP://x'], ['javascript:alert(1)'], [' https://x'], ['//x'], ['']],
})
