/**
 * Lists of an act's sections printed with a list of their Code sections, item for item: "sections 1102(a) and (e) of
 * the 1988 Act (19 U.S.C. 2902(a) and (e))" are two provisions, each cited once, by its Code id (the act's own id kept
 * as its parallel). What the document says of an act the table does not know is learned: a later "section 1102 of
 * the 1988 Act" is 19 U.S.C. 2902. The lists must have as many items and end alike (the same subsections), or they
 * are two lists of different provisions, printed side by side ("sections 212(f) and 215(a) of the INA, 8 U.S.C.
 * 1182(f) and 1185(a)" agree; a list and a longer one do not).
 */
import type {CitationContext} from './context.js'
import type {FoundCitation} from './found.js'

/** Between two items of one list: a comma, "and", "or". */
const listGap = /^\s*,?\s*(?:(?:and|or)\s+)?$/
/** Between the named list and its Code list: an opening parenthesis. */
const openParallel = /^\s*\(\s*$/
/** A Code citation as printed: "19 U.S.C. 2902(a)", or a further item of its list ("(e)", "2903"). */
const codeItem = (c: FoundCitation) => c.type === 'usc' && !c.form

/** The document says where an unknown act's section is codified: remember it. */
export function learnSection(
  ctx: CitationContext,
  named: FoundCitation,
  code: FoundCitation
): void {
  const section = named.id.split('/')[2]
  if (named.unknownAct && section)
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
    const namedItem = (c: FoundCitation) =>
      c.form === 'named' && !c.wholeAct && !c.provisional && c.unknownAct === first.unknownAct
    if (!namedItem(first)) {
      out.push(first)
      i++
      continue
    }
    const namedEnd = runEnd(text, found, i, namedItem)
    const count = namedEnd - i
    const codeStart = namedEnd
    const code = found[codeStart]
    if (
      count < 2 ||
      !code ||
      !codeItem(code) ||
      !openParallel.test(text.slice(found[namedEnd - 1]!.end, code.start))
    ) {
      out.push(...found.slice(i, namedEnd))
      i = namedEnd
      continue
    }
    const codeEnd = runEnd(text, found, codeStart, codeItem)
    const named = found.slice(i, namedEnd)
    const codes = found.slice(codeStart, codeEnd)
    const close = text.slice(codes[codes.length - 1]!.end).match(/^\s*\)/)
    if (
      codes.length !== count ||
      !close ||
      named.some((n, k) => subsectionsOf(n.id) !== subsectionsOf(codes[k]!.id))
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
    i = codeEnd
  }
  return out
}
