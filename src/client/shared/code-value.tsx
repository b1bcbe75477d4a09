import React from 'react'

// A value the admin copies into another system (URL, ID, client ID). Long values wrap after a separator
// (/ . - _ ? & = : @) where the browser may break the line; CSS (.m365-mono: overflow-wrap anywhere) is only the
// fallback for a run without separators. <wbr> adds no text: what is selected and copied is the value itself.
const BREAK_AFTER = /([/.\-_?&=:@]+)/

export function CodeValue({ value }: { value: string }) {
    const parts = value.split(BREAK_AFTER)
    return (
        <>
            {parts.map((p, i) =>
                i % 2 === 1 ? (
                    <React.Fragment key={i}>
                        {p}
                        <wbr />
                    </React.Fragment>
                ) : (
                    p
                ),
            )}
        </>
    )
}
