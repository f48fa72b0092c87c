/** `proclaim fmt [--check] [FILES|DIRS|GLOBS|-]` */
import {parseArgs} from 'node:util'
import {plural, shownPath} from '../check/formats/counts.js'
import {type FormatResult, formatFiles, formatText} from '../format/format-files.js'
import {expandInputs, stdinInput} from './inputs.js'
import {UsageError, type CommandIo} from './io.js'

export const fmtHelp = `Usage: proclaim fmt [FILE|DIR|GLOB|-...] [options]

Rewrite Markdown documents into one canonical form.

The body is written by remark-stringify with one set of choices (findings
and clauses numbered one way, no paragraph indented into a code block,
no-break spaces only where they bind a number to its word); the front matter
is kept as written. Each file is parsed before and after: one whose findings,
provisions, citations or supersessions would read differently is left as it
is and reported. Running fmt twice changes nothing the second time. '-'
formats standard input to standard output. Default input: the current folder.

Options:
  --check      write nothing; list the files fmt would change (exit 1 if any)
  --quiet      print only problems and the summary
  -h, --help   show this help

Exit status: 0 when every file is (now) formatted, 1 with --check when a file
would change, 2 when a file could not be read, parsed or safely formatted.

Examples:
  proclaim fmt proclamations
  proclaim fmt --check 'proclamations/2026-*.md'
  proclaim fmt - < draft.md > formatted.md`

export const fmtOptions = {
  check: {type: 'boolean', default: false},
  quiet: {type: 'boolean', default: false},
  help: {type: 'boolean', short: 'h'}
} as const

/** A file's line in the report, or null when it has nothing to say. */
function reportLine(result: FormatResult, check: boolean, quiet: boolean): string | null {
  if (result.outcome === 'unsafe' || result.outcome === 'failed')
    return `${shownPath(result.path)}: not formatted: ${result.reason}`
  if (result.outcome === 'formatted' && !quiet)
    return `${shownPath(result.path)}: ${check ? 'would be formatted' : 'formatted'}`
  return null
}

export async function fmtCommand(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({args, allowPositionals: true, options: fmtOptions})
  if (values.help) {
    io.out(fmtHelp)
    return 0
  }
  if (positionals.includes(stdinInput)) {
    if (positionals.length > 1) throw new UsageError("'-' formats standard input alone")
    if (!io.stdin) throw new UsageError('there is no standard input to read here')
    const result = formatText(new TextDecoder().decode(await io.stdin()), '<stdin>')
    if (result.outcome === 'unsafe' || result.outcome === 'failed') {
      io.err(`proclaim fmt: ${reportLine(result, values.check, false)}`)
      return 2
    }
    if (values.check) return result.outcome === 'formatted' ? 1 : 0
    io.out(result.formatted!.replace(/\n$/, ''))
    return 0
  }
  const {paths, unmatched} = await expandInputs(positionals.length > 0 ? positionals : ['.'])
  for (const pattern of unmatched) io.err(`proclaim fmt: no file matches '${pattern}'`)
  const {results, missing} = await formatFiles(paths, {write: !values.check})
  for (const m of missing) io.err(`proclaim fmt: no such file or folder '${m}'`)
  for (const result of results) {
    const line = reportLine(result, values.check, values.quiet)
    if (line === null) continue
    if (result.outcome === 'formatted') io.out(line)
    else io.err(line)
  }
  const count = (outcome: FormatResult['outcome']) =>
    results.filter((r) => r.outcome === outcome).length
  const changed = count('formatted')
  const troubled = count('unsafe') + count('failed')
  io.out(
    `${plural(results.length, 'file')}: ${changed} ${values.check ? 'would be formatted' : 'formatted'}, ${count('unchanged')} unchanged${troubled ? `, ${troubled} not formatted` : ''}`
  )
  if (troubled > 0 || missing.length > 0 || unmatched.length > 0) return 2
  if (results.length === 0) {
    io.err('proclaim fmt: no Markdown documents to format (.md, .markdown)')
    return 2
  }
  return values.check && changed > 0 ? 1 : 0
}
