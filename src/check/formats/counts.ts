/** Totals of a run, shared by the formats. */
import type {FileResult} from '../check-document.js'
import type {CheckSeverity} from '../types.js'

export function countBySeverity(results: readonly FileResult[]): Record<CheckSeverity, number> {
  const counts: Record<CheckSeverity, number> = {error: 0, warning: 0, info: 0}
  for (const r of results) for (const p of r.problems) counts[p.severity]++
  return counts
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
