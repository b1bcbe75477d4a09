import type * as M from '../../../../../src/server/inbound/rules/media-type.ts'
import { corpus } from '../../support.ts'

export default corpus<typeof M>({
    isJsonMediaType: [
        ['application/json'],
        ['Application/JSON; charset=utf-8'],
        ['  application/json  ;charset=UTF-8'],
        ['application/json-seq'],
        ['application/problem+json'],
        ['text/json'],
        ['application/\u0130son'],
        ['APPL\u0131CATION/JSON'],
        ['application/json\u00a0'],
        ['application/json\ufeff'],
        [''],
        [null],
        [undefined],
    ],
})
