/** `proclaim status <document or provision> [--on DATE] [--corpus DIR] [--format text|json]` */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {resolveDatedTargets} from '../corpus/dated.js'
import {listDocumentFiles} from '../corpus/walk.js'
import {holdsProvision, provisionsWithPaths} from '../document/label-path.js'
import type {DocumentJson} from '../document/types.js'
import {parseFile} from '../pipeline/parse-document.js'
import {splitId} from '../util/instrument-id.js'
import {idFromText, instrumentOf} from '../query/resolve.js'
import {
  actorOf,
  answerOf,
  commonestDate,
  describeStanding,
  statusInCorpus,
  type CorpusStatus,
  type Evidence
} from '../query/status.js'
import {buildGraph, type Edge} from '../supersede/graph.js'
import {describeRate, rateChange} from '../supersede/rates.js'
import {changesOnly, statusOf} from '../supersede/status.js'
import {UsageError, type CommandIo} from './io.js'
import {choiceOption, isoDateOption} from './validate.js'
import {withCorpus} from './with-corpus.js'
import {outputWidth, wrap} from './wrap.js'

export const statusHelp = `Usage: proclaim status <document or provision> [options]

Tell whether an instrument or provision is in force, and why.

For an executive order, proclamation or memorandum, or one of its provisions:
its standing first (in force, amended, revoked on DATE by X, not in the
corpus, not yet issued), then each action on it once, in date order. Takes a
citation as printed ("clause 2 of Proclamation 9705", "Executive Order
14007"), a short name ("EO 14007"), an id ("proc/9705/2", "eo/14007"), a
number, or a document's file id. What a document does to others:
\`proclaim actions\`.

Options:
  --on DATE           the date to answer for, YYYY-MM-DD (default: today)
  --corpus DIR        a built corpus (default: corpus), or a folder of documents
                      to read and link on the spot
  --format text|json  (default: text)
  --all               list each general inconsistency clause that may reach it
                      (low confidence), not only their count
  -h, --help          show this help

Exit status: 0 when answered, 1 when the corpus neither holds it nor sees it
acted on (or holds its text and no such provision), 2 on an error (no
documents, bad usage).

Examples:
  proclaim status "Executive Order 13801" --on 2021-03-01
  proclaim status "clause 2 of Proclamation 9704" --on 2026-08-01
  proclaim status 2017-06-15-govinfo-eo-13801-apprenticeships`

export const statusOptions = {
  on: {type: 'string'},
  corpus: {type: 'string', default: 'corpus'},
  format: {type: 'string', default: 'text'},
  all: {type: 'boolean', default: false},
  help: {type: 'boolean', short: 'h'}
} as const

/** The rate an action sets, for those that change what an instrument imposes (amend, modify). */
const rateOf = (e: Edge) => (changesOnly(e.action) ? rateChange(e.text) : null)

/**
 * "2025-03-12  revoke    by proc/10896 (7) (on proc/9705/3), signed 2025-02-10  [file id]  in part": the
 * date it takes effect first, the date of signing when earlier or later, the rate a modification sets.
 */
function describe(e: Edge, id: string): string {
  const by = `${actorOf(e)}${e.fromProvision ? ` ${e.fromProvision}` : ''}`
  const document = e.from.startsWith('doc/') ? '' : `  [${e.fromDocument}]`
  const on = e.to === id ? '' : ` (on ${e.to})`
  const action = e.scope === 'general' ? '' : `${e.action.padEnd(9)} `
  const signed = e.signed && e.signed !== e.date ? `, signed ${e.signed}` : ''
  const rate = rateOf(e)
  const extent = e.scope === 'specific' && e.partial ? '  in part' : ''
  return `${e.date ?? '(undated)'}  ${action}by ${by}${on}${signed}${rate ? `: ${describeRate(rate)}` : ''}${document}${extent}`
}

/**
 * The actions on it, each once in date order: what names it, what is signed but waits, then the general
 * clauses that may reach it: many and of low confidence, so counted in a line unless `all`.
 */
function printActions(status: CorpusStatus, io: CommandIo, all: boolean): void {
  const width = outputWidth()
  const print = (title: string, list: readonly Edge[]) => {
    if (list.length === 0) return
    io.out(title)
    for (const e of list)
      for (const line of wrap(describe(e, status.id), width, '      ', '  ')) io.out(line)
  }
  print(
    'acted on by, in order of effect:',
    status.actions.filter((e) => e.scope === 'specific')
  )
  print(`signed, not yet in effect on ${status.on}:`, status.pending)
  const general = status.actions.filter((e) => e.scope === 'general')
  if (all) print('possibly superseded, to the extent inconsistent (low confidence), by:', general)
  else if (general.length > 0) {
    const dates = general.map((e) => e.date ?? '(undated)')
    const span = dates.length === 1 ? dates[0] : `${dates[0]} to ${dates[dates.length - 1]}`
    for (const line of wrap(
      `possibly superseded, to the extent inconsistent (low confidence), by ${general.length} general clause${general.length === 1 ? '' : 's'} of later documents on the same statutes (${span}); --all lists them`,
      width,
      '  '
    ))
      io.out(line)
  }
}

/** The status from a folder of documents, parsed and linked now; null when none can be read. */
async function statusInFolder(
  dir: string,
  query: string,
  on: string | undefined
): Promise<CorpusStatus | null> {
  const {files, missing} = await listDocumentFiles([dir])
  if (missing.length > 0 || files.length === 0) return null
  const docs: DocumentJson[] = []
  for (const file of files) {
    const result = await parseFile(file)
    if (result.json) docs.push(result.json)
  }
  const graph = buildGraph(resolveDatedTargets(docs))
  const id = graph.keys.get(query) ?? idFromText(query)
  if (!id)
    throw new UsageError(
      `\`${query}\` names no document: give a file id or a citation (Proclamation 9705, eo/14148)`
    )
  const instrument = instrumentOf(id)
  const status = statusOf(graph, id, on)
  const held = docs
    .filter((d) => graph.keys.get(d.id) === instrument)
    .map((d) => ({id: d.id, date: d.signedDate ?? d.date}))
  const citing = docs.filter((d) =>
    d.citations.some((c) => c.id === instrument || c.id.startsWith(`${instrument}/`))
  )
  const citedBy = citing.length
  const holders = docs.filter((d) => graph.keys.get(d.id) === instrument)
  const evidence: Evidence = {citedBy}
  if (holders.length === 0)
    evidence.citedDate = commonestDate(
      citing.flatMap((d) =>
        d.citations.filter((c) => c.id === instrument && c.date).map((c) => c.date!)
      )
    )
  else if (id !== instrument)
    evidence.missingProvision = !holdsProvision(
      holders.flatMap((d) => provisionsWithPaths(d.provisions).map((p) => p.unit)),
      splitId(id).path
    )
  return {
    ...status,
    heldBy: held.map((h) => h.id),
    citedBy,
    answer: answerOf(status, held, evidence)
  }
}

export async function statusCommand(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({args, allowPositionals: true, options: statusOptions})
  if (values.help) {
    io.out(statusHelp)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('give a document, a provision or an id')
  const on = isoDateOption('on', values.on)
  const format = choiceOption('format', values.format, ['text', 'json'] as const)!
  const query = positionals.join(' ')

  let status: CorpusStatus
  if (existsSync(path.join(values.corpus, 'corpus.sqlite'))) {
    // A built corpus: the edges bearing on the id, from its database.
    const answer = await withCorpus(values.corpus, 'status', io, (corpus) =>
      statusInCorpus(corpus, query, on)
    )
    if (typeof answer === 'number') return answer
    status = answer
  } else {
    const answer = await statusInFolder(values.corpus, query, on)
    if (!answer) {
      io.err(
        `proclaim status: no built corpus and no documents to read at ${values.corpus} (run \`proclaim build\`, or give --corpus DIR)`
      )
      return 2
    }
    status = answer
  }
  const found = !['not in the corpus', 'no such provision'].includes(status.answer.standing)
  if (format === 'json') {
    // Each action with the rate a modification sets, where its sentence prints one.
    const withRate = (e: Edge) => {
      const rate = rateOf(e)
      return rate ? {...e, rate} : e
    }
    io.out(
      JSON.stringify(
        {
          ...status,
          actions: status.actions.map(withRate),
          pending: status.pending.map(withRate),
          standing: describeStanding(status.answer)
        },
        null,
        2
      )
    )
    return found ? 0 : 1
  }
  io.out(`${status.id} on ${status.on}: ${describeStanding(status.answer)}`)
  if (status.heldBy.length > 0) io.out(`  text in ${status.heldBy.join(', ')}`)
  else if (found)
    io.out(
      `  text not in the corpus; cited by ${status.citedBy} document${status.citedBy === 1 ? '' : 's'}`
    )
  if (status.answer.standing !== 'no such provision') printActions(status, io, values.all)
  return found ? 0 : 1
}
