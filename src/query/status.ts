/**
 * Status from a built corpus: the edges that bear on one id, read from its database (no
 * document is parsed, no whole graph loaded), the documents that hold its text, and the answer
 * in a line: its standing first, then what acted on it.
 */
import type {Edge, Graph} from '../supersede/graph.js'
import {pushTo} from '../supersede/identity.js'
import {
  changesOnly,
  enclosingIds,
  endingStanding,
  statusOf,
  type Standing,
  type Status
} from '../supersede/status.js'
import type {Corpus} from './corpus.js'
import {QueryError, resolveReference} from './resolve.js'

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
  signed: string | null
}

/** A document holding an instrument's text, as much as the answer needs of it. */
export interface Holder {
  id: string
  /** Signing date (else the front matter's date). */
  date: string | null
}

/** The answer in a word, as `describeStanding` words it. */
export type Answer =
  | {standing: 'not in the corpus'; citedBy: number}
  | {standing: 'not yet issued'; issued: string}
  | {standing: Exclude<Standing, 'in force'>; by: Edge}
  | {standing: 'in force'; amended: number; inPart: Edge[]}

export interface CorpusStatus extends Status {
  /** Documents of the corpus that hold the instrument's text. */
  heldBy: string[]
  /** Documents of the corpus citing the instrument or a provision of it. */
  citedBy: number
  answer: Answer
}

/**
 * The standing on the date: an instrument the corpus neither holds nor sees acted on is not in it;
 * one signed after the date was not yet issued; else the last action that ended it, or in force.
 */
export function answerOf(status: Status, held: readonly Holder[], citedBy: number): Answer {
  if (held.length === 0 && status.actions.length === 0)
    return {standing: 'not in the corpus', citedBy}
  const issued = held
    .map((h) => h.date)
    .filter((d): d is string => d !== null)
    .sort()[0]
  if (issued && status.on < issued) return {standing: 'not yet issued', issued}
  if (status.status !== 'in force') {
    const ending = status.chain.filter(
      (e) => !e.partial && !changesOnly(e.action) && e.action !== 'reinstate'
    )
    return {standing: status.status, by: ending[ending.length - 1]!}
  }
  return {standing: 'in force', amended: status.amendedBy.length, inPart: status.inPart}
}

/** Who acted, as a reader finds it: the instrument's number, or the file id of a document without one. */
export function actorOf(e: Edge): string {
  return e.from.startsWith('doc/') ? e.fromDocument : e.from
}

/** "revoked", "superseded"... of an action on part of an instrument. */
const partStanding = (e: Edge): string => endingStanding[e.action] ?? `${e.action}d`

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** "revoked on 2021-02-17 by eo/14016", "in force, amended 3 times", "not in the corpus; cited by 2 documents". */
export function describeStanding(answer: Answer): string {
  switch (answer.standing) {
    case 'not in the corpus':
      return `not in the corpus; cited by ${plural(answer.citedBy, 'document')}`
    case 'not yet issued':
      return `not yet issued on that date (signed ${answer.issued})`
    case 'in force': {
      const changes = [
        answer.amended
          ? `amended ${answer.amended === 1 ? 'once' : `${answer.amended} times`}`
          : '',
        // Two documents acting alike on one part (a proclamation posted twice) say it once.
        ...new Set(
          answer.inPart.map(
            (e) => `${partStanding(e)} in part (${e.to} on ${e.date ?? '(undated)'})`
          )
        )
      ].filter(Boolean)
      return ['in force', ...changes].join(', ')
    }
    default:
      return `${answer.standing} on ${answer.by.date ?? '(undated)'} by ${actorOf(answer.by)}`
  }
}

function edgesAround(corpus: Corpus, id: string): Graph {
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
      text: r.text,
      signed: r.signed
    })
  )
  for (const e of edges) pushTo(byTarget, e.to, e)
  return {edges, byTarget, keys: new Map(), numbers: new Map()}
}

/**
 * The status of what `query` names (any form `resolveReference` reads) on a date (default: today).
 * Throws a `QueryError` when it names nothing.
 */
export function statusInCorpus(corpus: Corpus, query: string, on?: string): CorpusStatus {
  const reference = resolveReference(corpus, query)
  if (!reference)
    throw new QueryError(
      `\`${query}\` names no document: give a file id, a number or a citation (Proclamation 9705, eo/14148)`
    )
  const {id, instrument, documents} = reference
  const status = statusOf(edgesAround(corpus, id), id, on)
  const {n: citedBy} = corpus.db
    .prepare('select count(distinct document) as n from citations where id = ?')
    .get(instrument) as {n: number}
  const held = documents.map((d) => ({id: d.id, date: d.signedDate ?? d.date}))
  return {
    ...status,
    heldBy: held.map((h) => h.id),
    citedBy,
    answer: answerOf(status, held, citedBy)
  }
}
