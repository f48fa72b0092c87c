/**
 * Build a corpus from folders of documents: each document's tree, an index, the
 * citation index rolled up the hierarchy, and the supersession graph, written as
 * JSON into a fresh folder that replaces the previous corpus only once whole.
 * Identical input gives byte-identical output (sorted, no timestamps but the build date).
 */
import {rollUp, spanned} from '../cite/roll-up.js'
import {listIn} from '../util/get-or-create.js'
import {eachJsonPiece} from '../util/json-pieces.js'
import {
  closeSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import {rm, stat} from 'node:fs/promises'
import path from 'node:path'
import {diagnostic} from '../document/diagnostics.js'
import type {DiagnosticJson, DocumentJson, PositionJson} from '../document/types.js'
import {buildGraph, type Edge, type Graph} from '../supersede/graph.js'
import {resolveDatedTargets} from './dated.js'
import {consolidationsOf, writeConsolidated} from './consolidated.js'
import type {Consolidation} from '../consolidate/model.js'
import {indexedStatus, type Standing} from '../supersede/status.js'
import {withBuildCompilerFlags} from './compiler-flags.js'
import {BuildCache, codeFingerprint} from './cache.js'
import {type Inputs, inputReader, inputsFingerprint} from './inputs.js'
import {lockCorpus} from './lock.js'
import {besideCorpus, checkOutFolder, clearLeftovers, swapIn} from './out-folder.js'
import type {DocumentSummary} from './summary.js'
import {ensureDir} from './write.js'
import {indexSqliteInWorker, writeSqliteRows} from './sqlite.js'
import {listDocumentFiles} from './walk.js'
import type {FileProgress} from './pool.js'

export interface BuildOptions {
  /** Folder to write; replaced whole when the build succeeds. */
  out: string
  /** Date the corpus is built for (statuses are as of it). Default: today (UTC). */
  buildDate?: string
  /** Called after each document is read. */
  onProgress?: (done: number, total: number) => void
  /**
   * Called as a large document (1 MiB and more) is parsed: its stage, and in the Markdown stage the characters
   * read of its body (`ParseOptions.onProgress`). Default: none.
   */
  onFileProgress?: (file: string, progress: FileProgress) => void
  /** Worker threads parsing; default: the cores available. */
  threads?: number
  /** Reuse documents parsed by earlier builds when unchanged. Default: true. */
  cache?: boolean
  /** Called as each stage ends, with its name and seconds (for benchmarks). */
  onStage?: (stage: string, seconds: number) => void
  /**
   * Set V8's compiler flags for the build while it runs (`buildCompilerFlags`: about a quarter less CPU).
   * They are process-wide; false leaves V8 as it is. Default: true.
   */
  tuneCompiler?: boolean
}

export interface IndexRow {
  id: string
  file: string
  type: DocumentJson['type']
  number: string | null
  numberSource: 'text' | 'title' | 'frontMatter' | 'cited' | 'printing' | null
  title: string | null
  date: string | null
  signedDate: string | null
  signer: string | null
  sourceUrl: string | null
  counts: {findings: number; provisions: number; citations: number; supersessions: number}
  status: Standing | null
  duplicateOf: string | null
}

export interface CitingUnit {
  document: string
  /** "finding 3", "formula", or a provision's label path ("Sec. 2(a)"). */
  unit: string
  /** The id as cited (more specific than the entry when rolled up). */
  cites: string
  text: string
  position: PositionJson
  /** Short form it was resolved through, if any. */
  resolvedFrom?: string
  url: string | null
}

export interface BuildSummary {
  out: string
  buildDate: string
  documents: number
  byType: Record<string, number>
  citations: number
  edges: number
  duplicates: Array<{id: string; duplicateOf: string}>
  failures: DiagnosticJson[]
  warnings: number
  seconds: number
  /** Whether every input was as the last corpus had it, and its corpus-wide files were taken as they were. */
  reused: boolean
}

/** What a build says of the corpus it made, kept with it so that a build reusing it says the same. */
type CorpusSummary = Omit<BuildSummary, 'out' | 'seconds' | 'reused'>

/** Where the citation index lists an id (defined in src/cite/roll-up.ts). */
export {rollUp}

/**
 * JSON that depends on content only: every object the build writes is made with a fixed key order,
 * and maps keyed by id are sorted here (a replacer sorting every object costs more than the rest of the write).
 * Written as `JSON.stringify(value, null, 2)` and a line break, in pieces of whole lines (util/json-pieces.ts):
 * the citation index of a large document is hundreds of megabytes of JSON, never made as one string.
 */
function writeStable(file: string, value: unknown): void {
  const fd = openSync(file, 'w')
  try {
    for (const piece of eachJsonPiece(value)) writeSync(fd, `${piece}\n`)
  } finally {
    closeSync(fd)
  }
}

const sortedByKey = <T>(entries: Iterable<[string, T]>): Record<string, T> =>
  Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))

/** A document of this build: its summary, and the cache key of its JSON. */
interface Built {
  summary: DocumentSummary
  key: string
  /** The id its JSON carries, when the corpus gave it another (two files with one name). */
  renamedFrom: string | null
}

export function buildCorpus(inputs: string[], options: BuildOptions): Promise<BuildSummary> {
  return options.tuneCompiler === false
    ? build(inputs, options)
    : withBuildCompilerFlags(() => build(inputs, options))
}

/**
 * The build, step by step: each step below is a function of its own, and this one only says their order
 * and times them (`onStage`).
 */
async function build(inputs: string[], options: BuildOptions): Promise<BuildSummary> {
  const out = await checkOutFolder(options.out, inputs)
  await ensureDir(path.dirname(out))
  const unlock = lockCorpus(out)
  try {
    return await buildLocked(out, inputs, options)
  } catch (error) {
    // A failed build (a full disk) takes back the room it took: its half-written version and, without
    // the cache, its folder of parsed documents. The cache and the corpus in place stay as they were.
    await clearLeftovers(
      out,
      options.cache === false ? '' : besideCorpus(out, true).cacheDir
    ).catch(() => undefined)
    throw error
  } finally {
    unlock()
  }
}

async function buildLocked(
  out: string,
  inputs: string[],
  options: BuildOptions
): Promise<BuildSummary> {
  const clock = stageClock(options.onStage)
  const buildDate = options.buildDate ?? new Date().toISOString().slice(0, 10)

  const {files, missing} = await listDocumentFiles(inputs)
  const failures: DiagnosticJson[] = missing.map((m) =>
    diagnostic('unreadable-file', 'No such file or folder', m)
  )
  // Without the cache, parsed documents still pass through a folder of the same shape, dropped at the end.
  const {cacheDir, fresh, stamp} = besideCorpus(out, options.cache !== false)
  const cache = new BuildCache(cacheDir, await codeFingerprint())
  await cache.open()
  const reader = inputReader(files, cache, options)
  await reader.readChanged()
  clock.stage('read')

  await clearLeftovers(out, cacheDir)
  const inputsHash = inputsFingerprint(buildDate, missing, reader)
  const last = cache.lastCorpus<CorpusSummary>()
  if (options.cache !== false && last && last.out === out && last.inputs === inputsHash) {
    const reused = await reuseLastCorpus({...reader, out, fresh, stamp, cache, stage: clock.stage})
    if (reused) {
      await cache.save(last)
      clock.stage('swap+cache')
      return {...last.summary, out, seconds: clock.seconds(), reused: true}
    }
  }

  await reader.recoverOutcomes()
  clock.stage('outcomes')
  const built = builtDocuments(reader, failures)
  nameUniquely(built, cache)
  const docs = built.map((b) => b.summary)
  const {duplicates, duplicateOf, unique} = findDuplicates(docs)
  clock.stage('identify')
  // Actions on instruments named by date and title land on the documents they name.
  const resolved = resolveDatedTargets(unique)
  const graph = buildGraph(resolved)
  clock.stage('graph')
  const consolidations = consolidationsOf(
    resolved.map((d) => ({
      id: d.id,
      file: path.relative(process.cwd(), d.file) || d.file,
      date: d.signedDate ?? d.date,
      supersessions: d.supersessions
    })),
    graph.keys,
    (id) => treeOfBuilt(built, cache, id)
  )
  clock.stage('consolidate')
  const index = indexRows(docs, graph, duplicateOf, buildDate)
  clock.stage('index')
  const citations = citationIndex(unique)
  clock.stage('citations')
  await writeFresh(
    {fresh, cache, built, unique, index, citations, graph, consolidations, buildDate},
    clock.stage
  )
  clock.stage('fts')
  await swapIn(fresh, out, stamp)

  const summary = corpusSummary(buildDate, docs, unique, graph, duplicates, failures)
  if (options.cache === false) await rm(cacheDir, {recursive: true, force: true})
  else await cache.save({out, inputs: inputsHash, summary})
  clock.stage('swap+cache')
  return {out, ...summary, seconds: clock.seconds(), reused: false}
}

/** Stage times for `onStage` (benchmarks), and the seconds since the build began for its summary. */
function stageClock(onStage: BuildOptions['onStage']): {
  stage: (name: string) => void
  seconds: () => number
} {
  const started = performance.now()
  let stageStart = started
  return {
    stage(name) {
      const now = performance.now()
      onStage?.(name, (now - stageStart) / 1000)
      stageStart = now
    },
    seconds: () => (performance.now() - started) / 1000
  }
}

/** The documents parsed, in input order; the errors of the files that could not be parsed go to `failures`. */
function builtDocuments(inputs: Inputs, failures: DiagnosticJson[]): Built[] {
  const built: Built[] = []
  inputs.outcomes.forEach((outcome, i) => {
    const key = inputs.states[i]?.key
    if (outcome?.summary && key) built.push({summary: {...outcome.summary}, key, renamedFrom: null})
    else failures.push(...(outcome?.errors ?? []))
  })
  return built
}

/**
 * Ids are unique in a corpus (they name its files): a second file with the same name gets a suffix, the
 * same from build to build (by id, then file). Sorts `built` in place.
 */
function nameUniquely(built: Built[], cache: BuildCache): void {
  built.sort((a, b) =>
    a.summary.id < b.summary.id
      ? -1
      : a.summary.id > b.summary.id
        ? 1
        : a.summary.file < b.summary.file
          ? -1
          : 1
  )
  // A second file of one id ("A.md" beside "a.md") takes the first free "-N": free of every id the files have
  // ("a-2.md" beside them keeps its own) and of those given before.
  const taken = new Set(built.map((b) => b.summary.id))
  const seen = new Set<string>()
  for (const b of built) {
    if (seen.has(b.summary.id)) {
      let n = 2
      while (taken.has(`${b.summary.id}-${n}`)) n++
      b.renamedFrom = b.summary.id
      b.summary.id = `${b.summary.id}-${n}`
      taken.add(b.summary.id)
    }
    seen.add(b.summary.id)
    cache.name(b.summary.file, b.summary.id, b.renamedFrom !== null)
  }
}

interface Duplicates {
  duplicates: Array<{id: string; duplicateOf: string}>
  /** Duplicate id -> the id of the first printing. */
  duplicateOf: Map<string, string>
  /** The documents less their duplicates: what the graph and the citation index count. */
  unique: DocumentSummary[]
}

/** The same document posted twice (same title, date and body) is one document: the first in id order. */
function findDuplicates(docs: readonly DocumentSummary[]): Duplicates {
  const byHash = new Map<string, string>()
  const duplicates: Array<{id: string; duplicateOf: string}> = []
  for (const doc of docs) {
    const first = byHash.get(doc.bodyHash)
    if (first) duplicates.push({id: doc.id, duplicateOf: first})
    else byHash.set(doc.bodyHash, doc.id)
  }
  const duplicateOf = new Map(duplicates.map((d) => [d.id, d.duplicateOf]))
  return {duplicates, duplicateOf, unique: docs.filter((d) => !duplicateOf.has(d.id))}
}

/** A row of index.json for every document, duplicates included: a duplicate has the number and status of its first printing. */
function indexRows(
  docs: readonly DocumentSummary[],
  graph: Graph,
  duplicateOf: ReadonlyMap<string, string>,
  buildDate: string
): IndexRow[] {
  return docs.map((doc) => {
    const key = graph.keys.get(duplicateOf.get(doc.id) ?? doc.id)
    const inferred = graph.numbers.get(duplicateOf.get(doc.id) ?? doc.id)
    return {
      id: doc.id,
      file: path.relative(process.cwd(), doc.file) || doc.file,
      type: doc.type,
      number: inferred?.number ?? doc.number,
      numberSource: inferred?.source ?? null,
      title: doc.title,
      date: doc.date,
      signedDate: doc.signedDate,
      signer: doc.signer,
      sourceUrl: doc.sourceUrl,
      counts: doc.counts,
      status: key ? indexedStatus(graph, key, buildDate) : null,
      duplicateOf: duplicateOf.get(doc.id) ?? null
    }
  })
}

/**
 * citations.json: every unit citing an id, listed under it and under every id enclosing it (`rollUp`), so
 * that asking for a section finds what cites its subsections; each list in document and text order.
 */
function citationIndex(unique: readonly DocumentSummary[]): Record<string, CitingUnit[]> {
  const citations: Record<string, CitingUnit[]> = {}
  for (const doc of unique) {
    for (const {unit, citations: list} of doc.units) {
      for (const c of list) {
        const row: CitingUnit = {
          document: doc.id,
          unit,
          cites: c.id,
          text: c.text,
          position: c.position,
          url: c.url,
          ...(c.resolvedFrom ? {resolvedFrom: c.resolvedFrom} : {})
        }
        const ids = new Set(rollUp(c.id))
        // A range's first end: listed under every section between its ends too ("668-668d": 668a, 668b, 668c).
        if (c.through) for (const id of spanned(c.id, c.through)) ids.add(id)
        for (const id of ids) listIn(citations, id).push(row)
        // Found under the form printed beside it too ("section 287(g) of the INA (8 U.S.C. 1357(g))": act/.../287/g).
        for (const parallel of c.parallel ?? []) {
          const printed: CitingUnit = {...row, cites: parallel}
          for (const id of rollUp(parallel)) {
            if (ids.has(id)) continue
            ids.add(id)
            listIn(citations, id).push(printed)
          }
        }
      }
    }
  }
  for (const list of Object.values(citations)) {
    list.sort((a, b) =>
      a.document < b.document
        ? -1
        : a.document > b.document
          ? 1
          : a.position.start.offset - b.position.start.offset
    )
  }
  return citations
}

/** What the new corpus is written from. */
interface FreshCorpus {
  fresh: string
  cache: BuildCache
  built: readonly Built[]
  unique: readonly DocumentSummary[]
  index: IndexRow[]
  citations: Record<string, CitingUnit[]>
  graph: Graph
  consolidations: ReadonlyMap<string, Consolidation>
  buildDate: string
}

/** A document's tree as its parse wrote it into the cache. */
function treeOfBuilt(built: readonly Built[], cache: BuildCache, id: string): DocumentJson {
  const b = built.find((x) => x.summary.id === id)
  if (!b) throw new Error(`no document ${id} in this build`)
  return JSON.parse(readFileSync(cache.documentPath(b.key), 'utf8')) as DocumentJson
}

/**
 * The new corpus, written into its folder beside the old: the database's rows first, then its full-text
 * index on another thread while the documents and the JSON files are written. A failure removes the
 * half-written folder; the old corpus is never touched.
 */
async function writeFresh(corpus: FreshCorpus, stage: (name: string) => void): Promise<void> {
  const {fresh} = corpus
  const documents = path.join(fresh, 'documents')
  await ensureDir(documents)
  const database = path.join(fresh, 'corpus.sqlite')
  let indexing: Promise<void> | null = null
  try {
    writeSqliteRows(database, corpus.unique, corpus.index, corpus.citations, corpus.graph.edges)
    stage('sqlite')
    indexing = indexSqliteInWorker(database)
    writeDocuments(corpus.built, corpus.cache, documents)
    stage('documents')
    writeCorpusWideJson(corpus)
    await writeConsolidated(fresh, corpus.consolidations)
    stage('json')
    await indexing
  } catch (error) {
    // The worker may still be writing into the folder.
    await indexing?.catch(() => undefined)
    await rm(fresh, {recursive: true, force: true})
    throw error
  }
}

/** documents/<id>.json: each document's JSON from the cache, where the parse wrote it. */
function writeDocuments(built: readonly Built[], cache: BuildCache, documents: string): void {
  for (const b of built)
    placeDocument(cache.documentPath(b.key), documents, b.summary.id, b.renamedFrom !== null)
}

/** index.json, citations.json and graph.json: keys sorted, so that identical input gives identical bytes. */
function writeCorpusWideJson({fresh, index, citations, graph, buildDate}: FreshCorpus): void {
  writeStable(path.join(fresh, 'index.json'), {buildDate, documents: index})
  writeStable(path.join(fresh, 'citations.json'), sortedByKey(Object.entries(citations)))
  writeStable(path.join(fresh, 'graph.json'), {
    buildDate,
    edges: graph.edges satisfies Edge[],
    numbers: sortedByKey(graph.numbers),
    keys: sortedByKey(graph.keys)
  })
}

/** What the build says of the corpus: kept in the cache, so that a build reusing the corpus says the same. */
function corpusSummary(
  buildDate: string,
  docs: readonly DocumentSummary[],
  unique: readonly DocumentSummary[],
  graph: Graph,
  duplicates: CorpusSummary['duplicates'],
  failures: DiagnosticJson[]
): CorpusSummary {
  const byType: Record<string, number> = {}
  for (const d of unique) byType[d.type] = (byType[d.type] ?? 0) + 1
  return {
    buildDate,
    documents: unique.length,
    byType,
    citations: unique.reduce((n, d) => n + d.counts.citations, 0),
    edges: graph.edges.length,
    duplicates,
    failures,
    warnings: docs.reduce((n, d) => n + d.warnings, 0)
  }
}

/**
 * A document's JSON in the corpus: the cache's file, linked (copied where links cannot be made); rewritten
 * where the corpus gave the document another id. Links are made one after another: a promise each costs
 * more than the link.
 */
function placeDocument(cached: string, documents: string, id: string, renamed: boolean): void {
  // Ids are file names (no separators): joined without path.join, which costs more than the link.
  const target = `${documents}${path.sep}${id}.json`
  if (renamed) {
    const json = JSON.parse(readFileSync(cached, 'utf8')) as DocumentJson
    json.id = id
    writeFileSync(target, `${JSON.stringify(json, null, 2)}\n`)
    return
  }
  linkOrCopy(cached, target)
}

/** A hard link where one can be made, else a copy. */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to)
  } catch {
    copyFileSync(from, to)
  }
}

/** Every file of a folder linked into another of the same shape (nothing when there is none). */
function linkFolder(from: string, to: string): void {
  if (!existsSync(from)) return
  mkdirSync(to, {recursive: true})
  for (const e of readdirSync(from, {withFileTypes: true})) {
    if (e.isDirectory()) linkFolder(path.join(from, e.name), path.join(to, e.name))
    else linkOrCopy(path.join(from, e.name), path.join(to, e.name))
  }
}

/** The files every corpus holds besides its documents. */
const corpusWideFiles = ['index.json', 'citations.json', 'graph.json', 'corpus.sqlite'] as const

async function corpusFilesPresent(out: string): Promise<boolean> {
  const present = await Promise.all(
    corpusWideFiles.map((f) =>
      stat(path.join(out, f)).then(
        (s) => s.isFile(),
        () => false
      )
    )
  )
  return present.every(Boolean)
}

interface Reuse extends Inputs {
  out: string
  /** Where the new corpus is made. */
  fresh: string
  stamp: string
  cache: BuildCache
  stage: (name: string) => void
}

/**
 * A build whose every input is as the last corpus had it (a file touched, or saved with the same content):
 * the new corpus takes that corpus's corpus-wide files as they are, and each document's JSON from the cache.
 * Same atomic swap as a full build. False (nothing changed) when the last corpus cannot serve.
 */
async function reuseLastCorpus({
  out,
  fresh,
  stamp,
  cache,
  files,
  states,
  outcomes,
  stage
}: Reuse): Promise<boolean> {
  if (!(await corpusFilesPresent(out))) return false
  await ensureDir(path.join(fresh, 'documents'))
  try {
    for (const f of corpusWideFiles) linkOrCopy(path.join(out, f), path.join(fresh, f))
    linkFolder(path.join(out, 'consolidated'), path.join(fresh, 'consolidated'))
    const documents = path.join(fresh, 'documents')
    files.forEach((file, i) => {
      const state = states[i]
      if (!state) return
      const before = cache.previous(file)
      const used = {...state, id: before?.id ?? null, ...(before?.renamed ? {renamed: true} : {})}
      cache.use(file, used, outcomes[i] ?? undefined)
      if (used.id === null) return
      placeDocument(cache.documentPath(used.key), documents, used.id, used.renamed === true)
    })
  } catch {
    await rm(fresh, {recursive: true, force: true})
    return false
  }
  stage('documents')
  await swapIn(fresh, out, stamp)
  return true
}
