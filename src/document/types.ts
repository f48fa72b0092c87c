/**
 * The document tree: node types registered on mdast by module augmentation,
 * and the JSON contract that `proclaim parse --format json` prints.
 * Types only; no logic.
 */
import type {Data, Node, Parent, Position} from 'unist'
import type {CitationType} from '../data/citation-kinds.js'

/** The four kinds of presidential document the parser tells apart. */
export type DocumentType = 'proclamation' | 'executive_order' | 'memorandum' | 'other'

/** Kinds of citation (filled by the citation engine), derived from its table of kinds. */
export type {CitationType}

/** One legal citation found in a unit's text. */
export interface Citation {
  /** Canonical id (`usc/19/1862/c/3/A/i`), per docs/citation-ids.md. */
  id: string
  type: CitationType
  /** The citation as printed (normalised whitespace). */
  text: string
  position: Position
  /** Link to an authoritative source, where one exists. */
  url: string | null
  /** The antecedent a short form resolved through ("section 232" -> defined at ...). */
  resolvedFrom?: string
  /** Canonical ids of parallel citations of the same provision. */
  parallel?: string[]
  /** "et seq." followed the section cited. */
  etSeq?: boolean
  /** The first end of a range ("16 U.S.C. 668-668d"): the id of its last end, which is cited too. */
  through?: string
  /** Date printed with a cited executive order or proclamation. */
  date?: string
  /** Title printed with a cited executive order or proclamation. */
  title?: string
}

/**
 * What a supersession entry does to its targets (filled by the supersession stage). Named here, not derived
 * from the verb table of supersede/actions.ts, as document/ comes before supersede/; that table has one
 * entry for each (a missing or unknown one does not compile).
 */
export type SupersessionAction =
  | 'revoke'
  | 'supersede'
  | 'amend'
  | 'suspend'
  | 'reinstate'
  | 'terminate'
  | 'modify'
  | 'continue'

export interface Supersession {
  provision: string | null
  action: SupersessionAction
  scope: 'specific' | 'general'
  targets: string[]
  effective?: string
  /** When `effective` was counted from the document's date: the phrase ("3 days after the date of this order"). */
  effectivePhrase?: string
  /** The action reaches only part of its targets: "to the extent inconsistent", "in part". */
  partial?: boolean
  /** An amendment's instructions, one operation a provision (supersede/operations.ts). */
  operations?: Operation[]
  text: string
  position: Position
}

/** What one amending instruction does to one provision (the schema's enum is held to this list by a test). */
export type OperationKind =
  | 'strike'
  | 'insert'
  | 'strike-insert'
  | 'read-as'
  | 'redesignate'
  | 'add'
  | 'revoke-provision'
  | 'modify'

/** One operation of an amending instruction ("by striking subsection 2(e)"). */
export interface Operation {
  operation: OperationKind
  /** The provision acted on (`eo/14144/2/e`), per docs/citation-ids.md; the instrument when none is named. */
  target: string
  /** The quoted text struck. */
  struck?: string
  /** The quoted text inserted, or the quoted new text of the provision (it may run over several paragraphs). */
  inserted?: string
  /** Where an insertion goes: "after" subsection (vii), "before" the period, "at the end" of a provision. */
  position?: {relation: 'after' | 'before' | 'at the end'; anchor: string}
  /**
   * The provision's other designation: the new one a redesignation gives it, or the one an earlier redesignation
   * gave it ("former section 6 (newly designated section 5)").
   */
  as?: string
  /** The words of the instruction. */
  text: string
  /** Where they stand in the source file. */
  source: Position
}

/** Where each UTF-16 unit of a text stands in the source file (held as runs: parse/offset-runs.ts). */
export interface SourceOffsets {
  readonly length: number
  /** The source offset of the text's character `index`; undefined outside the text. */
  offsetAt(index: number): number | undefined
}

/** Data every unit node may carry beyond its fields. */
export interface UnitData extends Data {
  /** Source offset (in the original file) of each UTF-16 unit of `text`; lets later stages place what they find. */
  offsets?: SourceOffsets
  /** The same for a provision's `heading` ("Amendments to Proclamation 9705"), which may cite. */
  headingOffsets?: SourceOffsets
}

/** A document's reference to one of its own provisions ("section 2(b) of this order"). */
export interface CrossReference {
  /** Label path of the provision referred to, from the top: ["Sec. 2", "(b)"]. */
  target: string[]
  text: string
  position: Position
}

/** Fields shared by every text-bearing node of the document tree. */
export interface UnitFields extends Node {
  /** Normalised text: lines joined, NBSPs and escapes resolved, markup removed. */
  text: string
  citations: Citation[]
  /** References to the document's own provisions, apart from citations. */
  references?: CrossReference[]
  position: Position
  data?: UnitData
}

/** A header line: "BY THE PRESIDENT ...", "A PROCLAMATION", the title, "MEMORANDUM FOR ...". */
export interface Preface extends UnitFields {
  type: 'preface'
  role: 'heading' | 'title' | 'number' | 'date' | 'addressee' | 'subject' | 'publication'
}

/** A finding (recital) of the preamble: numbered ("1.") or not (WHEREAS, prose). */
export interface Finding extends UnitFields {
  type: 'finding'
  /** "1", "2", ... or null for unnumbered findings. */
  label: string | null
}

/** The enacting formula: "NOW, THEREFORE, I, ... do hereby proclaim", "By the authority ... it is hereby ordered". */
export interface EnactingFormula extends UnitFields {
  type: 'enactingFormula'
  /** The president's name as printed in the formula, where it names one. */
  president: string | null
  /** The authority text ("the Constitution and the laws of the United States, including section 232 ..."). */
  authority: string | null
  /** The enacting verb: proclaim, order, direct, determine, ... */
  verb: string | null
}

/** Level of a provision label. */
export type ProvisionKind =
  | 'section'
  | 'number'
  | 'lower'
  | 'upper'
  | 'roman'
  | 'upperRoman'
  | 'paragraph'

/** An operative provision: a proclamation clause "(1)", an order section "Sec. 1", or a nested "(a)", "(i)". */
export interface Provision extends UnitFields {
  type: 'provision'
  /** Normalised label: "Sec. 1", "(1)", "(a)", "(i)"; null for unlabelled operative text. */
  label: string | null
  kind: ProvisionKind
  /** Section heading ("Purpose"), when the provision has one. */
  heading: string | null
  children: Provision[]
}

/** "IN WITNESS WHEREOF, I have hereunto set my hand this ... day of ..." */
export interface WitnessClause extends UnitFields {
  type: 'witnessClause'
  /** ISO date the clause states. */
  date: string | null
  /** Year of Independence as printed, as a number. */
  independenceYear: number | null
}

/** "THE WHITE HOUSE, January 20, 2025." */
export interface Dateline extends UnitFields {
  type: 'dateline'
  date: string | null
}

/** The signature block. */
export interface Signature extends UnitFields {
  type: 'signature'
  /** Name as printed, or the president's name where only a placeholder is printed. */
  name: string | null
}

/** Anything a document holds that is none of the above (publication trailers, notes). */
export interface Remainder extends UnitFields {
  type: 'remainder'
}

/** Every node the document tree may hold below its root. */
export type DocumentContent =
  | Preface
  | Finding
  | EnactingFormula
  | Provision
  | WitnessClause
  | Dateline
  | Signature
  | Remainder

/** Where a document-level value came from. */
export interface Provenance {
  type: 'heading' | 'title' | 'formula' | 'body' | 'frontMatter'
  number: 'text' | 'title' | 'frontMatter' | null
  signedDate: 'witness' | 'dateline' | 'heading' | null
  signer: 'signature' | 'placeholder' | 'term' | null
}

/** What identifies a document: shared by the tree's root data and the JSON contract. */
export interface DocumentHead {
  id: string
  file: string
  type: DocumentType
  number: string | null
  title: string | null
  /** The front matter's date. */
  date: string | null
  /** The date the document itself states. */
  signedDate: string | null
  signer: string | null
  /** Where the document was published (front matter `source_url`). */
  sourceUrl: string | null
  provenance: Provenance
}

/** Document-level values, kept on the root's data. */
export interface DocumentMeta extends DocumentHead {
  frontMatter: Record<string, unknown>
}

/** Root of the document tree that the unified plugin returns. */
export interface PresidentialDocument extends Parent {
  type: 'presidentialDocument'
  children: DocumentContent[]
  data: Data & {meta: DocumentMeta; supersessions?: Supersession[]}
}

declare module 'mdast' {
  interface RootContentMap {
    preface: Preface
    finding: Finding
    enactingFormula: EnactingFormula
    provision: Provision
    witnessClause: WitnessClause
    dateline: Dateline
    signature: Signature
    remainder: Remainder
  }
}

// ---- The JSON contract ------------------------------------------------------

export interface PositionJson {
  start: {line: number; column: number; offset: number}
  end: {line: number; column: number; offset: number}
}

export interface CitationJson extends Omit<Citation, 'position'> {
  position: PositionJson
}

export interface FindingJson {
  label: string | null
  text: string
  position: PositionJson
  citations: CitationJson[]
}

export interface FormulaJson {
  text: string
  president: string | null
  authority: string | null
  verb: string | null
  position: PositionJson
  citations: CitationJson[]
}

export interface ProvisionJson {
  label: string | null
  heading: string | null
  text: string
  position: PositionJson
  citations: CitationJson[]
  provisions: ProvisionJson[]
}

export interface SupersessionJson extends Omit<Supersession, 'position' | 'operations'> {
  operations?: OperationJson[]
  position: PositionJson
}

export interface OperationJson extends Omit<Operation, 'source'> {
  source: PositionJson
}

export type Severity = 'error' | 'warning' | 'info'

export interface DiagnosticJson {
  ruleId: string
  source: string
  severity: Severity
  message: string
  file: string
  line: number | null
  column: number | null
}

export interface CrossReferenceJson {
  /** Label path of the provision the reference stands in (null in findings and the formula). */
  from: string[] | null
  target: string[]
  text: string
  position: PositionJson
}

export interface DocumentJson extends DocumentHead {
  findings: FindingJson[]
  formula: FormulaJson | null
  provisions: ProvisionJson[]
  closing: {
    witness: {
      text: string
      date: string | null
      independenceYear: number | null
      position: PositionJson
    } | null
    dateline: {text: string; date: string | null; position: PositionJson} | null
    signature: {text: string; name: string | null; position: PositionJson} | null
  }
  citations: CitationJson[]
  /** References to the document's own provisions ("section 2 of this order"). */
  crossReferences: CrossReferenceJson[]
  supersessions: SupersessionJson[]
  diagnostics: DiagnosticJson[]
}
