import type * as M from '../../../../../src/server/setup/rules/setup-text.ts'
import { corpus } from '../../support.ts'

const lookup = (text: string, args: string[]) => '[' + text + '|' + args.join(',') + ']'

export default corpus<typeof M>({
    tx: [['Hello {0}', 'w\u00f6rld', 3, 0.1 + 0.2, 1e21, -0, NaN, 5e-324, 123456789.12345679, 1 / 3]],
    cat: [
        [],
        [
            [{ text: 'a', args: [] }],
            [],
            [
                { text: 'b', args: ['1'] },
                { text: 'c', args: [] },
            ],
        ],
    ],
    fill: [
        ['{0} and {1} and {0}', ['x', 'y']],
        ['{2}', ['x']],
        ['$1 {0}', ['$&']],
        ['{00}', ['z']],
        ['', []],
    ],
    english: [
        [
            [
                { text: 'Grant {0} the {1} role.', args: ['u', 'r'] },
                { text: 'Then {0}.', args: ['\u00e9'] },
            ],
        ],
        [[]],
    ],
    render: [
        [
            [
                { text: 'A {0}', args: ['1'] },
                { text: 'B', args: [] },
            ],
            lookup,
        ],
        [[], lookup],
    ],
})
