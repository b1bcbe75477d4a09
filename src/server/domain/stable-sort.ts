// Array.prototype.sort is stable in V8 (ES2019) but not in Rhino 1.7.14: items that compare equal come out in
// any order there (seen with 20 items), so an order that looks settled in the tests can change on the instance.
// Sorting with the original position as the last key gives the same order on both.

/** A sorted copy; items the comparator calls equal (or NaN) keep their input order. */
export function stableSort<T>(items: readonly T[], compare: (a: T, b: T) => number): T[] {
    const indexed = items.map((value, index) => ({ value, index }))
    // eslint-disable-next-line no-restricted-syntax -- the one sort call: the index makes the order total
    indexed.sort((a, b) => compare(a.value, b.value) || a.index - b.index)
    return indexed.map((x) => x.value)
}
