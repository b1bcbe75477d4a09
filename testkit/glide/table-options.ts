// A row as the double stores it (every value a string, as GlideRecord getValue returns it) and what a table
// definition may say. Its own file so tables.ts (the global tables) and store.ts (which defines them) do not
// import each other.

export type Row = Record<string, string>

export interface TableOptions {
    extends?: string
    unique?: string[][]
    fields?: string[]
    refs?: Record<string, string>
    display?: string
    defaults?: Row
    journal?: string[]
    password2?: string[]
    number?: { field: string; prefix: string }
    compute?: (row: Row) => void
}
