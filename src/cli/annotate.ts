/** `proclaim annotate FILE [-o OUT]` */
import {readFile} from 'node:fs/promises'
import {parseArgs} from 'node:util'
import {annotateSource} from '../cite/annotate.js'
import {writeFileAtomic} from '../corpus/write.js'
import {parseDocument} from '../parse/parse-document.js'
import {formatDiagnostic} from './format.js'
import {UsageError, type CommandIo} from './io.js'

export const annotateHelp = `Usage: proclaim annotate FILE [options]

Write FILE back as Markdown with every citation a link to its authoritative
source, and nothing else changed.

Options:
  -o, --output PATH   write there (atomically) instead of to standard output
  -h, --help          show this help

Exit status: 0 when annotated, 1 when FILE could not be parsed, 2 on bad usage.`

export async function annotateCommand(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {output: {type: 'string', short: 'o'}, help: {type: 'boolean', short: 'h'}}
  })
  if (values.help) {
    io.out(annotateHelp)
    return 0
  }
  if (positionals.length !== 1) throw new UsageError('give exactly one file to annotate')
  const path = positionals[0]!
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    io.err(`${path}  error  Cannot read file: ${(error as Error).message}  unreadable-file`)
    return 1
  }
  const result = parseDocument(bytes, path)
  if (!result.json || !result.file.data.frontMatter) {
    for (const m of result.file.messages)
      io.err(
        formatDiagnostic({
          ruleId: m.ruleId ?? 'unknown',
          source: 'proclaim',
          severity: 'error',
          message: m.reason,
          file: path,
          line: m.line ?? null,
          column: m.column ?? null
        })
      )
    return 1
  }
  const annotated = annotateSource(
    String(result.file.value),
    result.json,
    result.file.data.frontMatter.bodyStart
  )
  if (values.output) {
    writeFileAtomic(values.output, annotated.text)
    io.err(
      `${path}: ${annotated.linked} citations linked, ${annotated.skipped.length} left as text -> ${values.output}`
    )
  } else {
    io.out(annotated.text.replace(/\n$/, ''))
  }
  return 0
}
