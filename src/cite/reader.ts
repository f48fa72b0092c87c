/**
 * The shape of one reader of citations: a trigger the scanner looks for, and what reads the
 * citation(s) where it is found. What the citations are is the table of kinds (data/citation-kinds.ts).
 */
import type {CitationContext} from './context.js'
import type {FoundCitation} from './found.js'

export interface ReadResult {
  citations: FoundCitation[]
  /** Offset just past what was read. */
  end: number
  /**
   * Where the scan for further citations resumes, when before `end`: inside a printed title ("Presidential
   * Memorandum of January 17, 2023 (Delegation of Authority Under Section 6501(b)(2) of the ... Act ...)").
   */
  resume?: number
}

export interface CitationReader {
  readonly name: string
  /**
   * Source of a regular expression with no capturing groups, found by the scanner's single pass
   * at a word boundary. Keep it led by literal text: the reader checks the rest.
   */
  readonly trigger: string
  /** Read the citation(s) at a trigger found at `at`; null when it is no citation after all. */
  read(text: string, at: number, ctx: CitationContext): ReadResult | null
}
