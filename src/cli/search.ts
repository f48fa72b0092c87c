/** `proclaim search --cite "19 U.S.C. 1862" | --text "price floors" [filters] [--format table|json|csv]` */
import {parseArgs} from 'node:util'
import {resolveQuery, searchCitations, searchText, type SearchHit} from '../query/search.js'
import {UsageError, type CommandIo} from './io.js'
import {withCorpus} from './with-corpus.js'

export const searchHelp = `Usage: proclaim search (--cite CITATION | --text WORDS) [options]

Search a built corpus: every finding, formula or provision citing a statute or
instrument (subsections included), or holding some words.

Options:
  --cite CITATION     any citation form: "19 U.S.C. 1862", "section 232", "19 USC 1862(c)",
                      "Proclamation 9705", or an id: usc/19/1862, eo/14257
  --exact             only citations of exactly that id, not of its subsections
  --text WORDS        full text ("price floors"; FTS5 syntax when written: a OR b)
  --type TYPE         proclamation, executive_order, memorandum or other
  --from DATE, --to DATE   signing date range, YYYY-MM-DD
  --signer NAME       part of the signer's name
  --in-force          only documents in force on the corpus's build date
  --limit N           at most N hits
  --corpus DIR        the built corpus (default: corpus)
  --format table|json|csv  (default: table)
  -h, --help          show this help

Exit status: 0 with hits, 1 with none or no corpus, 2 on bad usage.`

function csv(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value)
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function printHits(hits: SearchHit[], format: string, io: CommandIo): void {
  if (format === 'json') {
    io.out(JSON.stringify(hits, null, 2))
    return
  }
  const columns: Array<keyof SearchHit> = [
    'document',
    'date',
    'type',
    'unit',
    'cites',
    'line',
    'context',
    'link'
  ]
  if (format === 'csv') {
    io.out(columns.join(','))
    for (const h of hits) io.out(columns.map((c) => csv(h[c])).join(','))
    return
  }
  for (const h of hits) {
    io.out(
      `${h.date ?? '----------'}  ${h.document}  ${h.unit}${h.cites ? `  [${h.cites}]` : ''}  (line ${h.line})`
    )
    io.out(`    ${h.context.length > 300 ? `${h.context.slice(0, 297)}...` : h.context}`)
    if (h.link) io.out(`    ${h.link}`)
  }
  io.out(`${hits.length} hit${hits.length === 1 ? '' : 's'}`)
}

export async function searchCommand(args: string[], io: CommandIo): Promise<number> {
  const {values} = parseArgs({
    args,
    options: {
      cite: {type: 'string'},
      text: {type: 'string'},
      exact: {type: 'boolean', default: false},
      type: {type: 'string'},
      from: {type: 'string'},
      to: {type: 'string'},
      signer: {type: 'string'},
      'in-force': {type: 'boolean', default: false},
      limit: {type: 'string'},
      corpus: {type: 'string', default: 'corpus'},
      format: {type: 'string', default: 'table'},
      help: {type: 'boolean', short: 'h'}
    }
  })
  if (values.help) {
    io.out(searchHelp)
    return 0
  }
  if (!values.cite && !values.text) throw new UsageError('give --cite or --text')
  if (!['table', 'json', 'csv'].includes(values.format))
    throw new UsageError('--format must be table, json or csv')
  for (const d of [values.from, values.to])
    if (d !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(d))
      throw new UsageError(`dates are YYYY-MM-DD, not \`${d}\``)
  if (
    values.type &&
    !['proclamation', 'executive_order', 'memorandum', 'other'].includes(values.type)
  )
    throw new UsageError(`unknown --type \`${values.type}\``)
  const filters = {
    ...(values.type ? {type: values.type} : {}),
    ...(values.from ? {from: values.from} : {}),
    ...(values.to ? {to: values.to} : {}),
    ...(values.signer ? {signer: values.signer} : {}),
    inForce: values['in-force'],
    ...(values.limit ? {limit: Number(values.limit)} : {})
  }
  return withCorpus(values.corpus, 'search', io, (corpus) => {
    let hits: SearchHit[]
    if (values.cite) {
      const id = resolveQuery(corpus, values.cite)
      if (!id)
        throw new UsageError(
          `\`${values.cite}\` is not a citation the extractor reads (try "19 U.S.C. 1862" or usc/19/1862)`
        )
      hits = searchCitations(corpus, id, {...filters, exact: values.exact})
      if (values.text) {
        const words = values.text.toLowerCase()
        hits = hits.filter((h) => h.context.toLowerCase().includes(words))
      }
    } else {
      hits = searchText(corpus, values.text!, filters)
    }
    printHits(hits, values.format, io)
    return hits.length > 0 ? 0 : 1
  })
}
