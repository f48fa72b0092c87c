/** The corpus a set of checked documents forms, as cross-document rules read it. */
import {labelSegments, provisionsWithPaths} from '../document/label-path.js'
import type {DocumentJson} from '../document/types.js'
import type {ParseResult} from '../pipeline/parse-document.js'
import {datedResolver, resolveDatedTargets} from '../corpus/dated.js'
import {buildGraph} from '../supersede/graph.js'
import {isDatedId} from '../util/instrument-id.js'
import type {CorpusContext, CorpusInstrument} from './types.js'

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
    instruments.set(key, {
      file: doc.file,
      type: doc.type,
      date: doc.signedDate ?? doc.date,
      title: doc.title,
      provisions: new Set(
        provisionsWithPaths(doc.provisions).map((p) => labelSegments(p.unit).join('/'))
      )
    })
  }
  const revoked = new Map<string, {date: string | null; file: string}>()
  for (const e of graph.edges)
    if (
      e.scope === 'specific' &&
      (e.action === 'revoke' || e.action === 'terminate') &&
      !e.partial &&
      !revoked.has(e.to)
    )
      revoked.set(e.to, {date: e.date, file: byId.get(e.fromDocument)?.file ?? e.fromDocument})
  return {instruments, revoked, resolve}
}
