/**
 * A document's references to itself: "section 2(b) of this order", "clause (3) of this
 * proclamation", "subsection (a) of this section". Not citations of another instrument
 * (docs/citation-ids.md): recorded apart, as paths of provision labels.
 */
import {group, many, matchesIn, oneOf, pattern, search, seq} from '../util/pattern.js'

export interface FoundReference {
  start: number
  end: number
  /** Labels from the top: ["Sec. 2", "(b)"], ["(3)"]; "this section" resolved by the caller. */
  target: string[]
  /** Whether the target is relative to the section the reference stands in ("of this section"). */
  relative: boolean
}

/** One designator in parentheses: "(b)", "(3)". */
const designator = String.raw`\([0-9A-Za-z]{1,4}\)`
/** "section 2(b)", "Sec. 4". */
const sectionCited = seq(
  String.raw`(?:[Ss]ections?|[Ss]ec\.)\s+`,
  group('section', String.raw`\d{1,3}[A-Za-z]?`),
  group('sectionSubs', many(designator))
)
/** "subsection (a)", "clause (3)(b)", "paragraph 2". */
const lowerCited = seq(
  String.raw`(?:[Ss]ubsections?|[Pp]aragraphs?|[Cc]lauses?|[Ss]ubparagraphs?|[Ss]ubclauses?)\s+\(?`,
  group('label', '[0-9A-Za-z]{1,4}'),
  String.raw`\)?`,
  group('labelSubs', many(designator))
)
/** "of this order", "of this section": the instrument (or section) referred to. */
const ofThis = seq(
  String.raw`\s+of\s+this\s+`,
  group('instrument', 'order|proclamation|memorandum|section|determination|notice|directive'),
  String.raw`\b`
)
const reference = pattern('g', String.raw`\b`, oneOf(sectionCited, lowerCited), ofThis)
const designatorLabel = pattern(
  'g',
  String.raw`\(`,
  group('label', '[0-9A-Za-z]{1,4}'),
  String.raw`\)`
)

function parts(printed: string | undefined): string[] {
  return [...matchesIn(designatorLabel, printed ?? '')].map((m) => `(${m.groups.label})`)
}

export function findReferences(text: string): FoundReference[] {
  const found: FoundReference[] = []
  reference.lastIndex = 0
  for (let m = search(reference, text); m !== null; m = search(reference, text)) {
    const {section, sectionSubs, label, labelSubs, instrument} = m.groups
    const relative = instrument === 'section'
    const target =
      section !== undefined
        ? [`Sec. ${section}`, ...parts(sectionSubs)]
        : [`(${label})`, ...parts(labelSubs)]
    // "section 3 of this section" is not a thing; "subsection (a) of this section" is relative.
    if (relative && section !== undefined) continue
    found.push({start: m.index, end: m.index + m[0].length, target, relative})
  }
  return found
}
