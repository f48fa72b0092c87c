/** What the extractor finds in a text, before positions are laid on the source. */
import type {CitationType} from '../document/types.js'

export interface FoundCitation {
  /** Canonical id (docs/citation-ids.md). */
  id: string
  type: CitationType
  /** Offsets [start, end) in the text searched. */
  start: number
  end: number
  /** "et seq." followed the section. */
  etSeq?: boolean
  /** The first end of a range ("16 U.S.C. 668-668d"): the id of its last end, itself a citation too. */
  through?: string
  /** The short form or defined term it was resolved through ("section 232", "IEEPA"). */
  resolvedFrom?: string
  /** Ids of a parallel citation of the same provision ("section 232(d) (19 U.S.C. 1862(d))"). */
  parallel?: string[]
  /** Date printed with an executive order or proclamation ("of March 8, 2018"). */
  date?: string
  /** Title printed with it ("(Adjusting Imports of Steel into the United States)"). */
  title?: string
  /** Set when the act is not in the table of popular names: reported, not dropped. */
  unknownAct?: string
  /** How it was printed: a named act section or a short form (may take a parallel U.S. Code citation). */
  form?: 'named' | 'short'
  /** An act named without a section the table knows: kept only if a parallel U.S. Code citation follows. */
  provisional?: boolean
  /** An act named as a whole (its home in the Code), not one of its sections. */
  wholeAct?: boolean
}

/** Each citation read from a range's first end carries the id of the next, its last end. */
export function markRanges(
  refs: ReadonlyArray<{through?: boolean}>,
  citations: FoundCitation[]
): void {
  for (let i = 0; i + 1 < refs.length; i++)
    if (refs[i]!.through) citations[i]!.through = citations[i + 1]!.id
}

export function joinId(...parts: Array<string | undefined>): string {
  return parts.filter((p) => p !== undefined && p !== '').join('/')
}

/** The U.S. Code citation of a section whose home is `home` ("19/1862"), with its subsections. */
export function uscIdAt(home: string, subs: readonly string[]): string {
  return joinId('usc', ...home.split('/'), ...subs)
}
