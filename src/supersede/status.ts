/**
 * Is an instrument, or one of its provisions, still in force on a date, and what changed it?
 * An action on the instrument reaches all its provisions; an action on a provision reaches the
 * provisions inside it, and leaves the instrument amended in part.
 */
import {getOrCreate} from '../util/get-or-create.js'
import {instrumentLength} from '../util/instrument-id.js'
import {actionVerbs} from './actions.js'
import {edgeOrder, type Edge, type Graph} from './graph.js'

export type Standing = 'in force' | 'revoked' | 'superseded' | 'suspended' | 'terminated'

export interface Status {
  id: string
  on: string
  status: Standing
  /** Actions on this id or an enclosing one, in date order, up to the date asked. */
  chain: Edge[]
  /** Amendments of it or of provisions inside it. */
  amendedBy: Edge[]
  /** Actions on provisions inside it (revoked or superseded in part). */
  inPart: Edge[]
  /** General supersession clauses of later documents resting on the same statutes: to the extent inconsistent, low confidence. */
  possiblySupersededBy: Edge[]
  /** Every action of the lists above, each once, in date order. */
  actions: Edge[]
  /** Actions signed by the date that take effect after it ("effective ... on January 1, 2028"), in date order. */
  pending: Edge[]
}

/** The id and the ids enclosing it, down to the instrument: proc/9704/2/a -> proc/9704, proc/9704/2, proc/9704/2/a. */
export function enclosingIds(id: string): string[] {
  const parts = id.split('/')
  // An instrument named by date and title is three segments (eo/2025-02-01/{slug}), not two.
  const n = instrumentLength(id)
  return Array.from({length: parts.length - n + 1}, (_, i) => parts.slice(0, i + n).join('/'))
}

function encloses(outer: string, inner: string): boolean {
  return inner === outer || inner.startsWith(`${outer}/`)
}

/** The graph's targets, sorted once per graph: the ids inside one id are a run of them. */
const sortedTargets = new WeakMap<Graph, string[]>()

function targetsInside(graph: Graph, id: string): string[] {
  const keys = getOrCreate(sortedTargets, graph, (g) => [...g.byTarget.keys()].sort())
  const prefix = `${id}/`
  let low = 0
  let high = keys.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (keys[mid]! < prefix) low = mid + 1
    else high = mid
  }
  const inside: string[] = []
  for (let i = low; i < keys.length && keys[i]!.startsWith(prefix); i++) inside.push(keys[i]!)
  return inside
}

/** The standing each action that ends an instrument leaves it in: the verb table's, for the verbs that end one. */
export const endingStanding: Readonly<Partial<Record<Edge['action'], Standing>>> =
  Object.fromEntries(
    actionVerbs.flatMap((v) =>
      v.standing && v.standing !== 'in force' ? [[v.action, v.standing]] : []
    )
  )

/** What an action leaves its target, by the verb table; null: as it was. */
const standingAfter: Readonly<Record<Edge['action'], Standing | null>> = Object.fromEntries(
  actionVerbs.map((v) => [v.action, v.standing])
) as Record<Edge['action'], Standing | null>

/** Whether an action leaves its target standing as it was, changing what it says or imposes (amend, modify). */
export function changesOnly(action: Edge['action']): boolean {
  return standingAfter[action] === null
}

export function statusOf(
  graph: Graph,
  id: string,
  on = new Date().toISOString().slice(0, 10)
): Status {
  // Only edges on this id, an enclosing one, or one inside it can bear on it.
  const around = enclosingIds(id)
  const inside = targetsInside(graph, id)
  const relevant = [...new Set([...around, ...inside])].flatMap((k) => graph.byTarget.get(k) ?? [])
  relevant.sort(edgeOrder)
  const dated = relevant.filter((e) => e.date === null || e.date <= on)
  const chain = dated.filter((e) => e.scope === 'specific' && encloses(e.to, id))
  let status: Standing = 'in force'
  // An action "to the extent inconsistent" leaves the instrument in force, acted on in part.
  for (const e of chain.filter((x) => !x.partial)) {
    status = standingAfter[e.action] ?? status
  }
  // Amendments and modifications change what an instrument says or imposes, not whether it stands.
  const amendedBy = dated.filter((e) => changesOnly(e.action) && encloses(id, e.to))
  const inPart = dated.filter(
    (e) =>
      e.scope === 'specific' &&
      !changesOnly(e.action) &&
      ((e.to !== id && encloses(id, e.to)) || (e.partial && encloses(e.to, id)))
  )
  const possiblySupersededBy = dated.filter((e) => e.scope === 'general' && encloses(e.to, id))
  // The lists overlap (an amendment of the instrument is in the chain too): each edge once.
  const listed = new Set([...chain, ...amendedBy, ...inPart, ...possiblySupersededBy])
  const actions = dated.filter((e) => listed.has(e))
  const pending = relevant.filter(
    (e) =>
      e.scope === 'specific' &&
      e.date !== null &&
      e.date > on &&
      (e.signed ?? e.date) <= on &&
      (encloses(e.to, id) || encloses(id, e.to))
  )
  return {id, on, status, chain, amendedBy, inPart, possiblySupersededBy, actions, pending}
}

/**
 * A document's standing as its index lists it: the status of its instrument on the date, or null
 * for a document without a number (key `doc/{id}`): no specific action found in a corpus can
 * name it, so it stands as far as the corpus can tell, and readers take null as in force.
 */
export function indexedStatus(graph: Graph, key: string, on: string): Standing | null {
  return key.startsWith('doc/') ? null : statusOf(graph, key, on).status
}
