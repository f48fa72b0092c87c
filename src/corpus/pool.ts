/**
 * Parse files on all cores: a pool of worker threads, one file at a time each, results in
 * input order. Where no compiled worker exists (running from TypeScript sources), or for a
 * handful of files, it parses in this thread: same results, one core.
 */
import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {diagnosticsToJson} from '../document/to-json.js'
import type {DiagnosticJson, DocumentJson} from '../document/types.js'
import {parseDocument} from '../parse/parse-document.js'

export interface ParsedFile {
  file: string
  json: DocumentJson | null
  errors: DiagnosticJson[]
}

export interface PoolOptions {
  /** Worker threads; default: the cores available. 1 parses in this thread. */
  threads?: number
  onDone?: (done: number, total: number) => void
}

const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url))

/** Read and parse one file, in this thread; what a worker does with each file it is sent. */
export async function parseOne(file: string): Promise<ParsedFile> {
  try {
    const parsed = parseDocument(await readFile(file), file)
    return parsed.json ? {file, json: parsed.json, errors: []} : {file, json: null, errors: diagnosticsToJson(parsed.file).filter((d) => d.severity === 'error')}
  } catch (error) {
    return {file, json: null, errors: [{ruleId: 'unreadable-file', source: 'proclaim', severity: 'error', message: `Cannot read file: ${(error as Error).message}`, file, line: null, column: null}]}
  }
}

export async function parseFiles(files: string[], options: PoolOptions = {}): Promise<ParsedFile[]> {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), files.length))
  const results: ParsedFile[] = new Array(files.length)
  let done = 0
  if (threads === 1 || files.length < 8 || !existsSync(workerFile)) {
    for (let i = 0; i < files.length; i++) {
      results[i] = await parseOne(files[i]!)
      options.onDone?.(++done, files.length)
    }
    return results
  }
  let next = 0
  await Promise.all(Array.from({length: threads}, () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(workerFile)
    let current = -1
    const feed = (): void => {
      if (next >= files.length) {
        void worker.terminate().then(() => resolve())
        return
      }
      current = next++
      worker.postMessage(files[current])
    }
    worker.on('message', (result: ParsedFile) => {
      results[current] = result
      options.onDone?.(++done, files.length)
      feed()
    })
    worker.on('error', reject)
    feed()
  })))
  return results
}
