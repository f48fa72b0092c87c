/**
 * `buildSite`: the static site of a built corpus. Every page is a hast tree serialised by
 * hast-util-to-html (text escaped, no markup from strings); the search data and Pagefind's word
 * index are written beside the pages. The new site is written in a folder beside the old one and
 * swapped in whole, so a build stopped at any moment leaves the previous site as it was.
 */
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync} from 'node:fs'
import path from 'node:path'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {usesWorkers} from '../corpus/pool.js'
import {openCorpus, type Corpus} from '../query/corpus.js'
import {addCiting, newestFirst, type CitingRow} from './citing.js'
import {documentsPageTree, searchPageTree, statutesPageTree} from './index-pages.js'
import {siteModel} from './model.js'
import {localRunner, workerRunner, type TaskRunner} from './pool.js'
import {NameTable} from './search-data.js'
import {stylesheet} from './style.js'
import {html} from './render.js'
import {consolidatedIds, SiteWriter, type SiteTask} from './tasks.js'

export interface SiteOptions {
  /** The site's folder (default `site`): replaced whole; refused when it holds something else than a site. */
  out?: string
  /** Build Pagefind's word index (default true; false leaves word search out, as some tests do). */
  words?: boolean
  /** Most citing documents a statute's page lists (default 300; the search lists them all). */
  maxDocuments?: number
  /** Worker threads reading the documents and making the pages (default: the cores available, at most 4; 1 works in this thread). */
  threads?: number
}

/** The compiled worker (absent when run from the sources, as the tests are: then the pages are made here). */
const workerFile = fileURLToPath(new URL('./render-worker.js', import.meta.url))

export interface SiteSummary {
  out: string
  documents: number
  /** Statute and instrument pages. */
  pages: number
  /** Files written in all. */
  files: number
  /** Milliseconds from the last document given to Pagefind to its index written (0 without word search). */
  wordIndexMs: number
  /** When each step ended, in milliseconds from the build's start (0 for a step not taken). */
  phases: SitePhases
}

/** How many documents the corpus holds (whether workers are worth starting is known before its model is read). */
const corpusSize = (corpus: Corpus): number =>
  (corpus.db.prepare('select count(*) as n from documents').get() as {n: number}).n

export interface SitePhases {
  /** The corpus's model read (documents, edges, cited ids). */
  model: number
  /** Every document's page written (and its word record, citing rows and names in). */
  documents: number
  /** Pagefind has taken every word record (and starts writing its index). */
  recordsTaken: number
  /** Every file but Pagefind's written. */
  pages: number
  /** Pagefind's index written. */
  wordIndex: number
}

/** A site folder says so, and a build replaces only such a folder (or an empty or missing one). */
export const siteMarker = '.proclaim-site'

/** A site cannot be made where asked: the message says why. */
export class SiteError extends Error {}

/** The browser's modules, as tsc compiled them beside this file (or, run from the sources, in dist/). */
function clientModule(name: string): string {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const compiled = path.join(here, 'client', `${name}.js`)
  if (existsSync(compiled)) return readFileSync(compiled, 'utf8')
  const root = path.resolve(here, '..', '..')
  const fromDist = path.join(root, 'dist', 'src', 'site', 'client', `${name}.js`)
  if (existsSync(fromDist)) return readFileSync(fromDist, 'utf8')
  throw new SiteError(`the browser's ${name}.js is not built: run npm run build`)
}

function checkOut(out: string): void {
  if (!existsSync(out)) return
  if (existsSync(path.join(out, siteMarker))) return
  let entries: string[] = []
  try {
    entries = readdirSync(out)
  } catch {
    throw new SiteError(`${out} is not a folder`)
  }
  if (entries.length > 0)
    throw new SiteError(
      `${out} holds files that are not a site made by proclaim: give an empty or new folder`
    )
}

export async function buildSite(
  corpusDir: string,
  options: SiteOptions = {}
): Promise<SiteSummary> {
  const {out = 'site', words = true, maxDocuments = 300} = options
  checkOut(out)
  const started = performance.now()
  const phases: SitePhases = {model: 0, documents: 0, recordsTaken: 0, pages: 0, wordIndex: 0}
  const since = (): number => performance.now() - started
  const corpus = openCorpus(corpusDir)
  const stamp = `${process.pid}-${Date.now().toString(36)}`
  const fresh = path.join(path.dirname(out), `.${path.basename(out)}.building-${stamp}`)
  const writer = new SiteWriter(fresh)
  let files = 0
  const write = (file: string, data: string): void => {
    writer.write(file, data)
    files++
  }
  let runner: TaskRunner | null = null
  let indexWritten: Promise<{errors: string[]}> | undefined
  try {
    mkdirSync(fresh, {recursive: true})
    // The workers read the model while this thread does.
    const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), 4))
    const workers = usesWorkers(workerFile, corpusSize(corpus), threads)
    if (workers) runner = workerRunner(workerFile, {corpusDir, fresh, words, maxDocuments}, threads)
    const pagefind = words ? await import('pagefind') : null
    const index = pagefind ? (await pagefind.createIndex({forceLanguage: 'en'})).index : undefined
    const model = siteModel(corpus)
    phases.model = since()
    runner ??= localRunner({
      model,
      words,
      maxDocuments,
      consolidated: consolidatedIds(corpusDir),
      writer
    })
    // First the document pages, which give Pagefind its records as they are made (it takes them
    // one at a time, more slowly than they come) and the statute pages their citing rows.
    const indexing: Promise<unknown>[] = []
    const rows = new Map<string, CitingRow[]>()
    const names = new NameTable()
    const ids = model.documents.map((d) => d.id)
    await runner.run(
      ids.length,
      (i) => ({kind: 'document', id: ids[i]!}),
      (i, {files: written, facts}) => {
        files += written
        const row = model.byId.get(ids[i]!)
        if (!facts || !row) return
        addCiting(rows, row, facts.citing)
        names.add(facts.printed)
        if (index && facts.record) indexing.push(index.addCustomRecord(facts.record))
      }
    )
    phases.documents = since()
    indexWritten = index
      ? Promise.all(indexing).then(() => {
          phases.recordsTaken = since()
          return index.writeFiles({outputPath: path.resolve(fresh, 'pagefind')})
        })
      : undefined
    // Pagefind writes its index in one thread, the longest chain of the build: until it is done,
    // a core is left to it (the statute pages take less).
    if (indexWritten) runner.setWidth(threads - 1)
    // Awaited below; a failure meanwhile is not left unhandled.
    indexWritten?.then(
      () => runner?.setWidth(threads),
      () => undefined
    )
    // Then the statute and instrument pages with their shards, the longest first (so that no
    // worker is left with one at the end).
    const counts = new Map<string, number>()
    const listed = [...model.pages].map((pageId): [string, CitingRow[]] => {
      const newest = newestFirst(rows.get(pageId) ?? [])
      counts.set(pageId, newest.length)
      return [pageId, newest]
    })
    listed.sort((a, b) => b[1].length - a[1].length)
    await runner.run(
      listed.length,
      (i): SiteTask => {
        const [pageId, cited] = listed[i]!
        return {
          kind: 'cited',
          pageId,
          rows: cited.map(({document, ...rest}) => ({...rest, document: document.id}))
        }
      },
      (_, result) => {
        files += result.files
      }
    )
    write('search/names.json', names.toJson())
    write('index.html', html(searchPageTree(model)))
    write('documents.html', html(documentsPageTree(model)))
    write('statutes.html', html(statutesPageTree(model, counts)))
    write('assets/site.css', stylesheet)
    write('assets/search.js', clientModule('search'))
    write('assets/ids.js', clientModule('ids'))
    write(siteMarker, 'A site made by proclaim site: the next build replaces this folder whole.\n')
    phases.pages = since()
    if (indexWritten && pagefind) {
      const {errors} = await indexWritten
      phases.wordIndex = since()
      await pagefind.close()
      if (errors.length) throw new SiteError(`Pagefind: ${errors.join('; ')}`)
    }
    // The new site in the place of the old: two renames back to back, then the old one removed.
    const old = path.join(path.dirname(out), `.${path.basename(out)}.old-${stamp}`)
    const existing = existsSync(out)
    if (existing) renameSync(out, old)
    renameSync(fresh, out)
    if (existing) rmSync(old, {recursive: true, force: true})
    return {
      out,
      documents: model.documents.length,
      pages: model.pages.size,
      files,
      wordIndexMs: phases.wordIndex ? phases.wordIndex - phases.documents : 0,
      phases
    }
  } catch (error) {
    // Nothing may still write into the folder being removed.
    await runner?.close()
    runner = null
    await indexWritten?.catch(() => undefined)
    rmSync(fresh, {recursive: true, force: true})
    throw error
  } finally {
    await runner?.close()
    corpus.close()
  }
}
