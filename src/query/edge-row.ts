/** A row of the corpus database's `edges` table, and the graph's edge it stores. */
import type {Edge} from '../supersede/graph.js'

export interface EdgeRow {
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
  signed: string | null
}

export const edgeOfRow = (r: EdgeRow): Edge => ({
  from: r.from,
  fromProvision: r.from_provision,
  fromDocument: r.from_document,
  action: r.action,
  to: r.to,
  scope: r.scope,
  date: r.date,
  confidence: r.confidence,
  partial: r.partial === 1,
  text: r.text,
  signed: r.signed
})
