/** Safe fixes applied to a source: each fix's range replaced, last first, an overlapping one left for a later run. */
import type {Problem} from './types.js'

export function applyFixes(source: string, problems: readonly Problem[]): string {
  const fixes = problems
    .flatMap((p) => (p.fix ? [p.fix] : []))
    .sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1])
  let out = source
  let floor = Number.POSITIVE_INFINITY
  for (const f of fixes) {
    const [start, end] = f.range
    if (end > floor || start < 0 || end > source.length || start > end) continue
    out = out.slice(0, start) + f.text + out.slice(end)
    floor = start
  }
  return out
}
