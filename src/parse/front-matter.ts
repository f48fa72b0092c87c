/**
 * Front matter: located by hand (so its lines can be blanked and every later
 * position stays the original file's), read with gray-matter whose code
 * engines are replaced by ones that refuse: front matter is data, never code.
 */
import matter from 'gray-matter'
import type {SourceProblem} from './source.js'

export interface FrontMatter {
  /** The YAML mapping, dates as ISO strings; empty when there is none or it is broken. */
  data: Record<string, unknown>
  /** Whether the file opens a front matter block. */
  present: boolean
  /** Character offset where the body starts (0 without front matter). */
  bodyStart: number
  problems: SourceProblem[]
}

/** Thrown by the engines that stand in for gray-matter's `js`/`javascript` ones. */
class CodeFrontMatterError extends Error {}

function refuse(): never {
  throw new CodeFrontMatterError('front matter is data, never code')
}

const matterOptions = {
  engines: {js: refuse, javascript: refuse, coffee: refuse, coffeescript: refuse, cson: refuse}
} as unknown as Parameters<typeof matter>[1]

const dataLanguages = new Set(['', 'yaml', 'yml'])

const opening = /^---([^\n]*)\n/
const closing = /^(?:---|\.\.\.)[ \t]*$/m

export function readFrontMatter(text: string): FrontMatter {
  const open = opening.exec(text)
  if (!open) {
    return {
      data: {},
      present: false,
      bodyStart: 0,
      problems: [
        {
          ruleId: 'missing-front-matter',
          message: 'No YAML front matter (file does not start with `---`)',
          line: 1
        }
      ]
    }
  }
  const language = open[1]!.trim().toLowerCase()
  const rest = text.slice(open[0].length)
  closing.lastIndex = 0
  const close = closing.exec(rest)
  if (!close) {
    return {
      data: {},
      present: true,
      bodyStart: 0,
      problems: [
        {
          ruleId: 'unclosed-front-matter',
          message: 'Front matter opened on line 1 is never closed with `---`',
          line: 1
        }
      ]
    }
  }
  const closeEnd = open[0].length + close.index + close[0].length
  const bodyStart = text[closeEnd] === '\n' ? closeEnd + 1 : closeEnd
  const base = {present: true, bodyStart}

  if (!dataLanguages.has(language)) {
    return {
      ...base,
      data: {},
      problems: [
        {
          ruleId: 'front-matter-not-data',
          message: `Front matter is declared as \`${language}\`, not YAML; it was not evaluated`,
          line: 1
        }
      ]
    }
  }

  // gray-matter reads only the block we located; the body is not its business.
  const block = text.slice(0, closeEnd)
  let parsed: unknown
  try {
    parsed = matter(block, matterOptions).data
  } catch (error) {
    if (error instanceof CodeFrontMatterError) {
      return {
        ...base,
        data: {},
        problems: [
          {
            ruleId: 'front-matter-not-data',
            message: 'Front matter is code; it was not evaluated',
            line: 1
          }
        ]
      }
    }
    const mark = (error as {mark?: {line?: number}}).mark
    const reason = String(
      (error as {reason?: string}).reason ?? (error as Error).message ?? error
    ).split('\n')[0]
    return {
      ...base,
      data: {},
      problems: [
        {
          ruleId: 'invalid-yaml',
          message: `Front matter is not valid YAML: ${reason}`,
          // js-yaml counts lines from 0 within the block, which starts on line 2.
          line: typeof mark?.line === 'number' ? mark.line + 2 : 1
        }
      ]
    }
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return {
      ...base,
      data: {},
      problems: [
        {
          ruleId: 'front-matter-not-mapping',
          message: 'Front matter is not a mapping of keys to values',
          line: 2
        }
      ]
    }
  }
  try {
    const data = plainData(parsed as Record<string, unknown>)
    return {...base, data, problems: asWritten(data, block)}
  } catch (error) {
    if (!(error instanceof UnboundedFrontMatterError)) throw error
    return {
      ...base,
      data: {},
      problems: [
        {ruleId: 'invalid-yaml', message: `Front matter refused: ${error.message}`, line: 2}
      ]
    }
  }
}

/**
 * How much front matter may expand to. YAML aliases share one value among many places: 900 bytes of nested
 * aliases ("billion laughs") stand for 10^9 values, and `a: &a [*a]` for an endless one. Real front matter is a
 * few dozen values; the data is copied out within these bounds or refused.
 */
const frontMatterBounds = {values: 10_000, depth: 32}

/** Thrown when the front matter expands beyond its bounds or refers to itself. */
class UnboundedFrontMatterError extends Error {}

/** YAML timestamps become ISO strings, so the data stays JSON; within bounds, and without prototype keys' effects. */
function plainData(value: Record<string, unknown>): Record<string, unknown> {
  const budget = {values: frontMatterBounds.values}
  return copyMapping(value, budget, new Set())
}

function copyMapping(
  value: Record<string, unknown>,
  budget: {values: number},
  open: Set<object>
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  // A key "__proto__" is data like any other: an own property, never the object's prototype.
  for (const [key, v] of Object.entries(value))
    Object.defineProperty(out, key, {
      value: plainValue(v, budget, open),
      enumerable: true,
      writable: true,
      configurable: true
    })
  return out
}

function plainValue(v: unknown, budget: {values: number}, open: Set<object>): unknown {
  if (--budget.values < 0)
    throw new UnboundedFrontMatterError(
      `it expands to more than ${frontMatterBounds.values} values (YAML aliases repeating one another)`
    )
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return null
    const iso = v.toISOString()
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
  }
  if (!v || typeof v !== 'object') return v
  if (open.has(v))
    throw new UnboundedFrontMatterError('a YAML alias refers to a value that holds it')
  if (open.size >= frontMatterBounds.depth)
    throw new UnboundedFrontMatterError(`it nests deeper than ${frontMatterBounds.depth} levels`)
  open.add(v)
  try {
    return Array.isArray(v)
      ? v.map((item) => plainValue(item, budget, open))
      : copyMapping(v as Record<string, unknown>, budget, open)
  } finally {
    open.delete(v)
  }
}

/** A top-level key's scalar as written: `date: 2025-02-30` -> `2025-02-30` (quotes and comment off). */
function writtenScalar(block: string, key: string): {text: string; line: number} | null {
  // Line by line, not one expression over the block: a run of spaces before a value would be read
  // again from each of its places.
  const lines = block.split('\n')
  const index = lines.findIndex((l) => l.startsWith(`${key}:`))
  if (index === -1) return null
  const rest = lines[index]!.slice(key.length + 1)
  const hash = rest.indexOf('#')
  const text = (hash === -1 ? rest : rest.slice(0, hash)).replace(/^[ \t]+/, '').trimEnd()
  if (text === '' || /^['"]/.test(text)) return null
  return {text, line: index + 1}
}

/**
 * Values YAML reads otherwise than they are written, kept as written: a date that is no calendar day
 * (`2025-02-30` would read as March 2) and a number with a leading zero (`0755` would read as octal 493).
 */
function asWritten(data: Record<string, unknown>, block: string): SourceProblem[] {
  const problems: SourceProblem[] = []
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'number' && !(typeof value === 'string' && isoTimestamp.test(value)))
      continue
    const written = writtenScalar(block, key)
    // A date-time read as midnight UTC is a day too, but not one written as a day: only days are compared.
    if (!written || (typeof value === 'string' && !isoTimestamp.test(written.text))) continue
    const same =
      typeof value === 'number' ? String(value) === written.text : value.startsWith(written.text)
    if (
      same ||
      (typeof value === 'number' &&
        Number(written.text) === value &&
        !/^[-+]?0\d/.test(written.text))
    )
      continue
    data[key] = written.text
    problems.push({
      ruleId: 'front-matter-as-written',
      message: `\`${key}: ${written.text}\` would be read as ${JSON.stringify(value)}; kept as written`,
      line: written.line
    })
  }
  return problems
}

/** A date as plainValue gives it (a date-time, with its zone, is compared by no one: it is kept as read). */
const isoTimestamp = /^\d{4}-\d{2}-\d{2}$/

/** The text with the front matter's characters (not its line breaks) turned to spaces: positions stay put. */
export function blankFrontMatter(text: string, bodyStart: number): string {
  if (bodyStart === 0) return text
  return text.slice(0, bodyStart).replace(/[^\n]/g, ' ') + text.slice(bodyStart)
}
