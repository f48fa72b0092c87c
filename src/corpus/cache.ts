/**
 * The build cache, beside the corpus (`.corpus.cache/`): each parsed document's JSON under
 * `documents/<key>.json` (key: hash of the toolkit's code, the path and the bytes), a
 * summary of each for the corpus-wide stages (`results.ndjson`, one line per key, appended to
 * as each file is parsed, rewritten only when a quarter of it is stale, read only when those
 * stages run), and what
 * each file looked like when it was read (`manifest.json`: size, mtime, key, a digest of its
 * outcome, the id it was given), so that an unchanged file is known by a `stat` alone and never
 * read again, and a build whose every outcome is as last time reuses the corpus-wide files of
 * the last corpus. Entries a build did not use are dropped.
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
      const entries = (await readdir(dir, {withFileTypes: true})).sort((a, b) =>
        a.name < b.name ? -1 : 1
      )
      for (const e of entries) {
        const full = path.join(dir, e.name)
        if (e.isDirectory()) await walk(full)
        else if (/\.(?:js|ts)$/.test(e.name) && !e.name.endsWith('.d.ts'))
          hash.update(e.name).update(await readFile(full))
      }
    }
    await walk(root)
    return hash.digest('hex')
  })()
  return fingerprint
}

/** The key of a document: the same code, path and bytes give the same parse. */
export function cacheKey(code: string, file: string, bytes: Uint8Array): string {
  return createHash('sha256')
    .update(code)
    .update('\0')
    .update(path.resolve(file))
    .update('\0')
    .update(bytes)
    .digest('hex')
}

/** A file as last read. */
export interface FileState {
  size: number
  mtimeMs: number
  key: string
  /** Hash of the file's outcome (summary or errors): what the corpus-wide stages read of it. */
  digest: string
}

/** A file as a build used it: its state, and the id its document had in the corpus (null if it failed). */
export interface UsedFile extends FileState {
  id: string | null
  /** Whether the document's JSON was rewritten under that id (two files of one name). */
  renamed?: boolean
}

/** What a parse left for the corpus-wide stages: a summary, or the errors that stopped it. */
export interface ParseOutcome {
  summary: DocumentSummary | null
  errors: DiagnosticJson[]
  /**
   * The document parsed but could not be stored (a full disk, a write error): no outcome of its bytes, so never
   * kept in the cache; the next build parses it again.
   */
  transient?: true
}

/** Where the cache keeps a parsed document's JSON: `<documents>/<key>.json` (a key is hex: joined without path.join). */
export const cachedDocumentPath = (documents: string, key: string): string =>
  `${documents}${path.sep}${key}.json`

/** The digest of an outcome, from its JSON. */
export function jsonDigest(outcomeJson: readonly Uint8Array[]): string {
  const hash = createHash('sha256')
  for (const piece of outcomeJson) hash.update(piece)
  return hash.digest('hex')
}

/** The corpus a build wrote: the hash of everything its corpus-wide files were made from, and its summary. */
export interface CorpusRecord<Summary> {
  out: string
  inputs: string
  summary: Summary
}

interface Manifest {
  code: string
  /** When the manifest was written: a file changed within the same clock tick is read again. */
  savedAt: number
  files: Record<string, UsedFile>
  /** Lines in the results file (live and stale). */
  resultLines: number
  corpus: CorpusRecord<unknown> | null
}

const resultsFile = 'results.ndjson'
const lineEnd = Buffer.from('}\n')

/** A change to a file within this many milliseconds of the last build may share its mtime. */
const racyWindowMs = 2000

export class BuildCache {
  readonly documents: string
  private manifest: Manifest = {code: '', savedAt: 0, files: {}, resultLines: 0, corpus: null}
  /** Digest of each key the manifest knows. */
  private digests = new Map<string, string>()
  /** Outcomes by key, once the results file is read. */
  private results: Map<string, ParseOutcome> | null = null
  /** Outcomes this build holds: those it parsed, and those it read from the results file. */
  private readonly fresh = new Map<string, ParseOutcome>()
  /** Lines parsed outcomes left for the results file (UTF-8, in pieces), written a few at a time. */
  private pendingLines: Uint8Array[] = []
  private pendingLength = 0
  private appended = 0
  private readonly files: Record<string, UsedFile> = {}

  constructor(
    readonly dir: string,
    readonly code: string
  ) {
    this.documents = path.join(dir, 'documents')
  }

  /** Read the manifest earlier builds left; a cache from other code, or unreadable, counts as empty. */
  async open(): Promise<void> {
    await ensureDir(this.documents)
    try {
      const manifest = JSON.parse(
        await readFile(path.join(this.dir, 'manifest.json'), 'utf8')
      ) as Manifest
      if (manifest.code === this.code && typeof manifest.resultLines === 'number') {
        this.manifest = manifest
        for (const state of Object.values(manifest.files)) this.digests.set(state.key, state.digest)
        return
      }
    } catch {
      // No cache yet, or a damaged one: everything is parsed.
    }
    // Results of other code, or of no known build: this build's lines start the file anew.
    await rm(path.join(this.dir, resultsFile), {force: true})
  }

  /** Outcomes of earlier builds, read on first use; a key whose line or document file is gone is not known. */
  private async stored(): Promise<Map<string, ParseOutcome>> {
    if (this.results) return this.results
    const results = new Map<string, ParseOutcome>()
    try {
      const text = await readFile(path.join(this.dir, resultsFile), 'utf8')
      const present = new Set(await readdir(this.documents))
      for (
        let start = 0, end = text.indexOf('\n');
        start < text.length;
        start = end + 1, end = text.indexOf('\n', start)
      ) {
        if (end === -1) end = text.length
        const line = text.slice(start, end)
        if (line === '') continue
        try {
          const entry = JSON.parse(line) as {key: string; outcome: ParseOutcome}
          if (!entry.outcome.summary || present.has(`${entry.key}.json`))
            results.set(entry.key, entry.outcome)
        } catch {
          // The end of a line whose writing was interrupted.
        }
      }
    } catch {
      // No results file: nothing known.
    }
    this.results = results
    return results
  }

  /** Keys whose parse is known: a file whose bytes hash to one of them need not be parsed. */
  knownKeys(): string[] {
    return [...this.digests.keys()]
  }

  /** The digest of a key's outcome, as the last build recorded it. */
  digest(key: string): string | null {
    return this.digests.get(key) ?? null
  }

  /** A file's state when it is unchanged since it was last read (same size and mtime, not racy). */
  unchanged(file: string, size: number, mtimeMs: number): UsedFile | null {
    const state = this.manifest.files[path.resolve(file)]
    if (
      !state ||
      state.size !== size ||
      state.mtimeMs !== mtimeMs ||
      mtimeMs >= this.manifest.savedAt - racyWindowMs
    )
      return null
    return state
  }

  /** How the last build used a file, whatever its state now. */
  previous(file: string): UsedFile | null {
    return this.manifest.files[path.resolve(file)] ?? null
  }

  /** The outcome of each key asked for (null where the results file no longer holds it: the file must be parsed again). */
  async outcomes(keys: ReadonlyArray<string | null>): Promise<Array<ParseOutcome | null>> {
    const stored = keys.every((key) => key === null)
      ? new Map<string, ParseOutcome>()
      : await this.stored()
    return keys.map((key) => (key === null ? null : (stored.get(key) ?? null)))
  }

  /** The corpus the last build wrote, if it wrote one. */
  lastCorpus<Summary>(): CorpusRecord<Summary> | null {
    return this.manifest.corpus as CorpusRecord<Summary> | null
  }

  documentPath(key: string): string {
    return cachedDocumentPath(this.documents, key)
  }

  /** Record that this build used a file in this state; with its outcome when this build parsed it. */
  use(file: string, state: UsedFile, outcome?: ParseOutcome): void {
    this.files[path.resolve(file)] = state
    if (outcome) this.fresh.set(state.key, outcome)
  }

  /**
   * An outcome this build parsed, as JSON (the parse made it for its digest): its line goes into the results file
   * now, while the build still parses, not at the end. Appending is not atomic; a line cut short is skipped when read.
   */
  parsed(key: string, outcomeJson: readonly Uint8Array[]): void {
    const head = Buffer.from(`{"key":${JSON.stringify(key)},"outcome":`)
    this.pendingLines.push(head, ...outcomeJson, lineEnd)
    for (const piece of [head, ...outcomeJson, lineEnd]) this.pendingLength += piece.length
    this.appended++
    if (this.pendingLength > 1 << 20) this.flushLines()
  }

  private flushLines(): void {
    if (this.pendingLines.length === 0) return
    const fd = openSync(path.join(this.dir, resultsFile), 'a')
    try {
      // Short pieces joined into one write; a long one (a large document's outcome) written as it is, not copied.
      let short: Uint8Array[] = []
      const writeShort = (): void => {
        if (short.length > 0) writeSync(fd, Buffer.concat(short))
        short = []
      }
      for (const piece of this.pendingLines) {
        if (piece.length < 1 << 16) short.push(piece)
        else {
          writeShort()
          writeSync(fd, piece)
        }
      }
      writeShort()
    } finally {
      closeSync(fd)
    }
    this.pendingLines = []
    this.pendingLength = 0
  }

  /** The id a file's document was given in the corpus. */
  name(file: string, id: string, renamed: boolean): void {
    const state = this.files[path.resolve(file)]
    if (state) {
      state.id = id
      if (renamed) state.renamed = true
      else delete state.renamed
    }
  }

  /** Write the manifest and results of this build, and drop document files it did not use. */
  async save(corpus: CorpusRecord<unknown> | null): Promise<void> {
    this.flushLines()
    const used = new Set(Object.values(this.files).map((f) => f.key))
    let resultLines = this.manifest.resultLines + this.appended
    // Rewritten when a quarter is stale, and only by a build that read it (it holds every outcome then).
    if (this.results && resultLines - used.size > used.size / 4) {
      const known = this.results
      const keys = [...used].filter((key) => this.fresh.has(key) || known.has(key)).sort()
      // Lines are written a few hundred at a time: one string of every summary would double the build's memory.
      const lines = function* (
        outcome: (key: string) => ParseOutcome | undefined
      ): Generator<string> {
        for (let i = 0; i < keys.length; i += 500)
          yield keys
            .slice(i, i + 500)
            .map((key) => `${JSON.stringify({key, outcome: outcome(key)})}\n`)
            .join('')
      }
      writeFileAtomic(
        path.join(this.dir, resultsFile),
        lines((key) => this.fresh.get(key) ?? known.get(key))
      )
      resultLines = keys.length
    }
    const manifest: Manifest = {
      code: this.code,
      savedAt: Date.now(),
      files: this.files,
      resultLines,
      corpus
    }
    writeFileAtomic(path.join(this.dir, 'manifest.json'), JSON.stringify(manifest))
    const entries = await readdir(this.documents).catch(() => [] as string[])
    await Promise.all(
      entries
        .filter((e) => !used.has(e.replace(/\.json$/, '')))
        .map((e) => rm(path.join(this.documents, e), {force: true}))
    )
  }
}
