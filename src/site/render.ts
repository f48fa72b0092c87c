/**
 * One document's share of the site, made where it is asked (the main thread or a worker): its page's
 * HTML, the units citing each statute or instrument page, and the citations it prints (for the
 * names table). Plain data only, so it can be posted from a worker.
 */
import type {Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {readDocument} from '../query/corpus.js'
import {citingUnits, type CitingUnit} from './citing.js'
import {documentPageTree, presidentOf} from './document-page.js'
import {documentHeading} from '../query/resolve.js'
import {documentPage} from './paths.js'
import type {SiteModel} from './model.js'
import {documentUnits} from './units.js'

/** A document as Pagefind's word index takes it: its text, title, date and what it is filtered by. */
export interface WordRecord {
  url: string
  content: string
  language: string
  meta: Record<string, string>
  filters: Record<string, string[]>
  sort: Record<string, string>
}

export interface RenderedDocument {
  html: string
  /** For the word index (null for a second printing). */
  record: WordRecord | null
  /** Empty for a second printing: it is listed under the first. */
  citing: CitingUnit[]
  /** Its citations as printed, `[text, id]`. */
  printed: Array<[string, string]>
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
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length
  let at = words(title)
  return JSON.stringify(
    units.map((u, i) => {
      const start = at
      at += words(texts[i]!)
      return [u.anchor, u.unit, start]
    })
  )
}

/** HTML of a hast tree: text escaped, never raw HTML. */
export const html = (tree: Root): string => toHtml(tree, {allowDangerousHtml: false})

/** A document's page and what the site's other files need of it; null when the corpus holds no JSON of it. */
export function renderDocument(model: SiteModel, id: string): RenderedDocument | null {
  const row = model.byId.get(id)
  const json = row ? readDocument(model.corpus, id) : null
  if (!row || !json) return null
  const page = html(documentPageTree(model, row, json))
  if (row.duplicateOf) return {html: page, record: null, citing: [], printed: []}
  const {units} = documentUnits(json)
  const date = row.signedDate ?? row.date ?? ''
  const president = presidentOf(row)
  // The words a reader reads: title, findings, formula, provisions (not the site's notes).
  const texts = [row.title ?? '', ...units.map((u) => u.text)]
  return {
    html: page,
    record: {
      url: `/${documentPage(id)}`,
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
    },
    citing: citingUnits(model, units),
    printed: units.flatMap((u) =>
      u.placed.map((p): [string, string] => [p.citation.text, p.citation.id])
    )
  }
}
