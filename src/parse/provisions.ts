/**
 * Operative units -> nested provisions. Labels are read off the start of each
 * unit ("Sec. 2. General Provisions. (a) ..." is a section, its heading and the
 * start of its subsection (a)), normalised ("Sec. 2", "(1)", "(a)"), and nested
 * by kind: a label of a kind already open closes everything below it.
 */
import {search} from '../util/pattern.js'
import {trimEndOf} from '../util/trim-end.js'
import type {Provision, ProvisionKind} from '../document/types.js'
import {emptyMapped, sliceMapped, trimMapped, type MappedText} from './mapped-text.js'
import type {OffsetRuns} from './offset-runs.js'
import {numberLabel, parenLabel, sectionLabel} from './patterns.js'

export interface LabelledText {
  /** Labels in order, each with the source offset it starts at. */
  labels: Array<{label: string; raw: string; kind: ProvisionKind | 'ambiguous'; start: number}>
  /** Heading of the section label, if any. */
  heading: string | null
  /** Source offsets of the heading's characters, where it is printed as it reads (its citations are placed by them). */
  headingOffsets: OffsetRuns | null
  /** Heading of the last parenthesised label ("(a) National Resilience Strategy."), if any. */
  subheading: string | null
  subheadingOffsets: OffsetRuns | null
  rest: MappedText
}

/**
 * The letter label before one that may also be a roman numeral: "(i)" follows "(h)"
 * in a lettered list, "(ii)" follows "(hh)" where lists run on to doubled letters.
 */
function letterBefore(raw: string): string | null {
  if (!/^(?:[ivxl]|[IVXL])$/.test(raw[0]!) || ![...raw].every((c) => c === raw[0])) return null
  return String.fromCharCode(raw.charCodeAt(0) - 1).repeat(raw.length)
}

/** The value of a roman numeral of the labels ("xviii" 18), 0 for none. */
function romanValue(raw: string): number {
  const values: Record<string, number> = {i: 1, v: 5, x: 10, l: 50}
  const t = raw.toLowerCase()
  let total = 0
  for (let i = 0; i < t.length; i++) {
    const v = values[t[i]!] ?? 0
    const next = values[t[i + 1] ?? ''] ?? 0
    if (v === 0) return 0
    total += v < next ? -v : v
  }
  return total
}

function labelKind(raw: string): ProvisionKind | 'ambiguous' {
  if (/^\d+$/.test(raw)) return 'number'
  if (letterBefore(raw) !== null) return 'ambiguous'
  if (/^[ivxl]+$/.test(raw)) return 'roman'
  if (/^[IVXL]+$/.test(raw)) return 'upperRoman'
  if (/^[a-z]+$/.test(raw)) return 'lower'
  return 'upper'
}

/** Words no heading holds: verbs of a sentence, and an enactment's ("I hereby revoke Executive Order 14019 ..."). */
const headingStopWords =
  /\b(?:shall|is|are|was|were|will|may|must|has|have|had|should|would|can|could|does|do|hereby|revoke|rescind|amend|supersede|terminate)\b/

/** A first sentence short and capitalised enough to be a heading ("Regulatory Cap for Fiscal Year 2017."). */
function headingSentence(text: string): number {
  const stop = /\.(?=\s+["“(A-Z]|\s*$)/g
  for (const m of text.matchAll(stop)) {
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

/** Trailing punctuation and stray emphasis markers of a heading ("Policy.", "Iran*. *"). */
export function cleanHeading(text: string): string {
  return trimEndOf(text, /[\s.:*_]/).trim()
}

/** A heading the source marked (underlined, emphasised) at the start of the text, ending in a full stop. */
function markedHeading(text: MappedText): {heading: string; rest: MappedText} | null {
  const mark = text.marks[0]
  if (mark?.[0] !== 0) return null
  // The mark must close a phrase: followed by a full stop (inside or just after the mark).
  const after = text.text.slice(mark[1])
  const inside = text.text.slice(0, mark[1])
  if (!/[.:][\s*_]*$/.test(inside) && !/^\s*[*_]*[.:]/.test(after) && after.trim() !== '')
    return null
  const heading = cleanHeading(inside)
  if (heading === '' || heading.split(/\s+/).length > 20) return null
  let rest = trimMapped(sliceMapped(text, mark[1]))
  rest = trimMapped(sliceMapped(rest, /^[*_]*[.:]?[*_]*\s*/.exec(rest.text)![0].length))
  return {heading, rest}
}

/**
 * The heading a text opens with: the marked one, else a short capitalised first sentence.
 * Strict (subsections): never one holding numbers or parentheses, which is how cited
 * instruments read, and never the whole text.
 */
function readHeading(
  text: MappedText,
  strict: boolean
): {heading: string | null; offsets: OffsetRuns | null; rest: MappedText} {
  const marked = markedHeading(text)
  if (marked) return {...marked, offsets: headingOffsets(text, marked.heading)}
  const end = headingSentence(text.text)
  if (end <= 0) return {heading: null, offsets: null, rest: text}
  const candidate = text.text.slice(0, end).trim()
  if (strict && (/[\d()]/.test(candidate) || text.text.slice(end + 1).trim() === ''))
    return {heading: null, offsets: null, rest: text}
  return {
    heading: candidate,
    offsets: headingOffsets(text, candidate),
    rest: trimMapped(sliceMapped(text, end + 1))
  }
}

/** The source offsets of a heading read off the start of `text`, where the text prints it as it reads. */
function headingOffsets(text: MappedText, heading: string): OffsetRuns | null {
  const at = text.text.indexOf(heading)
  return at === -1 || at > 4 ? null : text.offsets.slice(at, at + heading.length)
}

/** Read the labels and heading a unit opens with. */
export function readLabels(text: MappedText, inProvisions: boolean): LabelledText {
  const labels: LabelledText['labels'] = []
  let rest = text
  let heading: string | null = null
  let headingAt: OffsetRuns | null = null
  let subheading: string | null = null
  let subheadingAt: OffsetRuns | null = null

  const section = search(sectionLabel, rest.text)
  if (section) {
    labels.push({
      label: `Sec. ${section.groups.number}`,
      raw: section.groups.number,
      kind: 'section',
      start: rest.offsets.offsetAt(0)!
    })
    rest = trimMapped(sliceMapped(rest, section[0].length))
    const read = readHeading(rest, false)
    heading = read.heading
    headingAt = read.offsets
    rest = read.rest
  } else if (inProvisions) {
    const number = search(numberLabel, rest.text)
    if (number) {
      labels.push({
        label: `(${number.groups.number})`,
        raw: number.groups.number,
        kind: 'number',
        start: rest.offsets.offsetAt(0)!
      })
      rest = trimMapped(sliceMapped(rest, number[0].length))
    }
  }
  // Parenthesised labels: "(b)(i) text", or "(a)" opening a section's first subsection.
  const sectionLabels = labels.length
  for (let m = search(parenLabel, rest.text); m; m = search(parenLabel, rest.text)) {
    const {label} = m.groups
    labels.push({
      label: `(${label})`,
      raw: label,
      kind: labelKind(label),
      start: rest.offsets.offsetAt(0)!
    })
    rest = trimMapped(sliceMapped(rest, m[0].length))
  }
  // A subsection may carry an underlined heading of its own: "(a) <u>National Resilience Strategy</u>. Within ...".
  if (labels.length > sectionLabels) {
    const read = readHeading(rest, true)
    subheading = read.heading
    subheadingAt = read.offsets
    rest = read.rest
  }
  return {
    labels,
    heading,
    headingOffsets: headingAt,
    subheading,
    subheadingOffsets: subheadingAt,
    rest
  }
}

export interface ProvisionBuilderOptions {
  /** Make a provision node from its label, heading and text. */
  make: (
    label: string | null,
    kind: ProvisionKind,
    heading: string | null,
    text: MappedText,
    span: {start: number; end: number}
  ) => Provision
  /** Extend a node's text and position with a further paragraph. */
  extend: (node: Provision, text: MappedText) => void
}

/** How many paragraphs one quotation may run over (a whole order revised to read anew runs to dozens). */
const maxQuotedUnits = 80

/**
 * The curly quotation marks a paragraph leaves open, given those open before it. A paragraph that goes on with an
 * open quotation may open with a mark of its own (each quoted paragraph opens with one, only the last closes).
 */
export function quoteDepthAfter(text: string, depth: number): number {
  let open = depth
  let from = 0
  if (open > 0) {
    const lead = /^\s*“/.exec(text)
    if (lead) from = lead[0].length
  }
  // A closing mark printed as an opening one, ending the paragraph ("... the preceding three sentences.“").
  const misprinted = /[.;:,]“\s*$/.test(text) ? text.lastIndexOf('“') : -1
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (i === misprinted) open = Math.max(0, open - 1)
    else if (c === 0x201c) open++
    else if (c === 0x201d) open = Math.max(0, open - 1)
  }
  return open
}

/** Keep where a provision's heading stands in the source, so what it cites can be placed. */
function withHeadingOffsets(node: Provision, offsets: OffsetRuns | null): void {
  if (offsets) node.data = {...node.data, headingOffsets: offsets}
}

/** Nests provisions as their labels arrive. */
export class ProvisionBuilder {
  readonly roots: Provision[] = []
  private stack: Array<{kind: ProvisionKind; raw: string; node: Provision}> = []
  private pendingHeading: Provision | null = null
  /** Quotation marks left open by the units read so far: the next unit is quoted text. */
  private quoteDepth = 0
  /** Units read into the open quotation, to give up on one a stray mark left open. */
  private quotedUnits = 0

  constructor(private readonly options: ProvisionBuilderOptions) {}

  /** Add one operative unit. `leadStrong` is a bold run the unit opens with. */
  add(text: MappedText, leadStrong: string | null): void {
    if (this.addQuoted(text)) return
    this.quotedUnits = 0
    this.quoteDepth = quoteDepthAfter(text.text, 0)
    this.addUnit(text, leadStrong)
  }

  /**
   * A paragraph inside a quotation an earlier one opened ("... inserting in lieu thereof the following new sections 2
   * and 3:" + "“Sec. 2. Functions. (a) ..." + "(b) ..." + "Sec. 3. Administration. ...”"): text the instruction
   * inserts, read into the provision that holds the instruction, not a section or clause of this document. Not past
   * the document's own next section ("Sec. 6." after its Sec. 5, a quotation left open by a stray mark), nor past
   * `maxQuotedUnits`.
   */
  private addQuoted(text: MappedText): boolean {
    const open = this.stack[this.stack.length - 1]
    if (this.quoteDepth === 0 || !open || open.node.label === null) return false
    if (this.quotedUnits >= maxQuotedUnits || this.nextSection(text.text)) {
      this.quoteDepth = 0
      return false
    }
    this.options.extend(open.node, text)
    this.quotedUnits++
    this.quoteDepth = quoteDepthAfter(text.text, this.quoteDepth)
    return true
  }

  /** Whether a paragraph opens the provision after the document's last top-level one ("Sec. 6." after Sec. 5, "(3)" after (2)). */
  private nextSection(text: string): boolean {
    const last = this.roots[this.roots.length - 1]
    const number = last?.label ? /\d+/.exec(last.label)?.[0] : undefined
    const opening = /^\s*(?:(?:Sec(?:tion)?\.?\s*)(\d+)\b|\((\d+)\)|(\d+)\.\s)/i.exec(text)
    const next = opening ? Number(opening[1] ?? opening[2] ?? opening[3]) : Number.NaN
    return number !== undefined && next === Number(number) + 1
  }

  private addUnit(text: MappedText, leadStrong: string | null): void {
    const end = text.offsets.length > 0 ? text.offsets.offsetAt(text.offsets.length - 1)! + 1 : 0
    const read = readLabels(text, true)
    let rest = read.rest
    if (read.labels.length === 0) {
      // A bold lead after a bare section label is that section's heading ("### Section 1." / "**Purpose**").
      if (this.pendingHeading && leadStrong && rest.text.startsWith(leadStrong)) {
        const heading = cleanHeading(leadStrong)
        this.pendingHeading.heading = heading
        withHeadingOffsets(this.pendingHeading, headingOffsets(rest, heading))
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
      const text = last ? rest : emptyMapped
      const sectionHeading = i === 0 && kind === 'section'
      const heading = sectionHeading ? read.heading : last ? read.subheading : null
      const node = this.options.make(l.label, kind, heading, text, {start: l.start, end})
      if (heading !== null)
        withHeadingOffsets(node, sectionHeading ? read.headingOffsets : read.subheadingOffsets)
      this.place(node, kind, l.raw)
      if (last && kind === 'section' && rest.text === '' && read.heading === null)
        this.pendingHeading = node
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
      start: text.offsets.offsetAt(0)!,
      end: text.offsets.offsetAt(text.offsets.length - 1)! + 1
    })
    this.stack = [{kind: 'paragraph', raw: '', node}]
    this.roots.push(node)
  }

  /**
   * A label that is a letter or a roman numeral ("(i)", "(v)", "(x)", "(l)"): the next numeral of
   * an open roman list ("(ii)" after "(i)"), else the next letter of an open lettered list ("(i)"
   * after "(h)", "(l)" after "(k)", even where a roman list under "(h)" or "(k)" is open), unless the
   * lettered provision ends no sentence: no text yet, a title, or a list's opening ("(h) ... the
   * following:" / "(i) ...").
   */
  private resolveKind(kind: ProvisionKind | 'ambiguous', raw: string): ProvisionKind {
    if (kind !== 'ambiguous') return kind
    const lower = raw === raw.toLowerCase()
    const letterKind: ProvisionKind = lower ? 'lower' : 'upper'
    const romanKind: ProvisionKind = lower ? 'roman' : 'upperRoman'
    const romanLevel = this.stack.find((s) => s.kind === romanKind)
    if (romanLevel && romanValue(romanLevel.raw) + 1 === romanValue(raw)) return romanKind
    const letterLevel = this.stack.find((s) => s.kind === letterKind)
    if (!letterLevel || letterLevel.raw !== letterBefore(raw)) return romanKind
    const open = this.stack[this.stack.length - 1]!
    // "(h) Iran." with no text yet, "(h) Palestinian Authority Documents", "(h) ... the following:": a
    // lettered provision that ends no sentence is continued by its list.
    const opensList =
      open === letterLevel && !/[.;!?]["”’')\]]*(?:\s+(?:and|or))?\s*$/.test(open.node.text)
    return opensList && romanValue(raw) === 1 ? romanKind : letterKind
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
