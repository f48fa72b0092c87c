import type {DocumentContent, UnitFields} from '../../document/types.js'
import {textPlace} from '../places.js'
import type {Rule} from '../types.js'

/** A short form defined: "19 U.S.C. 1862 (section 232)", "(“section 232”)". */
const definition = /\(\s*[“"]?[Ss]ection\s+(\d+[A-Za-z]?)[”"]?\s*\)/g

/** A bare "section N" (not "section N of ...", "section N, title 14", nor the document's own "section 2 of this order"). */
const mention = (section: string) =>
  new RegExp(
    String.raw`\b[Ss]ections?\s+${section}(?![\dA-Za-z])(?!(?:\([^)\s]{1,5}\))*(?:,?\s*as amended)?,?\s+(?:of|to|title)\b)`,
    'g'
  )

const textBearing = new Set<DocumentContent['type']>(['finding', 'enactingFormula', 'provision'])

/** The units of a document that hold text, in reading order. */
function unitsOf(nodes: readonly DocumentContent[], out: UnitFields[] = []): UnitFields[] {
  for (const node of nodes) {
    if (textBearing.has(node.type)) out.push(node as UnitFields)
    if (node.type === 'provision') unitsOf(node.children, out)
  }
  return out
}

/**
 * A short form is defined before it is used: "section 232" means 19 U.S.C. 1862 only once the document has said so
 * ("section 232 of the Trade Expansion Act of 1962, as amended (19 U.S.C. 1862) (section 232)").
 */
const rule: Rule = {
  meta: {
    id: 'citation-short-form-first',
    description:
      'A short form ("section 232") is used only after the citation in full that defines it.',
    rationale:
      'Until the document has said which statute "section 232" is, a reader (and the extractor, which resolves a short form by its definition) cannot tell section 232 of which act: the provision citing it is not found by a search for 19 U.S.C. 1862. Cite the act in full at the first mention and define the short form there.',
    severity: 'warning',
    fixable: false,
    category: 'citations',
    examples: {
      bad: '1.  The Secretary found under section 232 that imports threaten to impair the national security.\n\n2.  Section 232 of the Trade Expansion Act of 1962, as amended (19 U.S.C. 1862) (section 232), authorizes the President ...',
      good: '1.  Under section 232 of the Trade Expansion Act of 1962, as amended (19 U.S.C. 1862) (section 232), the Secretary found that imports threaten to impair the national security.'
    }
  },
  check(context) {
    const units = unitsOf(context.tree.children)
    // Where each short form is first defined: [unit index, text index].
    const defined = new Map<string, [number, number]>()
    for (const [u, unit] of units.entries())
      for (const m of unit.text.matchAll(definition))
        if (!defined.has(m[1]!)) defined.set(m[1]!, [u, m.index])
    for (const [section, [du, dAt]] of defined)
      for (const [u, unit] of units.entries()) {
        if (u > du) break
        for (const m of unit.text.matchAll(mention(section))) {
          if (u === du && m.index >= dAt) break
          context.report({
            message: `"${m[0]}" is used before the document defines it ("(section ${section})", further on): cite the act in full at its first mention`,
            place: textPlace(context, unit, m.index, m.index + m[0].length)
          })
        }
      }
  }
}

export default rule
