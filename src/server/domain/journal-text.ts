// Text the app writes into journal fields (incident work notes), whatever its source: connector case notes and
// Microsoft 365 service health posts. Pure: no Glide.

// Journal fields render text between [code] and [/code] as HTML while glide.ui.security.allow_codetag is true,
// its default (ServiceNow docs: Render journal field entries as HTML, and Restrict the CODE tag in journal
// fields). A note the app writes must never switch that on, so every tag the renderer could see becomes
// "(code)" / "(/code)". Run it on the final text, after any HTML or entity decoding: an encoded &#91;code&#93;
// only turns into a tag once decoded. Case and inner spaces are tolerated ([CODE], [ /code ]); the output
// holds no brackets of its own, so removing one tag cannot join its neighbours into a new one.
const CODE_TAG = /\[(\s*\/?\s*)(code)(\s*)\]/gi

export function neutralizeJournalMarkup(text: string): string {
    return text.replace(
        CODE_TAG,
        (_m: string, open: string, word: string, close: string) =>
            '(' + open.replace(/\s+/g, '') + word + close.replace(/\s+/g, '') + ')',
    )
}
