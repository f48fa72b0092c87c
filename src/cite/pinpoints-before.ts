/**
 * Pinpoints printed before their section, innermost first: "paragraph (1) of subsection (a) of section 552 of title 5"
 * is `usc/5/552/a/1`, "paragraph (3) of section 202 of Executive Order 11246" is `eo/11246/202/3`, "subsection (a) of
 * section 603 of the ... Act" is `act/.../603/a`. Read after the readers, for every kind a section is cited in.
 */
import type {FoundCitation} from './found.js'
import {before} from './lex.js'

/** One designator of the chain and the "of" after it: "paragraph (1) of ". */
const link = String.raw`\b(?:[Ss]ub)?(?:[Ss]ection|[Pp]aragraph|[Cc]lause|[Ii]tem)\s+\(([0-9A-Za-z]{1,4})\)\s+of\s+`
/** The chain ending where the citation begins, read backward. */
const chainBefore = new RegExp(`(?:${link})+$`)
const linkOnce = new RegExp(link, 'g')
/** The citation begins with one section and no pinpoint of its own: "section 552 of", "section 202 of". */
const bareSection = /^[Ss]ection\s+(\d+[A-Za-z]*(?:-\d+)?)(?![\w(-])/

/** Refine each citation whose section is printed after its pinpoints (in place). */
export function withPinpointsBefore(text: string, found: FoundCitation[]): void {
  let previousEnd = 0
  for (const c of found) {
    const section = bareSection.exec(text.slice(c.start, c.start + 24))?.[1]
    const limit = previousEnd
    previousEnd = c.end
    // Only an id that ends in that section, or the section a short form stands for ("subsection (f) of section 721",
    // "section 721" defined as 50 U.S.C. 4565): another resolved elsewhere ("section 232 of the Act" -> 1862) is left.
    const shortForm = c.resolvedFrom === `section ${section}`
    if (!section || (!c.id.endsWith(`/${section}`) && !shortForm)) continue
    const {window, offset} = before(text, c.start, 120)
    const chain = chainBefore.exec(window)
    if (!chain || offset + chain.index < limit) continue
    const designators = [...chain[0].matchAll(linkOnce)].map((m) => m[1]!).reverse()
    c.id = `${c.id}/${designators.join('/')}`
    c.start = offset + chain.index
  }
}
