/**
 * Diagnostics. Each one the toolkit makes names a rule of `rules.ts`, which
 * gives its severity, whether it is fatal, and its fix; its source is always
 * `diagnosticSource`. `report` puts one on a file as a vfile message,
 * `diagnostic` writes one as JSON where there is no file to put it on (a file
 * that cannot be read), and `diagnosticsToJson` writes a file's messages.
 */
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {diagnosticSource, type RuleId, rules} from './rules.js'
import type {DiagnosticJson, Severity} from './types.js'

/** Where a diagnostic stands in its file; none (or no line) means the whole file. */
export interface DiagnosticPlace {
  line?: number | null | undefined
  column?: number | null | undefined
}

/** Whether a rule id is one of this toolkit's rules. */
export function isRuleId(id: string | null | undefined): id is RuleId {
  return typeof id === 'string' && Object.hasOwn(rules, id)
}

/** Put a diagnostic on a file as a vfile message: severity, fatality and fix from its rule. */
export function report(file: VFile, ruleId: RuleId, reason: string, place?: Point): VFileMessage {
  const rule = rules[ruleId]
  const options = {ruleId, source: diagnosticSource, ...(place ? {place} : {})}
  const message =
    rule.severity === 'info' ? file.info(reason, options) : file.message(reason, options)
  if (rule.severity === 'error') message.fatal = true
  message.note = rule.fix
  return message
}

/** Whether any message on the file means the document could not be parsed. */
export function hasFatal(file: VFile): boolean {
  return file.messages.some((m) => isRuleId(m.ruleId) && rules[m.ruleId].fatal)
}

/** A diagnostic as JSON: its source and severity from the rule table. */
export function diagnostic(
  ruleId: RuleId,
  message: string,
  file: string,
  place: DiagnosticPlace = {}
): DiagnosticJson {
  return {
    ruleId,
    source: diagnosticSource,
    severity: rules[ruleId].severity,
    message,
    file,
    line: place.line ?? null,
    column: place.column ?? null
  }
}

/** A message another plugin put on the file names no rule of ours: its severity follows `fatal`, as vfile's do. */
function foreignSeverity(fatal: boolean | null | undefined): Severity {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info'
}

/** A file's messages as JSON, in the order they were made. */
export function diagnosticsToJson(file: VFile): DiagnosticJson[] {
  const path = file.path ?? ''
  return file.messages.map((m) =>
    isRuleId(m.ruleId)
      ? diagnostic(m.ruleId, m.reason, path, m)
      : {
          ruleId: m.ruleId ?? 'unknown',
          source: m.source ?? diagnosticSource,
          severity: foreignSeverity(m.fatal),
          message: m.reason,
          file: path,
          line: m.line ?? null,
          column: m.column ?? null
        }
  )
}
