/**
 * A baseline, as ESLint's bulk suppressions keep one: per file, per rule, how many problems were there when the
 * baseline was taken. Up to that many problems of the rule in the file are suppressed; one more and every problem
 * of that rule in that file is reported again (which ones are new cannot be told by a count), so a new problem
 * still fails CI. Infos are never counted: they fail nothing.
 *
 * The file (default `proclaim-suppressions.json`, in the working folder) maps a path, relative to the file's
 * folder with `/`, to rule ids and counts: `{"proclamations/x.md": {"finding-sequence": {"count": 1}}}`.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {FileResult} from './check-document.js'
import {writeFileAtomic} from '../corpus/write.js'

export type Suppressions = Record<string, Record<string, {count: number}>>

/** The default file name, as ESLint's is `eslint-suppressions.json`. */
export const suppressionsFileName = 'proclaim-suppressions.json'

export class SuppressionsError extends Error {}

/** The key of a checked file: its path from the suppressions file's folder, with `/`. */
export function suppressionKey(file: string, base: string): string {
  return path.relative(base, path.resolve(file)).split(path.sep).join('/')
}

/** Read a suppressions file; none there is an empty baseline, a malformed one an error that names it. */
export function readSuppressions(file: string): Suppressions {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw new SuppressionsError(`${file}: ${(error as Error).message}`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new SuppressionsError(`${file}: not JSON (${(error as Error).message})`)
  }
  const bad = (what: string) =>
    new SuppressionsError(
      `${file}: ${what}; expected {"path": {"rule-id": {"count": N}}} (rewrite it with --suppress-all)`
    )
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw bad('not an object')
  for (const [key, rules] of Object.entries(data)) {
    if (!rules || typeof rules !== 'object' || Array.isArray(rules))
      throw bad(`"${key}" does not map rule ids to counts`)
    for (const [rule, entry] of Object.entries(rules)) {
      const count = (entry as {count?: unknown})?.count
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1)
        throw bad(`"${key}" gives "${rule}" no count of 1 or more`)
    }
  }
  return data as Suppressions
}

/** Write a baseline, keys and rules sorted so that its diffs read well. */
export function writeSuppressions(file: string, suppressions: Suppressions): void {
  const sorted: Suppressions = {}
  for (const key of Object.keys(suppressions).sort()) {
    const rules = suppressions[key]!
    const inner: Record<string, {count: number}> = {}
    for (const rule of Object.keys(rules).sort()) inner[rule] = {count: rules[rule]!.count}
    if (Object.keys(inner).length > 0) sorted[key] = inner
  }
  writeFileAtomic(file, `${JSON.stringify(sorted, null, 2)}\n`)
}

/** How many problems of each rule a file has that a baseline can hold (infos are not counted). */
function countsOf(result: FileResult): Map<string, number> {
  const counts = new Map<string, number>()
  for (const p of result.problems)
    if (p.severity !== 'info') counts.set(p.ruleId, (counts.get(p.ruleId) ?? 0) + 1)
  return counts
}

/** The baseline of a run: every problem found, counted. Entries of files not checked are kept. */
export function suppressAll(
  results: readonly FileResult[],
  base: string,
  existing: Suppressions
): Suppressions {
  const out: Suppressions = {...existing}
  for (const result of results) {
    const key = suppressionKey(result.path, base)
    const counts = countsOf(result)
    if (counts.size === 0) delete out[key]
    else out[key] = Object.fromEntries([...counts].map(([rule, count]) => [rule, {count}]))
  }
  return out
}

/** The baseline less what no longer occurs: each count lowered to what the run found, zeros dropped. */
export function pruneSuppressions(
  results: readonly FileResult[],
  base: string,
  existing: Suppressions
): Suppressions {
  const out: Suppressions = {...existing}
  for (const result of results) {
    const key = suppressionKey(result.path, base)
    const rules = existing[key]
    if (!rules) continue
    const counts = countsOf(result)
    const kept: Record<string, {count: number}> = {}
    for (const [rule, {count}] of Object.entries(rules)) {
      const now = Math.min(count, counts.get(rule) ?? 0)
      if (now > 0) kept[rule] = {count: now}
    }
    if (Object.keys(kept).length > 0) out[key] = kept
    else delete out[key]
  }
  return out
}

export interface Suppressed {
  results: FileResult[]
  /** How many problems the baseline held back. */
  suppressed: number
  /** Entries of checked files whose count is above what the run found: `path rule-id`. */
  unused: string[]
}

/** The run with the baseline applied. */
export function applySuppressions(
  results: readonly FileResult[],
  base: string,
  suppressions: Suppressions
): Suppressed {
  let suppressed = 0
  const unused: string[] = []
  const out = results.map((result) => {
    const rules = suppressions[suppressionKey(result.path, base)]
    if (!rules) return result
    const counts = countsOf(result)
    const held = new Set<string>()
    for (const [rule, {count}] of Object.entries(rules)) {
      const found = counts.get(rule) ?? 0
      if (found < count) unused.push(`${suppressionKey(result.path, base)} ${rule}`)
      if (found <= count) held.add(rule)
    }
    const problems = result.problems.filter((p) => p.severity === 'info' || !held.has(p.ruleId))
    suppressed += result.problems.length - problems.length
    return {...result, problems}
  })
  return {results: out, suppressed, unused}
}
