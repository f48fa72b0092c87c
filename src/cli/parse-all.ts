/**
 * Parse files on all cores (the build's worker pool, corpus/pool.ts) and hand each one over as soon
 * as it and every file before it are parsed: output streams, in the order of the files.
 */
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {runOnWorkers, usesWorkers} from '../corpus/pool.js'
import {type DocumentFormat, type ParsedInput, parseInput} from './parsed.js'

export interface ParseAllOptions {
  format: DocumentFormat
  /** Worker threads; default: the cores available. 1 parses in this thread. */
  threads?: number
}

const workerFile = fileURLToPath(new URL('./parse-worker.js', import.meta.url))

/** Calls `onParsed` once for each file, in the files' order; resolves when all were handed over. */
export async function parseAll(
  files: readonly string[],
  options: ParseAllOptions,
  onParsed: (index: number, parsed: ParsedInput) => void
): Promise<void> {
  const threads = Math.max(1, options.threads ?? availableParallelism())
  if (!usesWorkers(workerFile, files.length, threads)) {
    for (const [index, file] of files.entries())
      onParsed(index, await parseInput(file, options.format))
    return
  }
  // Results that came back before an earlier one: held until it comes (few: those finished while
  // an earlier, slower file was being parsed).
  const early = new Map<number, ParsedInput>()
  let next = 0
  await runOnWorkers<ParsedInput>({
    workerFile,
    workerData: {format: options.format},
    files,
    threads,
    onResult: (index, parsed) => {
      early.set(index, parsed)
      for (let ready = early.get(next); ready; ready = early.get(next)) {
        early.delete(next)
        onParsed(next++, ready)
      }
    }
  })
}
