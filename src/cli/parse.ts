/** `proclaim parse FILE|DIR|GLOB|-... [--format text|json|jsonl] [--quiet]` */
import {parseArgs} from 'node:util'
import {withBuildCompilerFlags} from '../corpus/compiler-flags.js'
import {listDocumentFiles} from '../corpus/walk.js'
import type {DocumentType} from '../document/types.js'
import {parseDocument} from '../pipeline/parse-document.js'
import {formatDiagnostic} from './format.js'
import {expandInputs, stdinInput} from './inputs.js'
import {UsageError, type CommandIo} from './io.js'
import {parseAll} from './parse-all.js'
import {type DocumentRow, documentFormats, type ParsedInput, toParsedInput} from './parsed.js'
import {choiceOption} from './validate.js'

export {countProvisions} from './parsed.js'

export const parseHelp = `Usage: proclaim parse FILE|DIR|GLOB|-... [options]

Parse presidential documents into their document trees.

Inputs: files; folders (walked for .md, .markdown and .txt files); glob
patterns, quoted so that proclaim expands them ('proclamations/2025-*.md');
- for standard input (named <stdin> in diagnostics, id stdin).

Options:
  --format text|json|jsonl  text: one line per document and a summary (default);
                       json: an array of documents (the JSON contract);
                       jsonl: one document per line, each printed once parsed
  --quiet              print only errors (no warnings, no line per document),
                       and the summary
  -h, --help           show this help

Examples:
  proclaim parse proclamations
  proclaim parse 'proclamations/2025-*.md' --quiet
  proclaim parse --format jsonl proclamations > documents.jsonl
  cat order.md | proclaim parse --format json -

Exit status: 0 when every document parsed, 1 when some could not be, 2 on bad
usage.`

export const parseOptions = {
  format: {type: 'string', default: 'text'},
  quiet: {type: 'boolean', default: false},
  help: {type: 'boolean', short: 'h'}
} as const

/** How standard input is named in diagnostics, and its document's id. */
const stdinPath = '<stdin>'
const stdinId = 'stdin'

export async function parseCommand(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({args, allowPositionals: true, options: parseOptions})
  if (values.help) {
    io.out(parseHelp)
    return 0
  }
  const format = choiceOption('format', values.format, documentFormats)!
  if (positionals.length === 0)
    throw new UsageError(
      'give at least one file, folder or pattern to parse (- for standard input)'
    )
  const readsStdin = positionals.filter((p) => p === stdinInput).length
  if (readsStdin > 1) throw new UsageError('standard input (-) can be read only once')
  if (readsStdin > 0 && !io.stdin) throw new UsageError('there is no standard input to read here')

  // Each input's files in the order given; standard input read first, whole, and parsed here.
  const {paths, unmatched} = await expandInputs(positionals)
  for (const pattern of unmatched) io.err(`proclaim parse: no file matches '${pattern}'`)
  const files: string[] = []
  let stdinAt = -1
  let failed = unmatched.length
  for (const input of paths) {
    if (input === stdinInput) {
      stdinAt = files.length
      continue
    }
    const listed = await listDocumentFiles([input])
    for (const m of listed.missing) io.err(`proclaim parse: no such file '${m}'`)
    failed += listed.missing.length
    files.push(...listed.files)
  }
  const started = performance.now()
  const fromStdin =
    stdinAt < 0
      ? null
      : toParsedInput(parseDocument(await io.stdin!(), stdinPath, {id: stdinId}), format)

  const byType = new Map<DocumentType, number>()
  let parsed = 0
  let findings = 0
  let provisions = 0
  let citations = 0
  // json: each document printed once the next is parsed, so that the last goes without its comma.
  let held: string | undefined
  const print = (input: ParsedInput): void => {
    for (const d of input.diagnostics)
      if (!values.quiet || d.severity === 'error')
        io.err(formatDiagnostic(d, {color: io.color ?? false}))
    const row = input.row
    if (!row) {
      failed++
      return
    }
    parsed++
    byType.set(row.type, (byType.get(row.type) ?? 0) + 1)
    findings += row.findings
    provisions += row.provisions
    citations += row.citations
    if (format === 'jsonl') for (const line of input.printed!) io.out(line)
    else if (format === 'json') {
      io.out(held === undefined ? '[' : `${held},`)
      // Each piece printed once the next is made, so that the last is held for its comma.
      let last: string | undefined
      for (const piece of input.printed!) {
        if (last !== undefined) io.out(last)
        last = piece
      }
      held = last!
    } else if (!values.quiet) io.out(textRow(row))
  }
  if (stdinAt === 0) print(fromStdin!)
  // Thousands of parses in a row: the build's compiler settings serve them as well (compiler-flags.ts).
  await withBuildCompilerFlags(() =>
    parseAll(files, {format}, (index, input) => {
      print(input)
      if (index + 1 === stdinAt) print(fromStdin!)
    })
  )
  const seconds = (performance.now() - started) / 1000

  if (format === 'json') io.out(held === undefined ? '[]' : `${held}\n]`)
  else if (format === 'text') {
    const types = [...byType]
      .sort()
      .map(([t, n]) => `${n} ${t}`)
      .join(', ')
    io.out(
      `${parsed} documents parsed (${types || 'none'}); ${findings} findings, ${provisions} provisions, ${citations} citations; ${failed} failed; ${seconds.toFixed(2)} s`
    )
  }
  return failed > 0 ? 1 : 0
}

function textRow(row: DocumentRow): string {
  return [
    row.id.padEnd(60),
    row.type.padEnd(15),
    (row.number ?? '-').padEnd(8),
    (row.signedDate ?? '-').padEnd(10),
    `findings ${row.findings}`.padEnd(12),
    `provisions ${row.provisions}`.padEnd(15),
    `citations ${row.citations}`
  ].join(' ')
}
