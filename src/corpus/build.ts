/**
 * Build a corpus from folders of documents: each document's tree, an index, the
 * citation index rolled up the hierarchy, and the supersession graph, written as
 * JSON into a fresh folder that replaces the previous corpus only once whole.
 * Identical input gives byte-identical output (sorted, no timestamps but the build date).
 */
import {createHash} from 'node:crypto'
import {mkdir, readdir, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {DiagnosticJson, DocumentJson, PositionJson} from '../document/types.js'
import {provisionsWithPaths} from '../document/label-path.js'
import {buildGraph, type Edge} from '../supersede/graph.js'
import {statusOf, type Standing} from '../supersede/status.js'
import {ParseCache} from './cache.js'
import {parseFiles} from './pool.js'
import {writeSqlite} from './sqlite.js'
import {listDocumentFiles} from './walk.js'

export interface BuildOptions {
  /** Folder to write; replaced whole when the build succeeds. */
  out: string
  /** Date the corpus is built for (statuses are as of it). Default: today (UTC). */
  buildDate?: string
  /** Called after each document is read. */
  onProgress?: (done: number, total: number) => void
  /** Worker threads parsing; default: the cores available. */
  threads?: number
  /** Reuse documents parsed by earlier builds when unchanged. Default: true. */
  cache?: boolean
}

export interface IndexRow {
  id: string
  file: string
  type: DocumentJson['type']
  number: string | null
  numberSource: 'text' | 'title' | 'frontMatter' | 'cited' | null
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
}


/** The id and every enclosing id down to the instrument or section: usc/19/1862/c/3 -> .../c, usc/19/1862. */
export function rollUp(id: string): string[] {
  const parts = id.split('/')
  const floor = parts[0] === 'usc' || parts[0] === 'cfr' || parts[0] === 'pl' || parts[0] === 'privl' || parts[0] === 'act' ? 3 : 2
  const ids: string[] = []
  for (let n = parts.length; n >= Math.min(floor, parts.length); n--) ids.push(parts.slice(0, n).join('/'))
  return ids
}

/** JSON with sorted object keys, so output depends on content only. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v), 2) + '\n'
}

function bodyHash(doc: DocumentJson): string {
  const provisions = provisionsWithPaths(doc.provisions)
  // Text only: the same body behind different front matter has other positions.
  const text = [...doc.findings.map((f) => f.text), doc.formula?.text ?? '', ...provisions.map(({unit, provision}) => `${unit} ${provision.text}`)].join('\n')
  return createHash('sha256').update(`${doc.title ?? ''}\n${doc.date ?? ''}\n${text}`).digest('hex')
}

export async function buildCorpus(inputs: string[], options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now()
  const buildDate = options.buildDate ?? new Date().toISOString().slice(0, 10)
  const out = path.resolve(options.out)
  const given = await stat(out).catch(() => null)
  if (given && !given.isDirectory()) throw new Error(`--out ${options.out} is a file, not a folder`)

  const {files, missing} = await listDocumentFiles(inputs)
  const failures: DiagnosticJson[] = missing.map((m) => ({ruleId: 'unreadable-file', source: 'proclaim', severity: 'error', message: 'No such file or folder', file: m, line: null, column: null}))
  // Unchanged documents come from the cache; the others are parsed on all cores.
  const cache = options.cache === false ? null : new ParseCache(path.join(path.dirname(out), `.${path.basename(out)}.cache`))
  const keys = cache ? await Promise.all(files.map((f) => cache.key(f))) : files.map(() => null)
  const cached = cache ? await Promise.all(keys.map((k) => (k ? cache.get(k) : null))) : files.map(() => null)
  const toParse = files.filter((_, i) => !cached[i])
  let done = files.length - toParse.length
  const parsed = await parseFiles(toParse, {
    ...(options.threads ? {threads: options.threads} : {}),
    onDone: () => options.onProgress?.(++done, files.length)
  })
  const byFile = new Map(parsed.map((p) => [p.file, p]))
  const docs: DocumentJson[] = []
  for (let i = 0; i < files.length; i++) {
    const p = cached[i] ?? byFile.get(files[i]!)!
    if (!cached[i] && cache && keys[i]) await cache.set(keys[i]!, p)
    if (p.json) docs.push(p.json)
    else failures.push(...p.errors)
  }
  await cache?.prune()

  // Ids are unique in a corpus: a second file with the same name gets a suffix.
  docs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.file < b.file ? -1 : 1))
  const seenIds = new Map<string, number>()
  for (const doc of docs) {
    const n = seenIds.get(doc.id) ?? 0
    seenIds.set(doc.id, n + 1)
    if (n > 0) doc.id = `${doc.id}-${n + 1}`
  }
  // The same document posted twice (same title, date and body) is one document.
  const byHash = new Map<string, string>()
  const duplicates: Array<{id: string; duplicateOf: string}> = []
  for (const doc of docs) {
    const hash = bodyHash(doc)
    const first = byHash.get(hash)
    if (first) duplicates.push({id: doc.id, duplicateOf: first})
    else byHash.set(hash, doc.id)
  }
  const duplicateOf = new Map(duplicates.map((d) => [d.id, d.duplicateOf]))
  const unique = docs.filter((d) => !duplicateOf.has(d.id))

  const graph = buildGraph(unique)
  const index: IndexRow[] = docs.map((doc) => {
    const key = graph.keys.get(duplicateOf.get(doc.id) ?? doc.id)
    const inferred = graph.numbers.get(duplicateOf.get(doc.id) ?? doc.id)
    const provisions = provisionsWithPaths(doc.provisions)
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
      counts: {findings: doc.findings.length, provisions: provisions.length, citations: doc.citations.length, supersessions: doc.supersessions.length},
      status: key && !key.startsWith('doc/') ? statusOf(graph, key, buildDate).status : null,
      duplicateOf: duplicateOf.get(doc.id) ?? null
    }
  })

  const citations: Record<string, CitingUnit[]> = {}
  for (const doc of unique) {
    const units: Array<{unit: string; citations: DocumentJson['citations']}> = [
      ...doc.findings.map((f, i) => ({unit: `finding ${f.label ?? i + 1}`, citations: f.citations})),
      ...(doc.formula ? [{unit: 'formula', citations: doc.formula.citations}] : [])
    ]
    for (const {unit, provision} of provisionsWithPaths(doc.provisions)) units.push({unit, citations: provision.citations})
    for (const {unit, citations: list} of units) {
      for (const c of list) {
        const row: CitingUnit = {document: doc.id, unit, cites: c.id, text: c.text, position: c.position, url: c.url, ...(c.resolvedFrom ? {resolvedFrom: c.resolvedFrom} : {})}
        for (const id of rollUp(c.id)) (citations[id] ??= []).push(row)
      }
    }
  }
  for (const list of Object.values(citations)) {
    list.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.position.start.offset - b.position.start.offset))
  }

  // Write the whole corpus beside the target, then swap it in: an interrupted build leaves the old one whole.
  const parent = path.dirname(out)
  await mkdir(parent, {recursive: true})
  // What an interrupted build left behind: a half-written corpus goes; a previous corpus set aside
  // for the swap, when the swap did not finish, comes back.
  const leftovers = (await readdir(parent)).sort()
  const setAside = leftovers.filter((e) => e.startsWith(`.${path.basename(out)}.old-`))
  if (!(await stat(out).catch(() => null)) && setAside.length > 0) {
    await rename(path.join(parent, setAside.pop()!), out)
  }
  for (const entry of [...leftovers.filter((e) => e.startsWith(`.${path.basename(out)}.building-`)), ...setAside]) {
    await rm(path.join(parent, entry), {recursive: true, force: true})
  }
  const stamp = `${process.pid}-${Date.now().toString(36)}`
  const fresh = path.join(parent, `.${path.basename(out)}.building-${stamp}`)
  await mkdir(path.join(fresh, 'documents'), {recursive: true})
  try {
    // Document objects are built with a fixed key order (document/to-json): plain JSON is already stable.
    for (const doc of docs) await writeFile(path.join(fresh, 'documents', `${doc.id}.json`), `${JSON.stringify(doc, null, 2)}\n`)
    await writeFile(path.join(fresh, 'index.json'), stable({buildDate, documents: index}))
    await writeFile(path.join(fresh, 'citations.json'), stable(citations))
    await writeFile(path.join(fresh, 'graph.json'), stable({
      buildDate,
      edges: graph.edges satisfies Edge[],
      numbers: Object.fromEntries([...graph.numbers].sort(([a], [b]) => (a < b ? -1 : 1))),
      keys: Object.fromEntries([...graph.keys].sort(([a], [b]) => (a < b ? -1 : 1)))
    }))
    writeSqlite(path.join(fresh, 'corpus.sqlite'), unique, index, citations, graph.edges)
  } catch (error) {
    await rm(fresh, {recursive: true, force: true})
    throw error
  }
  const old = path.join(parent, `.${path.basename(out)}.old-${stamp}`)
  const existing = await stat(out).catch(() => null)
  if (existing) await rename(out, old)
  await rename(fresh, out)
  if (existing) await rm(old, {recursive: true, force: true})

  const byType: Record<string, number> = {}
  for (const d of unique) byType[d.type] = (byType[d.type] ?? 0) + 1
  return {
    out,
    buildDate,
    documents: unique.length,
    byType,
    citations: unique.reduce((n, d) => n + d.citations.length, 0),
    edges: graph.edges.length,
    duplicates,
    failures,
    warnings: docs.reduce((n, d) => n + d.diagnostics.filter((x) => x.severity === 'warning').length, 0),
    seconds: (performance.now() - started) / 1000
  }
}
