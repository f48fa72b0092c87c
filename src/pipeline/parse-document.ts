/**
 * The whole parse of one document: bytes -> checked text -> front matter ->
 * remark-parse (parseMarkdown) -> remarkProclaim -> proclaimCite -> proclaimSupersede ->
 * document tree and JSON. Never throws on bad input: problems become diagnostics on the
 * returned file. The pipeline stands above the stages it assembles, so that none of them
 * imports a later one (test/layering.test.ts).
 */
import {readFile} from 'node:fs/promises'
import type {Root} from 'mdast'
import {unified} from 'unified'
import {VFile} from 'vfile'
import proclaimCite from '../cite/plugin.js'
import proclaimSupersede from '../supersede/plugin.js'
import {documentToJson} from '../document/to-json.js'
import type {DocumentJson, PresidentialDocument} from '../document/types.js'
import {blankFrontMatter, readFrontMatter} from '../parse/front-matter.js'
import remarkProclaim from '../parse/plugin.js'
import {parseMarkdown} from '../parse/markdown.js'
import {type BodyShape, bodyShape} from '../parse/body-shape.js'
import {type ChunkOptions, MarkdownTooLongError} from '../parse/chunked-markdown.js'
import {flattenDeepNesting, maxDepth} from '../parse/nesting.js'
import {hasFatal, report} from '../document/diagnostics.js'
import {decodeSource, type SourceProblem} from '../parse/source.js'

export interface ParseResult {
  file: VFile
  /** The document tree; null when the document could not be parsed. */
  tree: PresidentialDocument | null
  /** The JSON contract; null when the document could not be parsed. */
  json: DocumentJson | null
  /** Whether the document could not be parsed (see the file's messages). */
  failed: boolean
  /**
   * The body as Markdown reads it (remark-parse's tree, front matter blanked), which the document tree was made
   * from and left as it was; null when the parse stopped before it. For checks of the Markdown itself.
   */
  markdown: Root | null
}

export interface ParseOptions {
  /** Document id; default: derived from the path. */
  id?: string
  /**
   * The largest document read, in bytes (UTF-16 units for a string); a larger one is refused with a diagnostic.
   * Default: 64 MiB, more than a hundred times the longest order printed: a long body is parsed in pieces
   * (parse/chunked-markdown.ts), its JSON printed and stored in pieces, and a fair document of 50 MB is parsed and
   * built in less than 1 GB (`npm run bench:adversarial`); a parse still peaks at about 15 times its input
   * (SECURITY.md).
   */
  maxBytes?: number
  /**
   * The most a body may hold; a body with more is refused with `document-too-complex` before it is parsed, since
   * each block costs nodes and positions in every stage (parse/body-shape.ts has the measures). Defaults
   * (`defaultShapeLimits`): 250,000 blocks, 40,000 list items, 100,000 lines inside code fences, 2,000,000 lines; a
   * fair 50 MB document, hard-wrapped, holds 69,000 blocks, 29,000 list items, no fence and 819,000 lines, the longest
   * order printed a few hundred blocks.
   */
  limits?: Partial<BodyShape>
  /**
   * Whether the result keeps the Markdown tree (`ParseResult.markdown`). False drops it as soon as the document
   * tree is made: it is about five times the text (270 MB of a 50 MB document), and only checks read it.
   * Default: true.
   */
  keepMarkdown?: boolean
  /** How a long body is parsed in pieces; default: `ChunkOptions`' defaults. */
  chunks?: ChunkOptions
  /**
   * Called as each stage starts (`done` 0), as the Markdown of a long body is read piece by piece (`done` and
   * `total` in characters), and once at the end (stage `done`), for a progress display. Default: none.
   */
  onProgress?: (stage: ParseStage, done: number, total: number) => void
}

/** The stages `ParseOptions.onProgress` tells of, in order. */
export type ParseStage = 'markdown' | 'structure' | 'citations' | 'supersessions' | 'json' | 'done'

/** The default of `ParseOptions.maxBytes`. */
export const defaultMaxBytes = 64 * 1024 * 1024
/** The defaults of `ParseOptions.limits`. */
export const defaultShapeLimits: Readonly<BodyShape> = {
  blocks: 250_000,
  listItems: 40_000,
  fencedLines: 100_000,
  lines: 2_000_000
}

/** How each count of a body's shape is said in a diagnostic. */
const shapeWords: Readonly<Record<keyof BodyShape, string>> = {
  blocks: 'blocks (paragraphs, list items, quotations, headings)',
  listItems: 'list items',
  fencedLines: 'lines in code fences',
  lines: 'lines'
}

/** What a failed read's error code means, in the words of its diagnostic; other errors give their own message. */
const readFailures: Readonly<Record<string, string>> = {
  ENOENT: 'No such file',
  EISDIR: 'Is a directory, not a file',
  EACCES: 'Permission denied'
}

/** Report problems found before there is a tree, each at the start of its line. */
function reportByLine(file: VFile, problems: readonly SourceProblem[]): void {
  for (const p of problems)
    report(file, p.ruleId, p.message, p.line === null ? undefined : {line: p.line, column: 1})
}

/**
 * The text Markdown reads, and where it starts in the file: the body, from the start of the line after the front
 * matter (a slice, not a copy of the file); where the front matter ends within a line, the file with the front
 * matter blanked. Either way remark's positions are the file's own. Nesting past any document's depth
 * (nesting.ts) is blanked too, said in a warning.
 */
function markdownBody(
  file: VFile,
  text: string,
  bodyStart: number
): {body: string; from: {offset: number; line: number}} {
  const atLine = bodyStart === 0 || text[bodyStart - 1] === '\n'
  let line = 0
  if (atLine)
    for (let i = text.indexOf('\n'); i !== -1 && i < bodyStart; i = text.indexOf('\n', i + 1))
      line++
  const from = atLine ? {offset: bodyStart, line} : {offset: 0, line: 0}
  const flat = flattenDeepNesting(
    atLine ? text.slice(bodyStart) : blankFrontMatter(text, bodyStart)
  )
  if (flat.lines.length > 0)
    report(
      file,
      'markdown-too-deep',
      `Markdown nests ${flat.depth} levels deep here${flat.lines.length > 1 ? ` (and on ${flat.lines.length - 1} more lines)` : ''}; read flat past ${maxDepth} levels`,
      {line: from.line + flat.lines[0]!, column: 1}
    )
  return {body: flat.text, from}
}

/**
 * A document's bytes (or text) handed over to `parseHandedOver`, which takes them out (`value` null) and lets go of
 * them once they are decoded: a 50 MB file's bytes are not held through its parse.
 */
export interface HandedOver {
  value: string | Uint8Array | null
}

/** Parse a document held in memory. `path` names it in diagnostics and gives its id. */
export function parseDocument(
  value: string | Uint8Array,
  path: string,
  options: ParseOptions = {}
): ParseResult {
  return parseHandedOver({value}, path, options)
}

/** `parseDocument` of what `source` holds, taken out of it: the caller keeps no reference to the bytes. */
export function parseHandedOver(
  source: HandedOver,
  path: string,
  options: ParseOptions = {}
): ParseResult {
  const file = new VFile({path})
  try {
    return parseInto(file, source, options)
  } catch (error) {
    // A defect of the toolkit, not of the document: this file fails with a diagnostic that says so, and the
    // rest of the batch goes on.
    const internal = new VFile({path})
    report(
      internal,
      'internal-error',
      `proclaim failed on this document: ${(error as Error).message ?? String(error)}`,
      {line: 1, column: 1}
    )
    return {file: internal, tree: null, json: null, failed: true, markdown: null}
  } finally {
    options.onProgress?.('done', 1, 1)
  }
}

function parseInto(file: VFile, source: HandedOver, options: ParseOptions): ParseResult {
  let value = source.value ?? ''
  source.value = null
  const limit = options.maxBytes ?? defaultMaxBytes
  if (value.length > limit) {
    report(
      file,
      'file-too-large',
      `The file is ${(value.length / 1048576).toFixed(1)} MB, more than the ${(limit / 1048576).toFixed(0)} MB a document may be`,
      {line: 1, column: 1}
    )
    return {file, tree: null, json: null, failed: true, markdown: null}
  }
  const decoded = decodeSource(value)
  // The bytes let go: only their text is read from here on.
  value = ''
  reportByLine(file, decoded.problems)
  if (decoded.text === undefined || hasFatal(file))
    return {file, tree: null, json: null, failed: true, markdown: null}

  const text = decoded.text
  file.value = text
  const frontMatter = readFrontMatter(text)
  reportByLine(file, frontMatter.problems)
  if (hasFatal(file)) return {file, tree: null, json: null, failed: true, markdown: null}
  file.data.frontMatter = frontMatter

  // A copy of the text, let go once the Markdown is read.
  let {body, from}: {body: string | null; from: {offset: number; line: number}} = markdownBody(
    file,
    text,
    frontMatter.bodyStart
  )
  const shape = bodyShape(body)
  const limits = {...defaultShapeLimits, ...options.limits}
  const over = (Object.keys(shapeWords) as Array<keyof BodyShape>).find((k) => shape[k] > limits[k])
  if (over) {
    report(
      file,
      'document-too-complex',
      `The document has ${shape[over].toLocaleString('en-US')} ${shapeWords[over]}, more than the ${limits[over].toLocaleString('en-US')} a document may have`,
      {line: from.line + 1, column: 1}
    )
    return {file, tree: null, json: null, failed: true, markdown: null}
  }
  let mdast: Root | null
  let tree: PresidentialDocument
  const progress = options.onProgress
  // A stage's start told by a transformer of its own before it.
  const starts = (stage: ParseStage) => () => (): undefined => {
    // Nothing returned: a transformer's value would replace the tree.
    progress?.(stage, 0, 1)
  }
  try {
    progress?.('markdown', 0, body.length)
    const chunks = progress
      ? {
          ...options.chunks,
          onProgress: (done: number, total: number) => progress('markdown', done, total)
        }
      : options.chunks
    mdast = parseMarkdown(body, chunks ? {chunks, from} : {from})
    body = null
    tree = unified()
      .use(starts('structure'))
      .use(remarkProclaim, options.id ? {id: options.id} : {})
      .runSync(mdast, file) as PresidentialDocument
    // The Markdown tree (and the copies of the text its values are cut from) is let go before the later stages
    // run, unless the result keeps it: a run of them all would hold it to the end.
    if (options.keepMarkdown === false) mdast = null
    tree = unified()
      .use(starts('citations'))
      .use(proclaimCite)
      .use(starts('supersessions'))
      .use(proclaimSupersede)
      .runSync(tree, file) as PresidentialDocument
  } catch (error) {
    // Markdown that would be read whole past its bound (one parse takes about 45 times its length) is refused.
    if (error instanceof MarkdownTooLongError) {
      report(file, 'document-too-complex', `The document is too large to read: ${error.message}`, {
        line: 1,
        column: 1
      })
      return {file, tree: null, json: null, failed: true, markdown: null}
    }
    // A structure beyond the stack (whatever the bounds above missed) is the document's problem, said as one.
    if (!(error instanceof RangeError)) throw error
    report(
      file,
      'document-too-complex',
      `The document is too deeply structured to read (${error.message})`,
      {line: 1, column: 1}
    )
    return {file, tree: null, json: null, failed: true, markdown: null}
  }
  if (hasFatal(file)) return {file, tree, json: null, failed: true, markdown: mdast}
  progress?.('json', 0, 1)
  return {file, tree, json: documentToJson(tree, file), failed: false, markdown: mdast}
}

/** Read and parse a file; an unreadable file is a diagnostic, not an exception. */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<ParseResult> {
  // Handed over, not held here: the parse lets go of the bytes once they are decoded.
  const source: HandedOver = {value: null}
  try {
    source.value = await readFile(path)
  } catch (error) {
    const file = new VFile({path})
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code !== undefined && Object.hasOwn(readFailures, code)
        ? readFailures[code]!
        : String((error as Error).message)
    report(file, 'unreadable-file', `Cannot read file: ${reason}`)
    return {file, tree: null, json: null, failed: true, markdown: null}
  }
  return parseHandedOver(source, path, options)
}
