// Scores the health matcher on the labelled set in testkit/health-matching/fixtures/matching (issue 13): precision@1 over the
// rows that expect an issue (the top suggestion is the expected one), per language, and the share of unrelated rows
// (expected null) that get no suggestion. Shared by bench/health-matching.ts (the figures) and
// test/health/matching.test.ts (sane floors on the tuning set).
import { rankIssues, MatchableIssue } from '../../src/server/health/rules/health-matching'
import issues from './fixtures/matching/issues.json'
import overviews from './fixtures/matching/overviews.json'
import tuning from './fixtures/matching/tuning.json'
import holdout from './fixtures/matching/holdout.json'

export type Lang = 'en' | 'fr' | 'da' | 'zh'
export const LANGS: Lang[] = ['en', 'fr', 'da', 'zh']

export interface LabelledRow {
    lang: Lang
    short_description: string
    description: string
    expected: string | null
}

export const MATCH_ISSUES = issues as MatchableIssue[]
export const MATCH_SERVICES = overviews as string[]
export const TUNING = tuning as LabelledRow[]
export const HOLDOUT = holdout as LabelledRow[]

export interface Figures {
    rows: number
    matchRows: number
    hits: number
    precisionAt1: number
    unrelatedRows: number
    unrelatedSilent: number
    unrelatedSilentShare: number
    misses: string[]
}

/** The issue the tab would suggest first (what precision@1 scores), or null when it suggests none. */
export function topIssueId(
    text: { shortDescription: string; description?: string },
    issues: MatchableIssue[] = MATCH_ISSUES,
    services: string[] = MATCH_SERVICES,
): string | null {
    const r = rankIssues(text, issues, { limit: 1, services })
    return r.length ? r[0].issueId : null
}

export function topSuggestion(row: LabelledRow): string | null {
    return topIssueId({ shortDescription: row.short_description, description: row.description })
}

export function figures(rows: LabelledRow[]): Figures {
    const f: Figures = {
        rows: rows.length,
        matchRows: 0,
        hits: 0,
        precisionAt1: 0,
        unrelatedRows: 0,
        unrelatedSilent: 0,
        unrelatedSilentShare: 0,
        misses: [],
    }
    for (const row of rows) {
        const top = topSuggestion(row)
        if (row.expected) {
            f.matchRows++
            if (top === row.expected) f.hits++
            else f.misses.push(`[${row.lang}] ${row.short_description} -> ${top} (expected ${row.expected})`)
        } else {
            f.unrelatedRows++
            if (top === null) f.unrelatedSilent++
            else f.misses.push(`[${row.lang}] ${row.short_description} -> ${top} (expected none)`)
        }
    }
    f.precisionAt1 = f.matchRows ? f.hits / f.matchRows : 0
    f.unrelatedSilentShare = f.unrelatedRows ? f.unrelatedSilent / f.unrelatedRows : 0
    return f
}

export function figuresByLang(rows: LabelledRow[]): Record<Lang | 'all', Figures> {
    const out = { all: figures(rows) } as Record<Lang | 'all', Figures>
    for (const l of LANGS) out[l] = figures(rows.filter((r) => r.lang === l))
    return out
}
