/** `proclaim check [FILES|DIRS|GLOBS|-] [--format ...] [--fix] [--max-warnings N] [--strict]` */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {pathToFileURL} from 'node:url'
import {type CheckRun, checkInputs} from '../check/check-files.js'
import {type CheckConfig, ConfigError, configFrom} from '../check/config.js'
import type {FileResult} from '../check/check-document.js'
import {countBySeverity, plural} from '../check/formats/counts.js'
import {formatGithub} from '../check/formats/github.js'
import {formatJson} from '../check/formats/json.js'
import {formatSarif} from '../check/formats/sarif.js'
import {formatStylish} from '../check/formats/stylish.js'
import {allRuleMetas} from '../check/registry.js'
import {
  applySuppressions,
  pruneSuppressions,
  readSuppressions,
  suppressAll,
  SuppressionsError,
  suppressionsFileName,
  writeSuppressions
} from '../check/suppressions.js'
import {expandInputs, stdinInput} from './inputs.js'
import {UsageError, type CommandIo} from './io.js'
import {choiceOption} from './validate.js'
import {packageVersion} from './version.js'

export const checkHelp = `Usage: proclaim check [FILE|DIR|GLOB|-...] [options]

Check documents for CI: front matter, structure, citations.

Each document is checked by the rules (\`--list-rules\`), and the documents
given together form the corpus cross-document rules read (a target that is
missing, a provision amended after its revocation, a cited date the corpus
disagrees with). Configuration: the nearest .proclaimrc.json, or "proclaim" in
package.json, from each file's folder up; inline
<!-- proclaim-disable-next-line RULE --> and proclaim-disable/-enable comments.
Default input: the current folder.

Options:
  --format F           text (default), json, github (workflow annotations) or
                       sarif (SARIF 2.1.0, for code scanning)
  --fix                apply the safe fixes, then report what is left
  --max-warnings N     fail (exit 1) when there are more than N warnings
  --strict             fail on any warning (--max-warnings 0)
  --quiet              report errors only
  --verbose            also list infos in the text output (the other formats
                       always hold them)
  --config FILE        use this configuration for every file
  --suppress-all       take a baseline: write the problems found, counted per
                       file and rule, to proclaim-suppressions.json; later
                       runs report only what goes beyond it
  --prune-suppressions lower the baseline's counts to what is still found
  --suppressions-location FILE
                       the baseline file (default: ./${suppressionsFileName})
  --pass-on-unpruned-suppressions
                       exit 0 although the baseline counts problems that are
                       gone (else exit 2: prune them)
  --list-rules         list the rules, their severity and whether they fix
  -h, --help           show this help

Exit status: 0 when no error (and warnings within --max-warnings), 1 when there
are errors or too many warnings, 2 when the run itself failed (no such file,
bad configuration, bad usage).

Examples:
  proclaim check proclamations
  proclaim check --format github 'proclamations/2026-*.md'
  proclaim check --format sarif proclamations > proclaim.sarif`

export const checkOptions = {
  format: {type: 'string', default: 'text'},
  fix: {type: 'boolean', default: false},
  'max-warnings': {type: 'string'},
  strict: {type: 'boolean', default: false},
  quiet: {type: 'boolean', default: false},
  verbose: {type: 'boolean', default: false},
  config: {type: 'string'},
  'suppress-all': {type: 'boolean', default: false},
  'prune-suppressions': {type: 'boolean', default: false},
  'suppressions-location': {type: 'string'},
  'pass-on-unpruned-suppressions': {type: 'boolean', default: false},
  'list-rules': {type: 'boolean', default: false},
  help: {type: 'boolean', short: 'h'}
} as const

/** Where the rule pages are: the configured base, else the package's own docs/rules folder. */
function helpUri(base: string | null): (id: string) => string {
  const local = pathToFileURL(
    path.join(path.dirname(new URL(import.meta.url).pathname), '../../..', 'docs/rules/')
  ).href
  const root = base ?? local
  return (id) => `${root.endsWith('/') ? root : `${root}/`}${id}.md`
}

export async function checkCommand(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({args, allowPositionals: true, options: checkOptions})
  if (values.help) {
    io.out(checkHelp)
    return 0
  }
  if (values['list-rules']) {
    for (const m of allRuleMetas)
      io.out(
        `${m.id.padEnd(30)} ${m.severity.padEnd(8)} ${m.fixable ? 'fix' : '   '}  ${m.description}`
      )
    return 0
  }
  const format = choiceOption('format', values.format, [
    'text',
    'json',
    'github',
    'sarif'
  ] as const)!
  const maxWarnings = values.strict
    ? 0
    : values['max-warnings'] === undefined
      ? null
      : Number(values['max-warnings'])
  if (maxWarnings !== null && (!Number.isInteger(maxWarnings) || maxWarnings < 0))
    throw new UsageError(`--max-warnings takes a whole number, not '${values['max-warnings']}'`)
  const readsStdin = positionals.includes(stdinInput)
  if (readsStdin && !io.stdin) throw new UsageError('there is no standard input to read here')

  let config: CheckConfig | undefined
  try {
    config = values.config
      ? configFrom(JSON.parse(readFileSync(values.config, 'utf8')), values.config)
      : undefined
  } catch (error) {
    io.err(
      `proclaim check: ${error instanceof ConfigError ? error.message : `${values.config}: ${(error as Error).message}`}`
    )
    return 2
  }
  const {paths, unmatched} = await expandInputs(positionals.length > 0 ? positionals : ['.'])
  for (const pattern of unmatched) io.err(`proclaim check: no file matches '${pattern}'`)
  let run: CheckRun
  try {
    run = await checkInputs(paths, {
      fix: values.fix,
      ...(config ? {config} : {}),
      ...(readsStdin && io.stdin ? {stdin: new TextDecoder().decode(await io.stdin())} : {})
    })
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    io.err(`proclaim check: ${error.message}`)
    return 2
  }
  for (const m of run.missing) io.err(`proclaim check: no such file or folder '${m}'`)
  if (run.results.length === 0 && run.missing.length === 0 && unmatched.length === 0) {
    io.err('proclaim check: no documents to check (.md, .markdown, .txt)')
    return 2
  }
  let baseline: ReturnType<typeof applyBaseline>
  try {
    baseline = applyBaseline(run.results, values, io)
  } catch (error) {
    if (!(error instanceof SuppressionsError)) throw error
    io.err(`proclaim check: ${error.message}`)
    return 2
  }
  const results = values.quiet
    ? baseline.results.map((r) => ({
        ...r,
        problems: r.problems.filter((p) => p.severity === 'error')
      }))
    : baseline.results
  if (format === 'json') io.out(formatJson(results))
  else if (format === 'github') for (const line of formatGithub(results)) io.out(line)
  else if (format === 'sarif')
    io.out(
      formatSarif(results, {
        version: packageVersion(),
        rules: allRuleMetas,
        helpUri: helpUri(config?.docsUrl ?? null)
      })
    )
  else {
    // Infos (an act the table does not know) are for those who ask; the totals still count them.
    const shown = values.verbose
      ? results
      : results.map((r) => ({...r, problems: r.problems.filter((p) => p.severity !== 'info')}))
    const lines = formatStylish(shown, io.color ?? false)
    const infos = countBySeverity(results).info
    if (!values.verbose && infos > 0)
      lines[lines.length - 1] += ` (${infos} info${infos === 1 ? '' : 's'} not shown: --verbose)`
    for (const line of lines) io.out(line)
    for (const f of run.fixed) io.err(`proclaim check: fixed ${f}`)
  }
  for (const n of results.flatMap((r) => r.notifications)) io.err(`proclaim check: ${n.message}`)
  if (run.missing.length > 0 || unmatched.length > 0) return 2
  if (baseline.unused.length > 0 && !values['pass-on-unpruned-suppressions']) return 2
  const counts = countBySeverity(baseline.results)
  if (counts.error > 0) return 1
  if (maxWarnings !== null && counts.warning > maxWarnings) return 1
  return 0
}

/**
 * The baseline's say, ESLint's way: taken (--suppress-all) or pruned (--prune-suppressions) and written, then
 * applied. Counts the baseline holds for problems that are gone are named, and fail the run unless allowed.
 */
function applyBaseline(
  results: FileResult[],
  values: {
    'suppress-all': boolean
    'prune-suppressions': boolean
    'suppressions-location'?: string | undefined
  },
  io: CommandIo
): {results: FileResult[]; unused: string[]} {
  const file = path.resolve(values['suppressions-location'] ?? suppressionsFileName)
  const base = path.dirname(file)
  let suppressions = readSuppressions(file)
  const shown = path.relative(process.cwd(), file) || file
  if (values['suppress-all'] || values['prune-suppressions']) {
    suppressions = values['suppress-all']
      ? suppressAll(results, base, suppressions)
      : pruneSuppressions(results, base, suppressions)
    writeSuppressions(file, suppressions)
  }
  const applied = applySuppressions(results, base, suppressions)
  if (applied.suppressed > 0)
    io.err(`proclaim check: ${plural(applied.suppressed, 'problem')} suppressed by ${shown}`)
  if (applied.unused.length > 0)
    io.err(
      `proclaim check: ${shown} counts problems that are gone (${applied.unused.join(', ')}): run with --prune-suppressions`
    )
  return applied
}
