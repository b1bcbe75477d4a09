import type * as M from '../../../../../src/server/health/rules/match-analyze.ts'
import { TRICKY_TEXT, corpus, loose } from '../../support.ts'

// Incident text in English, French, Danish and Chinese -> canonical English words: the lexicons, Danish compound
// splitting and Chinese segmentation must give the same words on both engines.
const TEXTS: [string, M.Lang][] = [
    ['Users cannot sign in to Teams, keeps asking for password', 'en'],
    ['Outlook ne reçoit plus aucun message depuis ce matin', 'fr'],
    ['Impossible de rejoindre la réunion Teams', 'fr'],
    ['Boîte aux lettres partagée inaccessible dans Outlook', 'fr'],
    ['Kan ikke logge på Teams; mødeoptagelsen mangler', 'da'],
    ['Teams-møde og teamsmødet, lærredsappen hænger', 'da'],
    ['Power BI-gatewayen giver timeout', 'da'],
    ['Teams 无法登录，收不到外部邮件', 'zh'],
    ['网页版 Excel 无法编辑，工作簿只能以只读方式打开。', 'zh'],
    ['打印机卡纸 钉钉 企业微信', 'zh'],
    ['constructor __proto__ toString valueOf hasOwnProperty', 'da'],
    ['', 'en'],
]

export default corpus<typeof M>({
    canonicalWords: TEXTS.map((t): Parameters<typeof M.canonicalWords> => [t[0], t[1]])
        .concat(
            TEXTS.map(
                (t): Parameters<typeof M.canonicalWords> => [
                    t[0],
                    t[1],
                    new Map([
                        ['teams', true],
                        ['gateway', true],
                        ['constructor', true],
                    ]),
                ],
            ),
        )
        .concat(TRICKY_TEXT.map((s): Parameters<typeof M.canonicalWords> => [s, 'da'])),
    canonicalFolded: [
        ['kan ikke logge paa teams', 'da'],
        ['reunion teams', 'fr'],
        ['teams 无法登录', 'zh'],
        ['', 'en'],
        loose('mail', 'xx'),
    ],
    englishWords: [
        'Users may be unable to sign in to Microsoft 365 services',
        'Outlook on the web: meeting invites',
        'non-delivery report (NDR) 550 5.7.1',
        '',
    ].map((s): [string] => [s]),
    detectLanguage: TEXTS.map((t): [string] => [t[0]]).concat(
        TRICKY_TEXT.map((s): [string] => [s]),
        [loose(null)],
    ),
    isContentWord: ['teams', 'the', 'ikk', 'de', '|', '', 'a', 'constructor', '__proto__'].map((w): [string] => [w]),
})
