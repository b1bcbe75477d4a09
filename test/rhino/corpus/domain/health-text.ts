import type * as M from '../../../../src/server/domain/health-text.ts'
import { TRICKY_TEXT, corpus, loose, repeat } from '../support.ts'

const HTML = [
    '<p>Users may be unable to <b>send</b> email.</p><p>Next update by 10:00 UTC.</p>',
    '<ul><li>First</li><li>Second <a href="javascript:alert(1)" onclick="x()">link</a></li></ul>',
    '<script type="text/javascript">alert("x")</script>Visible<style>p{color:red}</style> text',
    '<SCRIPT>evil()</SCRIPT >after',
    'line one<br>line two<br/>line three<BR />four',
    '<div>a</div>\n\n\n\n<div>b</div>',
    '<h1>Title</h1><table><tr><td>cell</td></tr></table>',
    'unclosed <b tag and <i>more',
    'trailing <a href="x',
    '&amp;lt;script&amp;gt; &#60;b&#62; &#x3C;i&#x3e; &#128512; &#x1F600; &#9; &#31; &#32; &#65535; &#65536; &#99999999999;',
    '&copy; &unknown; &amp &AMP; &Lt; &nbsp;&nbsp; &#39;quoted&#39; &quot;dq&quot; &apos;',
    '&constructor; &__proto__; &toString; &hasOwnProperty; &valueOf;',
    '[code]<img src=x onerror=alert(1)>[/code]',
    '&#91;code&#93;&lt;img src=x onerror=alert(1)&gt;&#91;/code&#93;',
    '\u00a0\u00a0spaces\t\t\f\vand\u2003em\u3000ideographic',
    repeat('<p>x &amp; y</p>', 500),
]

const WORDS = ['emails', 'email', 'syncing', 'running', 'planned', 'agreed', 'invitations', 'status', 'bus', 'analysis', 'ies', 'flies', 'tries', 'shopping', 'stopped', 'was', 'sss', '', 'a', 'ing', 'added', 'calling']

export default corpus<typeof M>({
    htmlToText: [...HTML, ...TRICKY_TEXT].map((s): [string] => [s]).concat([loose(null), loose(undefined), loose(42)]),
    normalizeText: [...HTML, ...TRICKY_TEXT, "Users can't sign in; Outlook's inbox \u2019s", 'CAF\u00c9 \u0130STANBUL \u00c5SA', 'Straße Ǆemal ΣΊΣΥΦΟΣ'].map((s): [string] => [s]),
    stem: WORDS.map((w): [string] => [w]),
    stemmedWords: [...HTML, ...TRICKY_TEXT, 'Emails are syncing slowly; invitations stopped arriving since the planned upgrade.'].map((s): [string] => [s]),
})
