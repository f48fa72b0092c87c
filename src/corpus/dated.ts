/**
 * Instruments an action names by signing date and title, not number (`eo/2025-02-01/{title slug}/2/g`, see
 * src/supersede/dated.ts), resolved to the document of the corpus signed that day under that title: its key
 * (`eo/14195/2/g`, or `doc/{id}/2/g` when it has no number), so that its status and the graph's edges are the
 * real instrument's. An id no document answers stays as printed.
 */
import {daysBetween} from '../document/dates.js'
import {
  type GraphDocument,
  inferNumbers,
  instrumentType,
  pushTo,
  titleKey
} from '../supersede/identity.js'
import {isDatedId, splitId} from '../util/instrument-id.js'

/** A page posted without its signing date may trail it by a few days (as identity.ts allows). */
const maxLag = 5

/** A resolver of dated ids over a set of documents: each id to the key of the document it names, else itself. */
export function datedResolver(docs: readonly GraphDocument[]): (id: string) => string {
  const numbers = inferNumbers(docs)
  // prefix, title key -> the documents under that title: their dates and keys.
  const byTitle = new Map<string, Array<{date: string; signed: boolean; key: string}>>()
  for (const doc of docs) {
    const prefix = Object.keys(instrumentType).find((p) => instrumentType[p] === doc.type)
    const date = doc.signedDate ?? doc.date
    if (!prefix || !doc.title || !date) continue
    const number = numbers.get(doc.id)?.number
    const key = number ? `${prefix}/${number}` : `doc/${doc.id}`
    pushTo(byTitle, `${prefix}\0${titleKey(doc.title)}`, {
      date,
      signed: doc.signedDate !== null,
      key
    })
  }
  return (id) => {
    if (!isDatedId(id)) return id
    const {instrument, kind, path} = splitId(id)
    const [, date, slug] = instrument.split('/') as [string, string, string]
    const keys = new Set(
      (byTitle.get(`${kind}\0${titleKey(slug.replace(/-/g, ' '))}`) ?? [])
        .filter((d) => {
          const lag = daysBetween(date, d.date)
          return d.signed ? lag === 0 : lag >= 0 && lag <= maxLag
        })
        .map((d) => d.key)
    )
    // Two instruments of one title and day cannot be told apart: the id stays as printed.
    return keys.size === 1 ? [[...keys][0]!, ...path].join('/') : id
  }
}

/** The documents with the dated targets of their actions resolved (copies: the documents themselves stay as read). */
export function resolveDatedTargets<D extends GraphDocument>(
  docs: readonly D[],
  resolver?: (id: string) => string
): D[] {
  const dated = (doc: D) => doc.supersessions.some((s) => s.targets.some(isDatedId))
  if (!docs.some(dated)) return [...docs]
  const resolve = resolver ?? datedResolver(docs)
  return docs.map((doc) =>
    dated(doc)
      ? {
          ...doc,
          supersessions: doc.supersessions.map((s) => ({
            ...s,
            targets: s.targets.map(resolve),
            // An operation names its provision by the same id: it lands on the same document.
            ...(s.operations
              ? {
                  operations: s.operations.map((o) => ({
                    ...o,
                    target: resolve(o.target),
                    ...(o.as !== undefined ? {as: resolve(o.as)} : {})
                  }))
                }
              : {})
          }))
        }
      : doc
  )
}
