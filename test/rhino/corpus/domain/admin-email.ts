import type * as M from '../../../../src/server/domain/admin-email.ts'
import { corpus, loose, repeat } from '../support.ts'

export default corpus<typeof M>({
    checkAdminEmail: [
        ['admin@contoso.onmicrosoft.com', 'contoso.onmicrosoft.com'],
        ['  Admin@Sub.Contoso.COM ', 'CONTOSO.com'],
        ['admin@fabrikam.com', 'contoso.com'],
        ['admin@notcontoso.com', 'contoso.com'],
        ['admin@contoso.com', ''],
        ['me@Outlook.com', ''],
        ['me@gmail.com', 'gmail.com'],
        ['', 'contoso.com'],
        ['   ', 'contoso.com'],
        ['not-an-email', 'contoso.com'],
        ['a@b', 'contoso.com'],
        ['\u00e9l\u00e8ve@contoso.com', 'contoso.com'],
        ['admin@b\u00fccher.de', ''],
        ['admin@xn--bcher-kva.de', ''],
        [repeat('a', 250) + '@x.co', ''],
        ['a@' + repeat('b', 63) + '.com', ''],
        ['a@' + repeat('b', 64) + '.com', ''],
        ['"quoted"@contoso.com', ''],
        ['admin@contoso.com\n', ''],
        loose(null, null),
        loose(42, 7),
    ],
})
