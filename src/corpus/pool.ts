/**
 * Read, parse and store documents on all cores: a pool of worker threads, each reading a
 * file, hashing it, and (unless a build already parsed those bytes) parsing it, writing its
 * JSON into the cache and sending back only a summary. Where no compiled worker exists
 * (running from TypeScript sources), or for a handful of files, it runs in this thread:
 * same results, one core. The loop that keeps workers fed (runOnWorkers) serves `proclaim parse`
 * as well, with a worker of its own.
 */
import {closeSync, existsSync, fstatSync, openSync, readFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {diagnostic, diagnosticsToJson} from '../document/diagnostics.js'
import type {DiagnosticJson, DocumentJson} from '../document/types.js'
import {defaultChunkMinLength} from '../parse/chunked-markdown.js'
import {type HandedOver, type ParseStage, parseHandedOver} from '../pipeline/parse-document.js'
import {
  cacheKey,
  cachedDocumentPath,
  jsonDigest,
  type FileState,
  type ParseOutcome
} from './cache.js'
import {eachJsonPiece, jsonUtf8Pieces} from '../util/json-pieces.js'
import {summarize} from './summary.js'
import {writeFileOnce} from './write.js'

/** A file read: its state (digest empty when the key was known), and its outcome unless the key was already known. */
export interface ReadFile {
  file: string
  state: FileState | null
  /** Absent when the bytes were parsed by an earlier build (the key is known). */
  outcome?: ParseOutcome
  /**
   * The outcome's JSON in UTF-8, in pieces (util/json-pieces.ts), as its digest and the cache's results file take
   * it: made once, never one string (a fair 50 MB document's is 85 MB, twice that as a string), and passed from a
   * worker without a copy. Given to `PoolOptions.onRead`; the results `readAndStoreAll` returns leave it out.
   */
  outcomeJson?: Uint8Array[]
}

export interface StoreContext {
  /** Hash of the toolkit's code (part of every key). */
  code: string
  /** Folder the document JSON files go to, as `<key>.json`. */
  documents: string
  /** Keys parsed before: not parsed again. */
  known: ReadonlySet<string>
}

const unreadable = (file: string, error: unknown): DiagnosticJson =>
  diagnostic('unreadable-file', `Cannot read file: ${(error as Error).message}`, file)

/** How far the parse of a large file has come: its stage, and of the Markdown stage the characters read. */
export interface FileProgress {
  stage: ParseStage
  done: number
  total: number
}

/** Files at least this large (bytes) tell their progress: the ones parsed in pieces, which take seconds. */
export const progressMinBytes = defaultChunkMinLength

/**
 * Read one file, and parse and store it unless its key is known; what a worker does with each file it is
 * sent. `onProgress` hears how a large file's parse goes (progressMinBytes).
 */
export function readAndStore(
  file: string,
  context: StoreContext,
  onProgress?: (progress: FileProgress) => void
): ReadFile {
  // Synchronous I/O: this runs on a worker with nothing else to do, and each async call costs more than the read.
  let bytes: Uint8Array | null
  let state: FileState
  try {
    const fd = openSync(file, 'r')
    try {
      const info = fstatSync(fd)
      bytes = readFileSync(fd)
      state = {
        size: info.size,
        mtimeMs: info.mtimeMs,
        key: cacheKey(context.code, file, bytes),
        digest: ''
      }
    } finally {
      closeSync(fd)
    }
  } catch (error) {
    return {file, state: null, outcome: {summary: null, errors: [unreadable(file, error)]}}
  }
  if (context.known.has(state.key)) return {file, state}
  // Handed over to the parse, which lets go of the bytes once they are decoded.
  const large = bytes.length >= progressMinBytes
  const source: HandedOver = {value: bytes}
  bytes = null
  const outcome = parseAndStore(source, file, state.key, context, large ? onProgress : undefined)
  const outcomeJson = jsonUtf8Pieces(outcome)
  return {file, state: {...state, digest: jsonDigest(outcomeJson)}, outcome, outcomeJson}
}

/**
 * A document's JSON, or the errors that stopped its parse. Nothing else of the parse outlives this call (its
 * trees and text, several times the JSON of a large document), so that none of it is held while the JSON is
 * written and summarised.
 */
function parsedJson(
  source: HandedOver,
  file: string,
  onProgress?: (progress: FileProgress) => void
): {json: DocumentJson} | {errors: DiagnosticJson[]} {
  const parsed = parseHandedOver(source, file, {
    keepMarkdown: false,
    ...(onProgress ? {onProgress: (stage, done, total) => onProgress({stage, done, total})} : {})
  })
  return parsed.json
    ? {json: parsed.json}
    : {errors: diagnosticsToJson(parsed.file).filter((d) => d.severity === 'error')}
}

function parseAndStore(
  source: HandedOver,
  file: string,
  key: string,
  context: StoreContext,
  onProgress?: (progress: FileProgress) => void
): ParseOutcome {
  try {
    const parsed = parsedJson(source, file, onProgress)
    if ('errors' in parsed) return {summary: null, errors: parsed.errors}
    // Document objects are built with a fixed key order (document/to-json): plain JSON is already stable.
    // Read-only: corpora link to these files, and nothing may change one through a link.
    try {
      // A piece of whole lines at a time, each with its line break: a large document's JSON is never one string.
      writeFileOnce(
        cachedDocumentPath(context.documents, key),
        withLineBreaks(eachJsonPiece(parsed.json)),
        0o444
      )
    } catch (error) {
      return {
        summary: null,
        errors: [
          diagnostic(
            'unreadable-file',
            `Cannot store the parsed document (it is parsed again next time): ${(error as Error).message}`,
            file
          )
        ],
        transient: true
      }
    }
    return {summary: summarize(parsed.json), errors: []}
  } catch (error) {
    return {summary: null, errors: [unreadable(file, error)]}
  }
}

function* withLineBreaks(pieces: Iterable<string>): Generator<string> {
  for (const piece of pieces) yield `${piece}\n`
}

export interface PoolOptions {
  /** Worker threads; default: the cores available. 1 works in this thread. */
  threads?: number
  onDone?: (done: number, total: number) => void
  /** How the parse of each large file goes (progressMinBytes); default: none. */
  onFileProgress?: (file: string, progress: FileProgress) => void
  /** Called as each file comes back, in the order they come, with its outcome's JSON when it was parsed. */
  onRead?: (read: ReadFile) => void
}

const utf8Decoder = new TextDecoder()

/** The text of JSON in UTF-8 pieces (each piece whole characters). */
const textOf = (pieces: readonly Uint8Array[]): string =>
  pieces.map((piece) => utf8Decoder.decode(piece)).join('')

const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url))

/** Files sent to a worker before its previous one comes back, so that it never waits for the main thread. */
const inFlight = 2

/** Whether `files` are worth worker threads: several files, several cores, and a compiled worker to start. */
export function usesWorkers(workerFile: string, files: number, threads: number): boolean {
  return threads > 1 && files >= 8 && existsSync(workerFile)
}

export interface WorkerRun<Result> {
  /** The compiled worker module: it is posted `{index, file}` and posts back `{index, result}`. */
  workerFile: string
  workerData: unknown
  files: readonly string[]
  threads: number
  /** Called as each result comes back, in the order they come (not the files' order). */
  onResult: (index: number, result: Result) => void
  /** Called as a worker posts `{index, progress}` on the way to a file's result. */
  onProgress?: (index: number, progress: FileProgress) => void
}

/** Send `files` to `threads` workers, each kept `inFlight` files ahead; resolves once all came back. */
export async function runOnWorkers<Result>(run: WorkerRun<Result>): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from(
      {length: Math.min(run.threads, run.files.length)},
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(run.workerFile, {workerData: run.workerData})
          let pending = 0
          const feed = (): void => {
            while (pending < inFlight && next < run.files.length) {
              pending++
              worker.postMessage({index: next, file: run.files[next++]})
            }
            if (pending === 0) void worker.terminate().then(() => resolve())
          }
          worker.on(
            'message',
            (message: {index: number; result?: Result; progress?: FileProgress}) => {
              const {index, result} = message
              if (message.progress) {
                run.onProgress?.(index, message.progress)
                return
              }
              pending--
              run.onResult(index, result as Result)
              feed()
            }
          )
          worker.on('error', reject)
          feed()
        })
    )
  )
}

export async function readAndStoreAll(
  files: readonly string[],
  context: StoreContext,
  options: PoolOptions = {}
): Promise<ReadFile[]> {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), files.length))
  const results: ReadFile[] = new Array(files.length)
  let done = 0
  if (!usesWorkers(workerFile, files.length, threads)) {
    for (let i = 0; i < files.length; i++) {
      const file = files[i]!
      const onFileProgress = options.onFileProgress
      const {outcomeJson, ...read} = readAndStore(
        file,
        context,
        onFileProgress ? (progress) => onFileProgress(file, progress) : undefined
      )
      results[i] = read
      options.onRead?.(outcomeJson ? {...read, outcomeJson} : read)
      options.onDone?.(++done, files.length)
    }
    return results
  }
  await runOnWorkers<ReadFile>({
    workerFile,
    workerData: {code: context.code, documents: context.documents, known: [...context.known]},
    files,
    threads,
    ...(options.onFileProgress
      ? {
          onProgress: (index: number, progress: FileProgress) =>
            options.onFileProgress!(files[index]!, progress)
        }
      : {}),
    onResult: (index, result) => {
      // The outcome comes as its JSON only (bytes handed over), kept as it is until the workers are gone.
      results[index] = result
      options.onDone?.(++done, files.length)
    }
  })
  // Parsed once the workers have ended: a large document's outcome is made into objects after the memory of its
  // parse is given back, not beside it. Each one's JSON goes to onRead (for the results file), then is let go.
  for (const [index, {outcomeJson, ...result}] of results.entries()) {
    results[index] =
      outcomeJson === undefined
        ? result
        : {...result, outcome: JSON.parse(textOf(outcomeJson)) as ParseOutcome}
    options.onRead?.(outcomeJson ? {...results[index]!, outcomeJson} : results[index]!)
  }
  return results
}
