/** Diagnostics as vfile messages carrying the rule's id, severity and fix. */
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {diagnosticSource, rules, type RuleId} from '../document/rules.js'

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
  return file.messages.some(
    (m) => m.ruleId !== undefined && m.ruleId in rules && rules[m.ruleId as RuleId].fatal
  )
}
