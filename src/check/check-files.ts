/**
 * A run of `proclaim check`: the documents of the inputs parsed, each checked with the configuration that
 * governs its folder, against the corpus they form together (for cross-document rules), and the safe fixes
 * applied when asked (each file rewritten atomically, only when a fix changed it).
 */
import {listDocumentFiles} from '../corpus/walk.js'
import {writeFileAtomic} from '../corpus/write.js'
import {parseDocument, parseFile, type ParseResult} from '../pipeline/parse-document.js'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {runOnWorkers, usesWorkers} from '../corpus/pool.js'
import type {DocumentJson} from '../document/types.js'
import {
  checkDocument,
  corpusProblems,
  type FileResult,
  type Found,
  settle
} from './check-document.js'
import {ConfigError, ConfigFinder, type CheckConfig} from './config.js'
import {corpusContext, corpusContextOf} from './corpus-context.js'
import {applyFixes} from './fix.js'

export interface CheckRunOptions {
  /** Apply the safe fixes to the files, then report what is left. Default: false. */
  fix?: boolean
  /** The configuration for every file; default: the nearest `.proclaimrc.json` of each file's folder. */
  config?: CheckConfig
  /** Standard input's text, when an input is `-`. */
  stdin?: string
}

export interface CheckRun {
  results: FileResult[]
  /** Inputs that do not exist. */
  missing: string[]
  /** Files rewritten by --fix. */
  fixed: string[]
}

/** What a worker sends back for a file: its problems so far, its JSON and text; or a configuration error. */
type WorkerResult =
  | {path: string; found: Found; json: DocumentJson | null; source: string}
  | {error: string}

const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url))

export async function checkInputs(
  inputs: readonly string[],
  options: CheckRunOptions = {}
): Promise<CheckRun> {
  const named = inputs.filter((i) => i !== '-')
  const {files, missing} = await listDocumentFiles(named)
  const readsStdin = inputs.includes('-') && options.stdin !== undefined
  const threads = Math.min(availableParallelism(), files.length)
  // Fixing rewrites and re-reads each file: done here, one at a time.
  if (options.fix || !usesWorkers(workerFile, files.length, threads))
    return checkHere(files, missing, options)

  const read: Array<Exclude<WorkerResult, {error: string}>> = new Array(files.length)
  let configError: string | null = null
  await runOnWorkers<WorkerResult>({
    workerFile,
    workerData: {config: options.config ?? null},
    files,
    threads,
    onResult: (index, result) => {
      if ('error' in result) configError ??= result.error
      else read[index] = result
    }
  })
  if (configError) throw new ConfigError(configError)
  const stdin = readsStdin ? parseDocument(options.stdin!, '<stdin>', {id: 'stdin'}) : null
  const finder = new ConfigFinder()
  const jsons = read.flatMap((r) => (r.json ? [r.json] : []))
  if (stdin?.json) jsons.push(stdin.json)
  const corpus = jsons.length > 1 ? corpusContextOf(jsons) : null
  const results: FileResult[] = []
  if (stdin)
    results.push(checkDocument(stdin, {config: options.config ?? finder.forFile('./-'), corpus}))
  for (const r of read) {
    const config = options.config ?? finder.forFile(r.path)
    const found = [r.found]
    if (corpus && r.json) found.push(corpusProblems(r.json, r.path, corpus, config))
    results.push(settle(r.path, r.source, found))
  }
  return {results, missing, fixed: []}
}

/** The run in this thread: few files, no compiled worker, or --fix. */
async function checkHere(
  files: readonly string[],
  missing: string[],
  options: CheckRunOptions
): Promise<CheckRun> {
  const parsed: ParseResult[] = []
  if (options.stdin !== undefined)
    parsed.push(parseDocument(options.stdin, '<stdin>', {id: 'stdin'}))
  for (const file of files) parsed.push(await parseFile(file))
  const finder = new ConfigFinder()
  const configOf = (r: ParseResult) =>
    options.config ??
    (r.file.path === '<stdin>' ? finder.forFile('./-') : finder.forFile(r.file.path))
  // Documents checked together form the corpus the cross-document rules read.
  const corpus = parsed.length > 1 ? corpusContext(parsed) : null
  const fixed: string[] = []
  const results: FileResult[] = []
  for (const r of parsed) {
    let result = checkDocument(r, {config: configOf(r), corpus})
    if (options.fix && r.file.path !== '<stdin>') {
      const source = String(r.file.value ?? '')
      const repaired = applyFixes(source, result.problems)
      if (repaired !== source) {
        writeFileAtomic(r.file.path, repaired)
        fixed.push(r.file.path)
        result = checkDocument(parseDocument(repaired, r.file.path), {config: configOf(r), corpus})
      }
    }
    results.push(result)
  }
  return {results, missing, fixed}
}
