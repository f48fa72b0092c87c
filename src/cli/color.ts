/**
 * Colour on a terminal only. `FORCE_COLOR` turns it on (as Node's own `tty` reads it: first, and
 * `0` or `false` turns it off), then `NO_COLOR` (any non-empty value, no-color.org) turns it off; CI
 * logs and pipes get none.
 */
import type {DiagnosticJson} from '../document/types.js'

export function colorEnabled(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force !== 'false'
  if (env.NO_COLOR) return false
  return isTTY && !env.CI && env.TERM !== 'dumb'
}

/** SGR codes of each severity, as ESLint and remark-cli colour them. */
const severityColor: Record<DiagnosticJson['severity'], number> = {
  error: 31,
  warning: 33,
  info: 36
}

export function paintSeverity(severity: DiagnosticJson['severity']): string {
  return `\x1b[${severityColor[severity]}m${severity}\x1b[39m`
}
