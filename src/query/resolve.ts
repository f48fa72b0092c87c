/**
 * What the user typed, made the instrument it names: a document's file id, its number, a citation
 * as printed ("Executive Order 14148", "clause 2 of Proclamation 9705"), a short name ("EO 14148")
 * or an id (eo/14148, proc/9704/2). Every command that takes a document reads it here.
 */
import {extractCitations} from '../cite/extract.js'
import type {DocumentHead, DocumentType} from '../document/types.js'
import {daysBetween} from '../document/dates.js'
import {instrumentType, titleKey} from '../supersede/identity.js'
import type {Standing} from '../supersede/status.js'
import {instrumentOf as instrumentOfId, isDatedId, splitId} from '../util/instrument-id.js'
import {trimEndOf} from '../util/trim-end.js'
import type {Corpus} from './corpus.js'

/** A document as the corpus's index lists it. */
export interface DocumentRow
  extends Pick<
    DocumentHead,
    'id' | 'type' | 'number' | 'title' | 'date' | 'signedDate' | 'signer' | 'sourceUrl'
  > {
  /** Its standing on the build date; null for a document without a number (see `indexedStatus`). */
  status: Standing | null
}

export interface Reference {
  /** Canonical id named: `eo/14148`, `proc/9704/2`; `doc/{id}` for a document without a number. */
  id: string
  /** The instrument holding it (`eo/14148` for `eo/14148/2`). */
  instrument: string
  /** Documents of the corpus that hold the instrument's text (second printings left out), oldest first. */
  documents: DocumentRow[]
}

/** What each type of document is called before its number. */
export const documentTypeNames: Readonly<Record<DocumentType, string>> = {
  proclamation: 'Proclamation',
  executive_order: 'Executive Order',
  memorandum: 'Memorandum',
  other: 'Document'
}

/** The document types, for checking what a user typed. */
export const documentTypes = Object.keys(documentTypeNames) as DocumentType[]

/** "Executive Order 13801", "Memorandum NSPM-2", "Proclamation" (no number known). */
export function documentName(row: Pick<DocumentRow, 'type' | 'number'>): string {
  const name = documentTypeNames[row.type] ?? row.type
  return row.number ? `${name} ${row.number}` : name
}

/**
 * "Proclamation 10327: Adjusting Imports of Aluminum into the United States": the name and the
 * title, without the "A Proclamation on" many titles open with (the name says it).
 */
export function documentHeading(row: Pick<DocumentRow, 'type' | 'number' | 'title'>): string {
  const title = row.title
    ?.replace(
      /^(?:an?\s+)?(?:proclamation|executive order|memorandum)(?:\s+on(?:\s+the)?\b|\s*:)?\s*/i,
      ''
    )
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase())
  return title ? `${documentName(row)}: ${title}` : documentName(row)
}

/** Bad input for a query: the CLI prints it as a usage error. */
export class QueryError extends Error {}

/**
 * Short names of instruments the citation extractor leaves alone (it reads only the forms
 * documents print): name -> id prefix. Matched whole, any case, before a number.
 */
export const instrumentNames: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:eo|e\.o\.|exec\.? order|executive order)$/i, 'eo'],
  [/^(?:proc\.?|pres\.? proc\.?|proclamation)$/i, 'proc']
]

const columns = `id, type, number, title, date, signed_date as signedDate, signer,
  source_url as sourceUrl, status`

/** The document of the corpus with this file id, second printings included. */
export function documentById(corpus: Corpus, id: string): DocumentRow | null {
  return (
    (corpus.db.prepare(`select ${columns} from documents where id = ?`).get(id) as
      | DocumentRow
      | undefined) ?? null
  )
}

/** An instrument's key from a document of the corpus: `eo/14148`, or `doc/{id}` when it has no number. */
export function keyOf(row: Pick<DocumentRow, 'id' | 'type' | 'number'>): string {
  const prefix = Object.keys(instrumentType).find((p) => instrumentType[p] === row.type)
  return prefix && row.number ? `${prefix}/${row.number}` : `doc/${row.id}`
}

function holders(corpus: Corpus, instrument: string): DocumentRow[] {
  const [prefix, number] = instrument.split('/')
  if (prefix === 'doc') {
    const row = documentById(corpus, number ?? '')
    return row ? [row] : []
  }
  const type = instrumentType[prefix ?? '']
  if (!type || !number) return []
  return corpus.db
    .prepare(
      `select ${columns} from documents where type = ? and number = ? and duplicate_of is null
        order by coalesce(signed_date, date), id`
    )
    .all(type, number) as DocumentRow[]
}

/**
 * The id a name or citation gives, without a corpus: an id as written, a short name
 * ("EO 14148"), or the first citation the extractor reads; null when it gives none.
 */
export function idFromText(text: string): string | null {
  if (/^[a-z]+\/\S+$/.test(text)) return text
  // The number at the end and the name before it ("Executive Order No. 14148"), each read once.
  const number = /(?<!\d)\d+$/.exec(text)
  let name = number ? trimEndOf(text.slice(0, number.index), /\s/) : ''
  if (/\bNo\.$/i.test(name)) name = trimEndOf(name.slice(0, -3), /\s/)
  const prefix = name && instrumentNames.find(([pattern]) => pattern.test(name))?.[1]
  if (number && prefix) return `${prefix}/${number[0]}`
  return extractCitations(text)[0]?.id ?? null
}

/** The id the text names: a document's file id, a bare number of the corpus's, or `idFromText`'s. */
function idOf(corpus: Corpus, text: string): string | null {
  const row = documentById(corpus, text)
  if (row) return keyOf(row)
  if (/^\d+$/.test(text)) {
    // A bare number: the instruments of the corpus so numbered (an order and a proclamation may share it).
    const rows = corpus.db
      .prepare(`select ${columns} from documents where number = ? and duplicate_of is null`)
      .all(text) as DocumentRow[]
    const keys = [...new Set(rows.map(keyOf))].sort()
    if (keys.length > 1)
      throw new QueryError(`${text} numbers ${keys.join(' and ')}: say which (${keys[0]})`)
    return keys[0] ?? null
  }
  return idFromText(text)
}

/** The instrument holding an id: `eo/14148` for `eo/14148/2`; a `doc/` key is its own. */
export function instrumentOf(id: string): string {
  return id.startsWith('doc/') ? id : instrumentOfId(id)
}

/**
 * An instrument named by date and title ("the Executive Order of February 1, 2025 (Imposing Duties ...)",
 * `eo/2025-02-01/{slug}`) as the key of the document of the corpus signed that day under that title, as the build
 * resolved the actions on it (src/corpus/dated.ts); itself when none or several answer.
 */
function datedKey(corpus: Corpus, id: string): string {
  if (!isDatedId(id)) return id
  const {instrument, kind, path} = splitId(id)
  const [, date, slug] = instrument.split('/') as [string, string, string]
  const rows = corpus.db
    .prepare(
      `select ${columns} from documents where type = ? and duplicate_of is null and coalesce(signed_date, date) >= ?`
    )
    .all(instrumentType[kind] ?? '', date) as DocumentRow[]
  const key = titleKey(slug.replace(/-/g, ' '))
  const keys = new Set(
    rows
      .filter((r) => {
        const lag = daysBetween(date, r.signedDate ?? r.date ?? date)
        return r.title && titleKey(r.title) === key && (r.signedDate ? lag === 0 : lag <= 5)
      })
      .map(keyOf)
  )
  return keys.size === 1 ? [[...keys][0]!, ...path].join('/') : id
}

/** Resolve what the user typed to an instrument or provision, with the documents holding its text. */
export function resolveReference(corpus: Corpus, query: string): Reference | null {
  const typed = idOf(corpus, query.trim())
  const id = typed ? datedKey(corpus, typed) : null
  if (!id) return null
  const instrument = instrumentOf(id)
  return {id, instrument, documents: holders(corpus, instrument)}
}
