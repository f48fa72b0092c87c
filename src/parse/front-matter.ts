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
  return {...base, data: plainData(parsed as Record<string, unknown>), problems: []}
}

/** YAML timestamps become ISO strings, so the data stays JSON. */
function plainData(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) out[key] = plainValue(v)
  return out
}

function plainValue(v: unknown): unknown {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return null
    const iso = v.toISOString()
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
  }
  if (Array.isArray(v)) return v.map(plainValue)
  if (v && typeof v === 'object') return plainData(v as Record<string, unknown>)
  return v
}

/** The text with the front matter's characters (not its line breaks) turned to spaces: positions stay put. */
export function blankFrontMatter(text: string, bodyStart: number): string {
  if (bodyStart === 0) return text
  return text.slice(0, bodyStart).replace(/[^\n]/g, ' ') + text.slice(bodyStart)
}
