/**
 * The human format, as remark-cli and ESLint print: each file with problems, then one line a problem
 * (`line:col-line:col  severity  message  rule-id`), then the totals.
 */
import type {FileResult} from '../check-document.js'
import type {CheckSeverity} from '../types.js'
import {countBySeverity, plural, shownPath} from './counts.js'

const colors: Record<CheckSeverity, number> = {error: 31, warning: 33, info: 36}

export function formatStylish(results: readonly FileResult[], color = false): string[] {
  const paint = (severity: CheckSeverity) =>
    color ? `\x1b[${colors[severity]}m${severity}\x1b[39m` : severity
  const lines: string[] = []
  for (const result of results) {
    if (result.problems.length === 0) continue
    lines.push(color ? `\x1b[4m${shownPath(result.path)}\x1b[24m` : shownPath(result.path))
    const rows = result.problems.map((p) => [
      `${p.place.start.line}:${p.place.start.column}-${p.place.end.line}:${p.place.end.column}`,
      p.severity,
      p.message,
      p.ruleId
    ])
    const width = (i: number) => Math.max(...rows.map((r) => r[i]!.length))
    const [w0, w1] = [width(0), width(1)]
    for (const r of rows)
      lines.push(
        `  ${r[0]!.padEnd(w0)}  ${paint(r[1] as CheckSeverity)}${' '.repeat(w1 - r[1]!.length)}  ${r[2]}  ${r[3]}`
      )
    lines.push('')
  }
  const counts = countBySeverity(results)
  const total = counts.error + counts.warning + counts.info
  const files = results.length
  lines.push(
    total === 0
      ? `${plural(files, 'file')} checked: no problems`
      : `${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')}) in ${plural(results.filter((r) => r.problems.length > 0).length, 'file')} of ${files} checked`
  )
  return lines
}
