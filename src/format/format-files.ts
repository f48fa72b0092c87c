/**
 * `fmt` over files: each document formatted, its meaning checked unchanged (parsed before and after), and
 * written back atomically only when it changed and means the same. A file whose formatting would change what
 * the toolkit reads in it is left as it is and reported: formatting never edits a document's law.
 */
import {readFile, stat} from 'node:fs/promises'
import {isDeepStrictEqual} from 'node:util'
import {listDocumentFiles} from '../corpus/walk.js'
import {writeFileAtomic} from '../corpus/write.js'
import {parseDocument} from '../pipeline/parse-document.js'
import {formatDocument} from './format-document.js'
import {documentMeaning} from './meaning.js'

export type FormatOutcome =
  /** Already in the canonical form. */
  | 'unchanged'
  /** Rewritten (or, with `write: false`, would be). */
  | 'formatted'
  /** Not formatted: the formatted text would read differently (a defect of the formatter: report it). */
  | 'unsafe'
  /** Not formatted: the file could not be read or parsed. */
  | 'failed'

export interface FormatResult {
  path: string
  outcome: FormatOutcome
  /** The canonical text (undefined when the file could not be read). */
  formatted?: string
  /** What went wrong, for `unsafe` and `failed`. */
  reason?: string
}

export interface FormatOptions {
  /** Write changed files back. Default: false (`fmt --check`). */
  write?: boolean
}

/** The first place two meanings part, as a path of keys (`provisions.3.text`). */
function firstDifference(a: unknown, b: unknown, at = ''): string {
  if (a && b && typeof a === 'object' && typeof b === 'object')
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const inner = (x: object) => (x as Record<string, unknown>)[key]
      if (!isDeepStrictEqual(inner(a), inner(b)))
        return firstDifference(inner(a), inner(b), at ? `${at}.${key}` : key)
    }
  return at
}

/** Format one document held in memory; `path` names it. Never throws. */
export function formatText(text: string, path: string): FormatResult {
  const before = parseDocument(text, path)
  if (!before.json) {
    const message = before.file.messages.find((m) => m.fatal)?.reason ?? 'it could not be parsed'
    return {path, outcome: 'failed', reason: message}
  }
  const formatted = formatDocument(text)
  if (formatted === text) return {path, outcome: 'unchanged', formatted}
  const after = parseDocument(formatted, path)
  const was = documentMeaning(before.json)
  const is = after.json ? documentMeaning(after.json) : null
  if (!isDeepStrictEqual(was, is))
    return {
      path,
      outcome: 'unsafe',
      formatted,
      reason: `formatting would change what it says (${firstDifference(was, is) || 'the whole document'})`
    }
  return {path, outcome: 'formatted', formatted}
}

/** Markdown only: a plain-text document has no Markdown form to make canonical. */
const markdownEndings = ['.md', '.markdown']

/** Format the documents of files and folders, in the order walked. */
export async function formatFiles(
  inputs: readonly string[],
  options: FormatOptions = {}
): Promise<{results: FormatResult[]; missing: string[]}> {
  const {files, missing} = await listDocumentFiles(inputs, {extensions: markdownEndings})
  const results: FormatResult[] = []
  for (const file of files) {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      results.push({path: file, outcome: 'failed', reason: (error as Error).message})
      continue
    }
    const result = formatText(text, file)
    if (options.write && result.outcome === 'formatted' && result.formatted !== undefined) {
      try {
        // The file keeps its permissions (a rename would give the new file the default ones).
        writeFileAtomic(file, result.formatted, (await stat(file)).mode & 0o777)
      } catch (error) {
        results.push({path: file, outcome: 'failed', reason: (error as Error).message})
        continue
      }
    }
    results.push(result)
  }
  return {results, missing}
}
