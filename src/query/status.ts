/**
 * Status from a built corpus: the edges that bear on one id, read from its database (no
 * document is parsed, no whole graph loaded), and the documents that hold its text.
 */
import type {Edge, Graph} from '../supersede/graph.js'
import {instrumentType, pushTo} from '../supersede/identity.js'
import {enclosingIds, statusOf, type Status} from '../supersede/status.js'
import type {Corpus} from './corpus.js'

type EdgeRow = {
  from: string
  from_provision: string | null
  from_document: string
  action: Edge['action']
  to: string
  scope: Edge['scope']
  date: string | null
  confidence: Edge['confidence']
  partial: number
  text: string
}

export interface CorpusStatus extends Status {
  /** Documents of the corpus that hold the instrument's text. */
  heldBy: string[]
}

export function statusInCorpus(corpus: Corpus, id: string, on?: string): CorpusStatus {
  const around = enclosingIds(id)
  // The id, the ids enclosing it, and every id inside it ('/' + 1 is '0': the range of ids under `id/`).
  const rows = corpus.db
    .prepare(
      `select * from edges where "to" in (${around.map(() => '?').join(', ')}) or ("to" >= ? and "to" < ?)`
    )
    .all(...around, `${id}/`, `${id}0`) as EdgeRow[]
  const byTarget = new Map<string, Edge[]>()
  const edges = rows.map(
    (r): Edge => ({
      from: r.from,
      fromProvision: r.from_provision,
      fromDocument: r.from_document,
      action: r.action,
      to: r.to,
      scope: r.scope,
      date: r.date,
      confidence: r.confidence,
      partial: r.partial === 1,
      text: r.text
    })
  )
  for (const e of edges) pushTo(byTarget, e.to, e)
  const graph: Graph = {edges, byTarget, keys: new Map(), numbers: new Map()}
  const [prefix, number] = id.split('/')
  const type = instrumentType[prefix!]
  const heldBy =
    type && number
      ? (
          corpus.db
            .prepare(
              'select id from documents where type = ? and number = ? and duplicate_of is null order by id'
            )
            .all(type, number) as Array<{id: string}>
        ).map((r) => r.id)
      : []
  return {...statusOf(graph, id, on), heldBy}
}
