/**
 * The version model: an instrument's provisions as a tree of designations (label path -> text), each
 * changed passage pointing at the operation that made it. What `consolidated/<id>.json` holds (its schema is
 * schema/consolidated.schema.json), and what `proclaim text` reads.
 */
import type {DiagnosticJson, OperationKind, PositionJson} from '../document/types.js'

/** A passage of a provision's text an operation put there: `text.slice(start, end)`, by operation `by`. */
export interface Passage {
  start: number
  end: number
  /** Index of the operation in the consolidation's `operations`. */
  by: number
}

/** Words an operation struck, and where in the text as it now reads they stood. */
export interface Removal {
  at: number
  text: string
  by: number
}

/** A provision in one version of an instrument. */
export interface VersionProvision {
  /** The designation as ids spell it ("2", "a", "ii"); empty for an unlabelled paragraph. */
  key: string
  label: string | null
  heading: string | null
  text: string
  /** Its own words are not in the corpus (the original is not, and no operation gave them): only what is inside it is known. */
  unknown?: true
  /** Passages operations inserted (in text order). */
  changed?: Passage[]
  /** Words operations struck. */
  removed?: Removal[]
  /** The operation that made the provision what it is whole (read-as, add, redesignate). */
  by?: number
  /** Operations on it (or inside it) that could not be applied: its text may not be what is in force. */
  uncertain?: number[]
  /** Where its words were printed: the original's provision, or the amending instruction that gave them. */
  at?: Place
  provisions: VersionProvision[]
}

/** A place in a source file. */
export interface Place {
  file: string
  line: number
  column: number
}

/** Why an operation was not applied: each with the words a reader is given. */
export type Refusal =
  | 'text-unknown'
  | 'no-such-provision'
  | 'struck-not-found'
  | 'ambiguous'
  | 'not-quoted'
  | 'anchor-not-found'
  | 'no-text'
  | 'already-there'
  | 'same-day-conflict'
  | 'annex'

/** What became of one operation. */
export type Outcome =
  /** Applied to the text. */
  | 'applied'
  /** The same instruction as one applied before it, from another document (a second printing, a twin proclamation). */
  | 'duplicate'
  /** A change of what the instrument imposes (rates, scope, an annex's lists), not of its words. */
  | 'not-textual'
  | 'refused'

/** One operation on the instrument, in the order of effect, with what became of it. */
export interface ConsolidatedOperation {
  /** The acting document (its file id) and provision ("Sec. 1", "(3)"). */
  document: string
  provision: string | null
  /** The acting instrument's key (`eo/14324`, `doc/{id}`). */
  from: string
  operation: OperationKind
  target: string
  struck?: string
  inserted?: string
  as?: string
  position?: {relation: 'after' | 'before' | 'at the end'; anchor: string}
  /** Date it takes effect (its effective date, else the acting document's). */
  date: string | null
  /** The acting document's date of signing (else its front matter's). */
  signed: string | null
  outcome: Outcome
  reason?: Refusal
  /** The instruction amends an annex of the instrument ("the chapeau of Annex II ... is amended by deleting ..."). */
  annex?: true
  /** The instruction's words. */
  text: string
  source: {file: string; position: PositionJson}
}

/** The instrument as it reads from a date until the next version. */
export interface Version {
  /** From when: the original's date of signing for the first version, else the date operations took effect. */
  date: string | null
  /** The operations that made this version from the one before (indexes into `operations`). */
  operations: number[]
  /** Whether the whole text is known, or only provisions an operation gave in full (the original not in the corpus). */
  known: 'whole' | 'part'
  provisions: VersionProvision[]
  /** Operations on the instrument itself, or on provisions it does not have, that could not be applied. */
  uncertain?: number[]
}

/** An instrument's text through time. */
export interface Consolidation {
  id: string
  /** The document holding the original text; null when the corpus has none. */
  original: {document: string; file: string; date: string | null} | null
  operations: ConsolidatedOperation[]
  versions: Version[]
  /** Every operation not applied, and every doubt, with the instruction's place and the target's. */
  diagnostics: ConsolidationDiagnostic[]
}

/** A diagnostic on the amending instruction (its file, line, column), with the place of what it acts on. */
export interface ConsolidationDiagnostic extends DiagnosticJson {
  /** Index of the operation in `operations`. */
  operation: number
  /** Where the target stands: the provision in the original, or the text an earlier operation inserted. */
  target: {id: string} & Partial<Place>
  /** The other operation of a same-day conflict. */
  other?: number
}
