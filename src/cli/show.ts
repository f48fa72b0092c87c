/** `proclaim show <document>[#label]` */
import {parseArgs} from 'node:util'
import type {ProvisionJson} from '../document/types.js'
import {readDocument} from '../query/corpus.js'
import {documentById, documentName, resolveReference} from '../query/resolve.js'
import {describeStanding, statusInCorpus} from '../query/status.js'
import {UsageError, type CommandIo} from './io.js'
import {choiceOption} from './validate.js'
import {withCorpus} from './with-corpus.js'
import {outputWidth, truncate, wrap} from './wrap.js'

export const showHelp = `Usage: proclaim show <document>[#label] [options]

Print a document of a built corpus, or one of its provisions.

One provision is named after a # ("#Sec. 2(a)", "#(1)"); each is printed with
its citations and its standing today. The document is named any way:
its file id, its number, a citation ("Executive Order 14148", "EO 14148",
"clause 2 of Proclamation 9705") or an id (eo/14148, proc/9705/2).

Options:
  --corpus DIR        the built corpus (default: corpus)
  --format text|json  (default: text)
  -h, --help          show this help

Exit status: 0 when shown, 1 when the corpus has no such document or provision,
2 on an error (no corpus, bad usage).

Examples:
  proclaim show "Proclamation 10328"
  proclaim show 2026-01-14-critical-minerals-232#'(1)'
  proclaim show "EO 13801#Sec. 3(a)" --format json`

export const showOptions = {
  corpus: {type: 'string', default: 'corpus'},
  format: {type: 'string', default: 'text'},
  help: {type: 'boolean', short: 'h'}
} as const

function find(list: ProvisionJson[], path: string[]): ProvisionJson | null {
  const [head, ...rest] = path
  const p = list.find((x) => x.label === head)
  if (!p) return null
  return rest.length === 0 ? p : find(p.provisions, rest)
}

/** A label as an id writes it: "Sec. 2" -> "2", "(a)" -> "a", "2." -> "2". */
const labelKey = (label: string | null): string =>
  (label ?? '').replace(/^(?:sec(?:tion)?\.?|clause)\s*/i, '').replace(/[().\s]/g, '')

/** The provision an id's parts name (proc/9705/2/a: ["2", "a"]), level by level. */
function findByParts(list: ProvisionJson[], parts: string[]): ProvisionJson | null {
  const [head, ...rest] = parts
  const p = list.find((x) => labelKey(x.label) === head)
  if (!p) return null
  return rest.length === 0 ? p : findByParts(p.provisions, rest)
}

export async function showCommand(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({args, allowPositionals: true, options: showOptions})
  if (values.help) {
    io.out(showHelp)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('give a document, optionally with #label')
  const format = choiceOption('format', values.format, ['text', 'json'] as const)!
  const given = positionals.join(' ')
  const hash = given.indexOf('#')
  const query = hash === -1 ? given : given.slice(0, hash)
  const label = hash === -1 ? undefined : given.slice(hash + 1)
  return withCorpus(values.corpus, 'show', io, (corpus) => {
    const reference = resolveReference(corpus, query)
    // A second printing named by its file id is shown as asked; an instrument, by its first printing.
    const row = documentById(corpus, query.trim()) ?? reference?.documents[0]
    const doc = row ? readDocument(corpus, row.id) : null
    if (!reference || !row || !doc) {
      if (reference) {
        const {citedBy} = statusInCorpus(corpus, reference.instrument)
        io.err(
          `proclaim show: ${reference.instrument} is not in the corpus; cited by ${citedBy} document${citedBy === 1 ? '' : 's'} (proclaim search --cite ${reference.instrument})`
        )
      } else io.err(`proclaim show: no document \`${query}\` in ${values.corpus}`)
      return 1
    }
    // "Sec. 2(a)(i)" -> ["Sec. 2", "(a)", "(i)"]
    const path = label ? (label.match(/Sec\. \d+[A-Za-z]?|\([^()]+\)/g) ?? []) : []
    const inside = reference.id.split('/').slice(reference.instrument.split('/').length)
    const provision = label
      ? find(doc.provisions, path)
      : inside.length > 0
        ? findByParts(doc.provisions, inside)
        : null
    if ((label || inside.length > 0) && !provision) {
      io.err(`proclaim show: ${row.id} has no provision ${label ?? reference.id}`)
      return 1
    }
    const status = statusInCorpus(corpus, reference.id)
    const standing = describeStanding(status.answer)
    if (format === 'json') {
      io.out(JSON.stringify(provision ?? {...doc, status: status.status, standing}, null, 2))
      return 0
    }
    const width = outputWidth()
    for (const line of wrap(`${doc.title ?? row.id}`, width)) io.out(line)
    const number = row.number ? ` (${reference.instrument})` : ''
    const untracked = reference.instrument.startsWith('doc/')
      ? ' (no number: an action naming it would go unseen)'
      : ''
    for (const line of wrap(
      `${documentName(row)}${number}, signed ${doc.signedDate ?? '?'} by ${doc.signer ?? '?'}; ${reference.id === reference.instrument ? '' : `${reference.id} `}status: ${standing}${untracked}`,
      width,
      '  '
    ))
      io.out(line)
    io.out(truncate(`  ${row.id}${doc.sourceUrl ? `  ${doc.sourceUrl}` : ''}`, width))
    io.out('')
    const show = (p: ProvisionJson, depth: number): void => {
      const indent = '  '.repeat(depth)
      const head = `${p.label ?? ''}${p.heading ? ` ${p.heading}.` : ''}`
      for (const line of wrap(`${head} ${p.text}`, width, `${indent}  `, indent)) io.out(line)
      for (const c of p.citations)
        io.out(truncate(`${indent}    -> ${c.id}${c.url ? `  ${c.url}` : ''}`, width))
      for (const child of p.provisions) show(child, depth + 1)
    }
    if (provision) show(provision, 0)
    else {
      for (const f of doc.findings)
        for (const line of wrap(`${f.label ? `${f.label}. ` : ''}${f.text}`, width, '  ', ''))
          io.out(line)
      if (doc.formula) for (const line of wrap(doc.formula.text, width)) io.out(line)
      for (const p of doc.provisions) show(p, 0)
    }
    return 0
  })
}
