/**
 * A document's references to itself: "section 2(b) of this order", "clause (3) of this
 * proclamation", "subsection (a) of this section". Not citations of another instrument
 * (shared/spec/citation-ids.md): recorded apart, as paths of provision labels.
 */

export interface FoundReference {
  start: number
  end: number
  /** Labels from the top: ["Sec. 2", "(b)"], ["(3)"]; "this section" resolved by the caller. */
  target: string[]
  /** Whether the target is relative to the section the reference stands in ("of this section"). */
  relative: boolean
}

const reference =
  /\b(?:([Ss]ections?|[Ss]ec\.)\s+(\d{1,3}[A-Za-z]?)((?:\([0-9A-Za-z]{1,4}\))*)|(?:[Ss]ubsections?|[Pp]aragraphs?|[Cc]lauses?|[Ss]ubparagraphs?|[Ss]ubclauses?)\s+\(?([0-9A-Za-z]{1,4})\)?((?:\([0-9A-Za-z]{1,4}\))*))\s+of\s+this\s+(order|proclamation|memorandum|section|determination|notice|directive)\b/g

function parts(printed: string | undefined): string[] {
  return [...(printed ?? '').matchAll(/\(([0-9A-Za-z]{1,4})\)/g)].map((m) => `(${m[1]})`)
}

export function findReferences(text: string): FoundReference[] {
  const found: FoundReference[] = []
  reference.lastIndex = 0
  for (let m = reference.exec(text); m !== null; m = reference.exec(text)) {
    const relative = m[6] === 'section'
    const target =
      m[2] !== undefined ? [`Sec. ${m[2]}`, ...parts(m[3])] : [`(${m[4]})`, ...parts(m[5])]
    // "section 3 of this section" is not a thing; "subsection (a) of this section" is relative.
    if (relative && m[2] !== undefined) continue
    found.push({start: m.index, end: m.index + m[0].length, target, relative})
  }
  return found
}
