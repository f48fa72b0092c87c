/**
 * Read, parse and store documents on all cores: a pool of worker threads, each reading a
 * file, hashing it, and (unless a build already parsed those bytes) parsing it, writing its
 * JSON into the cache and sending back only a summary. Where no compiled worker exists
 * (running from TypeScript sources), or for a handful of files, it runs in this thread:
 * same results, one core.
 */
import {closeSync, existsSync, fstatSync, openSync, readFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {diagnosticsToJson} from '../document/to-json.js'
import type {DiagnosticJson} from '../document/types.js'
import {parseDocument} from '../parse/parse-document.js'
import {
  cacheKey,
  cachedDocumentPath,
  jsonDigest,
  type FileState,
  type ParseOutcome
} from './cache.js'
import {summarize} from './summary.js'
import {writeFileOnce} from './write.js'

/** A file read: its state (digest empty when the key was known), and its outcome unless the key was already known. */
export interface ReadFile {
  file: string
  state: FileState | null
  /** Absent when the bytes were parsed by an earlier build (the key is known). */
  outcome?: ParseOutcome
  /** The outcome as JSON, as its digest and the cache's results file take it (made once). */
  outcomeJson?: string
}

export interface StoreContext {
  /** Hash of the toolkit's code (part of every key). */
  code: string
  /** Folder the document JSON files go to, as `<key>.json`. */
  documents: string
  /** Keys parsed before: not parsed again. */
  known: ReadonlySet<string>
}

const unreadable = (file: string, error: unknown): DiagnosticJson => ({
  ruleId: 'unreadable-file',
  source: 'proclaim',
  severity: 'error',
  message: `Cannot read file: ${(error as Error).message}`,
  file,
  line: null,
  column: null
})

/** Read one file, and parse and store it unless its key is known; what a worker does with each file it is sent. */
export function readAndStore(file: string, context: StoreContext): ReadFile {
  // Synchronous I/O: this runs on a worker with nothing else to do, and each async call costs more than the read.
  let bytes: Uint8Array
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
  const outcome = parseAndStore(bytes, file, state.key, context)
  const outcomeJson = JSON.stringify(outcome)
  return {file, state: {...state, digest: jsonDigest(outcomeJson)}, outcome, outcomeJson}
}

function parseAndStore(
  bytes: Uint8Array,
  file: string,
  key: string,
  context: StoreContext
): ParseOutcome {
  try {
    const parsed = parseDocument(bytes, file)
    if (!parsed.json)
      return {
        summary: null,
        errors: diagnosticsToJson(parsed.file).filter((d) => d.severity === 'error')
      }
    // Document objects are built with a fixed key order (document/to-json): plain JSON is already stable.
    // Read-only: corpora link to these files, and nothing may change one through a link.
    writeFileOnce(
      cachedDocumentPath(context.documents, key),
      `${JSON.stringify(parsed.json, null, 2)}\n`,
      0o444
    )
    return {summary: summarize(parsed.json), errors: []}
  } catch (error) {
    return {summary: null, errors: [unreadable(file, error)]}
  }
}

export interface PoolOptions {
  /** Worker threads; default: the cores available. 1 works in this thread. */
  threads?: number
  onDone?: (done: number, total: number) => void
}

const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url))

/** Files sent to a worker before its previous one comes back, so that it never waits for the main thread. */
const inFlight = 2

export async function readAndStoreAll(
  files: readonly string[],
  context: StoreContext,
  options: PoolOptions = {}
): Promise<ReadFile[]> {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), files.length))
  const results: ReadFile[] = new Array(files.length)
  let done = 0
  if (threads === 1 || files.length < 8 || !existsSync(workerFile)) {
    for (let i = 0; i < files.length; i++) {
      results[i] = readAndStore(files[i]!, context)
      options.onDone?.(++done, files.length)
    }
    return results
  }
  let next = 0
  const workerData = {code: context.code, documents: context.documents, known: [...context.known]}
  await Promise.all(
    Array.from(
      {length: threads},
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(workerFile, {workerData})
          let pending = 0
          const feed = (): void => {
            while (pending < inFlight && next < files.length) {
              pending++
              worker.postMessage({index: next, file: files[next++]})
            }
            if (pending === 0) void worker.terminate().then(() => resolve())
          }
          worker.on('message', ({index, result}: {index: number; result: ReadFile}) => {
            pending--
            // The outcome comes as its JSON only (one string to copy, parsed here, kept for the results file).
            results[index] =
              result.outcomeJson === undefined
                ? result
                : {...result, outcome: JSON.parse(result.outcomeJson) as ParseOutcome}
            options.onDone?.(++done, files.length)
            feed()
          })
          worker.on('error', reject)
          feed()
        })
    )
  )
  return results
}
