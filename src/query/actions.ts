/**
 * What a document does to others: each action its text takes (revoke, amend, supersede...), the
 * instruments and provisions it names, where it stands in the text; for a general clause ("all
 * orders inconsistent with this order are superseded"), the earlier documents it may reach.
 */
import type {SupersessionAction} from '../document/types.js'
import {readDocument, type Corpus} from './corpus.js'
import {documentById, resolveReference, type DocumentRow, type Reference} from './resolve.js'

export interface DocumentAction {
  action: SupersessionAction
  scope: 'specific' | 'general'
  /** Ids acted on, provision-level where the text names a provision. */
  targets: string[]
  /** For a general clause: the earlier instruments resting on the same statutes (low confidence). */
  possibly: string[]
  /** The provision of the acting document that holds the action. */
  provision: string | null
  /** Only part of the targets is acted on ("to the extent inconsistent"). */
  partial: boolean
  /** The date it takes effect, when the text gives one. */
  effective: string | null
  text: string
  line: number
  column: number
}

export interface DocumentActions {
  reference: Reference
  /** The document read (the first printing of the instrument, or the file named). */
  document: DocumentRow
  actions: DocumentAction[]
}

/**
 * The actions of the document `query` names (any form `resolveReference` reads), in text order;
 * null when the corpus holds no such document.
 */
export function actionsOf(corpus: Corpus, query: string): DocumentActions | null {
  const reference = resolveReference(corpus, query)
  const document = documentById(corpus, query.trim()) ?? reference?.documents[0]
  const json = document ? readDocument(corpus, document.id) : null
  if (!reference || !document || !json) return null
  // The general clauses' targets are worked out by the graph: read back from its edges.
  const general = corpus.db
    .prepare(
      `select "to", from_provision as provision from edges where from_document = ? and scope = 'general'`
    )
    .all(document.id) as Array<{to: string; provision: string | null}>
  const actions = json.supersessions.map(
    (s): DocumentAction => ({
      action: s.action,
      scope: s.scope,
      targets: s.targets,
      possibly:
        s.scope === 'general'
          ? general.filter((g) => g.provision === s.provision).map((g) => g.to)
          : [],
      provision: s.provision,
      partial: Boolean(s.partial),
      effective: s.effective ?? null,
      text: s.text,
      line: s.position.start.line,
      column: s.position.start.column
    })
  )
  return {reference, document, actions}
}
