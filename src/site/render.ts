/**
 * One document's share of the site, made where it is asked (the main thread or a worker): its page's
 * HTML and its facts, what the rest of the site needs of it (its word record, the units citing each
 * statute or instrument page, the citations it prints). Plain data only, so it can be posted from a worker.
 */
import type {Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {readDocument} from '../query/corpus.js'
import {citingUnits, type CitingUnit} from './citing.js'
import {documentPageTree, presidentOf} from './document-page.js'
import {documentHeading} from '../query/resolve.js'
import {documentPage} from './paths.js'
import type {SiteModel} from './model.js'
import type {ListedDocument} from '../query/listing.js'
import {documentUnits, type PageUnit} from './units.js'

/** A document as Pagefind's word index takes it: its text, title, date and what it is filtered by. */
export interface WordRecord {
  url: string
  content: string
  language: string
  meta: Record<string, string>
  filters: Record<string, string[]>
  sort: Record<string, string>
}

/** What the site's other files need of a document (a second printing has none: it is listed under the first). */
export interface DocumentFacts {
  /** For the word index (null when the site has none). */
  record: WordRecord | null
  citing: CitingUnit[]
  /** Its citations as printed, `[text, id]`. */
  printed: Array<[string, string]>
}

/** White space as `\s` reads it (Pagefind splits words on it). */
const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c >= 0xa0 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff))

/** Words between white space, as `t.split(/\s+/).filter(Boolean).length` counts them, without the arrays. */
export function wordCount(text: string): number {
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i))
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}

/**
 * Where each unit's words begin in a word record's content, counted as Pagefind counts its match locations (words
 * between white space): `[[anchor, name, first word], ...]` as JSON, so a word hit links to the provision holding it.
 */
export function unitStarts(
  texts: readonly string[],
  units: ReadonlyArray<{anchor: string; unit: string}>,
  title: string
): string {
  let at = wordCount(title)
  return JSON.stringify(
    units.map((u, i) => {
      const start = at
      at += wordCount(texts[i]!)
      return [u.anchor, u.unit, start]
    })
  )
}

/** HTML of a hast tree: text escaped, never raw HTML. */
export const html = (tree: Root): string => toHtml(tree, {allowDangerousHtml: false})

/** A document's page and its facts; null when the corpus holds no JSON of it. */
export interface RenderedDocument {
  html: string
  /** Null for a second printing: it is listed under the first. */
  facts: DocumentFacts | null
}

export function renderDocument(
  model: SiteModel,
  id: string,
  words: boolean
): RenderedDocument | null {
  const row = model.byId.get(id)
  const json = row ? readDocument(model.corpus, id) : null
  if (!row || !json) return null
  const units = documentUnits(json)
  const page = html(documentPageTree(model, row, json, units))
  return {html: page, facts: row.duplicateOf ? null : documentFacts(model, row, units.units, words)}
}

function documentFacts(
  model: SiteModel,
  row: ListedDocument,
  units: readonly PageUnit[],
  words: boolean
): DocumentFacts {
  const date = row.signedDate ?? row.date ?? ''
  const president = presidentOf(row)
  // The words a reader reads: title, findings, formula, provisions (not the site's notes).
  const texts = [row.title ?? '', ...units.map((u) => u.text)]
  return {
    record: words
      ? {
          url: `/${documentPage(row.id)}`,
          language: 'en',
          content: texts.join('\n\n'),
          meta: {
            title: documentHeading(row),
            date,
            units: unitStarts(texts.slice(1), units, texts[0]!)
          },
          filters: {
            type: [row.type],
            status: [row.number ? (row.status ?? 'in force') : 'in force'],
            president: president ? [president] : []
          },
          sort: {date}
        }
      : null,
    citing: citingUnits(model, units),
    printed: units.flatMap((u) =>
      u.placed.map((p): [string, string] => [p.citation.text, p.citation.id])
    )
  }
}
