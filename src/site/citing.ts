/**
 * Who cites what, gathered as the document pages are made: for each page id (statute section or
 * instrument), each unit citing it or a part of it, once, with the ids it cites exactly and the
 * sentence around the first, cut into the words before, the citation, and the words after.
 */
import type {ListedDocument} from '../query/listing.js'
import {sentenceAt} from '../query/search.js'
import {pageOf, type SiteModel} from './model.js'
import type {PageUnit} from './units.js'

export interface CitingRow {
  document: ListedDocument
  unit: string
  anchor: string
  /** The ids the unit cites under the page id, each once, in text order. */
  exact: string[]
  /** The sentence around the first place each of them is cited, in the same order. */
  sentences: Sentence[]
}

/** A sentence around a citation: before it, the citation, after it (each cut to a readable length). */
export interface Sentence {
  before: string
  cited: string
  after: string
}

/** Most characters kept on either side of a citation in its sentence. */
const around = 180

/** The sentence around a citation, cut at word boundaries to `around` characters each side. */
export function sentenceParts(text: string, at: number, length: number): Sentence {
  const sentence = sentenceAt(text, at, length)
  const start = text.indexOf(sentence)
  const inside = start === -1 ? -1 : at - start
  if (inside < 0 || inside > sentence.length)
    return {before: '', cited: text.slice(at, at + length), after: ''}
  let before = sentence.slice(0, inside)
  let after = sentence.slice(inside + length)
  if (before.length > around)
    before = `…${before.slice(before.length - around).replace(/^\S*\s/, '')}`
  if (after.length > around) after = `${after.slice(0, around).replace(/\s\S*$/, '')}…`
  return {before, cited: sentence.slice(inside, inside + length), after}
}

/** A unit citing a page id, as a document's rendering reports it (plain data: it may come from a worker). */
export interface CitingUnit extends Omit<CitingRow, 'document'> {
  pageId: string
}

/** Each unit citing each page id, once, in the document's order. */
export function citingUnits(model: SiteModel, units: readonly PageUnit[]): CitingUnit[] {
  const out: CitingUnit[] = []
  for (const unit of units) {
    const byPage = new Map<string, CitingUnit>()
    for (const {citation, at} of unit.placed) {
      const pageId = pageOf(model, citation.id)
      const row = byPage.get(pageId)
      if (row) {
        if (!row.exact.includes(citation.id)) {
          row.exact.push(citation.id)
          row.sentences.push(sentenceParts(unit.text, at, citation.text.length))
        }
        continue
      }
      const made: CitingUnit = {
        pageId,
        unit: unit.unit,
        anchor: unit.anchor,
        exact: [citation.id],
        sentences: [sentenceParts(unit.text, at, citation.text.length)]
      }
      byPage.set(pageId, made)
      out.push(made)
    }
  }
  return out
}

/** Add a document's citing units to the rows of each page id. */
export function addCiting(
  rows: Map<string, CitingRow[]>,
  document: ListedDocument,
  units: readonly CitingUnit[]
): void {
  for (const {pageId, ...rest} of units) {
    const made: CitingRow = {document, ...rest}
    const list = rows.get(pageId)
    if (list) list.push(made)
    else rows.set(pageId, [made])
  }
}

/** Rows newest first (by the citing document's date), a document's units kept in their order. */
export function newestFirst(rows: readonly CitingRow[]): CitingRow[] {
  const date = (r: CitingRow) => r.document.signedDate ?? r.document.date ?? ''
  return [...rows].sort(
    (a, b) => date(b).localeCompare(date(a)) || b.document.id.localeCompare(a.document.id) || 0
  )
}
