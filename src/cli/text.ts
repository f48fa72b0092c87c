/** `proclaim text <document or provision> [--on DATE] [--annotate] [--diff FROM] [--corpus DIR] [--format text|json]` */
import {parseArgs} from 'node:util'
import {annotatedTextOf, describeOperation, plainText} from '../consolidate/on-date.js'
import {reasons} from '../consolidate/reasons.js'
import {actorOf} from '../query/status.js'
import {textInCorpus} from '../query/text.js'
import {UsageError, type CommandIo} from './io.js'
import {choiceOption, isoDateOption} from './validate.js'
import {withCorpus} from './with-corpus.js'
import {outputWidth, wrap} from './wrap.js'

export const textHelp = `Usage: proclaim text <document or provision> [options]

Print an instrument or provision as in force on a date.

Built from its original text in the corpus and every amending operation dated
on or before the date (strike, insert, strike-and-insert, read-as,
redesignate, add, revoke-provision), in order of effect. An operation that
could not be applied is listed, and the provision marked uncertain; where the
original is not in the corpus, a provision an amendment gave whole is known
from that date, and the rest is said to be unknown.

Options:
  --on DATE           the date, YYYY-MM-DD (default: today)
  --annotate          mark each changed passage: {+inserted+}[n], [-struck-][n],
                      then list the operations [n] that made them
  --diff FROM         what changed between FROM and --on, as a unified diff
  --corpus DIR        a built corpus (default: corpus)
  --format text|json  (default: text)
  -h, --help          show this help

Exit status: 0 when the text is printed, 1 when the corpus does not hold it on
that date (not yet issued, no such provision, text not in the corpus), 2 on an
error (no corpus, bad usage).

Examples:
  proclaim text "EO 14324" --on 2026-03-01
  proclaim text "section 2 of Executive Order 14324" --on 2026-03-01 --annotate
  proclaim text eo/14324 --on 2026-03-01 --diff 2025-09-01`

export const textOptions = {
  on: {type: 'string'},
  annotate: {type: 'boolean', default: false},
  diff: {type: 'string'},
  corpus: {type: 'string', default: 'corpus'},
  format: {type: 'string', default: 'text'},
  help: {type: 'boolean', short: 'h'}
} as const

export async function textCommand(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({args, allowPositionals: true, options: textOptions})
  if (values.help) {
    io.out(textHelp)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('give a document, a provision or an id')
  const on = isoDateOption('on', values.on) ?? new Date().toISOString().slice(0, 10)
  const from = isoDateOption('diff', values.diff)
  const format = choiceOption('format', values.format, ['text', 'json'] as const)!
  const query = positionals.join(' ')
  return withCorpus(values.corpus, 'text', io, (corpus) => {
    const text = textInCorpus(corpus, query, {on, ...(from ? {from} : {})})
    if (!text) {
      io.err(`proclaim text: the corpus has neither the text of ${query} nor an amendment of it`)
      return 1
    }
    if (format === 'json') {
      // The version by its date and what made it (its provisions are the instrument's; those asked for are printed).
      const {consolidation, operations, version, ...rest} = text
      const made = version && {
        date: version.date,
        known: version.known,
        operations: version.operations.map((i) => operations[i])
      }
      io.out(JSON.stringify({...rest, version: made, original: consolidation.original}, null, 2))
      return text.found ? 0 : 1
    }
    const width = outputWidth()
    // A line wrapped to the terminal, its continuation lines indented two more than it.
    const say = (line: string) => {
      const lead = /^ */.exec(line)![0]
      for (const l of wrap(line.trimStart(), width, `${lead}  `, lead)) io.out(l)
    }
    if (!text.version) {
      say(`${text.id} on ${on}: not yet issued (signed ${text.consolidation.original?.date})`)
      return 1
    }
    const since = text.version.date ? ` (this version since ${text.version.date})` : ''
    say(`${text.id} on ${on}${since}`)
    if (text.unknown) say(`  ${text.unknown}`)
    if (text.modifiedBy.length > 0) {
      const last = text.modifiedBy[text.modifiedBy.length - 1]!
      say(
        `  what it imposes (rates, scope) modified ${text.modifiedBy.length === 1 ? 'once' : `${text.modifiedBy.length} times`} by then, last on ${last.date} by ${actorOf(last)}, in no words of this text: \`proclaim status\` lists them`
      )
    }
    if (text.uncertain.length > 0)
      say(
        `  uncertain: ${text.uncertain.length} operation${text.uncertain.length === 1 ? '' : 's'} bearing on it could not be applied, or not surely (listed below)`
      )
    if (!text.found) {
      if (!text.unknown) say(`  no such provision in the text on ${on}`)
    } else if (text.diff !== undefined) {
      io.out('')
      io.out(text.diff === '' ? `(no change between ${from} and ${on})` : text.diff.trimEnd())
    } else {
      // A paragraph a provision, each wrapped to the terminal (a diff is printed as it is, for patch and diff tools).
      for (const paragraph of (values.annotate ? annotatedTextOf(text) : plainText(text)).split(
        '\n\n'
      )) {
        io.out('')
        for (const line of paragraph.split('\n')) for (const l of wrap(line, width)) io.out(l)
      }
    }
    if (text.uncertain.length > 0) {
      io.out('')
      io.out('uncertain:')
      for (const op of text.uncertain) {
        const index = text.operations.indexOf(op)
        const why = op.reason
          ? reasons[op.reason].summary
          : text.consolidation.diagnostics
              .filter((d) => d.operation === index)
              .map((d) => d.message)
              .join('; ')
        say(`  ${describeOperation(op, index)}: ${why}`)
      }
    }
    return text.found ? 0 : 1
  })
}
