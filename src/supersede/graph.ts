/**
 * The supersession graph of a set of documents: an edge for every target of every action,
 * from the acting document (and provision) to the instrument (and provision) acted on; and,
 * for a general supersession clause, low-confidence edges to the earlier documents that rest
 * on the same statute ("possibly superseded to the extent inconsistent").
 */
import type {SupersessionAction} from '../document/types.js'
import {
  inferNumbers,
  instrumentType,
  pushTo,
  type GraphDocument,
  type NumberInference
} from './identity.js'
import {rateChange} from './rates.js'

export interface Edge {
  /** The acting document's key (`eo/14148`, `proc/10895`, or `doc/{id}` when unnumbered) and provision. */
  from: string
  fromProvision: string | null
  /** The document id acting, for links to it. */
  fromDocument: string
  action: SupersessionAction
  /** Canonical id acted on, provision-level where the text names a provision. */
  to: string
  scope: 'specific' | 'general'
  /** Date the action takes effect: its effective date, else the acting document's date. */
  date: string | null
  /** The acting document's date (of signing, else its front matter's): `date` is later when the action waits. */
  signed: string | null
  confidence: 'high' | 'low'
  /** Only part of the target is acted on ("to the extent inconsistent"). */
  partial: boolean
  text: string
}

export interface Graph {
  edges: Edge[]
  /** Edges by the id they act on. */
  byTarget: Map<string, Edge[]>
  /** Document id -> its key. */
  keys: Map<string, string>
  numbers: Map<string, NumberInference>
}

/** Document type -> the id prefix of its numbers (the table of identity.ts, reversed). */
const prefixes: Record<string, string> = Object.fromEntries(
  Object.entries(instrumentType).map(([prefix, type]) => [type, prefix])
)

/** Statute sections a document rests on (its formula's and findings' U.S. Code citations, at section level). */
function statutes(doc: GraphDocument): Set<string> {
  const ids = [...(doc.formula?.citations ?? []), ...doc.findings.flatMap((f) => f.citations)]
    .filter((c) => c.type === 'usc')
    .map((c) => c.id.split('/').slice(0, 3).join('/'))
    .filter((id) => !generalAuthorities.has(id))
  return new Set(ids)
}

/**
 * Authorities nearly every document invokes besides its substantive one (3 U.S.C. 301, delegation):
 * sharing them says nothing about two documents acting on the same matter.
 */
const generalAuthorities: ReadonlySet<string> = new Set(['usc/3/301'])

/** Edges in date order, then by acting and acted-on id. */
export function edgeOrder(a: Edge, b: Edge): number {
  return (
    (a.date ?? '').localeCompare(b.date ?? '') ||
    a.from.localeCompare(b.from) ||
    a.to.localeCompare(b.to)
  )
}

export function buildGraph(docs: readonly GraphDocument[]): Graph {
  const numbers = inferNumbers(docs)
  const keys = new Map<string, string>()
  for (const doc of docs) {
    const number = numbers.get(doc.id)?.number
    const prefix = prefixes[doc.type]
    keys.set(doc.id, prefix && number ? `${prefix}/${number}` : `doc/${doc.id}`)
  }
  const edges: Edge[] = []
  const seen = new Set<string>()
  /** from|action|to -> the edge kept for it. */
  const specific = new Map<string, Edge>()
  // Statute section -> the documents resting on it: a general clause looks only there.
  const byStatute = new Map<string, GraphDocument[]>()
  const restsOn = new Map(docs.map((doc) => [doc, statutes(doc)]))
  for (const [doc, ids] of restsOn) for (const id of ids) pushTo(byStatute, id, doc)
  for (const doc of docs) {
    const from = keys.get(doc.id)!
    const date = doc.signedDate ?? doc.date
    // A document's general clauses all give the same edges (their key is the documents'): the first one
    // gives them, and a document with thousands of them costs no more than one with one.
    let general = false
    for (const s of doc.supersessions) {
      if (s.scope === 'general') {
        if (general) continue
        general = true
        const related = new Set([...restsOn.get(doc)!].flatMap((id) => byStatute.get(id) ?? []))
        for (const other of [...related].sort((a, b) => (a.id < b.id ? -1 : 1))) {
          const otherDate = other.signedDate ?? other.date
          if (
            other === doc ||
            !otherDate ||
            !date ||
            otherDate >= date ||
            keys.get(other.id) === from
          )
            continue
          const edge: Edge = {
            from,
            fromProvision: s.provision,
            fromDocument: doc.id,
            action: 'supersede',
            to: keys.get(other.id)!,
            scope: 'general',
            date: s.effective ?? date,
            signed: date,
            confidence: 'low',
            partial: true,
            text: s.text
          }
          const k = `${edge.from}|${edge.to}|general`
          if (!seen.has(k)) edges.push(edge)
          seen.add(k)
        }
        continue
      }
      for (const to of s.targets) {
        const edge: Edge = {
          from,
          fromProvision: s.provision,
          fromDocument: doc.id,
          action: s.action,
          to,
          scope: 'specific',
          date: s.effective ?? date,
          signed: date,
          confidence: 'high',
          partial: Boolean(s.partial),
          text: s.text
        }
        // The same document posted twice (two printings), or saying so twice, acts once: by the sentence
        // that tells the most (`tellsMore`). What it does on another date (a rate that takes effect in 2028)
        // is another action.
        const k = `${edge.from}|${edge.action}|${edge.to}|${edge.date}`
        const kept = specific.get(k)
        if (kept !== undefined) {
          if (kept.fromDocument === edge.fromDocument && tellsMore(edge, kept)) {
            edges[edges.indexOf(kept)] = edge
            specific.set(k, edge)
          }
          continue
        }
        specific.set(k, edge)
        edges.push(edge)
      }
    }
  }
  dropRecitals(edges)
  edges.sort(edgeOrder)
  const byTarget = new Map<string, Edge[]>()
  for (const e of edges) pushTo(byTarget, e.to, e)
  return {edges, byTarget, keys, numbers}
}

/**
 * Of two sentences of one document taking the same action on the same target, whether `a` tells more than `b`:
 * one of the operative provisions over one of the findings ("As of March 12, 2025, all imports ... shall be subject
 * to the additional tariffs proclaimed in Proclamation 9704" recites what clause 2 does), then one printing the rate
 * it sets ("adjusted to increase the respective tariff rates from 10 percent ... to 25 percent") over one that does not.
 */
function tellsMore(a: Edge, b: Edge): boolean {
  if ((a.fromProvision === null) !== (b.fromProvision === null)) return b.fromProvision === null
  return rateChange(a.text) !== null && rateChange(b.text) === null
}

/**
 * The findings may tell, in their own words, what a provision does ("Accordingly, ... the product exclusion process as
 * authorized in clause 3 of Proclamation 9705 ... is terminated, effective immediately", where clause (7) says "are
 * hereby revoked"): an edge from outside the provisions is dropped where a provision of the same document acts on the
 * same target, so the action is listed once, as the provision takes it.
 */
function dropRecitals(edges: Edge[]): void {
  const byProvision = new Set(
    edges
      .filter((e) => e.scope === 'specific' && e.fromProvision !== null)
      .map((e) => `${e.fromDocument}|${e.to}`)
  )
  for (let i = edges.length - 1; i >= 0; i--) {
    const e = edges[i]!
    if (
      e.scope === 'specific' &&
      e.fromProvision === null &&
      byProvision.has(`${e.fromDocument}|${e.to}`)
    )
      edges.splice(i, 1)
  }
}
