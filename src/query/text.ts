/**
 * Point-in-time text from a built corpus: what an instrument, or one of its provisions, says on a date. An amended
 * instrument's versions are in consolidated/<id>.json; one nothing amends reads as its document does, from the
 * date it was signed.
 */
import {consolidate} from '../consolidate/consolidate.js'
import type {Consolidation} from '../consolidate/model.js'
import {diffBetween, type TextOnDate, textOn} from '../consolidate/on-date.js'
import {readConsolidated} from '../corpus/consolidated.js'
import {type Corpus, readDocument} from './corpus.js'
import type {Edge} from '../supersede/graph.js'
import {QueryError, type Reference, resolveReference} from './resolve.js'
import {statusInCorpus} from './status.js'

export interface CorpusText extends TextOnDate {
  /** The instrument holding the id, and its consolidation (versions with their dates). */
  instrument: string
  consolidation: Consolidation
  /** With `from`: what changed between that date and `on`, as a unified diff ('' when nothing). */
  diff?: string
  /**
   * Modifications by the date of what it imposes (its rates, its scope) that change no words of its text
   * ("adjusted to increase the respective tariff rates ... to 50 percent"): the status query's, in date order.
   */
  modifiedBy: Edge[]
}

export interface TextOptions {
  /** The date (default: today, UTC). */
  on?: string
  /** A date to compare with: `diff` says what changed from it to `on`. */
  from?: string
}

/** The consolidation of what a reference names: the corpus's, else its document's text unchanged; null for neither. */
function consolidationOf(corpus: Corpus, reference: Reference): Consolidation | null {
  const built = readConsolidated(corpus.dir, reference.instrument)
  if (built) return built
  const holder = reference.documents[0]
  const doc = holder ? readDocument(corpus, holder.id) : null
  if (!doc) return null
  return consolidate(
    reference.instrument,
    {
      document: doc.id,
      file: doc.file,
      date: doc.signedDate ?? doc.date,
      provisions: doc.provisions
    },
    []
  )
}

function referenceOf(corpus: Corpus, query: string): Reference {
  const reference = resolveReference(corpus, query)
  if (!reference)
    throw new QueryError(
      `\`${query}\` names no document: give a file id, a number or a citation (Proclamation 9705, eo/14148)`
    )
  return reference
}

/**
 * The consolidation of the instrument `query` names: the corpus's versions of an amended one, else its document's
 * text as it stands. Throws a `QueryError` when it names nothing; null when the corpus has neither.
 */
export function consolidationInCorpus(corpus: Corpus, query: string): Consolidation | null {
  return consolidationOf(corpus, referenceOf(corpus, query))
}

/**
 * The text of what `query` names (any form `resolveReference` reads) on a date. Throws a `QueryError` when it names
 * nothing; null when the corpus has neither its text nor an amendment of it.
 */
export function textInCorpus(
  corpus: Corpus,
  query: string,
  options: TextOptions = {}
): CorpusText | null {
  const on = options.on ?? new Date().toISOString().slice(0, 10)
  const reference = referenceOf(corpus, query)
  const consolidation = consolidationOf(corpus, reference)
  if (!consolidation) return null
  const text = textOn(consolidation, reference.id, on)
  // A modification of the whole instrument (its rates) bears on each of its provisions.
  const modifiedBy = statusInCorpus(corpus, query, on).actions.filter(
    (e) => e.action === 'modify' && e.scope === 'specific'
  )
  return {
    ...text,
    instrument: reference.instrument,
    consolidation,
    modifiedBy,
    ...(options.from !== undefined
      ? {diff: diffBetween(consolidation, reference.id, options.from, on)}
      : {})
  }
}
