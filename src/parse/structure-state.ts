/**
 * What the steps of `buildStructure` share: the context a document gives, the
 * state its units are read into, and the fields every unit node is made with.
 */
import type {Point, Position} from 'unist'
import type {RuleId} from '../document/rules.js'
import type {
  Citation,
  Dateline,
  DocumentContent,
  DocumentType,
  EnactingFormula,
  Provenance,
  Signature,
  SourceOffsets,
  WitnessClause
} from '../document/types.js'
import type {MappedText} from './mapped-text.js'
import type {Unit} from './units.js'

export type UnitBase = {
  text: string
  citations: Citation[]
  position: Position
  data: {offsets: SourceOffsets}
}

export interface StructureProblem {
  ruleId: RuleId
  message: string
  offset: number | null
}

export interface StructureContext {
  /** Point of a source offset (line and column in the original file). */
  toPoint: (offset: number) => Point
  /** Title from the front matter, if any. */
  title: string | null
  /** `document_type` from the front matter, if any. */
  frontMatterType: DocumentType | null
  /** `date` from the front matter, if valid. */
  date: string | null
  /** `number` from the front matter, if any. */
  frontMatterNumber: string | null
}

export interface Structure {
  children: DocumentContent[]
  type: DocumentType
  number: string | null
  signedDate: string | null
  signer: string | null
  provenance: Provenance
  /** Whether anything marks the text as a presidential document. */
  presidential: boolean
  problems: StructureProblem[]
}

/** Where the reading stands: header lines, then preamble, then (after a formula) body, then closing. */
export type Phase = 'header' | 'pre' | 'body' | 'closing'

/** Text read as provisions, with the bold run it opens with. */
export interface OperativeText {
  text: MappedText
  leadStrong: string | null
}

/** What the steps of `buildStructure` share: the units, and what has been read of them so far. */
export interface StructureState {
  readonly units: readonly Unit[]
  readonly ctx: StructureContext
  /** The front matter title as a key (`key`), to know the title line by. */
  readonly titleKey: string
  phase: Phase
  /** Header lines, formula and closing parts, in the order read. */
  readonly children: DocumentContent[]
  readonly problems: StructureProblem[]
  /** The type a header line names. */
  headerType: DocumentType | null
  number: string | null
  /** Whether `number` was read from the title (a memorandum's series number). */
  numberInTitle: boolean
  /** The date a header line prints. */
  headingDate: string | null
  formula: EnactingFormula | null
  /** The unit (or the part of one) the formula was read from. */
  formulaUnit: Unit | null
  witness: WitnessClause | null
  dateline: Dateline | null
  signature: Signature | null
  /** Surname a signature placeholder gives (`Trump.EPS`). */
  signerFromPlaceholder: string | null
  /** Units after the header and before any formula: findings, or provisions where no formula comes. */
  readonly pre: Unit[]
  /** Text after the formula: provisions. */
  readonly body: OperativeText[]
}

function position(ctx: StructureContext, start: number, end: number): Position {
  return {start: ctx.toPoint(start), end: ctx.toPoint(end)}
}

/** Source offsets a text spans; `fallback` for an empty one. */
export function span(text: MappedText, fallback: number): {start: number; end: number} {
  return text.offsets.length > 0
    ? {start: text.offsets.offsetAt(0)!, end: text.offsets.offsetAt(text.offsets.length - 1)! + 1}
    : {start: fallback, end: fallback}
}

/** What every unit node carries: its text, citations (filled by the citation stage), position and offsets. */
export function fields(
  ctx: StructureContext,
  text: MappedText,
  at: {start: number; end: number}
): UnitBase {
  return {
    text: text.text,
    citations: [],
    position: position(ctx, at.start, at.end),
    data: {offsets: text.offsets}
  }
}
