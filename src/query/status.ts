/**
 * Status from a built corpus: the edges that bear on one id, read from its database (no
 * document is parsed, no whole graph loaded), the documents that hold its text, and the answer
 * in a line: its standing first, then what acted on it.
 */
import type {Edge, Graph} from '../supersede/graph.js'
import {pushTo} from '../supersede/identity.js'
import {instrumentOf, splitId} from '../util/instrument-id.js'
import {
  changesOnly,
  enclosingIds,
  endingStanding,
  statusOf,
  type Standing,
  type Status
} from '../supersede/status.js'
import {printedDateToIso} from '../document/dates.js'
import {holdsProvision} from '../document/label-path.js'
import type {Corpus} from './corpus.js'
import {edgeOfRow, type EdgeRow} from './edge-row.js'
import {QueryError, resolveReference} from './resolve.js'

/** A document holding an instrument's text, as much as the answer needs of it. */
export interface Holder {
  id: string
  /** Signing date (else the front matter's date). */
  date: string | null
}

/** The answer in a word, as `describeStanding` words it. */
export type Answer =
  | {standing: 'not in the corpus'; citedBy: number}
  | {standing: 'not yet issued'; issued: string; asCited: boolean}
  | {standing: 'no such provision'; instrument: string; heldBy: string[]}
  | {standing: Exclude<Standing, 'in force'>; by: Edge}
  | {standing: 'in force'; amended: number; modified: number; inPart: Edge[]}

export interface CorpusStatus extends Status {
  /** Documents of the corpus that hold the instrument's text. */
  heldBy: string[]
  /** Documents of the corpus citing the instrument or a provision of it. */
  citedBy: number
  answer: Answer
}

/** What else the corpus knows of an instrument whose text it may not hold. */
export interface Evidence {
  /** Documents citing it. */
  citedBy: number
  /** The date its citations print ("Proclamation 9705 of March 8, 2018"), when its text is not held. */
  citedDate?: string | null
  /** The provision asked for is in none of the documents holding the text (false when no text is held). */
  missingProvision?: boolean
}

/**
 * The standing on the date: a provision the instrument's text does not have is no provision of it; an
 * instrument signed after the date (by its text, else as its citations date it) was not yet issued; one the
 * corpus neither holds nor sees acted on is not in it; else the last action that ended it, or in force.
 */
export function answerOf(status: Status, held: readonly Holder[], evidence: Evidence): Answer {
  const {citedBy} = evidence
  if (evidence.missingProvision && status.chain.every((e) => e.to !== status.id))
    return {
      standing: 'no such provision',
      instrument: instrumentOf(status.id),
      heldBy: held.map((h) => h.id)
    }
  const issuedByText = held
    .map((h) => h.date)
    .filter((d): d is string => d !== null)
    .sort()[0]
  const issued = issuedByText ?? evidence.citedDate ?? undefined
  if (issued && status.on < issued)
    return {standing: 'not yet issued', issued, asCited: issuedByText === undefined}
  if (held.length === 0 && status.actions.length === 0)
    return {standing: 'not in the corpus', citedBy}
  if (status.status !== 'in force') {
    const ending = status.chain.filter(
      (e) => !e.partial && !changesOnly(e.action) && e.action !== 'reinstate'
    )
    return {standing: status.status, by: ending[ending.length - 1]!}
  }
  // Times acted on: the documents that did it, not their provisions (one order adjusting duties in three sections
  // modifies once).
  const count = (action: Edge['action']) =>
    new Set(status.amendedBy.filter((e) => e.action === action).map((e) => e.fromDocument)).size
  return {
    standing: 'in force',
    amended: count('amend'),
    modified: count('modify'),
    inPart: status.inPart
  }
}

/** Who acted, as a reader finds it: the instrument's number, or the file id of a document without one. */
export function actorOf(e: Edge): string {
  return e.from.startsWith('doc/') ? e.fromDocument : e.from
}

/** "revoked", "superseded"... of an action on part of an instrument. */
const partStanding = (e: Edge): string => endingStanding[e.action] ?? `${e.action}d`

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

const times = (n: number): string => (n === 1 ? 'once' : `${n} times`)

/** "revoked on 2021-02-17 by eo/14016", "in force, amended 3 times", "not in the corpus; cited by 2 documents". */
export function describeStanding(answer: Answer): string {
  switch (answer.standing) {
    case 'not in the corpus':
      return `not in the corpus; cited by ${plural(answer.citedBy, 'document')}${answer.citedBy > 0 ? ', none acting on it by that date' : ''}`
    case 'not yet issued':
      return `not yet issued on that date (signed ${answer.issued}${answer.asCited ? ', as its citations date it' : ''})`
    case 'no such provision':
      return `no such provision in the text of ${answer.instrument}`
    case 'in force': {
      const changes = [
        answer.amended ? `amended ${times(answer.amended)}` : '',
        // Modifications change what it imposes (its rates, its scope), not its words.
        answer.modified ? `modified ${times(answer.modified)}` : '',
        // Two documents acting alike on one part (a proclamation posted twice) say it once.
        // An action reaching part of what it names ("the additional duties imposed ... in ...") says by whom.
        ...new Set(
          answer.inPart.map((e) =>
            e.partial
              ? `${partStanding(e)} in part on ${e.date ?? '(undated)'} by ${actorOf(e)}${e.to !== instrumentOf(e.to) ? ` (${e.to})` : ''}`
              : `${partStanding(e)} in part (${e.to} on ${e.date ?? '(undated)'})`
          )
        )
      ].filter(Boolean)
      // Part of it ended ("the additional duties imposed ... in Executive Order 14257 ... shall no longer be in
      // effect"): in force in part only, said first.
      const ended = answer.inPart.some(
        (e) => e.action !== 'suspend' && endingStanding[e.action] !== undefined
      )
      return [ended ? 'in force in part' : 'in force', ...changes].join(', ')
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
  const edges = rows.map(edgeOfRow)
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
  const evidence: Evidence = {citedBy}
  if (held.length === 0) {
    const printed = corpus.db
      .prepare(`select text from citations where id = ? and text like '% of %'`)
      .all(instrument) as Array<{text: string}>
    evidence.citedDate = commonestDate(printed.flatMap((r) => printedDate(r.text) ?? []))
  } else if (id !== instrument) {
    const labels = corpus.db
      .prepare(
        `select unit from units where kind = 'provision' and document in (${held.map(() => '?').join(', ')})`
      )
      .all(...held.map((h) => h.id)) as Array<{unit: string}>
    evidence.missingProvision = !holdsProvision(
      labels.map((l) => l.unit),
      splitId(id).path
    )
  }
  return {
    ...status,
    heldBy: held.map((h) => h.id),
    citedBy,
    answer: answerOf(status, held, evidence)
  }
}

/** "Proclamation 9705 of March 8, 2018 (...)" -> 2018-03-08; null when it prints no date. */
function printedDate(citation: string): string | null {
  const m = /\bof\s+([A-Z][a-z]+)\s+(\d{1,2}),\s+(\d{4})\b/.exec(citation)
  return m ? printedDateToIso(m[1]!, m[2]!, m[3]!) : null
}

/** The date an instrument's citations give most often; null when none gives one. */
export function commonestDate(dates: readonly string[]): string | null {
  const counts = new Map<string, number>()
  for (const iso of dates) counts.set(iso, (counts.get(iso) ?? 0) + 1)
  // The commonest, the earliest among equals: a misprint is rarer than the date.
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null
}
