/**
 * What a document defines as it goes: short forms ("(section 232)"), defined
 * terms ("(IEEPA)", "(the “Act”)") and the acts it has linked to the U.S. Code
 * by a parallel citation. Shared by the units of one document, in order.
 */
import type {CitationType} from '../document/types.js'
import type {FoundCitation} from './found.js'

export interface Definition {
  id: string
  type: CitationType
  /** For a defined act ("the Act"): its slug, to resolve "section 251A of the Act". */
  act?: string
}

/**
 * The instrument an amending instruction acts on (`id`), where in the text being read the instruction ends, and the
 * provision its subject names ("Section 3 of Executive Order 13389 ... is amended:" -> ['3']): bare designators of its
 * items ("by striking subsection (c)") are under it.
 */
export interface Amending {
  id: string
  end: number
  scope?: string[]
}

export class CitationContext {
  /** Lower-cased short form -> what it stands for. */
  readonly definitions = new Map<string, Definition>()
  /** `{act slug}#{section}` -> U.S. Code `{title}/{section}`, learned from parallels. */
  readonly learnedSections = new Map<string, string>()
  /** Where the act named last ends, and in which text: an abbreviation defined after its parallels is still its. */
  lastActAt: {text: string; end: number} | null = null
  /** Acts cited that the table of popular names does not know. */
  readonly unknownActs = new Set<string>()
  /**
   * `{eo|proc}/{date}` -> the slug of the title it was last named with: "the Executive Order of February 1, 2025",
   * its date alone, is that one.
   */
  readonly datedTitles = new Map<string, string>()
  /** Short names given to instruments ("(Divestment Order)"): what each stands for, and how it is printed after "the". */
  readonly instrumentNames: Array<{id: string; type: CitationType; pattern: RegExp}> = []
  /** The slug of the act named most recently (antecedent of "the Act"). */
  lastAct: string | null = null
  /** The citations read so far in the text being read (readers look back at them). */
  unitCitations: FoundCitation[] = []
  /**
   * The instrument an amending instruction acts on, and where in the text being read its instruction ends:
   * provisions named there without "of ..." are its provisions ("Executive Order 14144 is hereby amended by
   * striking subsection 2(e)" -> eo/14144/2/e).
   */
  amending: Amending | null = null
  /** Set before a text that is an item of an open instruction ("(a) striking subsection 2(e);"): the instrument. */
  inheritedAmending: Amending | null = null
  /** Set by a text whose amending instruction runs to its end ("... is hereby amended by:"): its items inherit it. */
  openAmending: Amending | null = null
  /** The texts read before that name an order, proclamation or memorandum: where "that order" looks back. */
  readonly namingTexts: Array<{text: string; cited: readonly FoundCitation[]}> = []
}
