/**
 * Document numbers the printing leaves out (whitehouse.gov pages print none), inferred from
 * how other documents cite them: "Proclamation 10895 of February 10, 2025 (Adjusting Imports
 * of Aluminum into the United States)" names this document when the signing date and the
 * title agree with it.
 */
import type {CitationJson, DocumentHead, SupersessionJson} from '../document/types.js'
import {daysBetween} from '../document/dates.js'
import {isDatedId} from '../util/instrument-id.js'

export interface NumberInference {
  id: string
  number: string
  /**
   * How the number was established: printed in the text or title, in the front matter, cited by others, or
   * printed by another printing of the same document in the corpus (same type, title and signing date).
   */
  source: 'text' | 'title' | 'frontMatter' | 'cited' | 'printing'
  /** For `cited`: the documents whose citations agree on it. */
  citedBy: string[]
  /** Other documents given the same number: a second printing, or a page whose title belies its body. */
  sharedWith: string[]
}

type GraphCitation = Pick<CitationJson, 'id' | 'type'> &
  Partial<Pick<CitationJson, 'date' | 'title'>>

/** What the graph reads of a document: a whole document serves, and so does a build's summary of one. */
export interface GraphDocument
  extends Pick<DocumentHead, 'id' | 'type' | 'number' | 'title' | 'date' | 'signedDate'> {
  provenance: Pick<DocumentHead['provenance'], 'number'>
  citations: readonly GraphCitation[]
  findings: ReadonlyArray<{citations: readonly GraphCitation[]}>
  formula: {citations: readonly GraphCitation[]} | null
  supersessions: readonly SupersessionJson[]
}

/** Id prefix -> the document type of the instruments it numbers. */
export const instrumentType: Readonly<Record<string, string>> = {
  eo: 'executive_order',
  proc: 'proclamation'
}

/** "A Proclamation on", "Executive Order on the": how a page's title opens, not part of what it names. */
const titlePreamble = /^(?:a\s+)?(?:proclamation|executive order|memorandum)\s+on\s+(?:the\s+)?/

/** Apostrophes, dropped ("Nation's" and "Nations" are one word to a key). */
const apostrophes = /[’']/g

/** Title key: words only, no leading "A Proclamation on" / "Executive Order on". */
export function titleKey(title: string): string {
  return title
    .toLowerCase()
    .replace(titlePreamble, '')
    .replace(apostrophes, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

export function inferNumbers(docs: readonly GraphDocument[]): Map<string, NumberInference> {
  const result = new Map<string, NumberInference>()
  // Documents the citations give more than one number, as many times each: settled once the others are known.
  const ambiguous: Ambiguous[] = []
  // Citations that carry a date and a title, by document type and title key (a document looks only at its own).
  const cited = new Map<string, Array<{number: string; date: string; by: string}>>()
  for (const doc of docs) {
    for (const c of doc.citations) {
      const [prefix, number] = c.id.split('/')
      // An instrument cited by date and title (eo/2025-02-01/{slug}) prints no number to infer.
      if (
        !prefix ||
        !number ||
        !(prefix in instrumentType) ||
        !c.date ||
        !c.title ||
        isDatedId(c.id)
      )
        continue
      const slot = `${instrumentType[prefix]}\0${titleKey(c.title)}`
      const list = cited.get(slot)
      const entry = {number, date: c.date, by: doc.id}
      if (list) list.push(entry)
      else cited.set(slot, [entry])
    }
  }
  // Documents whose text or title prints their number, by type, title key and date: the printings others match.
  const printed = new Map<string, GraphDocument>()
  for (const doc of docs) {
    const date = doc.signedDate ?? doc.date
    if (!doc.number || !doc.title || !date) continue
    if (doc.provenance.number !== 'text' && doc.provenance.number !== 'title') continue
    const slot = `${doc.type}\0${titleKey(doc.title)}\0${date}`
    if (!printed.has(slot)) printed.set(slot, doc)
  }
  for (const doc of docs) {
    if (doc.number && doc.provenance.number && doc.provenance.number !== 'frontMatter') {
      result.set(doc.id, {
        id: doc.id,
        number: doc.number,
        source: doc.provenance.number === 'title' ? 'title' : 'text',
        citedBy: [],
        sharedWith: []
      })
      continue
    }
    const date = doc.signedDate ?? doc.date
    // The date the text states must be the cited date; a posting date may trail it by a few days.
    const maxLag = doc.signedDate ? 0 : 5
    const key = doc.title ? titleKey(doc.title) : ''
    const candidates = new Map<string, string[]>()
    if (date && key) {
      for (const c of cited.get(`${doc.type}\0${key}`) ?? []) {
        if (c.by === doc.id) continue
        // Posting may trail signing by a few days; the title must be the same words.
        const lag = daysBetween(c.date, date)
        if (lag < 0 || lag > maxLag) continue
        pushTo(candidates, c.number, c.by)
      }
    }
    // Another printing of it (the Federal Register's of a whitehouse.gov page) may print the number.
    if (candidates.size === 0 && date && key) {
      const printing = printed.get(`${doc.type}\0${key}\0${date}`)
      if (printing && printing.id !== doc.id) {
        result.set(doc.id, {
          id: doc.id,
          number: printing.number!,
          source: 'printing',
          citedBy: [printing.id],
          sharedWith: []
        })
        continue
      }
    }
    const best = [...candidates].sort((a, b) => b[1].length - a[1].length)[0]
    if (candidates.size > 1) ambiguous.push({doc, candidates})
    if (best && (candidates.size === 1 || best[1].length > [...candidates][1]![1].length)) {
      result.set(doc.id, {
        id: doc.id,
        number: best[0],
        source: 'cited',
        citedBy: [...new Set(best[1])].sort(),
        sharedWith: []
      })
    } else if (doc.number) {
      result.set(doc.id, {
        id: doc.id,
        number: doc.number,
        source: 'frontMatter',
        citedBy: [],
        sharedWith: []
      })
    }
  }
  settleAmbiguous(docs, ambiguous, result)
  const byNumber = new Map<string, string[]>()
  const types = new Map(docs.map((d) => [d.id, d.type]))
  for (const [id, n] of result) {
    const type = types.get(id)!
    pushTo(byNumber, `${type}/${n.number}`, id)
  }
  for (const ids of byNumber.values())
    for (const id of ids) result.get(id)!.sharedWith = ids.filter((other) => other !== id)
  return result
}

/** Append to the list under a key (a map of lists grows in place: copying it each time is quadratic). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** A document cited under more than one number: each number and the documents citing it so. */
interface Ambiguous {
  doc: GraphDocument
  candidates: Map<string, string[]>
}

/**
 * The documents the citations number two ways ("Executive Order 14226 of March 2, 2025 (Amendment to Duties ...)"
 * in one order, "Executive Order 14231 of March 2, 2025 (Amendment to Duties ...)" in another), given the one number
 * left when those out of order are dropped: numbers of one kind run in time, so a number above that of a document
 * of its kind signed later (14228, March 3), or below that of one signed earlier, is not this one's. Numbers
 * printed in the text, or cited one way only, are the order's fixed points.
 */
function settleAmbiguous(
  docs: readonly GraphDocument[],
  ambiguous: readonly Ambiguous[],
  result: Map<string, NumberInference>
): void {
  if (ambiguous.length === 0) return
  const unsettled = new Set(ambiguous.map((a) => a.doc.id))
  // The numbers known, by document type: each with its document's date.
  const known = new Map<string, Array<{number: number; date: string}>>()
  for (const doc of docs) {
    const n = result.get(doc.id)
    const date = doc.signedDate ?? doc.date
    if (!n || !date || unsettled.has(doc.id) || n.source === 'frontMatter') continue
    const number = Number(n.number)
    if (Number.isInteger(number)) pushTo(known, doc.type, {number, date})
  }
  for (const {doc, candidates} of ambiguous) {
    if (result.has(doc.id) && result.get(doc.id)!.source !== 'frontMatter') continue
    const date = doc.signedDate ?? doc.date
    if (!date) continue
    const fixed = known.get(doc.type) ?? []
    const inOrder = [...candidates].filter(([number]) => {
      const n = Number(number)
      return (
        Number.isInteger(n) &&
        !fixed.some((k) => (k.date > date && k.number < n) || (k.date < date && k.number > n))
      )
    })
    if (inOrder.length !== 1) continue
    const [number, by] = inOrder[0]!
    result.set(doc.id, {
      id: doc.id,
      number,
      source: 'cited',
      citedBy: [...new Set(by)].sort(),
      sharedWith: []
    })
  }
}
