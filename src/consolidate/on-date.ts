/**
 * The text of an instrument, or of one of its provisions, as in force on a date: the version of its consolidation
 * in force then, printed plain, annotated (each changed passage marked with the operation that made it), or as
 * what changed between two dates (a unified diff).
 */
import {splitId} from '../util/instrument-id.js'
import {unifiedDiff} from './diff.js'
import type {Consolidation, ConsolidatedOperation, Version, VersionProvision} from './model.js'
import {locate, renderProvision} from './tree.js'

export interface TextOnDate {
  /** The id asked for (`eo/14324/2`) and the date. */
  id: string
  on: string
  /** The version in force on the date; null before the first (the instrument not yet issued, as far as known). */
  version: Version | null
  /** The provisions printed: the one asked for, or all of the instrument's. Empty when it has no such provision. */
  provisions: VersionProvision[]
  /** Whether the provision asked for is in the text on that date (false: none such, or its text is not known). */
  found: boolean
  /** Operations bearing on it that could not be applied by the date: its text may not be what is in force. */
  uncertain: ConsolidatedOperation[]
  /** What is not known, in words ("the original text of proc/9704 is not in the corpus"); null when all is. */
  unknown: string | null
  /** The consolidation's operations (what `by` indexes). */
  operations: ConsolidatedOperation[]
}

/** The last version from on or before the date (versions are in date order; the first may be undated). */
function versionOn(c: Consolidation, on: string): Version | null {
  let found: Version | null = null
  for (const v of c.versions) {
    if (v.date !== null && v.date > on) break
    found = v
  }
  // An original signed after the date: not yet issued.
  if (found === c.versions[0] && c.original?.date && c.original.date > on) return null
  return found
}

/** Uncertain operations of a provision, those of the provisions around it, and those inside it. */
function uncertainOf(nodes: readonly VersionProvision[]): number[] {
  return nodes.flatMap((n) => [...(n.uncertain ?? []), ...uncertainOf(n.provisions)])
}

export function textOn(c: Consolidation, id: string, on: string): TextOnDate {
  const version = versionOn(c, on)
  const path = splitId(id).path
  const base = {id, on, version, operations: c.operations}
  if (!version) return {...base, provisions: [], found: false, uncertain: [], unknown: null}
  const located = path.length > 0 ? locate(version.provisions, path) : null
  const provisions = path.length === 0 ? version.provisions : located ? [located.node] : []
  const around = located?.ancestors.flatMap((a) => a.uncertain ?? []) ?? []
  const indexes = [
    ...new Set([...(version.uncertain ?? []), ...around, ...uncertainOf(provisions)])
  ].sort((a, b) => a - b)
  const uncertain = indexes
    .map((i) => c.operations[i]!)
    .filter((o) => o.date === null || o.date <= on)
  let unknown: string | null = null
  if (version.known === 'part') {
    const given = provisions.length > 0 && !provisions.some(hasUnknown)
    unknown = `the original text of ${c.id} is not in the corpus${
      given
        ? `; ${id} as given whole by an amendment`
        : path.length > 0 && provisions.length === 0
          ? `, and no amendment by ${on} gives ${id} whole`
          : '; only the provisions amendments give whole are known'
    }`
  }
  return {...base, provisions, found: provisions.length > 0, uncertain, unknown}
}

const hasUnknown = (n: VersionProvision): boolean =>
  Boolean(n.unknown) || n.provisions.some(hasUnknown)

/** Plain text: a paragraph a provision. */
export function plainText(t: TextOnDate): string {
  return t.provisions.flatMap(renderProvision).join('\n\n')
}

/** The footnote mark of an operation: its number in the consolidation, from 1. */
const mark = (index: number) => `[${index + 1}]`

/** A provision's text with its changes marked: {+inserted+}[n], [-struck-][n]. */
function annotatedText(node: VersionProvision): string {
  const events = [
    ...(node.changed ?? []).map((p) => ({
      at: p.start,
      end: p.end,
      kind: 'insert' as const,
      by: p.by
    })),
    ...(node.removed ?? []).map((r) => ({
      at: r.at,
      end: r.at,
      kind: 'remove' as const,
      by: r.by,
      text: r.text
    }))
  ].sort((a, b) => a.at - b.at || (a.kind === 'remove' ? -1 : 1))
  let out = ''
  let at = 0
  for (const e of events) {
    if (e.at < at) continue
    out += node.text.slice(at, e.at)
    if (e.kind === 'remove') out += `[-${e.text}-]${mark(e.by)}`
    else out += `{+${node.text.slice(e.at, e.end)}+}${mark(e.by)}`
    at = e.kind === 'remove' ? e.at : e.end
  }
  return out + node.text.slice(at)
}

function annotatedProvision(node: VersionProvision): string[] {
  const label = node.label
    ? /^sec/i.test(node.label)
      ? `${node.label.replace(/\.$/, '')}.`
      : node.label
    : ''
  const heading = node.heading ? `${node.heading.replace(/\.$/, '')}.` : ''
  const whole = node.by !== undefined ? `${mark(node.by)}` : ''
  const doubt = node.uncertain?.length ? ` (uncertain: ${node.uncertain.map(mark).join(', ')})` : ''
  const text = node.unknown ? '[text not in the corpus]' : annotatedText(node)
  const head = [label + whole, heading, text].filter(Boolean).join(' ') + doubt
  return [head, ...node.provisions.flatMap(annotatedProvision)]
}

/** Who made a change: "[3] 2026-02-24 read-as eo/14324/2 by 2026-02-20-de-minimis-continuing (Sec. 2), file:12:1". */
export function describeOperation(op: ConsolidatedOperation, index: number): string {
  const where = `${op.source.file}:${op.source.position.start.line}:${op.source.position.start.column}`
  const outcome = op.outcome === 'refused' ? ` NOT APPLIED (${op.reason})` : ''
  return `${mark(index)} ${op.date ?? '(undated)'} ${op.operation} ${op.target}${op.as ? ` as ${op.as}` : ''} by ${op.document}${op.provision ? ` (${op.provision})` : ''}, ${where}${outcome}`
}

/** The text with each changed passage marked, then a note for each operation marked, and each not applied. */
export function annotatedTextOf(t: TextOnDate): string {
  const body = t.provisions.flatMap(annotatedProvision).join('\n\n')
  const used = new Set<number>()
  const collect = (n: VersionProvision) => {
    if (n.by !== undefined) used.add(n.by)
    for (const p of n.changed ?? []) used.add(p.by)
    for (const r of n.removed ?? []) used.add(r.by)
    for (const u of n.uncertain ?? []) used.add(u)
    n.provisions.forEach(collect)
  }
  t.provisions.forEach(collect)
  for (const op of t.uncertain) used.add(t.operations.indexOf(op))
  const notes = [...used].sort((a, b) => a - b).map((i) => describeOperation(t.operations[i]!, i))
  return notes.length > 0 ? `${body}\n\n${notes.join('\n')}` : body
}

/** What changed in the text between two dates, as a unified diff of its paragraphs. */
export function diffBetween(c: Consolidation, id: string, from: string, on: string): string {
  const before = textOn(c, id, from)
  const after = textOn(c, id, on)
  return unifiedDiff(
    plainText(before).split('\n\n'),
    plainText(after).split('\n\n'),
    `${id} on ${from}`,
    `${id} on ${on}`
  )
}
