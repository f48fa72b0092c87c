/** `proclaim annotate FILE|- [-o OUT]` */
import {readFile} from 'node:fs/promises'
import {parseArgs} from 'node:util'
import {annotateSource} from '../cite/annotate.js'
import {diagnosticsToJson} from '../document/diagnostics.js'
import {writeFileAtomic} from '../corpus/write.js'
import {parseDocument} from '../pipeline/parse-document.js'
import {formatDiagnostic} from './format.js'
import {stdinInput} from './inputs.js'
import {UsageError, type CommandIo} from './io.js'

export const annotateHelp = `Usage: proclaim annotate FILE|- [options]

Write a document back as Markdown with every citation a link.

Each link goes to the citation's authoritative source; nothing else changes.
- reads standard input (named <stdin>).

Options:
  -o, --output PATH   write there (atomically) instead of to standard output
  -h, --help          show this help

Examples:
  proclaim annotate proclamations/2026-01-14-critical-minerals-232.md
  proclaim annotate order.md -o order.linked.md
  cat order.md | proclaim annotate - > order.linked.md

Exit status: 0 when annotated, 1 when FILE could not be parsed, 2 on bad usage.`

export const annotateOptions = {
  output: {type: 'string', short: 'o'},
  help: {type: 'boolean', short: 'h'}
} as const

export async function annotateCommand(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({args, allowPositionals: true, options: annotateOptions})
  if (values.help) {
    io.out(annotateHelp)
    return 0
  }
  if (positionals.length !== 1)
    throw new UsageError('give exactly one file to annotate (- for standard input)')
  const given = positionals[0]!
  const fromStdin = given === stdinInput
  if (fromStdin && !io.stdin) throw new UsageError('there is no standard input to read here')
  const path = fromStdin ? '<stdin>' : given
  let bytes: Uint8Array
  try {
    bytes = fromStdin ? await io.stdin!() : await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    io.err(
      code === 'ENOENT'
        ? `proclaim annotate: no such file '${path}'`
        : code === 'EISDIR'
          ? `proclaim annotate: '${path}' is a folder: give one file`
          : `proclaim annotate: cannot read '${path}': ${(error as Error).message}`
    )
    return 1
  }
  const result = parseDocument(bytes, path, fromStdin ? {id: 'stdin'} : {})
  if (!result.json || !result.file.data.frontMatter) {
    // Each message with its rule's severity (an info on a file that failed is still an info).
    for (const d of diagnosticsToJson(result.file))
      io.err(formatDiagnostic({...d, file: path}, {color: io.color ?? false}))
    return 1
  }
  const annotated = annotateSource(
    String(result.file.value),
    result.json,
    result.file.data.frontMatter.bodyStart
  )
  // The parse reads CRLF as LF; the file written keeps the line endings it came with.
  const crlf = result.file.messages.some((m) => m.ruleId === 'crlf-line-endings')
  const text = crlf ? annotated.text.replace(/\n/g, '\r\n') : annotated.text
  if (values.output) {
    writeFileAtomic(values.output, text)
    io.err(
      `${path}: ${annotated.linked} citations linked, ${annotated.skipped.length} left as text -> ${values.output}`
    )
  } else {
    io.out(text.replace(/\r?\n$/, ''))
  }
  return 0
}
