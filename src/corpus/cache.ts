/**
 * The build cache, beside the corpus (`.corpus.cache/`): each parsed document's JSON under
 * `documents/<key>.json` (key: hash of the toolkit's code, the path and the bytes), a
 * summary of each for the corpus-wide stages (`results.ndjson`, one line per key, appended to
 * and rewritten only when a quarter of it is stale), and what each file looked
 * like when it was read (`manifest.json`: size, mtime, key), so that an unchanged file is
 * known by a `stat` alone and never read again. Entries a build did not use are dropped.
 */
import {createHash} from 'node:crypto'
import {closeSync, openSync, writeSync} from 'node:fs'
import {readdir, readFile, rm} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {DiagnosticJson} from '../document/types.js'
import type {DocumentSummary} from './summary.js'
import {ensureDir, writeFileAtomic} from './write.js'

let fingerprint: Promise<string> | undefined

/** A hash of the toolkit's own code: a new parser invalidates every entry. */
export function codeFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const root = fileURLToPath(new URL('..', import.meta.url))
    const hash = createHash('sha256')
    const walk = async (dir: string): Promise<void> => {
      const entries = (await readdir(dir, {withFileTypes: true})).sort((a, b) => (a.name < b.name ? -1 : 1))
      for (const e of entries) {
        const full = path.join(dir, e.name)
        if (e.isDirectory()) await walk(full)
        else if (/\.(?:js|ts)$/.test(e.name) && !e.name.endsWith('.d.ts')) hash.update(e.name).update(await readFile(full))
      }
    }
    await walk(root)
    return hash.digest('hex')
  })()
  return fingerprint
}

/** The key of a document: the same code, path and bytes give the same parse. */
export function cacheKey(code: string, file: string, bytes: Uint8Array): string {
  return createHash('sha256').update(code).update('\0').update(path.resolve(file)).update('\0').update(bytes).digest('hex')
}

/** A file as last read. */
export interface FileState {
  size: number
  mtimeMs: number
  key: string
}

/** What a parse left for the corpus-wide stages: a summary, or the errors that stopped it. */
export interface ParseOutcome {
  summary: DocumentSummary | null
  errors: DiagnosticJson[]
}

interface Manifest {
  code: string
  /** When the manifest was written: a file changed within the same clock tick is read again. */
  savedAt: number
  files: Record<string, FileState>
}

const resultsFile = 'results.ndjson'

/** A change to a file within this many milliseconds of the last build may share its mtime. */
const racyWindowMs = 2000

export class BuildCache {
  readonly documents: string
  private manifest: Manifest = {code: '', savedAt: 0, files: {}}
  private results = new Map<string, ParseOutcome>()
  private readonly used = new Map<string, ParseOutcome>()
  private readonly files: Record<string, FileState> = {}
  /** Lines of the results file as read (live and stale). */
  private stored = 0

  constructor(readonly dir: string, readonly code: string) {
    this.documents = path.join(dir, 'documents')
  }

  /** Read what earlier builds left; a cache from other code, or unreadable, counts as empty. */
  async open(): Promise<void> {
    await ensureDir(this.documents)
    try {
      const manifest = JSON.parse(await readFile(path.join(this.dir, 'manifest.json'), 'utf8')) as Manifest
      if (manifest.code !== this.code) return
      const text = await readFile(path.join(this.dir, resultsFile), 'utf8')
      // An outcome whose document file is gone is no longer known.
      const present = new Set(await readdir(this.documents))
      this.manifest = manifest
      for (let start = 0, end = text.indexOf('\n'); start < text.length; start = end + 1, end = text.indexOf('\n', start)) {
        if (end === -1) end = text.length
        const line = text.slice(start, end)
        if (line === '') continue
        let entry: {key: string; outcome: ParseOutcome}
        try {
          entry = JSON.parse(line) as {key: string; outcome: ParseOutcome}
        } catch {
          // The end of a line whose writing was interrupted.
          continue
        }
        this.stored++
        if (!entry.outcome.summary || present.has(`${entry.key}.json`)) this.results.set(entry.key, entry.outcome)
      }
    } catch {
      // No cache yet, or a damaged one: everything is parsed.
    }
  }

  /** Keys whose parse is known: a file whose bytes hash to one of them need not be parsed. */
  knownKeys(): string[] {
    return [...this.results.keys()]
  }

  /** The outcome for a file unchanged since it was last read (same size and mtime, not racy), if known. */
  unchanged(file: string, size: number, mtimeMs: number): (ParseOutcome & {key: string}) | null {
    const state = this.manifest.files[path.resolve(file)]
    if (!state || state.size !== size || state.mtimeMs !== mtimeMs || mtimeMs >= this.manifest.savedAt - racyWindowMs) return null
    const outcome = this.results.get(state.key)
    return outcome ? {...outcome, key: state.key} : null
  }

  /** A known outcome by key (a file touched but not changed). */
  get(key: string): ParseOutcome | null {
    return this.results.get(key) ?? null
  }

  documentPath(key: string): string {
    return path.join(this.documents, `${key}.json`)
  }

  /** Record that this build used a file in this state, with this outcome. */
  use(file: string, state: FileState, outcome: ParseOutcome): void {
    this.files[path.resolve(file)] = state
    this.used.set(state.key, outcome)
  }

  /** Write the manifest and results of this build, and drop document files it did not use. */
  async save(): Promise<void> {
    const file = path.join(this.dir, resultsFile)
    const fresh = [...this.used.keys()].filter((key) => !this.results.has(key)).sort()
    const stale = this.stored - (this.used.size - fresh.length)
    // Lines are written a few hundred at a time: one string of every summary would double the build's memory.
    const lines = function* (keys: string[], outcomes: Map<string, ParseOutcome>): Generator<string> {
      for (let i = 0; i < keys.length; i += 500) yield keys.slice(i, i + 500).map((key) => `${JSON.stringify({key, outcome: outcomes.get(key)})}\n`).join('')
    }
    if (this.stored > 0 && stale <= this.used.size / 4) {
      // Appending is not atomic; a line cut short is skipped when read.
      const fd = openSync(file, 'a')
      try {
        for (const chunk of lines(fresh, this.used)) writeSync(fd, chunk)
      } finally {
        closeSync(fd)
      }
    } else {
      writeFileAtomic(file, lines([...this.used.keys()].sort(), this.used))
    }
    writeFileAtomic(path.join(this.dir, 'manifest.json'), JSON.stringify({code: this.code, savedAt: Date.now(), files: this.files} satisfies Manifest))
    const entries = await readdir(this.documents).catch(() => [] as string[])
    await Promise.all(entries.filter((e) => !this.used.has(e.replace(/\.json$/, ''))).map((e) => rm(path.join(this.documents, e), {force: true})))
  }
}
