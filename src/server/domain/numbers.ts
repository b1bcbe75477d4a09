// Number helpers whose result is the same on Rhino 1.7.14 and V8. Rhino's Math.round goes through a Java long,
// so it saturates at 2^63 (Math.round(1e19) is 9223372036854775807 there) and gives 0 for -0.4 where V8 gives
// -0; its Number#toString is not always the shortest round-trip form (5e-324 prints as 4.9e-324, and about one
// random double in twelve differs in the last digits).

/** Math.round's rounding (halves up) on every double, without Rhino's 2^63 ceiling. */
export function roundHalfUp(n: number): number {
    if (!isFinite(n)) return n
    const f = Math.floor(n)
    return n - f >= 0.5 ? f + 1 : f === 0 ? 0 : f
}

/**
 * A number as message text: integers as they are, other values with at most 6 decimals and no trailing zeros
 * (toFixed is digit-for-digit the same on both engines; toString of a fraction is not).
 */
export function numberText(n: number): string {
    if (isNaN(n)) return 'NaN'
    if (!isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity'
    if (Math.floor(n) === n && Math.abs(n) < 9007199254740992) return n === 0 ? '0' : String(n)
    if (Math.abs(n) >= 1e21) return String(n)
    const s = n.toFixed(6).replace(/\.?0+$/, '')
    return s === '-0' ? '0' : s
}
