/**
 * Inline control, as ESLint's comments: `<!-- proclaim-disable-next-line rule-a, rule-b -->` silences the
 * line after it; `<!-- proclaim-disable rule-a -->` ... `<!-- proclaim-enable rule-a -->` a span of lines
 * (no ids: every rule). Read from the source lines, so a directive works wherever the comment stands.
 */

export interface Directives {
  /** Whether a problem of `ruleId` on `line` is silenced. */
  silenced(ruleId: string, line: number): boolean
  /** Directives naming a rule that does not exist, for the user to fix. */
  unknown: Array<{line: number; column: number; ruleId: string}>
}

// The ids up to the comment's end, spaces and all (trimmed after): a `\s*` before `-->` would read a long
// run of spaces once for each place in it.
const directive = /<!--\s*proclaim-(disable-next-line|disable|enable)\b([^<>]*?)-->/g

/** Lines silenced for one rule id, or for all ('*'). */
type Spans = Map<string, Array<[number, number]>>

export function readDirectives(source: string, known: (id: string) => boolean): Directives {
  const spans: Spans = new Map()
  const open = new Map<string, number>()
  const unknown: Directives['unknown'] = []
  const add = (id: string, from: number, to: number) => {
    const list = spans.get(id) ?? []
    list.push([from, to])
    spans.set(id, list)
  }
  const lines = source.split('\n')
  lines.forEach((text, index) => {
    const line = index + 1
    directive.lastIndex = 0
    for (let m = directive.exec(text); m !== null; m = directive.exec(text)) {
      const ids = m[2]!
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean)
      for (const id of ids) if (!known(id)) unknown.push({line, column: m.index + 1, ruleId: id})
      const targets = ids.length > 0 ? ids : ['*']
      for (const id of targets) {
        if (m[1] === 'disable-next-line') add(id, line + 1, line + 1)
        else if (m[1] === 'disable') {
          if (!open.has(id)) open.set(id, line)
        } else {
          const from = open.get(id)
          if (from !== undefined) add(id, from, line)
          open.delete(id)
        }
      }
    }
  })
  for (const [id, from] of open) add(id, from, Number.POSITIVE_INFINITY)
  return {
    unknown,
    silenced(ruleId, line) {
      for (const id of [ruleId, '*'])
        if (spans.get(id)?.some(([from, to]) => line >= from && line <= to)) return true
      return false
    }
  }
}
