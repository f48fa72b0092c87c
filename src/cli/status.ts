/** `proclaim status <citation or id> [--on DATE] [--corpus DIR] [--format text|json]` */
import {parseArgs} from 'node:util'
import {extractCitations} from '../cite/extract.js'
import {listDocumentFiles} from '../corpus/walk.js'
import type {DocumentJson} from '../document/types.js'
import {parseFile} from '../pipeline/parse-document.js'
import {buildGraph, type Edge} from '../supersede/graph.js'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {statusInCorpus} from '../query/status.js'
import {statusOf, type Status} from '../supersede/status.js'
import {withCorpus} from './with-corpus.js'
import {UsageError, type CommandIo} from './io.js'

export const statusHelp = `Usage: proclaim status <citation or id> [options]

Is an executive order, proclamation or memorandum, or one of its provisions,
still in force, and what acted on it? Accepts a citation as printed
("clause 2 of Proclamation 9705", "Executive Order 14007") or an id
("proc/9705/2", "eo/14007").

Options:
  --on DATE           the date to answer for, YYYY-MM-DD (default: today)
  --corpus DIR        a built corpus (default: corpus), or a folder of documents
                      to read and link on the spot
  --format text|json  (default: text)
  -h, --help          show this help

Exit status: 0 when answered, 1 when the documents could not be read, 2 on bad usage.`

function describe(e: Edge): string {
  const where = e.fromProvision ? `${e.from} ${e.fromProvision}` : e.from
  return `${e.date ?? '(undated)'}  ${e.action.padEnd(9)} by ${where} -> ${e.to}  [${e.fromDocument}]`
}

export async function statusCommand(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      on: {type: 'string'},
      corpus: {type: 'string', default: 'corpus'},
      format: {type: 'string', default: 'text'},
      help: {type: 'boolean', short: 'h'}
    }
  })
  if (values.help) {
    io.out(statusHelp)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('give a citation or an id')
  if (values.on !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.on))
    throw new UsageError(`--on takes a date as YYYY-MM-DD, not \`${values.on}\``)
  if (values.format !== 'text' && values.format !== 'json')
    throw new UsageError('--format must be text or json')
  const query = positionals.join(' ')
  const id = /^[a-z]+\/\S+$/.test(query) ? query : extractCitations(query)[0]?.id
  if (!id)
    throw new UsageError(
      `\`${query}\` is neither a citation nor an id (try "Proclamation 9705" or proc/9705)`
    )

  let status: Status
  let held: string[]
  if (existsSync(path.join(values.corpus, 'corpus.sqlite'))) {
    // A built corpus: the edges bearing on the id, from its database.
    const answer = await withCorpus(values.corpus, 'status', io, (corpus) =>
      statusInCorpus(corpus, id, values.on)
    )
    if (typeof answer === 'number') return answer
    const {heldBy, ...rest} = answer
    status = rest
    held = heldBy
  } else {
    // A folder of documents: parsed and linked now.
    const {files, missing} = await listDocumentFiles([values.corpus])
    if (missing.length > 0 || files.length === 0) {
      io.err(
        `${values.corpus}  error  No built corpus and no documents to read (run \`proclaim build\`, or give --corpus DIR)  unreadable-file`
      )
      return 1
    }
    const docs: DocumentJson[] = []
    for (const file of files) {
      const result = await parseFile(file)
      if (result.json) docs.push(result.json)
    }
    const graph = buildGraph(docs)
    status = statusOf(graph, id, values.on)
    held = [...graph.keys]
      .filter(([, key]) => key === id.split('/').slice(0, 2).join('/'))
      .map(([doc]) => doc)
  }
  if (values.format === 'json') {
    io.out(JSON.stringify(status, null, 2))
    return 0
  }
  io.out(
    `${id} on ${status.on}: ${status.status}${held.length ? `  (text in ${held.join(', ')})` : ''}`
  )
  for (const [title, list] of [
    ['acted on by', status.chain],
    ['amended by', status.amendedBy],
    ['in part', status.inPart],
    ['possibly superseded to the extent inconsistent (low confidence)', status.possiblySupersededBy]
  ] as const) {
    if (list.length === 0) continue
    io.out(`${title}:`)
    for (const e of list) io.out(`  ${describe(e)}`)
  }
  return 0
}
