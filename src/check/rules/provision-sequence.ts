import type {Provision} from '../../document/types.js'
import {labelAt, labelOrdinal} from '../label-order.js'
import {firstLine} from '../places.js'
import type {Rule, RuleContext} from '../types.js'

/** Sections, clauses and their subdivisions each run in sequence among their siblings: Sec. 1, 2 ...; (a), (b) ... */
const rule: Rule = {
  meta: {
    id: 'provision-sequence',
    description:
      'Sections, clauses and subdivisions run in sequence among their siblings (Sec. 1, Sec. 2 ...; (a), (b) ...; (i), (ii) ...), without a gap or a repeat.',
    rationale:
      'Amending documents name provisions by their labels ("section 2(b)", "clause 3(a)(ii)"); a skipped or doubled label sends every such reference, and every status answer built on it, to the wrong text.',
    severity: 'error',
    fixable: false,
    category: 'structure',
    examples: {
      bad: '(2)  To the extent consistent with applicable law ...\n\n(4)  The Secretary shall continue to monitor imports of PCMDPs.',
      good: '(2)  To the extent consistent with applicable law ...\n\n(3)  The Secretary shall continue to monitor imports of PCMDPs.'
    }
  },
  check(context) {
    const top = context.tree.children.filter((n): n is Provision => n.type === 'provision')
    checkSiblings(context, top, insideQuotations(top))
  }
}

/**
 * The provisions that stand inside quoted text (an amendment's new section, quoted over several paragraphs):
 * they number as the amended order does. Read by the depth of curly quotation marks, in document order.
 */
function insideQuotations(top: readonly Provision[]): ReadonlySet<Provision> {
  const inside = new Set<Provision>()
  let depth = 0
  const walk = (list: readonly Provision[]) => {
    for (const p of list) {
      if (depth > 0 || /^\s*(?:“|``|")/.test(p.text)) inside.add(p)
      for (const ch of p.text) {
        if (ch === '“') depth++
        else if (ch === '”') depth = Math.max(0, depth - 1)
      }
      walk(p.children)
    }
  }
  walk(top)
  return inside
}

function checkSiblings(
  context: RuleContext,
  siblings: readonly Provision[],
  quoted: ReadonlySet<Provision>
): void {
  // Each kind of label is its own sequence ("(a)" and "(i)" may alternate in one list as the parser reads it).
  const last = new Map<string, {ordinal: number; label: string}>()
  for (const [index, p] of siblings.entries()) {
    checkSiblings(context, p.children, quoted)
    if (quoted.has(p) || p.label === null) continue
    const kind = ambiguousKind(p.label, p.kind, last)
    const ordinal = labelOrdinal(p.label, kind)
    if (ordinal === null) continue
    const before = last.get(kind)
    const expected = before ? before.ordinal + 1 : 1
    // A list starting again at its first label is a nesting the reading may have flattened, not a defect to tell.
    if (before && ordinal === 1) {
      last.set(kind, {ordinal, label: p.label})
      continue
    }
    // A list of subdivisions may open past 1 where text before it is the first ("(b)" after a lead-in is rare).
    if (ordinal !== expected && (before || kind === 'section' || kind === 'number')) {
      // One slip, one problem: a label out of sequence between two in sequence is a misnumbering.
      const next = siblings
        .slice(index + 1)
        .find((q) => !quoted.has(q) && q.label !== null && labelOrdinal(q.label, kind) !== null)
      const misnumbered = next !== undefined && labelOrdinal(next.label, kind) === expected + 1
      const should = labelAt(p.label, kind, expected)
      context.report({
        message: misnumbered
          ? `${p.label} stands where ${should} belongs (${before ? `after ${before.label}, ` : ''}before ${next.label})`
          : before && ordinal <= before.ordinal
            ? `${p.label} follows ${before.label}: it repeats or comes out of order (${should} was expected)`
            : `${p.label} ${before ? `follows ${before.label}` : 'opens its list'}: ${should} is missing`,
        place: firstLine(context, p.position)
      })
      if (misnumbered) {
        last.set(kind, {ordinal: expected, label: p.label})
        continue
      }
    }
    last.set(kind, {ordinal, label: p.label})
  }
}

/**
 * "(i)", "(v)", "(x)", "(l)", "(c)" are letters or numerals by their place: "(i)" after "(h)" is the letter, "(v)"
 * after "(iv)" the numeral. The kind that continues a sequence of its siblings is the one it has.
 */
function ambiguousKind(
  label: string,
  kind: Provision['kind'],
  last: ReadonlyMap<string, {ordinal: number}>
): Provision['kind'] {
  const pairs: Array<[Provision['kind'], Provision['kind']]> = [
    ['roman', 'lower'],
    ['lower', 'roman'],
    ['upperRoman', 'upper'],
    ['upper', 'upperRoman']
  ]
  for (const [as, other] of pairs) {
    if (kind !== as) continue
    const mine = last.get(as)
    const theirs = last.get(other)
    const asOther = labelOrdinal(label, other)
    if (asOther === null) continue
    // "(xviii)" read as a letter: a numeral all the same.
    if (labelOrdinal(label, as) === null) return other
    if (
      theirs &&
      theirs.ordinal + 1 === asOther &&
      (!mine || labelOrdinal(label, as) !== mine.ordinal + 1)
    )
      return other
  }
  return kind
}

export default rule
