import type {DocumentContent, SourceOffsets, UnitFields} from '../../document/types.js'
import {textPlace} from '../places.js'
import type {Rule, RuleContext} from '../types.js'

/** Highest title of the United States Code. */
const lastTitle = 54

/**
 * The malformed forms, as data: each a pattern over a unit's text, the message for a match, and where it has
 * one, the repair (a range of the match, relative to its start, and the text for it).
 */
const forms: ReadonlyArray<{
  pattern: RegExp
  message: (m: RegExpExecArray) => string | null
  fix?: (m: RegExpExecArray) => {from: number; to: number; text: string}
}> = [
  {
    // "19 U.S.C 1862": the last full stop of the abbreviation dropped.
    pattern: /\bU\.S\.C(?=\s+(?:§+\s*)?\d)/g,
    message: () => '"U.S.C" lacks its last full stop: write "U.S.C."',
    fix: (m) => ({from: m[0].length, to: m[0].length, text: '.'})
  },
  {
    pattern: /\b(\d{1,3})\s+U\.\s?S\.\s?C\.?/g,
    message: (m) =>
      Number(m[1]) > lastTitle || Number(m[1]) === 0
        ? `There is no title ${m[1]} of the United States Code (its titles run 1 to ${lastTitle})`
        : null
  },
  {
    // "1862(c)(3 ": a subdivision opened and not closed.
    pattern:
      /\b(?:U\.S\.C\.|[Ss]ection|[Ss]ec\.|§)\s*(?:§\s*)?\d+[A-Za-z-]*(?:\([0-9A-Za-z]{1,5}\))*\([0-9A-Za-z]{1,5}(?![0-9A-Za-z)])/g,
    message: (m) => `Unbalanced parenthesis in "${m[0]}": a subdivision is opened and not closed`
  },
  {
    // "Pub. L. 115 232": congress and law number joined by a space, not a hyphen.
    pattern: /\bPub(?:\.|lic)\s*L(?:\.|aw)\s*(?:No\.\s*)?(\d{2,3})( )(\d{1,3})\b(?![-–])/g,
    message: (m) => `Public law number "${m[1]} ${m[3]}" needs a hyphen: "${m[1]}-${m[3]}"`,
    fix: (m) => {
      const at = m[0].lastIndexOf(' ')
      return {from: at, to: at + 1, text: '-'}
    }
  }
]

const textBearing = new Set<DocumentContent['type']>(['finding', 'enactingFormula', 'provision'])

/** Citations printed so that a reader, or the extractor, cannot take them as they are meant. */
const rule: Rule = {
  meta: {
    id: 'citation-malformed',
    description:
      'Citations are well formed: "U.S.C." with its full stops, a U.S. Code title that exists (1-54), balanced subdivision parentheses, "Pub. L. 115-232" with its hyphen.',
    rationale:
      'A malformed citation is cited wrongly or not at all: the extractor, like a reader, cannot tell "19 U.S.C 1862(c)(3" from prose, so searches by statute miss the provision that relies on it.',
    severity: 'error',
    fixable: true,
    category: 'citations',
    examples: {
      bad: 'under section 232 of the Trade Expansion Act of 1962, as amended, 19 U.S.C 1862(c)(3 (section 232); Pub. L. 115 232',
      good: 'under section 232 of the Trade Expansion Act of 1962, as amended, 19 U.S.C. 1862(c)(3) (section 232); Pub. L. 115-232'
    }
  },
  check(context) {
    const visit = (nodes: readonly DocumentContent[]) => {
      for (const node of nodes) {
        if (textBearing.has(node.type)) checkUnit(context, node as UnitFields)
        if (node.type === 'provision') visit(node.children)
      }
    }
    visit(context.tree.children)
  }
}

function checkUnit(context: RuleContext, unit: UnitFields): void {
  for (const form of forms) {
    form.pattern.lastIndex = 0
    for (let m = form.pattern.exec(unit.text); m !== null; m = form.pattern.exec(unit.text)) {
      const message = form.message(m)
      if (message === null) continue
      const place = textPlace(context, unit, m.index, m.index + m[0].length)
      const repair = form.fix?.(m)
      const offsets = unit.data?.offsets
      const fix =
        repair && offsets && offsets.length > 0
          ? {
              range: [
                sourceOffset(offsets, m.index + repair.from),
                sourceOffset(offsets, m.index + repair.to)
              ] as [number, number],
              text: repair.text
            }
          : undefined
      context.report({message, place, ...(fix ? {fix} : {})})
    }
  }
}

/** The source offset of a text index: an index at the text's end is one past its last character. */
function sourceOffset(offsets: SourceOffsets, index: number): number {
  return index < offsets.length
    ? offsets.offsetAt(index)!
    : offsets.offsetAt(offsets.length - 1)! + 1
}

export default rule
