/**
 * Operative units -> nested provisions. Labels are read off the start of each
 * unit ("Sec. 2. General Provisions. (a) ..." is a section, its heading and the
 * start of its subsection (a)), normalised ("Sec. 2", "(1)", "(a)"), and nested
 * by kind: a label of a kind already open closes everything below it.
 */
import type {Provision, ProvisionKind} from '../document/types.js'
import {sliceMapped, trimMapped, type MappedText} from './mapped-text.js'
import {numberLabel, parenLabel, sectionLabel} from './patterns.js'

export interface LabelledText {
  /** Labels in order, each with the source offset it starts at. */
  labels: Array<{label: string; raw: string; kind: ProvisionKind | 'ambiguous'; start: number}>
  heading: string | null
  rest: MappedText
}

/** Letters that may be roman numerals or letters of the alphabet, with the letter before them. */
const romanOrLetter: Record<string, string> = {i: 'h', v: 'u', x: 'w', l: 'k', I: 'H', V: 'U', X: 'W', L: 'K'}

function labelKind(raw: string): ProvisionKind | 'ambiguous' {
  if (/^\d+$/.test(raw)) return 'number'
  if (raw.length === 1 && raw in romanOrLetter) return 'ambiguous'
  if (/^[ivxl]+$/.test(raw)) return 'roman'
  if (/^[IVXL]+$/.test(raw)) return 'upperRoman'
  if (/^[a-z]+$/.test(raw)) return 'lower'
  return 'upper'
}

const headingStopWords = /\b(?:shall|is|are|was|were|will|may|must|has|have|had|should|would|can|could|does|do)\b/

/** A first sentence short and capitalised enough to be a heading ("Regulatory Cap for Fiscal Year 2017."). */
function headingSentence(text: string): number {
  const stop = /\.(?=\s+["“(A-Z]|\s*$)/g
  let m: RegExpExecArray | null
  while ((m = stop.exec(text)) !== null) {
    const before = text.slice(0, m.index)
    // "U.S." and other abbreviations end in a single capital.
    if (/(?:^|[\s.])[A-Z]$/.test(before)) continue
    const words = before.split(/\s+/).filter(Boolean)
    if (words.length === 0 || words.length > 14 || before.length > 120) return -1
    if (headingStopWords.test(before)) return -1
    if (!/^[A-Z“"]/.test(before)) return -1
    const long = words.filter((w) => w.length > 3)
    const capitalised = long.filter((w) => /^["“(]?[A-Z0-9]/.test(w))
    if (long.length > 0 && capitalised.length / long.length < 0.5) return -1
    return m.index
  }
  return -1
}

/** Read the labels and heading a unit opens with. */
export function readLabels(text: MappedText, inProvisions: boolean): LabelledText {
  const labels: LabelledText['labels'] = []
  let rest = text
  let heading: string | null = null

  const section = sectionLabel.exec(rest.text)
  if (section) {
    labels.push({label: `Sec. ${section[1]}`, raw: section[1]!, kind: 'section', start: rest.offsets[0]!})
    rest = trimMapped(sliceMapped(rest, section[0].length))
    const mark = rest.marks[0]
    if (mark && mark[0] === 0) {
      heading = rest.text.slice(0, mark[1]).replace(/[\s.:]+$/, '').trim() || null
      rest = trimMapped(sliceMapped(rest, mark[1]))
      rest = trimMapped(sliceMapped(rest, /^[.:]?\s*/.exec(rest.text)![0].length))
    } else {
      const end = headingSentence(rest.text)
      if (end > 0) {
        heading = rest.text.slice(0, end).trim()
        rest = trimMapped(sliceMapped(rest, end + 1))
      }
    }
  } else if (inProvisions) {
    const number = numberLabel.exec(rest.text)
    if (number) {
      labels.push({label: `(${number[1]})`, raw: number[1]!, kind: 'number', start: rest.offsets[0]!})
      rest = trimMapped(sliceMapped(rest, number[0].length))
    }
  }
  // Parenthesised labels: "(b)(i) text", or "(a)" opening a section's first subsection.
  for (let m = parenLabel.exec(rest.text); m; m = parenLabel.exec(rest.text)) {
    labels.push({label: `(${m[1]})`, raw: m[1]!, kind: labelKind(m[1]!), start: rest.offsets[0]!})
    rest = trimMapped(sliceMapped(rest, m[0].length))
  }
  return {labels, heading, rest}
}

export interface ProvisionBuilderOptions {
  /** Make a provision node from its label, heading and text. */
  make: (label: string | null, kind: ProvisionKind, heading: string | null, text: MappedText, span: {start: number; end: number}) => Provision
  /** Extend a node's text and position with a further paragraph. */
  extend: (node: Provision, text: MappedText) => void
}

/** Nests provisions as their labels arrive. */
export class ProvisionBuilder {
  readonly roots: Provision[] = []
  private stack: Array<{kind: ProvisionKind; raw: string; node: Provision}> = []
  private pendingHeading: Provision | null = null

  constructor(private readonly options: ProvisionBuilderOptions) {}

  /** Add one operative unit. `leadStrong` is a bold run the unit opens with. */
  add(text: MappedText, leadStrong: string | null): void {
    const end = text.offsets.length > 0 ? text.offsets[text.offsets.length - 1]! + 1 : 0
    const read = readLabels(text, true)
    let rest = read.rest
    if (read.labels.length === 0) {
      // A bold lead after a bare section label is that section's heading ("### Section 1." / "**Purpose**").
      if (this.pendingHeading && leadStrong && rest.text.startsWith(leadStrong)) {
        this.pendingHeading.heading = leadStrong.replace(/[\s.:]+$/, '')
        rest = trimMapped(sliceMapped(rest, leadStrong.length))
        rest = trimMapped(sliceMapped(rest, /^[.:]?\s*/.exec(rest.text)![0].length))
        const inner = readLabels(rest, true)
        if (inner.labels.length > 0) {
          this.pendingHeading = null
          this.addLabelled(inner, inner.rest, end)
          return
        }
      }
      this.pendingHeading = null
      this.addUnlabelled(rest)
      return
    }
    this.addLabelled(read, rest, end)
  }

  private addLabelled(read: LabelledText, rest: MappedText, end: number): void {
    this.pendingHeading = null
    read.labels.forEach((l, i) => {
      const last = i === read.labels.length - 1
      const kind = this.resolveKind(l.kind, l.raw)
      const text = last ? rest : {text: '', offsets: [], marks: []}
      const node = this.options.make(l.label, kind, i === 0 ? read.heading : null, text, {start: l.start, end})
      this.place(node, kind, l.raw)
      if (last && kind === 'section' && rest.text === '' && read.heading === null) this.pendingHeading = node
    })
  }

  private addUnlabelled(text: MappedText): void {
    if (text.text === '') return
    const open = this.stack[this.stack.length - 1]
    if (open && open.node.label !== null) {
      this.options.extend(open.node, text)
      return
    }
    const node = this.options.make(null, 'paragraph', null, text, {
      start: text.offsets[0]!,
      end: text.offsets[text.offsets.length - 1]! + 1
    })
    this.stack = [{kind: 'paragraph', raw: '', node}]
    this.roots.push(node)
  }

  private resolveKind(kind: ProvisionKind | 'ambiguous', raw: string): ProvisionKind {
    if (kind !== 'ambiguous') return kind
    const letterKind: ProvisionKind = raw === raw.toLowerCase() ? 'lower' : 'upper'
    const romanKind: ProvisionKind = raw === raw.toLowerCase() ? 'roman' : 'upperRoman'
    const before = romanOrLetter[raw]
    const letterLevel = this.stack.find((s) => s.kind === letterKind)
    return letterLevel && letterLevel.raw === before && !this.stack.some((s) => s.kind === romanKind) ? letterKind : romanKind
  }

  private place(node: Provision, kind: ProvisionKind, raw: string): void {
    if (kind === 'section') this.stack = []
    else {
      const same = this.stack.findIndex((s) => s.kind === kind)
      if (same !== -1) this.stack.length = same
      else if (this.stack[0]?.kind === 'paragraph') this.stack = []
    }
    const parent = this.stack[this.stack.length - 1]
    if (parent) parent.node.children.push(node)
    else this.roots.push(node)
    this.stack.push({kind, raw, node})
  }
}

