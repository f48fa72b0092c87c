/** How the CLI prints diagnostics: `file:line:column  severity  message  ruleId`, as linters do. */
import type {DiagnosticJson} from '../document/types.js'

export function formatDiagnostic(d: DiagnosticJson): string {
  const place = d.line === null ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`
  return `${place}  ${d.severity}  ${d.message}  ${d.ruleId}`
}
