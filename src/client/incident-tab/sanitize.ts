// Service health posts are HTML written by Microsoft and fetched from Graph: only formatting survives (no
// script, style, forms, media, event handlers or javascript: URLs), and links open outside the incident form.
//
// The post is parsed by the browser into an inert document (DOMParser: no script runs, nothing loads) and a new
// HTML string is written from it: allow-listed HTML elements only, no attribute but a checked link target, every
// text escaped. Nothing of the input is copied through as markup, so parser quirks (mutation XSS through
// <noscript>, <svg>, <math>, comments) cannot smuggle anything past it. This replaced DOMPurify, a third of the
// tab's JavaScript (bench/tab-cost.ts).

const KEEP = new Set([
    'a',
    'abbr',
    'b',
    'blockquote',
    'br',
    'caption',
    'code',
    'dd',
    'div',
    'dl',
    'dt',
    'em',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'i',
    'li',
    'ol',
    'p',
    'pre',
    's',
    'small',
    'span',
    'strong',
    'sub',
    'sup',
    'table',
    'tbody',
    'td',
    'tfoot',
    'th',
    'thead',
    'tr',
    'u',
    'ul',
])
const VOID = new Set(['br', 'hr'])
// Dropped with everything inside them: their content is code, styling or controls, not text for the reader.
const DROP = new Set([
    'script',
    'style',
    'template',
    'noscript',
    'noembed',
    'noframes',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'option',
    'title',
    'head',
    'link',
    'meta',
    'base',
    'img',
    'picture',
    'video',
    'audio',
    'source',
    'track',
    'canvas',
    'svg',
    'math',
    'xmp',
    'plaintext',
    'dialog',
])
const HTML_NS = 'http://www.w3.org/1999/xhtml'
const SAFE_URL = /^(?:https?:|mailto:)/i
const MAX_DEPTH = 40

function escapeText(s: string): string {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function escapeAttr(s: string): string {
    return escapeText(s).replace(/"/g, '&quot;')
}

/** The link target when it is an http(s) or mailto URL (control characters and spaces removed first, as browsers do). */
export function safeHref(raw: string | null): string | null {
    if (!raw) return null
    // eslint-disable-next-line no-control-regex
    const v = raw.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '')
    return SAFE_URL.test(v) ? v : null
}

function write(node: Node, depth: number): string {
    let out = ''
    node.childNodes.forEach((child) => {
        if (child.nodeType === 3) out += escapeText(child.nodeValue || '')
        else if (child.nodeType === 1) out += element(child as Element, depth)
    })
    return out
}

function element(el: Element, depth: number): string {
    const tag = el.localName
    if (el.namespaceURI !== HTML_NS || DROP.has(tag)) return ''
    // Too deep, or not allow-listed: keep the text, drop the element.
    if (depth >= MAX_DEPTH || !KEEP.has(tag)) return write(el, depth + 1)
    if (VOID.has(tag)) return '<' + tag + '>'
    let attrs = ''
    if (tag === 'a') {
        const href = safeHref(el.getAttribute('href'))
        if (href) attrs = ' href="' + escapeAttr(href) + '" target="_blank" rel="noopener noreferrer"'
    }
    return '<' + tag + attrs + '>' + write(el, depth + 1) + '</' + tag + '>'
}

export function sanitizePostHtml(html: string): string {
    const doc = new DOMParser().parseFromString(String(html || ''), 'text/html')
    return write(doc.body, 0)
}
