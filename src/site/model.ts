/**
 * What the site's pages are made from, read once from the built corpus through the query layer:
 * the documents as the index lists them, the supersession edges by target and by actor, which
 * document holds each instrument's text, and where a link to any id goes.
 */
import {kindOfPrefix, idPrefixes} from '../data/citation-kinds.js'
import type {Corpus} from '../query/corpus.js'
import {listCitedIds, listDocuments, listEdges, type ListedDocument} from '../query/listing.js'
import {instrumentOf, keyOf} from '../query/resolve.js'
import type {Edge} from '../supersede/graph.js'
import {splitId} from '../util/instrument-id.js'
import {pageIdOf} from './client/ids.js'
import {citedPage, documentPage, provisionAnchor} from './paths.js'

export interface SiteModel {
  corpus: Corpus
  /** Every document, in date order. */
  documents: ListedDocument[]
  byId: Map<string, ListedDocument>
  /** An instrument's key (`proc/9705`, `doc/{id}`) -> the documents holding its text, oldest first (no second printings). */
  holders: Map<string, ListedDocument[]>
  /** Edges by the instrument acted on (`instrumentOf(to)`), in date order. */
  edgesOn: Map<string, Edge[]>
  /** Edges by the acting document's file id, in date order. */
  edgesBy: Map<string, Edge[]>
  /** Roll-up depth of each id prefix, from the citation kinds table. */
  depths: Record<string, number>
  /** The ids that get a page of their own (statute sections, instruments); filled as documents are read. */
  pages: Set<string>
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

export function readModel(corpus: Corpus): SiteModel {
  const documents = listDocuments(corpus)
  const byId = new Map(documents.map((d) => [d.id, d]))
  const holders = new Map<string, ListedDocument[]>()
  for (const d of documents) if (!d.duplicateOf) push(holders, keyOf(d), d)
  const edgesOn = new Map<string, Edge[]>()
  const edgesBy = new Map<string, Edge[]>()
  const pages = new Set<string>()
  const depths = Object.fromEntries(
    idPrefixes.map((p) => [p, kindOfPrefix(p)?.rollUpDepth ?? 2])
  ) as Record<string, number>
  for (const e of listEdges(corpus)) {
    push(edgesOn, instrumentOf(e.to), e)
    push(edgesBy, e.fromDocument, e)
    if (!e.to.startsWith('doc/')) pages.add(pageIdOf(e.to, depths))
  }
  for (const key of holders.keys()) if (!key.startsWith('doc/')) pages.add(key)
  return {corpus, documents, byId, holders, edgesOn, edgesBy, depths, pages}
}

/** The page id of an id: its section or instrument. */
export const pageOf = (model: SiteModel, id: string): string => pageIdOf(id, model.depths)

/**
 * Where a link to an id goes on the site: the provision in the document holding the instrument's
 * text, else the id's own page, else nowhere (null).
 */
export function siteLinkOf(model: SiteModel, id: string): string | null {
  const instrument = instrumentOf(id)
  const held = model.holders.get(instrument)?.[0]
  if (held) {
    const {path} = id.startsWith('doc/') ? {path: id.split('/').slice(2)} : splitId(id)
    return `${documentPage(held.id)}${path.length ? `#${provisionAnchor(path)}` : ''}`
  }
  const pageId = pageOf(model, id)
  return model.pages.has(pageId) ? citedPage(pageId) : null
}

/** The page of an instrument or section, when it has one. */
export function pageLinkOf(model: SiteModel, id: string): string | null {
  const pageId = pageOf(model, id)
  return model.pages.has(pageId) ? citedPage(pageId) : null
}

/** The model with every cited id's page: what every page of a site is made from. */
export function siteModel(corpus: Corpus): SiteModel {
  const model = readModel(corpus)
  for (const id of listCitedIds(corpus)) model.pages.add(pageOf(model, id))
  return model
}
