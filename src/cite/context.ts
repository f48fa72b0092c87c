/**
 * What a document defines as it goes: short forms ("(section 232)"), defined
 * terms ("(IEEPA)", "(the “Act”)") and the acts it has linked to the U.S. Code
 * by a parallel citation. Shared by the units of one document, in order.
 */
import type {CitationType} from '../document/types.js'

export interface Definition {
  id: string
  type: CitationType
  /** For a defined act ("the Act"): its slug, to resolve "section 251A of the Act". */
  act?: string
}

export class CitationContext {
  /** Lower-cased short form -> what it stands for. */
  readonly definitions = new Map<string, Definition>()
  /** `{act slug}#{section}` -> U.S. Code `{title}/{section}`, learned from parallels. */
  readonly learnedSections = new Map<string, string>()
  /** Acts cited that the table of popular names does not know. */
  readonly unknownActs = new Set<string>()
  /** The slug of the act named most recently (antecedent of "the Act"). */
  lastAct: string | null = null
}
