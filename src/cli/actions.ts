/** `proclaim actions <document> [--corpus DIR] [--format text|json]` */
import {parseArgs} from 'node:util'
import {actionsOf, type DocumentAction} from '../query/actions.js'
import {documentHeading} from '../query/resolve.js'
import {statusInCorpus} from '../query/status.js'
import {UsageError, type CommandIo} from './io.js'
import {choiceOption} from './validate.js'
import {withCorpus} from './with-corpus.js'
import {outputWidth, truncate, wrap} from './wrap.js'

export const actionsHelp = `Usage: proclaim actions <document> [options]

List what a document does to other instruments.

Each action its text takes (revokes, amends, supersedes, suspends, reinstates,
terminates, modifies), the instruments and provisions it names, the provision
holding it and its place in the text. What others did to a document:
\`proclaim status\`. The document is named any way: its file id, its number, a
citation ("Executive Order 14148", "EO 14148") or an id (eo/14148).

Options:
  --corpus DIR        the built corpus (default: corpus)
  --format text|json  (default: text)
  -h, --help          show this help

Exit status: 0 when it acts on others, 1 when it acts on none or the corpus does
not hold it, 2 on an error (no corpus, bad usage).

Examples:
  proclaim actions "EO 14148"
  proclaim actions 2021-02-17-biden-revocation-eo-13801
  proclaim actions "Proclamation 10896" --format json`

export const actionsOptions = {
  corpus: {type: 'string', default: 'corpus'},
  format: {type: 'string', default: 'text'},
  help: {type: 'boolean', short: 'h'}
} as const

/** "revoke  Sec. 1  line 12:1  (in part, effective 2025-03-12)" */
function heading(a: DocumentAction): string {
  const notes = [
    a.scope === 'general' ? 'general clause' : '',
    a.partial ? 'in part' : '',
    a.effective ? `effective ${a.effective}` : ''
  ].filter(Boolean)
  return `${a.action}${a.provision ? `  ${a.provision}` : ''}  line ${a.line}:${a.column}${notes.length ? `  (${notes.join(', ')})` : ''}`
}

export async function actionsCommand(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({args, allowPositionals: true, options: actionsOptions})
  if (values.help) {
    io.out(actionsHelp)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('give a document')
  const format = choiceOption('format', values.format, ['text', 'json'] as const)!
  const query = positionals.join(' ')
  return withCorpus(values.corpus, 'actions', io, (corpus) => {
    const found = actionsOf(corpus, query)
    if (!found) {
      const status = statusInCorpus(corpus, query)
      io.err(
        `proclaim actions: ${status.id} is not in the corpus; cited by ${status.citedBy} document${status.citedBy === 1 ? '' : 's'}`
      )
      return 1
    }
    const {reference, document, actions} = found
    if (format === 'json') {
      io.out(JSON.stringify({id: reference.id, document: document.id, actions}, null, 2))
      return actions.length > 0 ? 0 : 1
    }
    const width = outputWidth()
    const name = documentHeading(document)
    io.out(truncate(`${document.signedDate ?? document.date ?? '----------'}  ${name}`, width))
    io.out(truncate(`  ${document.id}`, width))
    const count = `${actions.length} action${actions.length === 1 ? '' : 's'}`
    io.out(actions.length > 0 ? `${count} on others:` : 'acts on no other document')
    for (const a of actions) {
      io.out(`  ${heading(a)}`)
      const targets = a.scope === 'general' ? a.possibly : a.targets
      const label = a.scope === 'general' ? 'possibly (low confidence): ' : ''
      for (const line of wrap(
        `${label}${targets.join(', ') || '(none found)'}`,
        width,
        '      ',
        '    -> '
      ))
        io.out(line)
      // The words that act, as far as three lines show them.
      const text = wrap(a.text, width, '      ')
      for (const line of text.slice(0, 3)) io.out(line)
      if (text.length > 3) io.out('      …')
    }
    return actions.length > 0 ? 0 : 1
  })
}
