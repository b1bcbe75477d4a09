// Lookups in a plain-object table by a key that comes from outside (Graph, a request): `table[key]` also finds
// Object.prototype's members ('constructor' gives a function, whose text differs between engines) and engines
// disagree about '__proto__' (V8 returns Object.prototype, Rhino undefined).

const hasOwn = Object.prototype.hasOwnProperty

/** table[key] when the table itself has that key, else undefined. */
export function own<T>(table: Record<string, T>, key: string): T | undefined {
    return hasOwn.call(table, key) ? table[key] : undefined
}
