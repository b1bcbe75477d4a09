import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

// Serves the UI pages exactly as the SDK built them (dist/static/<page>/), the way the instance would:
// the page HTML at /<endpoint>.do and its bundle at /uxasset/externals/<scope>/<page>/main.jsdbx.
// The built HTML is XHTML for Jelly; a browser needs HTML, so self-closing non-void tags are expanded and
// <sdk:now-ux-globals/> becomes the session globals the platform would inject (g_ck, the user, language).

const VOID = new Set([
    'area',
    'base',
    'br',
    'col',
    'embed',
    'hr',
    'img',
    'input',
    'link',
    'meta',
    'source',
    'track',
    'wbr',
])

export interface PageGlobals {
    g_ck: string
    userName: string
    userId: string
    language: string
    /** The message catalog lookup (sys_ui_message for the user's language, else the English text). */
    translate(scope: string, text: string): string
}

// The build writes one Jelly expression per t('...') text: ${NS,JS:sn_i18n.Message.getMessage("scope", "text")}.
const TRANSLATION_EXPR = /\$\{NS,JS:sn_i18n\.Message\.getMessage\("((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)"\)\}/g

function unescapeDouble(s: string): string {
    return s.replace(/\\(.)/g, '$1').replace(/&amp;/g, '&')
}

function jsSingleQuoted(s: string): string {
    return s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/<\//g, '<\\/')
}

export function toBrowserHtml(xhtml: string, globals: PageGlobals): string {
    const inject =
        '<script>window.NOW=window.NOW||{};window.NOW.user={userName:' +
        JSON.stringify(globals.userName) +
        ',userID:' +
        JSON.stringify(globals.userId) +
        '};window.NOW.language=' +
        JSON.stringify(globals.language) +
        ';window.g_ck=' +
        JSON.stringify(globals.g_ck) +
        ';</script>'
    const html = xhtml
        .replace(/^\s*<!--[\s\S]*?-->\s*/, '')
        .replace(TRANSLATION_EXPR, (_m, scope: string, text: string) =>
            jsSingleQuoted(globals.translate(unescapeDouble(scope), unescapeDouble(text))),
        )
        // The build resolves <sdk:now-ux-globals> into Jelly: evaluate the session token expression and drop
        // the platform-only includes (Glide client scripts, the Polaris theme and UX framework library).
        .replace(/\$\[gs\.getSession\(\)\.getSessionToken\(\) \|\| gs\.getSessionToken\(\)\]/g, globals.g_ck)
        .replace(/<g2?:[\w-]+[^>]*?\/>/g, '')
        .replace(/<g2?:([\w-]+)[^>]*>\s*<\/g2?:\1>/g, '')
        .replace(/<link[^>]*(?:set-cache-buster|ux_theme)[^>]*>(?:<\/link>)?/g, '')
        .replace(/<script[^>]*library-uxf[^>]*>\s*<\/script>/g, '')
        .replace(/<sdk:now-ux-globals\s*\/>|<sdk:now-ux-globals>\s*<\/sdk:now-ux-globals>/, '')
        .replace(/\?uxpcb=\$\[[^\]]*\]/g, '')
        .replace(/<([a-zA-Z][\w-]*)([^<>]*?)\/>/g, (m, tag: string, attrs: string) =>
            VOID.has(tag.toLowerCase()) ? m : `<${tag}${attrs}></${tag}>`,
        )
        .replace('</head>', inject + '</head>')
    return '<!DOCTYPE html>\n' + html
}

export interface PageAsset {
    status: number
    type: string
    body: Buffer | string
}

export function pageAsset(staticDir: string, scope: string, urlPath: string): PageAsset | null {
    const prefix = `/uxasset/externals/${scope}/`
    if (!urlPath.startsWith(prefix)) return null
    const rel = urlPath.slice(prefix.length)
    if (rel.includes('..')) return { status: 400, type: 'text/plain', body: 'bad path' }
    const file = join(staticDir, rel)
    if (!existsSync(file)) return { status: 404, type: 'text/plain', body: 'not found' }
    const type =
        rel.endsWith('.jsdbx') || rel.endsWith('.js')
            ? 'text/javascript'
            : rel.endsWith('.css')
              ? 'text/css'
              : rel.endsWith('.map') || rel.endsWith('.json')
                ? 'application/json'
                : 'application/octet-stream'
    return { status: 200, type, body: readFileSync(file) }
}

/** Maps /x_mioms_m365_assis_setup.do to dist/static/setup/index.html through the UiPage endpoints. */
export function pageHtml(staticDir: string, endpoints: Record<string, string>, urlPath: string): string | null {
    const name = endpoints[urlPath.replace(/^\//, '')]
    if (!name) return null
    const file = join(staticDir, name, 'index.html')
    return existsSync(file) ? readFileSync(file, 'utf8') : null
}
