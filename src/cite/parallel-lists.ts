/**
 * Lists of an act's sections printed with a list of their Code sections, item for item: "sections 1102(a) and (e) of
 * the 1988 Act (19 U.S.C. 2902(a) and (e))" are two provisions, each cited once, by its Code id (the act's own id kept
 * as its parallel). What the document says of an act the table does not know is learned: a later "section 1102 of
 * the 1988 Act" is 19 U.S.C. 2902. The lists must have as many items, each Code item at its named one or inside it
 * ("212(a)" and "2702(a)(1)"), or they are two lists of different provisions printed side by side ("sections 212(f)
 * and 215(a) of the INA, 8 U.S.C. 1182(f) and 1185(a)" agree; a list and a longer one do not).
 */
import type {CitationContext} from './context.js'
import {typeOf} from '../data/citation-kinds.js'
import {type FoundCitation, uscIdAt} from './found.js'

/** Between two items of one list: a comma, "and", "or". */
const listGap = /^\s*(?:,\s*)?(?:(?:and|or)\s+)?$/
/** A section of an act, named ("section 112 of the AGOA"). */
const namedItem = (c: FoundCitation) => c.form === 'named' && !c.wholeAct && !c.provisional
/** A session law or a Statutes at Large page, printed between an act's sections and their Code sections. */
const isLaw = (c: FoundCitation | undefined) => c?.type === 'pl' || c?.type === 'stat'
/** Whether a path of subsections is another or inside it: "a/1" is inside "a", everything inside "". */
const within = (path: string, outer: string) =>
  outer === '' || path === outer || path.startsWith(`${outer}/`)
/** Between the named list and its Code list: an opening parenthesis. */
const openParallel = /^\s*\(\s*$/
/** A Code citation as printed: "19 U.S.C. 2902(a)", or a further item of its list ("(e)", "2903"). */
const codeItem = (c: FoundCitation) => c.type === 'usc' && !c.form

/** "as added by ", "as amended by " just before a named section. */
const amendedBy = /\bas\s+(?:added|amended|redesignated)\s+by\s+$/

/**
 * A definition printed between a named section and its laws: " (the “USIFTA Implementation Act”)", " (CBERA)", " (CAFTA-DR
 * Implementation Act)".
 */
const definitionPrinted =
  /\((?:the\s+)?(?:[“"][^”"]{1,80}[”"]|[A-Z][A-Za-z-]{1,30}(?:\s+[A-Z][\w-]{0,20}){0,3})\)/g

/**
 * Whether only the laws, in parentheses, stand between a named section and its Code citation: what is left when their
 * words, a definition, "as amended" and "title I of" or "division F of" are taken out is punctuation, page numbers ("384-85, 388", "(2004)")
 * and parentheses, one opened before them.
 */
export function lawsBetween(
  text: string,
  named: FoundCitation,
  laws: readonly FoundCitation[],
  code: FoundCitation
): boolean {
  if (laws[0]!.start < named.end || code.start < laws[laws.length - 1]!.end) return false
  // What made the provision cited before it is not the provision: "Section 506A(a)(1) of the Trade Act, as added by
  // section 111(a) of the AGOA (title I of Public Law 106-200, ...) (19 U.S.C. 2466a(a)(1))".
  if (amendedBy.test(text.slice(Math.max(0, named.start - 40), named.start))) return false
  let rest = text.slice(named.end, laws[0]!.start)
  for (const [i, law] of laws.entries())
    rest += ` ${text.slice(law.end, laws[i + 1]?.start ?? code.start)}`
  const left = rest
    .replace(definitionPrinted, ' ')
    .replace(/\bas amended\b/g, ' ')
    .replace(/\b(?:[Tt]itle|[Dd]ivision|[Ss]ubtitle)\s+(?:[IVXLC\d]+|[A-Z])\s+of\b/g, ' ')
  return /^[\s,;]*\(/.test(left) && /^[\s,;()\d–-]*$/.test(left) && left.length < 60
}

/**
 * The document says where an unknown act's section is codified: remember it, where the two agree on what is inside
 * the section ("1102(a) ... 2902(a)": 1102 is 2902; "7(a) ... 636": 7 is 636). Not from a note ("section 201 of the
 * USKFTA Implementation Act ... (19 U.S.C. 3805 note)": the note holds several acts, the act's own id tells them
 * apart), nor where the subsections differ ("111(b) ... 2466a(a)(1)": the act's (c) need not be the Code's).
 */
export function learnSection(
  ctx: CitationContext,
  named: FoundCitation,
  code: FoundCitation
): void {
  const section = named.id.split('/')[2]
  if (
    named.unknownAct &&
    section &&
    code.id.split('/')[3] !== 'note' &&
    (within(subsectionsOf(named.id), subsectionsOf(code.id)) ||
      within(subsectionsOf(code.id), subsectionsOf(named.id)))
  )
    ctx.learnedSections.set(
      `${named.unknownAct}#${section}`,
      code.id.split('/').slice(1, 3).join('/')
    )
}

/** The subsections of an id after its section: act/{slug}/{section}/..., usc/{title}/{section}/... */
const subsectionsOf = (id: string): string => id.split('/').slice(3).join('/')

/** The end of the run of items of one list that starts at `from`, each `is` one. */
function runEnd(
  text: string,
  found: readonly FoundCitation[],
  from: number,
  is: (c: FoundCitation) => boolean
): number {
  let end = from + 1
  while (
    end < found.length &&
    is(found[end]!) &&
    listGap.test(text.slice(found[end - 1]!.end, found[end]!.start))
  )
    end++
  return end
}

/** The citations with each named list and its Code list, item for item, made one list. */
export function pairParallelLists(
  text: string,
  found: readonly FoundCitation[],
  ctx: CitationContext
): FoundCitation[] {
  const out: FoundCitation[] = []
  let i = 0
  while (i < found.length) {
    const first = found[i]!
    // Items of one printed list, joined by commas and "and" only: sections of one act, known to the table or not.
    if (!namedItem(first)) {
      out.push(first)
      i++
      continue
    }
    const namedEnd = runEnd(text, found, i, namedItem)
    const count = namedEnd - i
    // Session laws and Statutes at Large may stand between ("... of the AGOA (the “AGOA”) (title I of Public Law
    // 106-200, 114 Stat. 251, 258-265 (19 U.S.C. 3721, 3722(b)))"): kept, after the list.
    let codeStart = namedEnd
    while (codeStart - namedEnd < 3 && isLaw(found[codeStart])) codeStart++
    const laws = found.slice(namedEnd, codeStart)
    const code = found[codeStart]
    const lastNamed = found[namedEnd - 1]!
    if (
      count < 2 ||
      !code ||
      !codeItem(code) ||
      !(laws.length === 0
        ? openParallel.test(text.slice(lastNamed.end, code.start))
        : lawsBetween(text, lastNamed, laws, code))
    ) {
      out.push(...found.slice(i, namedEnd))
      i = namedEnd
      continue
    }
    const codeEnd = runEnd(text, found, codeStart, codeItem)
    const named = found.slice(i, namedEnd)
    const codes = found.slice(codeStart, codeEnd)
    const close = text.slice(codes[codes.length - 1]!.end).match(/^\s*\)/)
    // Each Code item where its named one is, or inside it ("212(a)" and "2702(a)(1)").
    if (
      codes.length !== count ||
      !close ||
      named.some((n, k) => !within(subsectionsOf(codes[k]!.id), subsectionsOf(n.id)))
    ) {
      out.push(...named)
      i = namedEnd
      continue
    }
    named.forEach((n, k) => {
      const c = codes[k]!
      learnSection(ctx, n, c)
      const last = k === count - 1
      const merged: FoundCitation = {
        ...n,
        id: c.id,
        type: c.type,
        end: last ? codes[count - 1]!.end + close[0].length : n.end
      }
      if (n.id !== c.id) merged.parallel = [n.id]
      if (c.through) merged.through = c.through
      delete merged.unknownAct
      delete merged.form
      out.push(merged)
    })
    out.push(...laws)
    i = codeEnd
  }
  return out
}

/**
 * An unknown act's sections cited before the text said where that section is codified, in the same text ("section
 * 7212 of the FSA (21 U.S.C. 2312) ... section 7212 of the FSA"): read as the Code's, as later texts read them.
 */
export function withLearnedSections(found: FoundCitation[], ctx: CitationContext): FoundCitation[] {
  if (ctx.learnedSections.size === 0) return found
  return found.map((c) => {
    const [, , section, ...subs] = c.id.split('/')
    const home = c.unknownAct && ctx.learnedSections.get(`${c.unknownAct}#${section}`)
    if (!home) return c
    const learned: FoundCitation = {
      ...c,
      id: uscIdAt(home, subs),
      type: typeOf('usc')
    }
    delete learned.unknownAct
    return learned
  })
}
