/** `proclaim show <id>[#label]` */
import {parseArgs} from 'node:util'
import type {ProvisionJson} from '../document/types.js'
import {readDocument} from '../query/corpus.js'
import {UsageError, type CommandIo} from './io.js'
import {withCorpus} from './with-corpus.js'

export const showHelp = `Usage: proclaim show <id>[#label] [options]

Print a document of a built corpus, or one provision ("#Sec. 2(a)", "#(1)"),
with its citations and its status.

Options:
  --corpus DIR        the built corpus (default: corpus)
  --format text|json  (default: text)
  -h, --help          show this help`

function find(list: ProvisionJson[], path: string[]): ProvisionJson | null {
  const [head, ...rest] = path
  const p = list.find((x) => x.label === head)
  if (!p) return null
  return rest.length === 0 ? p : find(p.provisions, rest)
}

export async function showCommand(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      corpus: {type: 'string', default: 'corpus'},
      format: {type: 'string', default: 'text'},
      help: {type: 'boolean', short: 'h'}
    }
  })
  if (values.help) {
    io.out(showHelp)
    return 0
  }
  if (positionals.length !== 1) throw new UsageError('give one id, optionally with #label')
  const [id, label] = positionals[0]!.split('#') as [string, string | undefined]
  return withCorpus(values.corpus, 'show', io, (corpus) => {
    const doc = readDocument(corpus, id)
    if (!doc) {
      io.err(`proclaim show: no document \`${id}\` in ${values.corpus}`)
      return 1
    }
    const row = corpus.db
      .prepare('select status, number, number_source from documents where id = ?')
      .get(id) as {status: string | null; number: string | null; number_source: string | null}
    // "Sec. 2(a)(i)" -> ["Sec. 2", "(a)", "(i)"]
    const path = label ? (label.match(/Sec\. \d+[A-Za-z]?|\([^)]+\)/g) ?? []) : []
    const provision = label ? find(doc.provisions, path) : null
    if (label && !provision) {
      io.err(`proclaim show: ${id} has no provision ${label}`)
      return 1
    }
    if (values.format === 'json') {
      io.out(JSON.stringify(provision ?? {...doc, status: row?.status ?? null}, null, 2))
      return 0
    }
    io.out(`${doc.title ?? id}`)
    io.out(
      `${doc.type}${row?.number ? ` ${row.number} (${row.number_source})` : ''}, signed ${doc.signedDate ?? '?'} by ${doc.signer ?? '?'}; status: ${row?.status ?? 'unknown'}`
    )
    const show = (p: ProvisionJson, depth: number): void => {
      io.out(
        `${'  '.repeat(depth)}${p.label ?? ''}${p.heading ? ` ${p.heading}.` : ''} ${p.text}`.trimEnd()
      )
      for (const c of p.citations) io.out(`${'  '.repeat(depth)}    -> ${c.id}  ${c.url ?? ''}`)
      for (const child of p.provisions) show(child, depth + 1)
    }
    if (provision) show(provision, 0)
    else {
      for (const f of doc.findings) io.out(`${f.label ? `${f.label}. ` : ''}${f.text}`)
      if (doc.formula) io.out(doc.formula.text)
      for (const p of doc.provisions) show(p, 0)
    }
    return 0
  })
}
