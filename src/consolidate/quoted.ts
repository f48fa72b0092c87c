/**
 * The text an operation quotes, read as provisions: "(1) To more effectively ... Accordingly:\n\n(a) Automobile
 * manufacturers may ...\n\n(b) ..." is a clause (1) with subsections (a) and (b). Each paragraph beginning with a
 * designation is a provision; its kind (a number, a letter, a roman numeral, a capital) says how deep it sits, as
 * the documents nest them: Sec. 1 > (a) > (i) > (A), clause (1) > (a) > (i) > (A).
 */
import type {Place, VersionProvision} from './model.js'
import {keyOf} from './tree.js'

/** What a designation can be. */
type Kind = 'section' | 'number' | 'letter' | 'roman' | 'capital' | 'capital-roman'

/** A paragraph's opening designation: "Sec. 3." (group `section`) or "(ii)" (group `paren`), then the rest. */
const opening =
  /^(?:(?<sec>Sec(?:\.|tion(?=\s+\d+(?:\.\d+)*[A-Za-z]?\.(?:\s|$)))\s*(?<section>\d+(?:\.\d+)*[A-Za-z]?(?:-\d+)?)\.?)|\((?<paren>[A-Za-z]{1,6}|\d{1,3})\))\s*/

const roman = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/
const capitalRoman = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/

/** The kinds a designation may be of: "(i)" is a letter after "(h)", else a roman numeral. */
function kindsOf(designation: string, section: boolean): Kind[] {
  if (section) return ['section']
  if (/^\d+$/.test(designation)) return ['number']
  const kinds: Kind[] = []
  if (roman.test(designation)) kinds.push('roman')
  if (capitalRoman.test(designation)) kinds.push('capital-roman')
  if (
    /^[a-z]{1,2}$/.test(designation) &&
    (designation.length === 1 || designation[0] === designation[1])
  )
    kinds.push('letter')
  if (
    /^[A-Z]{1,2}$/.test(designation) &&
    (designation.length === 1 || designation[0] === designation[1])
  )
    kinds.push('capital')
  return kinds.length > 0 ? kinds : ['letter']
}

/** The letter before this one ("h" before "i"), for telling a letter from a numeral. */
const letterBefore = (d: string): string => String.fromCharCode(d.charCodeAt(d.length - 1) - 1)

/** Quotation marks a quoted paragraph opens or closes with ("“(a) ...", "... Register.”", plain text's ``(b) ...''.). */
const quoteMarks = /^(?:\s|[“”"']|``)+|(?:\s|[“”"]|'')+\.?$/g

/** A heading after "Sec. 3.": a few capitalised words and a full stop ("Duty Rates for Postal Shipments."). */
const headingOf =
  /^(?<heading>(?:[A-Z][\w’'-]*|of|for|the|and|to|in|on|a|an|de|minimis)(?:\s+(?:[A-Z][\w’'-]*|of|for|the|and|to|in|on|a|an|de|minimis|[A-Z]\.)){0,12})\.\s+(?=\S)/

export interface Quoted {
  /** The provisions the quotation gives, nested. */
  provisions: VersionProvision[]
  /** Text before the first designation (a provision's own words when it prints no label). */
  lead: string
  /** Where the quotation was cut because it ran on past its end ("Sec. 3 Section 3 of ... is revised"), if it was. */
  overrun?: string
}

/**
 * "Section 1. (a) All property ...", "(2) (a) In order to ...": a provision's label and its first subprovision, as
 * two paragraphs.
 */
function splitSectionOpening(p: string): string[] {
  const m =
    /^(Sec(?:\.|tion)\s*\d+(?:\.\d+)*[A-Za-z]?\.|\((?:\d{1,3}|[a-z]{1,4})\))\s*(?=\((?:[a-z]{1,4}|[A-Z]|\d{1,3})\)\s)/.exec(
      p
    )
  if (!m) return [p]
  return [m[1]!, ...splitSectionOpening(p.slice(m[0].length))]
}

interface Paragraph {
  text: string
  designation: string | null
  kinds: Kind[]
  label: string | null
}

function paragraphsOf(text: string): Paragraph[] {
  const raw = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(quoteMarks, '').trim())
    .filter(Boolean)
  const out: Paragraph[] = []
  for (const p of raw.flatMap(splitSectionOpening)) {
    const m = opening.exec(p)
    const previous = out[out.length - 1]
    // A sentence broken over two paragraphs ("... subsection (a) and subsection\n\n(b) of this section."): the
    // paragraph before ends mid-sentence, so this one goes on with it.
    if (previous && !/[.:;”"]$|\b(?:and|or)$/.test(previous.text) && /^\([^)]+\)\s+[a-z]/.test(p)) {
      previous.text = `${previous.text} ${p}`
      continue
    }
    if (!m) {
      out.push({text: p, designation: null, kinds: [], label: null})
      continue
    }
    const g = m.groups!
    const designation = g.section ?? g.paren!
    const label = g.sec ? `Sec. ${g.section}` : `(${g.paren})`
    out.push({
      text: p.slice(m[0].length),
      designation,
      kinds: kindsOf(designation, Boolean(g.sec)),
      label
    })
  }
  return out
}

/**
 * The quotation as provisions. `own` is the designation of the provision it gives in full (a read-as of
 * `eo/14289/3/a/ii` quotes "(ii) An article ..."): a paragraph of that provision's kind after the first, or a
 * section when it gives less than a section, is where the quotation ran on past its end.
 */
export function readQuoted(text: string, at: Place, own?: string): Quoted {
  const paragraphs = paragraphsOf(text)
  const roots: VersionProvision[] = []
  const stack: Array<{kind: Kind; node: VersionProvision}> = []
  const lead: string[] = []
  let ownKinds: Kind[] | null = null
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!
    if (p.designation === null || p.label === null) {
      const top = stack[stack.length - 1]
      if (top) top.node.text = top.node.text ? `${top.node.text}\n\n${p.text}` : p.text
      else if (roots.length === 0) lead.push(p.text)
      else roots.push(node(null, p.text, at))
      continue
    }
    if (i > 0 && ownKinds && stack.length > 0) {
      const sibling = p.kinds.some((k) => ownKinds!.includes(k) && k === stack[0]!.kind)
      const section = p.kinds.includes('section') && !ownKinds.includes('section')
      if (sibling || section) {
        return {
          provisions: roots,
          lead: lead.join('\n\n'),
          overrun: paragraphs
            .slice(i)
            .map((x) => x.text)[0]!
            .slice(0, 80)
        }
      }
    }
    const kind = chooseKind(p, stack)
    const level = stack.findIndex((s) => s.kind === kind)
    if (level >= 0) stack.length = level
    const made = node(p.label, p.text, at)
    if (made.label?.startsWith('Sec.')) {
      const h = headingOf.exec(made.text)
      if (h) {
        made.heading = h.groups!.heading!
        made.text = made.text.slice(h[0].length)
      }
    }
    const parent = stack[stack.length - 1]
    if (parent) parent.node.provisions.push(made)
    else roots.push(made)
    stack.push({kind, node: made})
    if (i === 0 && own !== undefined && made.key === own) ownKinds = [kind]
    else if (i === 0 && own !== undefined) ownKinds = []
  }
  return {provisions: roots, lead: lead.join('\n\n')}
}

function node(label: string | null, text: string, at: Place): VersionProvision {
  return {key: keyOf(label), label, heading: null, text, at, provisions: []}
}

/** Of the kinds a designation may be, the one the provisions open above it make it: "(i)" after "(h)" a letter. */
function chooseKind(
  p: Paragraph,
  stack: ReadonlyArray<{kind: Kind; node: VersionProvision}>
): Kind {
  if (p.kinds.length === 1) return p.kinds[0]!
  for (let i = stack.length - 1; i >= 0; i--) {
    const s = stack[i]!
    if (!p.kinds.includes(s.kind)) continue
    const last = s.node.key
    // A letter goes on from the letter before it; a numeral from the numeral before it.
    if (s.kind === 'letter' && last === letterBefore(p.designation!)) return 'letter'
    if (s.kind === 'capital' && last.toUpperCase() === letterBefore(p.designation!.toUpperCase()))
      return 'capital'
    if (s.kind === 'roman' || s.kind === 'capital-roman') return s.kind
  }
  // "(i)" with no letter (h) before it opens numerals; "(a)" is a letter.
  const numeral = p.kinds.find((k) => k === 'roman' || k === 'capital-roman')
  if (numeral && ['i', 'I'].includes(p.designation!)) return numeral
  return p.kinds.find((k) => k === 'letter' || k === 'capital') ?? p.kinds[0]!
}
