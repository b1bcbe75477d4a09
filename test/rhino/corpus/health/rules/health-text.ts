import type * as M from '../../../../../src/server/health/rules/health-text.ts'
import { TRICKY_TEXT, corpus, loose, repeat } from '../../support.ts'

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

export default corpus<typeof M>({
    htmlToText: [...HTML, ...TRICKY_TEXT].map((s): [string] => [s]).concat([loose(null), loose(undefined), loose(42)]),
})
