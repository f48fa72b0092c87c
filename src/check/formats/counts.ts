/** What the formats share: totals, and a file's path as a reader (and GitHub) wants it. */
import path from 'node:path'
import {printableLine} from '../../util/printable.js'
import type {FileResult} from '../check-document.js'
import type {CheckSeverity} from '../types.js'

export function countBySeverity(results: readonly FileResult[]): Record<CheckSeverity, number> {
  const counts: Record<CheckSeverity, number> = {error: 0, warning: 0, info: 0}
  for (const r of results) for (const p of r.problems) counts[p.severity]++
  return counts
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** A path inside the working folder relative to it ("proclamations/x.md": annotations attach by it); others as given. */
export function shownPath(file: string, root = process.cwd()): string {
  if (file.startsWith('<')) return printableLine(file)
  const relative = path.relative(root, path.resolve(file))
  // A line break in a file name would start a line of its own in the output (a workflow command, to a CI runner).
  return printableLine(
    relative.startsWith('..') || path.isAbsolute(relative)
      ? file
      : relative.split(path.sep).join('/')
  )
}
