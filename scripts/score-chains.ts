/**
 * `npm run score:chains`: the government's own amendment histories, printed in
 * later documents ("Proclamation 9704 ..., as amended by Proclamation 9739 ...,
 * Proclamation 9776 ..., and Proclamation 10895 ..."), as an answer key for
 * supersession detection. For every "X, as amended by Y1, Y2 and Y3" where Yi
 * is a document of the corpus, Yi must act on X or on a provision of X.
 * Prints the recall and every miss with what Yi was found to do instead.
 *
 *   npm run score:chains [-- DIR...] [--list]
 * Default DIRs: proclamations and ../shared/bulk/whitehouse.
 */
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {extractCitations} from '../src/cite/extract.js'
import type {FoundCitation} from '../src/cite/found.js'
import {buildCorpus, type IndexRow} from '../src/corpus/build.js'
import type {DocumentJson, ProvisionJson} from '../src/document/types.js'
import {checkFloor, reportFloors} from './floors.js'
import {requireShared} from './shared-data.js'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {list: {type: 'boolean', default: false}}
})
const dirs = positionals.length > 0 ? positionals : ['proclamations', '../shared/bulk/whitehouse']
requireShared('score:chains', ...dirs)

/** Instruments an amendment history names: executive orders and proclamations. */
const instrument = /^(?<kind>eo|proc)\/(?<number>[^/]+)/
/** What joins a cited instrument to its history: ", as amended by", ", as further amended by". */
const historyOpens =
  /^\s*\)?,?\s*\(?\s*(?:and\s+)?as\s+(?:previously\s+|subsequently\s+|further\s+)?amended(?:\s+and\s+(?:modified|supplemented))?\s*(?:,\s*)?(?:by|in)\s+$/
/** What may stand between two members of the list: commas, "and", the word "by". */
const listGap = /^\s*,?\s*(?:(?:and|by)\s+)*(?:by\s+)?$/

const out = path.join(mkdtempSync(path.join(tmpdir(), 'score-chains-')), 'corpus')
const started = performance.now()
await buildCorpus(dirs, {out, cache: false})
const index = JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')) as {
  documents: IndexRow[]
}
// The graph's edges: actions on instruments named by date and title, resolved to the documents they name.
const graph = JSON.parse(readFileSync(path.join(out, 'graph.json'), 'utf8')) as {
  edges: Array<{fromDocument: string; to: string}>
}
const docs = new Map<string, DocumentJson>()
for (const row of index.documents)
  docs.set(
    row.id,
    JSON.parse(readFileSync(path.join(out, 'documents', `${row.id}.json`), 'utf8')) as DocumentJson
  )
rmSync(path.dirname(out), {recursive: true, force: true})

/** "eo/14257" -> the documents that are it (a number may be posted twice). */
const byInstrument = new Map<string, string[]>()
for (const row of index.documents) {
  const prefix = row.type === 'executive_order' ? 'eo' : row.type === 'proclamation' ? 'proc' : null
  if (!prefix || !row.number) continue
  const key = `${prefix}/${row.number}`
  byInstrument.set(key, [...(byInstrument.get(key) ?? []), row.id])
}

const instrumentOf = (id: string) => {
  const m = instrument.exec(id)
  return m ? `${m.groups!.kind}/${m.groups!.number}` : null
}

interface Pair {
  /** The instrument amended, and the document printing the history. */
  target: string
  by: string
  in: string
  text: string
}

function units(doc: DocumentJson): string[] {
  const flat = (list: ProvisionJson[]): ProvisionJson[] =>
    list.flatMap((p) => [p, ...flat(p.provisions)])
  return [
    ...doc.findings.map((f) => f.text),
    ...(doc.formula ? [doc.formula.text] : []),
    ...flat(doc.provisions).map((p) => p.text)
  ]
}

/** Every "X, as amended by Y1, Y2 ... and Yn" in a text: the pairs (X, Yi). */
function histories(text: string): Array<{target: string; by: string; text: string}> {
  const found = extractCitations(text).filter((c) => instrumentOf(c.id))
  const pairs: Array<{target: string; by: string; text: string}> = []
  for (let i = 0; i < found.length; i++) {
    const x = found[i]!
    let next = found[i + 1]
    if (!next || !historyOpens.test(text.slice(x.end, next.start))) continue
    const members: FoundCitation[] = []
    let j = i + 1
    while (next) {
      members.push(next)
      const after = found[j + 1]
      if (!after || !listGap.test(text.slice(next.end, after.start))) break
      next = after
      j++
    }
    for (const y of members)
      pairs.push({
        target: instrumentOf(x.id)!,
        by: instrumentOf(y.id)!,
        text: text.slice(x.start, members.at(-1)!.end)
      })
  }
  return pairs
}

const pairs: Pair[] = []
const seen = new Set<string>()
for (const [id, doc] of docs) {
  for (const text of units(doc)) {
    for (const p of histories(text)) {
      if (p.by === p.target || !byInstrument.has(p.by)) continue
      // One pair counts once, wherever it is printed.
      const key = `${p.by}>${p.target}`
      if (seen.has(key)) continue
      seen.add(key)
      pairs.push({...p, in: id})
    }
  }
}

const misses: Array<Pair & {did: string}> = []
for (const pair of pairs) {
  const actors = byInstrument.get(pair.by)!
  const acts = actors.flatMap((a) => docs.get(a)!.supersessions)
  const hit =
    acts.some((s) => s.targets.some((t) => instrumentOf(t) === pair.target)) ||
    graph.edges.some((e) => actors.includes(e.fromDocument) && instrumentOf(e.to) === pair.target)
  if (!hit) {
    const did = acts.length
      ? acts.map((s) => `${s.action} ${s.targets.join(',') || '(no target)'}`).join('; ')
      : 'no action found'
    misses.push({...pair, did})
  }
}

const recall = pairs.length ? (pairs.length - misses.length) / pairs.length : 1
console.log(
  `${docs.size} documents from ${dirs.join(', ')}, ${((performance.now() - started) / 1000).toFixed(1)} s`
)
console.log(
  `amendment histories ("X, as amended by Y"): ${pairs.length} pairs whose Y is in the corpus; Y acts on X in ${pairs.length - misses.length}: recall ${recall.toFixed(3)} (target >= 0.97)`
)
for (const m of values.list ? misses : misses.slice(0, 15))
  console.log(
    `  missed ${m.by} -> ${m.target}  (printed in ${m.in}: "${m.text.slice(0, 120)}")\n    ${m.by} was found to: ${m.did.slice(0, 200)}`
  )
if (!values.list && misses.length > 15) console.log(`  ... ${misses.length - 15} more (--list)`)
checkFloor('score:chains', 'recall', recall)
reportFloors('score:chains')
