/** `proclaim parse FILE|DIR... [--format text|json]` */
import {parseArgs} from 'node:util'
import {listDocumentFiles} from '../corpus/walk.js'
import {diagnosticsToJson} from '../document/to-json.js'
import type {DocumentJson, DocumentType} from '../document/types.js'
import {parseFile} from '../parse/parse-document.js'
import {formatDiagnostic} from './format.js'
import {UsageError, type CommandIo} from './io.js'

export const parseHelp = `Usage: proclaim parse FILE|DIR... [options]

Parse presidential documents into their document trees.

Options:
  --format text|json   text: one line per document and a summary (default);
                       json: an array of documents (the JSON contract)
  --quiet              text format: print only problems and the summary
  -h, --help           show this help

Exit status: 0 when every document parsed, 1 when some could not be, 2 on bad usage.`

export async function parseCommand(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: {type: 'string', default: 'text'},
      quiet: {type: 'boolean', default: false},
      help: {type: 'boolean', short: 'h'}
    }
  })
  if (values.help) {
    io.out(parseHelp)
    return 0
  }
  const format = values.format
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format must be text or json, not \`${format}\``)
  if (positionals.length === 0) throw new UsageError('give at least one file or folder to parse')

  const {files, missing} = await listDocumentFiles(positionals)
  for (const m of missing) io.err(`${m}  error  No such file or folder  unreadable-file`)

  const documents: DocumentJson[] = []
  const byType = new Map<DocumentType, number>()
  let failed = missing.length
  let findings = 0
  let provisions = 0
  let citations = 0
  const started = performance.now()
  for (const path of files) {
    const result = await parseFile(path)
    const diagnostics = result.json?.diagnostics ?? diagnosticsToJson(result.file)
    for (const d of diagnostics) if (d.severity !== 'info') io.err(formatDiagnostic(d))
    if (!result.json) {
      failed++
      continue
    }
    const doc = result.json
    documents.push(doc)
    byType.set(doc.type, (byType.get(doc.type) ?? 0) + 1)
    const provisionCount = countProvisions(doc.provisions)
    findings += doc.findings.length
    provisions += provisionCount
    citations += doc.citations.length
    if (format === 'text' && !values.quiet) {
      io.out(
        [
          doc.id.padEnd(60),
          doc.type.padEnd(15),
          (doc.number ?? '-').padEnd(8),
          (doc.signedDate ?? '-').padEnd(10),
          `findings ${doc.findings.length}`.padEnd(12),
          `provisions ${provisionCount}`.padEnd(15),
          `citations ${doc.citations.length}`
        ].join(' ')
      )
    }
  }
  const seconds = (performance.now() - started) / 1000
  if (format === 'json') io.out(JSON.stringify(documents, null, 2))
  else {
    const types = [...byType]
      .sort()
      .map(([t, n]) => `${n} ${t}`)
      .join(', ')
    io.out(
      `${documents.length} documents parsed (${types || 'none'}); ${findings} findings, ${provisions} provisions, ${citations} citations; ${failed} failed; ${seconds.toFixed(2)} s`
    )
  }
  return failed > 0 ? 1 : 0
}

/** Provisions at every depth. */
export function countProvisions(list: DocumentJson['provisions']): number {
  return list.reduce((n, p) => n + 1 + countProvisions(p.provisions), 0)
}
