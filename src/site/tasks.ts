/**
 * The site's work as tasks that a worker thread or the main thread runs alike: a document's page
 * (and its facts), a statute or instrument page with its search shard. A task and its result
 * cross threads as JSON text (one string is copied faster than many small objects).
 */
import {mkdirSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {readConsolidated} from '../corpus/consolidated.js'
import type {CitingRow} from './citing.js'
import {citedPageTree} from './cited-page.js'
import type {SiteModel} from './model.js'
import {citedPage, documentPage} from './paths.js'
import {html, renderDocument, type DocumentFacts} from './render.js'
import {shardFiles} from './search-data.js'

/** A citing row as it crosses threads: its document by id. */
export interface SentRow extends Omit<CitingRow, 'document'> {
  document: string
}

export type SiteTask =
  | {kind: 'document'; id: string}
  /** `rows` newest first, as the page and the shard list them. */
  | {kind: 'cited'; pageId: string; rows: SentRow[]}

export interface TaskResult {
  files: number
  /** A document's (null for a second printing, or for a document the corpus holds no JSON of). */
  facts?: DocumentFacts | null
}

/** What tasks are run with: the same in every thread. */
export interface TaskContext {
  model: SiteModel
  words: boolean
  maxDocuments: number
  /** The instruments with a consolidation in the corpus (`consolidated/`): only those are read. */
  consolidated: ReadonlySet<string>
  writer: SiteWriter
}

/**
 * Files written synchronously: on this thread nothing else waits, and on the machines measured
 * (bench:site) creating files from libuv's pool cost more CPU and time than creating them here.
 */
export class SiteWriter {
  readonly #made = new Set<string>()
  constructor(readonly root: string) {}

  write(file: string, data: string): void {
    const target = path.join(this.root, file)
    const dir = path.dirname(target)
    if (!this.#made.has(dir)) {
      mkdirSync(dir, {recursive: true})
      this.#made.add(dir)
    }
    writeFileSync(target, data)
  }
}

/** The instrument ids (`eo/14324`) of the corpus's consolidated/ files, listed once instead of tried page by page. */
export function consolidatedIds(corpusDir: string): Set<string> {
  const root = path.join(corpusDir, 'consolidated')
  let entries: string[] = []
  try {
    entries = readdirSync(root, {recursive: true, encoding: 'utf8'})
  } catch {
    return new Set()
  }
  return new Set(
    entries
      .filter((e) => e.endsWith('.json'))
      .map((e) => e.slice(0, -'.json'.length).split(path.sep).join('/'))
  )
}

export function runTask(context: TaskContext, task: SiteTask): TaskResult {
  const {model, writer} = context
  if (task.kind === 'document') {
    const rendered = renderDocument(model, task.id, context.words)
    if (!rendered) return {files: 0, facts: null}
    writer.write(documentPage(task.id), rendered.html)
    return {files: 1, facts: rendered.facts}
  }
  const {pageId} = task
  const rows = task.rows.flatMap((r): CitingRow[] => {
    const document = model.byId.get(r.document)
    return document ? [{...r, document}] : []
  })
  const consolidation = context.consolidated.has(pageId)
    ? readConsolidated(model.corpus.dir, pageId)
    : null
  writer.write(
    citedPage(pageId),
    html(citedPageTree(model, pageId, rows, {maxDocuments: context.maxDocuments, consolidation}))
  )
  const shards = shardFiles(pageId, rows)
  for (const [file, data] of shards) writer.write(file, data)
  return {files: 1 + shards.length}
}
