/**
 * What the browser's search reads, written as static files: a shard per page id (statute section
 * or instrument) with its citing units, newest first, and the documents they are in, so a search
 * by citation fetches one small file; the sentences after the first hundred in further files,
 * fetched as they are shown; and the names the corpus's documents print for what the typed forms
 * do not read (named acts, short forms such as "section 232").
 */
import {documentHeading} from '../query/resolve.js'
import type {ListedDocument} from '../query/listing.js'
import type {CitingRow} from './citing.js'
import {nameKey, readCitation, splitSubsections} from './client/ids.js'
import {presidentOf} from './document-page.js'
import {idName} from './names.js'
import {citedPage, shardFile} from './paths.js'

/**
 * Sentences in each further file; the first file holds those of the rows of the first documents the
 * search shows (`firstDocuments`), and at least this many, so a first answer needs one file.
 */
export const sentencesPerChunk = 200

/** Documents the browser's search shows at first (client/search.ts `pageSize`). */
export const firstDocuments = 20

/** A document as a shard lists it: id, type, number, date, president, standing, heading. */
export type ShardDocument = [
  string,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  string
]

/** A row's sentences, one for each id it cites exactly: before, citation, after. */
export type ShardSentences = Array<[string, string, string]>

/** A citing unit: its document (index in `docs`), unit name, anchor, ids cited exactly. */
export type ShardRow = [number, string, string, string[]]

export interface Shard {
  id: string
  name: string
  /** The id's page, from the site's root. */
  page: string
  docs: ShardDocument[]
  rows: ShardRow[]
  /**
   * The first rows' sentences: for each row, one for each id it cites exactly (in the order of
   * `rows`' ids), as before the citation, the citation, after it.
   */
  sentences: ShardSentences[]
  /** The first row of each file of sentences, this one's (0) first: file n is `{page id}.n.json`. */
  chunks: number[]
}

/** The files of one page id's shard: path from the site's root -> JSON text. */
export function shardFiles(pageId: string, rows: readonly CitingRow[]): Array<[string, string]> {
  const docIndex = new Map<ListedDocument, number>()
  const docs: ShardDocument[] = []
  const shardRows: ShardRow[] = rows.map((r) => {
    let i = docIndex.get(r.document)
    if (i === undefined) {
      i = docs.length
      docIndex.set(r.document, i)
      const d = r.document
      docs.push([
        d.id,
        d.type,
        d.number,
        d.signedDate ?? d.date,
        presidentOf(d),
        d.number ? (d.status ?? 'in force') : 'in force',
        documentHeading(d)
      ])
    }
    return [i, r.unit, r.anchor, r.exact]
  })
  const sentences = rows.map(
    (r): ShardSentences => r.sentences.map((s) => [s.before, s.cited, s.after])
  )
  // The first file: the rows of the first documents shown, and at least a chunk's worth.
  let first = 0
  for (let docs = 0; first < rows.length; first++) {
    if (first === 0 || rows[first]!.document !== rows[first - 1]!.document) docs++
    if (docs > firstDocuments && first >= sentencesPerChunk) break
  }
  const chunks = [0]
  for (let at = first; at < rows.length; at += sentencesPerChunk) chunks.push(at)
  const shard: Shard = {
    id: pageId,
    name: idName(pageId),
    page: citedPage(pageId),
    docs,
    rows: shardRows,
    sentences: sentences.slice(0, first),
    chunks
  }
  const files: Array<[string, string]> = [[shardFile(pageId), JSON.stringify(shard)]]
  for (let c = 1; c < chunks.length; c++)
    files.push([
      shardFile(pageId, c),
      JSON.stringify(sentences.slice(chunks[c], chunks[c + 1] ?? sentences.length))
    ])
  return files
}

/**
 * The names documents print for ids that the typed forms do not read: name key -> id, the id its
 * documents most often resolve it to, less the subsections printed after the name.
 */
export class NameTable {
  readonly #counts = new Map<string, Map<string, number>>()

  /** The printed citations of a document, as `[text, id]`. */
  add(citations: ReadonlyArray<readonly [string, string]>): void {
    for (const [text, id] of citations) {
      if (text.length > 90 || readCitation(text)) continue
      const {name, subsections} = splitSubsections(text)
      // A name printed with its parallel citation ("... (19 U.S.C. 1862(d))") is not one name.
      if (/U\.\s?S\.\s?C|C\.?F\.?R|\(/.test(name)) continue
      const parts = id.split('/')
      if (subsections.length >= parts.length - 1) continue
      const base = parts.slice(0, parts.length - subsections.length).join('/')
      const key = nameKey(name)
      if (!key) continue
      const ids = this.#counts.get(key) ?? new Map<string, number>()
      this.#counts.set(key, ids)
      ids.set(base, (ids.get(base) ?? 0) + 1)
    }
  }

  /** The table as `search/names.json` holds it, keys sorted. */
  toJson(): string {
    const table: Record<string, string> = {}
    for (const key of [...this.#counts.keys()].sort()) {
      const ids = [...this.#counts.get(key)!].sort(
        (a, b) => b[1] - a[1] || a[0].localeCompare(b[0])
      )
      table[key] = ids[0]![0]
    }
    return JSON.stringify(table)
  }
}
