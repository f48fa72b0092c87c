/**
 * An instrument's text through time: its original provisions, then every operation on it in the order of effect
 * (effective date, then date of signing, then document and place in it), each version the text from one date of
 * effect to the next. An operation that cannot be applied changes nothing: it is a diagnostic with the place of
 * the instruction and of its target, and the provision it names is marked uncertain from then on.
 */
import type {ProvisionJson, SupersessionJson} from '../document/types.js'
import {instrumentOf, splitId} from '../util/instrument-id.js'
import {applyOperation, type Result, type State} from './apply.js'
import type {
  Consolidation,
  ConsolidatedOperation,
  ConsolidationDiagnostic,
  Place,
  Version,
  VersionProvision
} from './model.js'
import {doubts, reasons} from './reasons.js'
import {cloneTree, locate, nearest, normalizeSpace, treeOf} from './tree.js'

/** A document as consolidation reads it: its identity, its provisions when it holds an instrument's text, its actions. */
export interface ConsolidationDocument {
  id: string
  file: string
  /** The instrument it is (`eo/14324`, `doc/{id}` when unnumbered). */
  key: string
  /** Date of signing, else the front matter's. */
  date: string | null
  /** Its provisions; needed only of documents holding an amended instrument's text. */
  provisions?: readonly ProvisionJson[]
  /** Its actions, with dated targets already resolved to keys (corpus/dated.ts). */
  supersessions: readonly SupersessionJson[]
}

/** The original text of an instrument. */
export interface OriginalText {
  document: string
  file: string
  date: string | null
  provisions: readonly ProvisionJson[]
}

/** Every operation on each instrument of a set of documents: instrument -> its operations, in no order. */
export function operationsByInstrument(
  docs: readonly ConsolidationDocument[]
): Map<string, ConsolidatedOperation[]> {
  const by = new Map<string, ConsolidatedOperation[]>()
  for (const doc of docs)
    for (const s of doc.supersessions)
      for (const op of s.operations ?? []) {
        const instrument = instrumentOf(op.target)
        const list = by.get(instrument) ?? []
        by.set(instrument, list)
        list.push({
          document: doc.id,
          provision: s.provision,
          from: doc.key,
          operation: op.operation,
          target: op.target,
          ...(op.struck !== undefined ? {struck: op.struck} : {}),
          ...(op.inserted !== undefined ? {inserted: op.inserted} : {}),
          ...(op.as !== undefined ? {as: op.as} : {}),
          ...(op.position !== undefined ? {position: op.position} : {}),
          date: s.effective ?? doc.date,
          signed: doc.date,
          outcome: 'applied',
          ...(splitId(op.target).path.length === 0 && annexWords.test(s.text) ? {annex: true} : {}),
          text: op.text,
          source: {file: doc.file, position: op.source}
        })
      }
  return by
}

/** An instruction on an instrument's annex, not its provisions: "the chapeau of Annex II of each of Proclamations ...". */
const annexWords = /\b(?:annex(?:es)?|chapeau|schedule)\b/i

/** The order of effect: date, date of signing, document, place in it. */
function effectOrder(a: ConsolidatedOperation, b: ConsolidatedOperation): number {
  return (
    (a.date ?? '').localeCompare(b.date ?? '') ||
    (a.signed ?? '').localeCompare(b.signed ?? '') ||
    a.document.localeCompare(b.document) ||
    a.source.position.start.offset - b.source.position.start.offset
  )
}

const placeOf = (op: ConsolidatedOperation): Place => ({
  file: op.source.file,
  line: op.source.position.start.line,
  column: op.source.position.start.column
})

/** Two instructions alike, word for word (the same proclamation posted twice, or twin ones). */
const sameInstruction = (a: ConsolidatedOperation, b: ConsolidatedOperation): boolean =>
  a.operation === b.operation &&
  a.target === b.target &&
  (a.as ?? '') === (b.as ?? '') &&
  normalizeSpace(a.struck ?? '') === normalizeSpace(b.struck ?? '') &&
  normalizeSpace(a.inserted ?? '') === normalizeSpace(b.inserted ?? '')

const encloses = (outer: string, inner: string) => inner === outer || inner.startsWith(`${outer}/`)
const overlap = (a: string, b: string) => encloses(a, b) || encloses(b, a)

/** The words of a tree, without who made them: what two orders of applying must agree on. */
function wordsOf(list: readonly VersionProvision[]): string {
  return JSON.stringify(list, (k, v) =>
    k === 'by' || k === 'changed' || k === 'removed' || k === 'at' || k === 'uncertain'
      ? undefined
      : v
  )
}

/** Whether two operations give the same text in either order (and both apply, or fail alike, in both). */
function commute(state: State, a: ConsolidatedOperation, b: ConsolidatedOperation): boolean {
  const run = (first: ConsolidatedOperation, second: ConsolidatedOperation) => {
    const copy: State = {provisions: cloneTree(state.provisions), known: state.known}
    const results = [first, second].map(
      (op) => applyOperation(copy, {op, index: -1, at: placeOf(op)}).ok
    )
    return {text: wordsOf(copy.provisions), ok: first === a ? results : [...results].reverse()}
  }
  const ab = run(a, b)
  const ba = run(b, a)
  return ab.text === ba.text && ab.ok.join() === ba.ok.join()
}

function markUncertain(node: VersionProvision, index: number): void {
  node.uncertain = [...(node.uncertain ?? []), index]
}

/**
 * The consolidation of one instrument from its original text (null when the corpus has none) and the operations
 * on it (`operationsByInstrument`).
 */
export function consolidate(
  id: string,
  original: OriginalText | null,
  operations: readonly ConsolidatedOperation[]
): Consolidation {
  const ops = [...operations].sort(effectOrder).map((op) => ({...op}))
  const diagnostics: ConsolidationDiagnostic[] = []
  const state: State = {
    provisions: original ? treeOf(original.provisions, original.file) : [],
    known: original ? 'whole' : 'part'
  }
  const versions: Version[] = [
    {
      date: original?.date ?? null,
      operations: [],
      known: state.known,
      provisions: cloneTree(state.provisions)
    }
  ]
  const uncertain: number[] = []
  const report = (index: number, result: Result & {ok: false}, other?: number) => {
    const op = ops[index]!
    op.outcome = 'refused'
    op.reason = result.reason
    const reason = reasons[result.reason]
    diagnostic(index, reason.ruleId, reason.severity, result.message, result.at, other)
    const path = splitId(op.target).path
    const marked = path.length > 0 ? nearest(state.provisions, path) : null
    if (marked) markUncertain(marked, index)
    else uncertain.push(index)
  }
  const diagnostic = (
    index: number,
    ruleId: string,
    severity: ConsolidationDiagnostic['severity'],
    message: string,
    at: Place | undefined,
    other?: number
  ) => {
    const op = ops[index]!
    const here = placeOf(op)
    const targetAt = at ?? locate(state.provisions, splitId(op.target).path)?.node.at
    diagnostics.push({
      ruleId,
      source: 'proclaim',
      severity,
      message: `${op.operation} by ${op.document}${op.provision ? ` (${op.provision})` : ''}: ${message}`,
      file: here.file,
      line: here.line,
      column: here.column,
      operation: index,
      target: {id: op.target, ...(targetAt ?? {})},
      ...(other !== undefined ? {other} : {})
    })
  }

  for (let start = 0; start < ops.length; ) {
    let end = start
    while (end < ops.length && ops[end]!.date === ops[start]!.date) end++
    const group = ops.slice(start, end).map((_, i) => start + i)
    const applied: number[] = []
    let changed = false
    // Not words: a change of rates, scope, or an annex's lists.
    for (const i of group) if (ops[i]!.operation === 'modify') ops[i]!.outcome = 'not-textual'
    for (const i of group)
      if (ops[i]!.annex && ops[i]!.outcome === 'applied') {
        report(i, {
          ok: false,
          reason: 'annex',
          message: `it amends an annex of ${ops[i]!.target}, not its provisions`
        })
        changed = true
      }
    // The same instruction from another document the same day: applied once.
    for (const j of group)
      for (const i of group) {
        if (i >= j) break
        const [a, b] = [ops[i]!, ops[j]!]
        if (a.outcome === 'applied' && a.document !== b.document && sameInstruction(a, b)) {
          b.outcome = 'duplicate'
          break
        }
      }
    // Two documents signed the same day changing the same words the same day: which comes first is not known.
    const textual = group.filter((i) => ops[i]!.outcome === 'applied')
    for (const i of textual)
      for (const j of textual) {
        const [a, b] = [ops[i]!, ops[j]!]
        if (j <= i || a.document === b.document || a.signed !== b.signed) continue
        if (!overlap(a.target, b.target) || commute(state, a, b)) continue
        const message = (o: typeof b, n: number) =>
          `conflicts with ${o.operation} of ${o.target} by ${o.document}, in effect the same day (${o.source.file}:${o.source.position.start.line}:${o.source.position.start.column}); neither is applied (operation ${n})`
        if (a.outcome !== 'refused')
          report(i, {ok: false, reason: 'same-day-conflict', message: message(b, j)}, j)
        if (b.outcome !== 'refused')
          report(j, {ok: false, reason: 'same-day-conflict', message: message(a, i)}, i)
        changed = true
      }
    for (let k = 0; k < group.length; k++) {
      const i = group[k]!
      const op = ops[i]!
      if (op.outcome !== 'applied') continue
      // A run of one document's redesignations acts at once: "(b) and (c) as (c) and (d)" renames (c) too.
      let run = [i]
      if (op.operation === 'redesignate') {
        run = []
        for (let m = k; m < group.length; m++) {
          const o = ops[group[m]!]!
          if (o.operation !== 'redesignate' || o.document !== op.document) break
          if (o.outcome === 'applied') run.push(group[m]!)
        }
        k += run.length - 1
      }
      const located = run.map((n) => locate(state.provisions, splitId(ops[n]!.target).path))
      const renaming = new Set(located.flatMap((l) => (l ? [l.node] : [])))
      for (const [r, n] of run.entries()) {
        const step = {
          op: ops[n]!,
          index: n,
          at: placeOf(ops[n]!),
          ...(run.length > 1 ? {located: located[r]!, renaming} : {})
        }
        const result = applyOperation(state, step)
        changed = true
        if (!result.ok) {
          report(n, result)
          continue
        }
        applied.push(n)
        if (result.doubt) {
          const doubt = doubts[result.doubt.kind]
          diagnostic(n, doubt.ruleId, doubt.severity, result.doubt.message, undefined)
          const found = locate(state.provisions, splitId(ops[n]!.target).path)?.node
          if (found) markUncertain(found, n)
          else uncertain.push(n)
        }
      }
    }
    if (changed)
      versions.push({
        date: ops[start]!.date,
        operations: applied,
        known: state.known,
        provisions: cloneTree(state.provisions),
        ...(uncertain.length > 0 ? {uncertain: [...uncertain]} : {})
      })
    start = end
  }
  return {
    id,
    original: original
      ? {document: original.document, file: original.file, date: original.date}
      : null,
    operations: ops,
    versions,
    diagnostics
  }
}

/**
 * The consolidation of every instrument a set of documents amends, by instrument: its original from the oldest
 * document holding its text (`key`), when one does. `provisionsOf` gives that document's provisions (default: its
 * own `provisions`); a build reads them from its cache, for those documents only.
 */
export function consolidateDocuments(
  docs: readonly ConsolidationDocument[],
  provisionsOf: (doc: ConsolidationDocument) => readonly ProvisionJson[] | undefined = (d) =>
    d.provisions
): Map<string, Consolidation> {
  const out = new Map<string, Consolidation>()
  const byInstrument = operationsByInstrument(docs)
  for (const instrument of [...byInstrument.keys()].sort()) {
    // The oldest document holding the text (a second printing is no original).
    const holder = docs
      .filter((d) => d.key === instrument)
      .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id))[0]
    const provisions = holder ? provisionsOf(holder) : undefined
    const original =
      holder && provisions
        ? {document: holder.id, file: holder.file, date: holder.date, provisions}
        : null
    out.set(instrument, consolidate(instrument, original, byInstrument.get(instrument)!))
  }
  return out
}
