/** `proclaim build [DIR|FILE|GLOB...] --out corpus/` */
import path from 'node:path'
import {parseArgs} from 'node:util'
import {type BuildSummary, buildCorpus} from '../corpus/build.js'
import {diagnostic} from '../document/diagnostics.js'
import {notACorpus, type OutFolderCode, OutFolderError} from '../corpus/out-folder.js'
import {formatDiagnostic} from './format.js'
import {expandInputs} from './inputs.js'
import type {CommandIo} from './io.js'
import {progressLine} from './progress.js'
import type {FileProgress} from '../corpus/pool.js'
import {isoDateOption} from './validate.js'

export const buildHelp = `Usage: proclaim build [DIR|FILE|GLOB...] [options]

Build the linked corpus from folders, files or globs of documents.

Writes documents/<id>.json, index.json, citations.json (rolled up:
usc/19/1862 lists what cites any of its subsections), graph.json and
corpus.sqlite. The previous corpus is replaced only once the new one is
whole. A cache beside it (.<out>.cache/) spares unchanged files a new read.
Inputs (default: proclamations) are folders, files, or quoted glob patterns.

Options:
  --out DIR            where to write (default: corpus)
  --build-date DATE    the date statuses are computed for, YYYY-MM-DD (default:
                       today); fix it for byte-identical rebuilds
  --no-cache           read and parse every file, without the cache (left as
                       it is)
  --quiet              print only errors and the summary line (no progress, no
                       duplicates, no examples of queries)
  -h, --help           show this help

Examples:
  proclaim build
  proclaim build proclamations --out corpus --build-date 2026-01-31
  proclaim build 'proclamations/2025-*.md' --out corpus-2025 --quiet

Exit status: 0 when every document was read, 1 when some could not be, 2 on
bad usage.`

/** A folder the library refuses to write, worded for the command line: the folder is `--out`'s. */
const outFolderWording: Readonly<Record<OutFolderCode, (error: OutFolderError) => string>> = {
  'out-is-file': (e) => `--out ${e.path} is a file, not a folder`,
  'out-is-root': (e) =>
    `--out ${e.path} is the root of the file system: give a folder of its own, such as corpus`,
  'out-holds-input': (e) =>
    `--out ${e.path} holds the documents read (${e.input}): give a folder of its own, such as corpus`,
  'out-not-a-corpus': (e) =>
    `--out ${e.path} is a folder that is not a corpus (${notACorpus(e)}), and a build replaces its folder whole: give a new or empty folder, or a corpus`
}

/** Why a build failed, in the command line's words. */
const buildFailure = (error: unknown): string => {
  if (error instanceof OutFolderError) return outFolderWording[error.code](error)
  const code = (error as NodeJS.ErrnoException).code
  const said = code ? systemWording[code] : undefined
  return said ? `${said} (${(error as Error).message})` : (error as Error).message
}

/** The system's refusals a user can act on, in words; the previous corpus is never touched by them. */
const systemWording: Readonly<Record<string, string>> = {
  ENOSPC:
    'No space left on the disk of --out: the previous corpus is kept as it was and this build took back what it wrote; free some space and build again',
  EDQUOT:
    'The disk quota of --out is used up: the previous corpus is kept as it was; free some space and build again',
  EACCES:
    'Permission denied beside --out (a build writes its new corpus and cache in the folder holding --out): give --out a folder you may write in',
  EROFS: 'The file system of --out is read-only: give --out a folder you may write in'
}

export const buildOptions = {
  out: {type: 'string', default: 'corpus'},
  'build-date': {type: 'string'},
  quiet: {type: 'boolean', default: false},
  'no-cache': {type: 'boolean', default: false},
  help: {type: 'boolean', short: 'h'}
} as const

export async function buildCommand(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({args, allowPositionals: true, options: buildOptions})
  if (values.help) {
    io.out(buildHelp)
    return 0
  }
  const buildDate = isoDateOption('build-date', values['build-date'])
  const {paths: inputs, unmatched} = await expandInputs(
    positionals.length > 0 ? positionals : ['proclamations']
  )
  for (const pattern of unmatched) io.err(`proclaim build: no file matches '${pattern}'`)
  // A build replaces the corpus whole: never by an empty one because no pattern matched.
  if (inputs.length === 0) return 1
  // Drawn at most ten times a second, and only where there is a terminal to draw on (io.progress).
  const started = performance.now()
  let drawn = 0
  let done = 0
  let total = 0
  // Large files being parsed, each with how far it has come: a file of tens of MB takes a minute.
  const large = new Map<string, string>()
  const drawProgress = (force: boolean): void => {
    const now = performance.now()
    if (!force && now - drawn < 100) return
    drawn = now
    io.progress!(
      progressLine(done, total, (now - started) / 1000) +
        [...large].map(([file, status]) => `  ${path.basename(file)}: ${status}`).join('')
    )
  }
  const fileProgress = (file: string, progress: FileProgress): void => {
    if (progress.stage === 'done') large.delete(file)
    else
      large.set(
        file,
        progress.stage === 'markdown'
          ? `Markdown ${Math.floor((100 * progress.done) / Math.max(1, progress.total))}%`
          : progress.stage
      )
    drawProgress(progress.stage !== 'markdown')
  }
  let summary: BuildSummary
  try {
    summary = await buildCorpus(inputs, {
      out: values.out,
      cache: !values['no-cache'],
      ...(buildDate ? {buildDate} : {}),
      ...(io.progress && !values.quiet
        ? {
            onProgress: (d: number, t: number) => {
              done = d
              total = t
              drawProgress(d === t)
            },
            onFileProgress: fileProgress
          }
        : {})
    })
  } catch (error) {
    if (drawn > 0) io.progress?.('')
    io.err(
      formatDiagnostic(diagnostic('build-failed', buildFailure(error), values.out), {
        color: io.color ?? false
      })
    )
    return 1
  }
  // The bar gives way to the summary.
  if (drawn > 0) io.progress?.('')
  for (const f of summary.failures) io.err(formatDiagnostic(f, {color: io.color ?? false}))
  const types = Object.entries(summary.byType)
    .sort()
    .map(([t, n]) => `${n} ${t}`)
    .join(', ')
  io.out(
    `built ${summary.out} for ${summary.buildDate}: ${summary.documents} documents (${types}), ${summary.citations} citations, ${summary.edges} supersession edges, ${summary.warnings} warnings, ${summary.duplicates.length} duplicates, ${summary.failures.length} failed, ${summary.seconds.toFixed(1)} s${summary.reused ? ' (no document reads differently since the last build: its index, citations, graph and database kept)' : ''}`
  )
  const failed = summary.failures.length > 0 || unmatched.length > 0 ? 1 : 0
  if (values.quiet) return failed
  for (const d of summary.duplicates) io.out(`  duplicate: ${d.id} is ${d.duplicateOf}`)
  const corpus = values.out === 'corpus' ? '' : ` --corpus ${values.out}`
  io.out(`search it:
  npm run -s proclaim -- search --cite "19 U.S.C. 1862"${corpus}          every provision citing section 232, any subsection
  npm run -s proclaim -- search --text "price floors" --in-force${corpus}
  npm run -s proclaim -- show 2026-01-14-critical-minerals-232#'(1)'${corpus}
  npm run -s proclaim -- status "clause 2 of Proclamation 9704" --on 2026-08-01${corpus}`)
  return failed
}
