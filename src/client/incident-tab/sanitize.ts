import DOMPurify from 'dompurify'

// Service health posts are HTML written by Microsoft and fetched from Graph: only formatting survives (no
// script, style, forms, event handlers or javascript: URLs), and links open outside the incident form.
let hooked = false

export function sanitizePostHtml(html: string): string {
    if (!hooked) {
        DOMPurify.addHook('afterSanitizeAttributes', (node) => {
            if (node.tagName === 'A') {
                node.setAttribute('target', '_blank')
                node.setAttribute('rel', 'noopener noreferrer')
            }
        })
        hooked = true
    }
    return DOMPurify.sanitize(html, {
        USE_PROFILES: { html: true },
        FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'img'],
        FORBID_ATTR: ['style', 'class', 'id'],
    })
}
