import type * as M from '../../../../../src/server/health/rules/match-text.ts'
import { TRICKY_TEXT, corpus, loose, repeat } from '../../support.ts'

// Folding, tokens, stems and error codes of the health matcher: our own folding table must give the same letters on
// both engines (toLowerCase of unusual letters, full-width forms, CJK next to Latin, dots inside numbers).
const TEXTS = [
    ...TRICKY_TEXT,
    "Réunion Teams : impossible de rejoindre, « Nous n'avons pas pu vous connecter »",
    'Œuvre Ÿ Æble Ø Å ÀÉÎÕÜ ÇÑ ß þ ð × ÷ Ł Ž š ı',
    'Teams-møde på Åbning, mødeindkaldelse',
    'ＯｎｅＤｒｉｖｅ　同步０１２ ＡＡＤＳＴＳ５００７６',
    'Teams无法登录!Outlook 收不到外部邮件。网页版Excel',
    'NDR 550 5.7.1. Version 2.3.4.5, IP 10.2.3.4, 1.5 hours, end.',
    '<p>Users &amp; admins: error <b>0x8004DE40</b></p>',
    'カタカナ ひらがな 한국어 Ελληνικά Кириллица',
    '\ue000 private use \ue000.5',
    repeat('Outlook mail délai ', 200),
]

const WORDS = [
    'emails',
    'email',
    'syncing',
    'running',
    'planned',
    'agreed',
    'invitations',
    'status',
    'bus',
    'analysis',
    'flies',
    'tries',
    'shopping',
    'stopped',
    'meetings',
    'meeting',
    'receive',
    'receiving',
    'received',
    'processes',
    'teams',
    'forms',
    'news',
    'ies',
    'ing',
    'sss',
    '',
    'a',
    'x1',
    'constructor',
    '__proto__',
    'hasOwnProperty',
    'free',
]

const CODES = [
    'Error 0x8004DE40 then AADSTS50076, NDR 550 5.7.1 and 8004de40 again',
    'INC0012345 REQ0001234 on 2024-01-01, deadbeef, cafe1234, 12345678',
    'caa20002 CAA70007 0x80180014 0x87D1041C 4.4.7 2.0.0 9.9.9',
    'no code here',
    '',
    'AADSTS50001 AADSTS50001 aadsts50001',
]

export default corpus<typeof M>({
    foldText: TEXTS.map((s): [string] => [s]).concat([loose(null), loose(undefined), loose(42)]),
    isCjk: [0x4e00, 0x9fff, 0x3400, 0x4dbf, 0xf900, 0xfaff, 0x3040, 0x30ff, 0x3039, 0xac00, 65, -1, NaN].map(
        (c): [number] => [c],
    ),
    rawTokens: ['teams 无法登录 5.7.1 a..b', '', 'one two  three', '.5 5. 5.7'].map((s): [string] => [s]),
    stem: WORDS.map((w): [string] => [w]),
    extractCodes: CODES.map((s): [string] => [s]),
})
