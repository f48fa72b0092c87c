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
import {writeFile} from 'node:fs/promises'
import {runOnWorkers, usesWorkers} from '../corpus/pool.js'
import {readConsolidated} from '../corpus/consolidated.js'
import {openCorpus} from '../query/corpus.js'
import {addCiting, newestFirst, type CitingRow} from './citing.js'
import {citedPageTree} from './cited-page.js'
import {documentsPageTree, searchPageTree, statutesPageTree} from './index-pages.js'
import {siteModel} from './model.js'
import {citedPage, documentPage} from './paths.js'
import {NameTable, shardFiles} from './search-data.js'
import {stylesheet} from './style.js'
import {html, renderDocument, type RenderedDocument} from './render.js'

export interface SiteOptions {
  /** The site's folder (default `site`): replaced whole; refused when it holds something else than a site. */
  out?: string
  /** Build Pagefind's word index (default true; false leaves word search out, as some tests do). */
  words?: boolean
  /** Most citing documents a statute's page lists (default 300; the search lists them all). */
  maxDocuments?: number
  /** Worker threads making the document pages (default: the cores available, at most 4; 1 works in this thread). */
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
  const corpus = openCorpus(corpusDir)
  const stamp = `${process.pid}-${Date.now().toString(36)}`
  const fresh = path.join(path.dirname(out), `.${path.basename(out)}.building-${stamp}`)
  const made = new Set<string>()
  let files = 0
  // Files are written on libuv's threads while the next pages are made: a create costs more here
  // than making the page. At most `inFlight` writes wait at once.
  const writing = new Set<Promise<void>>()
  const inFlight = 64
  const write = async (file: string, data: string): Promise<void> => {
    const target = path.join(fresh, file)
    const dir = path.dirname(target)
    if (!made.has(dir)) {
      mkdirSync(dir, {recursive: true})
      made.add(dir)
    }
    const done: Promise<void> = writeFile(target, data).then(() => {
      writing.delete(done)
    })
    writing.add(done)
    files++
    if (writing.size >= inFlight) await Promise.race(writing)
  }
  let wordIndexMs = 0
  try {
    mkdirSync(fresh, {recursive: true})
    const model = siteModel(corpus)
    const pagefind = words ? await import('pagefind') : null
    const index = pagefind ? (await pagefind.createIndex({forceLanguage: 'en'})).index : undefined
    const indexing: Promise<unknown>[] = []
    const rows = new Map<string, CitingRow[]>()
    const names = new NameTable()
    const take = (id: string, rendered: RenderedDocument | null): void => {
      const row = model.byId.get(id)
      if (!rendered || !row) return
      if (row.duplicateOf) return
      addCiting(rows, row, rendered.citing)
      names.add(rendered.printed)
      if (index && rendered.record) indexing.push(index.addCustomRecord(rendered.record))
    }
    // The document pages on worker threads (each writing its pages), or here when there are none to start.
    const ids = model.documents.map((d) => d.id)
    const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), 4))
    if (usesWorkers(workerFile, ids.length, threads)) {
      mkdirSync(path.join(fresh, 'd'), {recursive: true})
      await runOnWorkers<RenderedDocument | null>({
        workerFile,
        workerData: {corpusDir, fresh, words},
        files: ids,
        threads,
        onResult: (i, rendered) => {
          files += rendered ? 1 : 0
          take(ids[i]!, rendered)
        }
      })
    } else
      for (const id of ids) {
        const rendered = renderDocument(model, id)
        if (rendered) await write(documentPage(id), rendered.html)
        take(id, rendered)
      }
    await Promise.all(indexing)
    // Pagefind writes its index in its own process while the statute pages are made here.
    const indexStarted = performance.now()
    const indexWritten = index?.writeFiles({outputPath: path.resolve(fresh, 'pagefind')})
    // Awaited below; a failure meanwhile is not left unhandled.
    indexWritten?.catch(() => undefined)
    const counts = new Map<string, number>()
    for (const pageId of model.pages) {
      const listed = newestFirst(rows.get(pageId) ?? [])
      counts.set(pageId, listed.length)
      const consolidation = readConsolidated(corpus.dir, pageId)
      await write(
        citedPage(pageId),
        html(citedPageTree(model, pageId, listed, {maxDocuments, consolidation}))
      )
      for (const [file, data] of shardFiles(pageId, listed)) await write(file, data)
    }
    await write('search/names.json', names.toJson())
    await write('index.html', html(searchPageTree(model)))
    await write('documents.html', html(documentsPageTree(model)))
    await write('statutes.html', html(statutesPageTree(model, counts)))
    await write('assets/site.css', stylesheet)
    await write('assets/search.js', clientModule('search'))
    await write('assets/ids.js', clientModule('ids'))
    await write(
      siteMarker,
      'A site made by proclaim site: the next build replaces this folder whole.\n'
    )
    await Promise.all(writing)
    if (indexWritten && pagefind) {
      const {errors} = await indexWritten
      wordIndexMs = performance.now() - indexStarted
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
      wordIndexMs
    }
  } catch (error) {
    await Promise.allSettled(writing)
    rmSync(fresh, {recursive: true, force: true})
    throw error
  } finally {
    corpus.close()
  }
}
