/**
 * Status from a built corpus: the edges that bear on one id, read from its database (no
 * document is parsed, no whole graph loaded), and the documents that hold its text.
 */
import type {Edge, Graph} from '../supersede/graph.js'
import {statusOf, type Status} from '../supersede/status.js'
import type {Corpus} from './corpus.js'

const prefixTypes: Record<string, string> = {eo: 'executive_order', proc: 'proclamation'}

type EdgeRow = {from: string; from_provision: string | null; from_document: string; action: Edge['action']; to: string; scope: Edge['scope']; date: string | null; confidence: Edge['confidence']; partial: number; text: string}

export interface CorpusStatus extends Status {
  /** Documents of the corpus that hold the instrument's text. */
  heldBy: string[]
}

export function statusInCorpus(corpus: Corpus, id: string, on?: string): CorpusStatus {
  const parts = id.split('/')
  const around = Array.from({length: parts.length - 1}, (_, i) => parts.slice(0, i + 2).join('/'))
  // The id, the ids enclosing it, and every id inside it ('/' + 1 is '0': the range of ids under `id/`).
  const rows = corpus.db.prepare(`select * from edges where "to" in (${around.map(() => '?').join(', ')}) or ("to" >= ? and "to" < ?)`)
    .all(...around, `${id}/`, `${id}0`) as EdgeRow[]
  const byTarget = new Map<string, Edge[]>()
  const edges = rows.map((r): Edge => ({from: r.from, fromProvision: r.from_provision, fromDocument: r.from_document, action: r.action, to: r.to, scope: r.scope, date: r.date, confidence: r.confidence, partial: r.partial === 1, text: r.text}))
  for (const e of edges) {
    const list = byTarget.get(e.to)
    if (list) list.push(e)
    else byTarget.set(e.to, [e])
  }
  const graph: Graph = {edges, byTarget, keys: new Map(), numbers: new Map()}
  const type = prefixTypes[parts[0]!]
  const heldBy = type && parts[1]
    ? (corpus.db.prepare('select id from documents where type = ? and number = ? and duplicate_of is null order by id').all(type, parts[1]) as Array<{id: string}>).map((r) => r.id)
    : []
  return {...statusOf(graph, id, on), heldBy}
}
