/** "Did you mean": the known name closest to a mistyped one, by edit distance, or none when nothing is close. */
import {editDistance} from '../util/edit-distance.js'

export {editDistance}

/**
 * The candidate closest to `typed`: one it begins (`form` for `format`), else one within a third of
 * its length in edits (at least one edit); ties go to the earlier candidate.
 */
export function closest(typed: string, candidates: readonly string[]): string | undefined {
  if (typed.length === 0) return undefined
  const prefixed = candidates.filter((c) => c.startsWith(typed))
  if (prefixed.length === 1) return prefixed[0]
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate)
    const allowed = Math.max(1, Math.floor(Math.max(typed.length, candidate.length) / 3))
    if (distance <= allowed && distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}
