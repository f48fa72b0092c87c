/** How the CLI prints diagnostics: `file:line:column  severity  message  ruleId`, as linters do. */
import type {DiagnosticJson} from '../document/types.js'
import {printableLine} from '../util/printable.js'
import {paintSeverity} from './color.js'

export interface FormatOptions {
  /** Colour the severity (a terminal). Default: false. */
  color?: boolean
}

export function formatDiagnostic(d: DiagnosticJson, options: FormatOptions = {}): string {
  // One diagnostic, one line: a line break in a file name or a message is shown, not printed.
  const file = printableLine(d.file)
  const place = d.line === null ? file : `${file}:${d.line}:${d.column ?? 1}`
  const severity = options.color ? paintSeverity(d.severity) : d.severity
  return `${place}  ${severity}  ${printableLine(d.message)}  ${d.ruleId}`
}
