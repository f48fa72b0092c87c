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

/** Words of a title that tell nothing apart. */
const titleFillers = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'the',
  'to',
  'with'
])

/**
 * Of a title printed wrong (EO 14197 names EO 14193 "Imposing Duties to Address the Situation at Our Northern
 * Border", its title being "... the Flow of Illicit Drugs Across Our Northern Border"), the share of its words a
 * document of that day must hold to be the one meant, when it holds more of them than any other of the day.
 */
const minTitleAgreement = 0.75

/** Words of titles that tell two instruments of a day apart by saying the opposite (the two border orders). */
const opposites: ReadonlyArray<readonly [string, string]> = [
  ['northern', 'southern'],
  ['eastern', 'western'],
  ['north', 'south'],
  ['east', 'west']
]

type Dated = {date: string; signed: boolean; key: string; words: Set<string>}

function titleWords(key: string): Set<string> {
  return new Set(key.split(' ').filter((w) => w && !titleFillers.has(w)))
}

/** Signed that day, or posted a few days after it when the signing date is not known. */
function sameDay(date: string, d: Dated): boolean {
  const lag = daysBetween(date, d.date)
  return d.signed ? lag === 0 : lag >= 0 && lag <= maxLag
}

/**
 * The one document of the day whose title holds most of the printed title's words, by a clear margin over every
 * other document of the day; none when two agree as well, or none agrees enough.
 */
function closestTitle(printed: string, day: readonly Dated[]): string | undefined {
  const words = titleWords(printed)
  if (words.size === 0) return undefined
  // One instrument may be held twice (two sources of one order): ranked once, by its best title.
  const shared = new Map<string, number>()
  for (const d of day) {
    // "... Our Northern Border" is not the order "... Our Southern Border", however many words they share.
    if (
      opposites.some(
        ([a, b]) => (words.has(a) && d.words.has(b)) || (words.has(b) && d.words.has(a))
      )
    )
      continue
    const n = [...words].filter((w) => d.words.has(w)).length
    shared.set(d.key, Math.max(n, shared.get(d.key) ?? 0))
  }
  const [best, next] = [...shared]
    .map(([key, n]) => ({key, shared: n}))
    .sort((a, b) => b.shared - a.shared)
  if (!best || best.shared / words.size < minTitleAgreement) return undefined
  return next && next.shared >= best.shared ? undefined : best.key
}

/** A resolver of dated ids over a set of documents: each id to the key of the document it names, else itself. */
export function datedResolver(docs: readonly GraphDocument[]): (id: string) => string {
  const numbers = inferNumbers(docs)
  // prefix, title key -> the documents under that title: their dates and keys.
  const byTitle = new Map<string, Dated[]>()
  // prefix -> every titled document of that kind, for a title printed wrong.
  const byKind = new Map<string, Dated[]>()
  for (const doc of docs) {
    const prefix = Object.keys(instrumentType).find((p) => instrumentType[p] === doc.type)
    const date = doc.signedDate ?? doc.date
    if (!prefix || !doc.title || !date) continue
    const number = numbers.get(doc.id)?.number
    const key = number ? `${prefix}/${number}` : `doc/${doc.id}`
    const title = titleKey(doc.title)
    const dated = {date, signed: doc.signedDate !== null, key, words: titleWords(title)}
    pushTo(byTitle, `${prefix}\0${title}`, dated)
    pushTo(byKind, prefix, dated)
  }
  return (id) => {
    if (!isDatedId(id)) return id
    const {instrument, kind, path} = splitId(id)
    const [, date, slug] = instrument.split('/') as [string, string, string]
    const printed = titleKey(slug.replace(/-/g, ' '))
    const keys = new Set(
      (byTitle.get(`${kind}\0${printed}`) ?? []).filter((d) => sameDay(date, d)).map((d) => d.key)
    )
    // Two instruments of one title and day cannot be told apart: the id stays as printed.
    if (keys.size > 1) return id
    const key =
      keys.size === 1
        ? [...keys][0]
        : closestTitle(
            printed,
            (byKind.get(kind) ?? []).filter((d) => sameDay(date, d))
          )
    return key ? [key, ...path].join('/') : id
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
