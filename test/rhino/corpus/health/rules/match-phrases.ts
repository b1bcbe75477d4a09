import type * as M from '../../../../../src/server/health/rules/match-phrases.ts'
import { englishWords } from '../../../../../src/server/health/rules/match-analyze.ts'
import { addPhrase, phrase, table } from '../../../../../src/server/health/rules/match-phrases.ts'
import { corpus } from '../../support.ts'

// Phrase tables over canonical words. scanLongest reports through a callback: each hit bumps a counter on its tag,
// and the tags are part of the arguments the harness prints after the call.
interface Tag {
    name: string
    hits: number
}

function tableOf(terms: string[]): M.PhraseTable<unknown> {
    const t = table<unknown>()
    terms.forEach((term) => addPhrase(t, phrase(term), { name: term, hits: 0 }))
    return t
}

const TERMS = [
    'excel',
    'excel for the web',
    'outlook',
    'outlook web',
    'shared mailbox',
    'mailbox',
    'constructor',
    '__proto__',
]
const bump = (tag: unknown) => {
    ;(tag as Tag).hits++
}

export default corpus<typeof M>({
    phrase: ['Outlook on the web', 'Excel pour le web', '', 'constructor'].map((s): [string] => [s]),
    table: [[]],
    addPhrase: [
        () => [table<Tag>(), phrase('shared mailbox'), { name: 'x', hits: 0 }],
        () => [table<Tag>(), phrase(''), { name: 'empty', hits: 0 }],
    ],
    scanLongest: [
        () => [tableOf(TERMS), englishWords('Excel for the web and Outlook on the web, shared mailbox'), bump],
        () => [tableOf(TERMS), englishWords('constructor __proto__ excel excel'), bump],
        () => [tableOf(TERMS), [], bump],
    ],
    topicsOf: [
        'not receive email external delay',
        'join meeting we couldn t connect you',
        'sign in mfa authenticator',
        '',
        'constructor',
    ].map((s): [string[]] => [englishWords(s)]),
    nonM365Of: ['printer paper jam', 'zoom meeting vpn', 'teams meeting', ''].map((s): [string[]] => [englishWords(s)]),
})
