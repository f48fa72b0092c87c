/** How the CLI prints diagnostics: `file:line:column  severity  message  ruleId`, as linters do. */
import type {DiagnosticJson} from '../document/types.js'
import {paintSeverity} from './color.js'

export interface FormatOptions {
  /** Colour the severity (a terminal). Default: false. */
  color?: boolean
}

export function formatDiagnostic(d: DiagnosticJson, options: FormatOptions = {}): string {
  const place = d.line === null ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`
  const severity = options.color ? paintSeverity(d.severity) : d.severity
  return `${place}  ${severity}  ${d.message}  ${d.ruleId}`
}
