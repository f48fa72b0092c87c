/** The corpus a set of checked documents forms, as cross-document rules read it. */
import {labelSegments, provisionsWithPaths} from '../document/label-path.js'
import type {DocumentJson} from '../document/types.js'
import type {ParseResult} from '../pipeline/parse-document.js'
import {datedResolver, resolveDatedTargets} from '../corpus/dated.js'
import {buildGraph} from '../supersede/graph.js'
import {getOrCreate} from '../util/get-or-create.js'
import {instrumentOf, isDatedId} from '../util/instrument-id.js'
import type {Copy, CorpusContext, CorpusInstrument} from './types.js'

export function corpusContext(parsed: readonly ParseResult[]): CorpusContext {
  return corpusContextOf(parsed.flatMap((r) => (r.json ? [r.json] : [])))
}

/** The corpus of documents read (as JSON, as worker threads send them back). */
export function corpusContextOf(docs: readonly DocumentJson[]): CorpusContext {
  // Built once, when asked (most sets of documents name nothing by date).
  let resolver: ((id: string) => string) | null = null
  const resolve = (id: string) => {
    if (!isDatedId(id)) return id
    resolver ??= datedResolver(docs)
    return resolver(id)
  }
  const graph = buildGraph(resolveDatedTargets(docs, resolve))
  const instruments = new Map<string, CorpusInstrument>()
  const byId = new Map<string, DocumentJson>(docs.map((d) => [d.id, d]))
  for (const [docId, key] of graph.keys) {
    if (key.startsWith('doc/') || instruments.has(key)) continue
    const doc = byId.get(docId)!
    const paths = provisionsWithPaths(doc.provisions).map(
      (p) => [labelSegments(p.unit).join('/'), p.provision.text] as const
    )
    instruments.set(key, {
      file: doc.file,
      type: doc.type,
      date: doc.signedDate ?? doc.date,
      title: doc.title,
      provisions: new Set(paths.map(([path]) => path)),
      texts: new Map(paths)
    })
  }
  const inserted = new Map<string, string[]>()
  for (const doc of docs)
    for (const s of doc.supersessions)
      for (const op of s.operations ?? [])
        if (op.inserted)
          getOrCreate(inserted, instrumentOf(resolve(op.target)), () => []).push(op.inserted)
  const revoked = new Map<string, {date: string | null; file: string}>()
  for (const e of graph.edges)
    if (
      e.scope === 'specific' &&
      (e.action === 'revoke' || e.action === 'terminate') &&
      !e.partial &&
      !revoked.has(e.to)
    )
      revoked.set(e.to, {date: e.date, file: byId.get(e.fromDocument)?.file ?? e.fromDocument})
  return {instruments, revoked, resolve, copies: copiesOf(docs, graph.keys), inserted}
}

/** Below this many letters two texts agreeing says little (two one-line memoranda). */
const fingerprintFloor = 400

/** Share of word five-grams two texts must have in common to be one document (a posting cut short, a typo). */
const sameTextShare = 0.9

/** A document's findings and provisions as lower-case words. */
function wordsOf(doc: DocumentJson): string[] {
  const texts: string[] = doc.findings.map((f) => f.text)
  for (const {provision} of provisionsWithPaths(doc.provisions)) texts.push(provision.text)
  return texts
    .join(' ')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

/** Word five-grams, as a set. */
function shingles(words: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i + 5 <= words.length; i++) out.add(words.slice(i, i + 5).join(' '))
  return out
}

/**
 * Share of five-grams two printings of one numbered instrument have in common at least: the Federal Register's
 * plain text and the White House page differ in headers, line breaks and hyphens, not in their sentences. Below it
 * two files given one number hold different texts, and the number of one was read wrongly: no copy.
 */
const samePrintingShare = 0.5

/** Whether two texts share at least `share` of the larger's five-grams. */
function overlaps(a: Set<string>, b: Set<string>, share: number): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  if (small.size === 0 || small.size < share * large.size) return false
  let common = 0
  for (const s of small) if (large.has(s)) common++
  return common >= share * large.size
}

/**
 * For each file, the other files holding its document: the same instrument number, or the same text of the same
 * date. Texts are
 * compared only among documents that open with the same words (a copy opens as its original does), so the
 * comparison stays linear in the corpus.
 */
function copiesOf(
  docs: readonly DocumentJson[],
  keys: ReadonlyMap<string, string>
): Map<string, Copy[]> {
  const byKey = new Map<string, DocumentJson[]>()
  const byOpening = new Map<string, DocumentJson[]>()
  const words = new Map<DocumentJson, string[]>()
  for (const doc of docs) {
    const key = keys.get(doc.id)
    if (key && !key.startsWith('doc/')) getOrCreate(byKey, key, () => []).push(doc)
    const w = wordsOf(doc)
    words.set(doc, w)
    if (w.join('').length >= fingerprintFloor)
      getOrCreate(byOpening, w.slice(0, 40).join(' '), () => []).push(doc)
  }
  const grams = new Map<DocumentJson, Set<string>>()
  const gramsOf = (doc: DocumentJson) => getOrCreate(grams, doc, () => shingles(words.get(doc)!))
  const copies = new Map<string, Copy[]>()
  for (const doc of docs) {
    const key = keys.get(doc.id)
    const numbered = key !== undefined && !key.startsWith('doc/')
    const opening = words.get(doc)!.slice(0, 40).join(' ')
    const textual = (byOpening.get(opening) ?? []).filter(
      // A proclamation renewed each year reads as last year's: a copy is also of the same date.
      (other) =>
        other !== doc &&
        (other.signedDate ?? other.date) === (doc.signedDate ?? doc.date) &&
        overlaps(gramsOf(doc), gramsOf(other), sameTextShare)
    )
    const printings = numbered
      ? byKey
          .get(key)!
          .filter(
            (other) => other !== doc && overlaps(gramsOf(doc), gramsOf(other), samePrintingShare)
          )
      : []
    const others = new Set([...printings, ...textual])
    others.delete(doc)
    if (others.size === 0) continue
    copies.set(
      doc.file,
      [...others].map((other) => ({
        file: other.file,
        title: other.title,
        instrument: printings.includes(other) ? key! : null,
        sameText: textual.includes(other)
      }))
    )
  }
  return copies
}
