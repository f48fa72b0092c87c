/**
 * The whole corpus in one read each, for readers that render all of it (the site): every document
 * as the index lists it, every supersession edge. One statement each, never one per document.
 */
import type {Edge} from '../supersede/graph.js'
import type {Corpus} from './corpus.js'
import {edgeOfRow, type EdgeRow} from './edge-row.js'
import type {DocumentRow} from './resolve.js'

/** A document as the index lists it, with what a full listing also needs. */
export interface ListedDocument extends DocumentRow {
  /** How the number was established (`text`, `title`, `inferred`...), null without a number. */
  numberSource: string | null
  /** The file id of the document this one repeats (a second printing), or null. */
  duplicateOf: string | null
}

/** Every document of the corpus, in date order (signing date, else the front matter's), then id. */
export function listDocuments(corpus: Corpus): ListedDocument[] {
  return corpus.db
    .prepare(
      `select id, type, number, number_source as numberSource, title, date, signed_date as signedDate,
        signer, source_url as sourceUrl, status, duplicate_of as duplicateOf
      from documents order by coalesce(signed_date, date), id`
    )
    .all() as ListedDocument[]
}

/** Every supersession edge of the corpus, in date order (the date each takes effect), then acting document. */
export function listEdges(corpus: Corpus): Edge[] {
  const rows = corpus.db
    .prepare(`select * from edges order by coalesce(date, ''), from_document, rowid`)
    .all() as EdgeRow[]
  return rows.map(edgeOfRow)
}

/** Every id the citation index lists (each cited id and every id enclosing it), sorted. */
export function listCitedIds(corpus: Corpus): string[] {
  return corpus.db
    .prepare('select distinct id from citations order by id')
    .pluck()
    .all() as string[]
}
