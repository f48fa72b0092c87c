/**
 * `--format github`: workflow commands GitHub Actions turns into annotations on the pull request
 * (`::error file=...,line=...::message`), escaped as @actions/core escapes them: `%`, CR and LF in the
 * message; those and `:` and `,` in a property.
 */
import type {FileResult} from '../check-document.js'
import type {CheckSeverity} from '../types.js'
import {shownPath} from './counts.js'

const commands: Record<CheckSeverity, string> = {error: 'error', warning: 'warning', info: 'notice'}

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export function formatGithub(results: readonly FileResult[]): string[] {
  const lines: string[] = []
  for (const r of results) {
    for (const p of r.problems) {
      const properties = [
        `file=${escapeProperty(shownPath(r.path))}`,
        `line=${p.place.start.line}`,
        `endLine=${p.place.end.line}`,
        `col=${p.place.start.column}`,
        `endColumn=${p.place.end.column}`,
        `title=${escapeProperty(`proclaim ${p.ruleId}`)}`
      ]
      lines.push(
        `::${commands[p.severity]} ${properties.join(',')}::${escapeData(`${p.message} (${p.ruleId})`)}`
      )
    }
    for (const n of r.notifications)
      lines.push(
        `::error file=${escapeProperty(r.path)},title=${escapeProperty('proclaim internal error')}::${escapeData(n.message)}`
      )
  }
  return lines
}
