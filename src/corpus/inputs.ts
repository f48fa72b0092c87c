/**
 * The files a build reads, and what it knows of each: its state in the cache and its parse outcome. The
 * files changed since the last build are read and parsed on the pool of workers; the outcomes of the others
 * are taken from the cache only when the corpus-wide files must be made again.
 */
import {createHash} from 'node:crypto'
import {statSync} from 'node:fs'
import path from 'node:path'
import type {BuildOptions} from './build.js'
import type {BuildCache, ParseOutcome, UsedFile} from './cache.js'
import {readAndStoreAll} from './pool.js'

/** What the build knows of each input file, by its place in the list of files. */
export interface Inputs {
  files: string[]
  /** Each file as the cache has it after this build read it (null: it could not be read). */
  states: Array<UsedFile | null>
  /** What parsing each file left, where this build parsed it or took it from the cache's results. */
  outcomes: Array<ParseOutcome | null>
}

export interface InputReader extends Inputs {
  /** Read the files changed since the last build (every file, the first time). */
  readChanged: () => Promise<void>
  /** The outcomes of the files an earlier build parsed, from the cache; a file whose outcome it lost is parsed again. */
  recoverOutcomes: () => Promise<void>
}

/**
 * Reading and parsing, on the pool of workers. A file unchanged since the last build is known by its size
 * and mtime; the others are read on all cores, and parsed unless their bytes were parsed before. Only the
 * corpus-wide files need the outcomes of unchanged files, so those are taken from the cache only when a
 * build cannot reuse the last corpus's.
 */
export function inputReader(
  files: string[],
  cache: BuildCache,
  options: Pick<BuildOptions, 'threads' | 'onProgress' | 'onFileProgress'>
): InputReader {
  const states: Array<UsedFile | null> = new Array(files.length).fill(null)
  const outcomes: Array<ParseOutcome | null> = new Array(files.length).fill(null)
  let done = 0
  const readOnPool = async (indexes: number[], known: ReadonlySet<string>): Promise<void> => {
    const read = await readAndStoreAll(
      indexes.map((i) => files[i]!),
      {code: cache.code, documents: cache.documents, known},
      {
        ...(options.threads ? {threads: options.threads} : {}),
        onDone: () => options.onProgress?.(++done, files.length),
        // Each outcome's line goes into the results file as its JSON is read, which is then let go.
        onRead: (r) => {
          // A document that could not be stored is no outcome of its bytes: kept out of the cache.
          if (r.state && r.outcomeJson !== undefined && !r.outcome?.transient)
            cache.parsed(r.state.key, r.outcomeJson)
        },
        ...(options.onFileProgress ? {onFileProgress: options.onFileProgress} : {})
      }
    )
    read.forEach((r, j) => {
      const i = indexes[j]!
      outcomes[i] = r.outcome ?? null
      // Bytes parsed by an earlier build: the digest it recorded.
      states[i] = r.state
        ? {...r.state, digest: r.state.digest || cache.digest(r.state.key) || '', id: null}
        : null
    })
  }
  return {
    files,
    states,
    outcomes,
    async readChanged() {
      // One synchronous stat after another: for thousands of files, far cheaper than as many promises.
      const changed: number[] = []
      files.forEach((file, i) => {
        const info = statSync(file, {throwIfNoEntry: false})
        const hit = info ? cache.unchanged(file, info.size, info.mtimeMs) : null
        if (hit) states[i] = hit
        else changed.push(i)
      })
      done = files.length - changed.length
      await readOnPool(changed, new Set(cache.knownKeys()))
    },
    async recoverOutcomes() {
      const known = await cache.outcomes(states.map((s, i) => (s && !outcomes[i] ? s.key : null)))
      const lost: number[] = []
      states.forEach((state, i) => {
        if (outcomes[i]) return
        if (state && known[i]) outcomes[i] = known[i]
        else if (state) lost.push(i)
      })
      if (lost.length > 0) await readOnPool(lost, new Set())
      states.forEach((state, i) => {
        // A file whose document could not be stored is not recorded: the next build reads and parses it again.
        if (state && !outcomes[i]?.transient) cache.use(files[i]!, state, outcomes[i] ?? undefined)
      })
    }
  }
}

/**
 * Everything the corpus-wide files are made from: the build date, the missing inputs, and each file's path
 * and outcome. When it is as the last corpus had it, that corpus's corpus-wide files serve as they are.
 */
export function inputsFingerprint(
  buildDate: string,
  missing: readonly string[],
  inputs: Inputs
): string {
  const fingerprint = createHash('sha256').update(`${buildDate}\0${missing.join('\0')}\0`)
  for (const [i, file] of inputs.files.entries()) {
    const outcome = inputs.states[i]?.digest ?? inputs.outcomes[i]?.errors[0]?.message ?? ''
    fingerprint.update(`${path.resolve(file)}\0${outcome}\0`)
  }
  return fingerprint.digest('hex')
}
