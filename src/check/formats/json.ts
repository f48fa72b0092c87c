/** `--format json`: one entry a file, as ESLint's json formatter, with positions and any fix. */
import type {FileResult} from '../check-document.js'

export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      file: r.path,
      errorCount: r.problems.filter((p) => p.severity === 'error').length,
      warningCount: r.problems.filter((p) => p.severity === 'warning').length,
      infoCount: r.problems.filter((p) => p.severity === 'info').length,
      problems: r.problems.map((p) => ({
        ruleId: p.ruleId,
        severity: p.severity,
        message: p.message,
        line: p.place.start.line,
        column: p.place.start.column,
        endLine: p.place.end.line,
        endColumn: p.place.end.column,
        ...(p.fix ? {fix: p.fix} : {})
      })),
      ...(r.notifications.length > 0 ? {notifications: r.notifications} : {})
    })),
    null,
    2
  )
}
