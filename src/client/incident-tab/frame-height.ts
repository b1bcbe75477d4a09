// The page lives in an iframe inside the incident form (UI macro x_mioms_m365_assis_incident_tab). The macro
// sizes the iframe to the height this posts, so the form shows the whole tab without a second scrollbar.
export const HEIGHT_MESSAGE = 'x_mioms_m365_assis:tab-height'

export function watchHeight(el: HTMLElement): void {
    if (window.parent === window) return
    let last = 0
    const post = () => {
        const h = Math.ceil(el.getBoundingClientRect().height) + 24
        if (h === last) return
        last = h
        window.parent.postMessage({ type: HEIGHT_MESSAGE, height: h }, window.location.origin)
    }
    new ResizeObserver(post).observe(el)
    post()
}
