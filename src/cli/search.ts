/** `proclaim search --cite "19 U.S.C. 1862" | --text "price floors" [filters] [--format table|json|csv]` */
import {parseArgs} from 'node:util'
import {documentHeading, documentTypes} from '../query/resolve.js'
import {
  resolveQuery,
  searchCitations,
  searchText,
  type SearchFilters,
  type SearchHit,
  type SearchResult
} from '../query/search.js'
import {UsageError, type CommandIo} from './io.js'
import {choiceOption, integerOption, isoDateOption} from './validate.js'
import {withCorpus} from './with-corpus.js'
import {outputWidth, truncate, wrap} from './wrap.js'

export const searchHelp = `Usage: proclaim search (--cite CITATION | --text WORDS) [options]

Search a built corpus by citation or by words.

Every finding, formula or provision citing a statute or instrument, or
holding some words; one hit per unit, grouped by document.

Options:
  --cite CITATION     any citation form: "19 U.S.C. 1862", "section 232(b)",
                      "19 USC 1862(c)", "Proclamation 9705", "EO 14148", a
                      document's file id, or an id: usc/19/1862, eo/14257
  --exact             only citations of exactly that id, not of its subsections
  --text WORDS        units holding every word (stemmed: tariff finds tariffs);
                      "a phrase" in quotes, a OR b (at most 32 terms)
  --fts               read --text as FTS5's syntax: AND, OR, NOT, NEAR(a b, 5),
                      prefix* (3 letters at least before the *)
  --type TYPE         proclamation, executive_order, memorandum or other
  --from DATE, --to DATE   signing date range, YYYY-MM-DD
  --signer NAME       part of the signer's name
  --in-force          only documents in force on the corpus's build date (a
                      document without a number counts: nothing can name it)
  --limit N           at most N hits (N >= 1)
  --corpus DIR        the built corpus (default: corpus)
  --format table|json|csv  (default: table)
  -h, --help          show this help

Exit status: 0 with hits, 1 with none, 2 on an error (no corpus, bad usage).

Examples:
  proclaim search --cite "19 U.S.C. 1862" --limit 5
  proclaim search --cite "section 232(b)" --exact
  proclaim search --text "price floors" --in-force
  proclaim search --cite "EO 14257" --type executive_order --format csv`

export const searchOptions = {
  cite: {type: 'string'},
  text: {type: 'string'},
  exact: {type: 'boolean', default: false},
  type: {type: 'string'},
  from: {type: 'string'},
  to: {type: 'string'},
  signer: {type: 'string'},
  'in-force': {type: 'boolean', default: false},
  fts: {type: 'boolean', default: false},
  limit: {type: 'string'},
  corpus: {type: 'string', default: 'corpus'},
  format: {type: 'string', default: 'table'},
  help: {type: 'boolean', short: 'h'}
} as const

const formats = ['table', 'json', 'csv'] as const

function csv(value: unknown): string {
  const s =
    value === null || value === undefined
      ? ''
      : Array.isArray(value)
        ? value.join(' ')
        : String(value)
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** Lines of a hit's context at most: a long provision is cut, the rest is a `show` away. */
const contextLines = 5

/** Hits grouped under their document (number and title), each unit's sentences wrapped to the width. */
function printTable(result: SearchResult, io: CommandIo, width: number): void {
  let document: string | null = null
  for (const h of result.hits) {
    if (h.document !== document) {
      document = h.document
      const name = documentHeading(h)
      io.out(truncate(`${h.date ?? '----------'}  ${name}`, width))
      io.out(truncate(`  ${h.document}`, width))
    }
    io.out(
      truncate(
        `    ${h.unit}, line ${h.line}${h.cites.length ? `  ${h.cites.join(' ')}` : ''}`,
        width
      )
    )
    const lines = wrap(h.context, width, '        ')
    for (const line of lines.slice(0, contextLines)) io.out(line)
    if (lines.length > contextLines) io.out('        …')
  }
  const documents = new Set(result.hits.map((h) => h.document)).size
  const inDocuments = `${documents} document${documents === 1 ? '' : 's'}`
  const hits = `hit${result.total === 1 ? '' : 's'}`
  io.out(
    result.hits.length < result.total
      ? `${result.hits.length} of ${result.total} ${hits} shown, in ${inDocuments}`
      : `${result.total} ${hits} in ${inDocuments}`
  )
}

export function printHits(
  result: SearchResult,
  format: (typeof formats)[number],
  io: CommandIo
): void {
  if (format === 'json') {
    io.out(JSON.stringify(result.hits, null, 2))
    return
  }
  if (format === 'csv') {
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
    io.out(columns.join(','))
    for (const h of result.hits) io.out(columns.map((c) => csv(h[c])).join(','))
    return
  }
  printTable(result, io, outputWidth())
}

export async function searchCommand(args: string[], io: CommandIo): Promise<number> {
  const {values} = parseArgs({args, options: searchOptions})
  if (values.help) {
    io.out(searchHelp)
    return 0
  }
  if (!values.cite && !values.text) throw new UsageError('give --cite or --text')
  const format = choiceOption('format', values.format, formats)!
  const type = choiceOption('type', values.type, documentTypes)
  const from = isoDateOption('from', values.from)
  const to = isoDateOption('to', values.to)
  const limit = integerOption('limit', values.limit)
  const filters: SearchFilters = {
    ...(type ? {type} : {}),
    ...(from ? {from} : {}),
    ...(to ? {to} : {}),
    ...(values.signer ? {signer: values.signer} : {}),
    inForce: values['in-force']
  }
  return withCorpus(values.corpus, 'search', io, (corpus) => {
    let result: SearchResult
    if (values.cite) {
      const id = resolveQuery(corpus, values.cite)
      if (!id)
        throw new UsageError(
          `\`${values.cite}\` is not a citation the extractor reads (try "19 U.S.C. 1862" or usc/19/1862)`
        )
      const all = searchCitations(corpus, id, {...filters, exact: values.exact}).hits
      const words = values.text?.toLowerCase()
      const hits = words ? all.filter((h) => h.context.toLowerCase().includes(words)) : all
      result = {hits: limit ? hits.slice(0, limit) : hits, total: hits.length}
    } else {
      result = searchText(corpus, values.text!, {
        ...filters,
        ...(limit ? {limit} : {}),
        ...(values.fts ? {fts: true} : {})
      })
    }
    printHits(result, format, io)
    return result.hits.length > 0 ? 0 : 1
  })
}
