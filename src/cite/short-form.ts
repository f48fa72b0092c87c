/**
 * Short forms the document defined: "19 U.S.C. 1862 (section 232)" makes a later
 * "section 232(c)(3)(A)(i)" read as usc/19/1862/c/3/A/i, resolved through "section 232".
 * "section N of <something>" is left to the kind that reads the something (an act, a title,
 * an order); "section 2 of this order" is the document's own cross-reference, not a citation.
 */
import {
  provisionName,
  provisionOfInstrumentReferredTo,
  provisionsThereof,
  provisionsOf,
  quoted,
  readProvisionList,
  pluralName
} from './amending.js'
import {joinId} from './found.js'
import type {CitationReader} from './reader.js'
import {subsectionRun, subsections} from './lex.js'
import {group, pattern, readAt} from '../util/pattern.js'
import {under} from '../util/designators.js'

/** "section 232(c)(3)": the number the short form was defined by, and a pinpoint in it. */
const sectionAt = pattern(
  'y',
  String.raw`[Ss]ections?\s+`,
  group('section', String.raw`\d+[A-Za-z]?`),
  group('subs', subsectionRun)
)
/** "section 2 of ...", "section 89, title 14": a section of something another reader reads. */
const belongsElsewhere = /(?:,?\s*as amended)?,?\s+of\s|,\s+title\s+\d/y
/** " of that order", " of such proclamation" after a section. */
const ofThatInstrument = /\s+of\s+(?:that|such|said)\s+(?:order|proclamation|memorandum)\b/y
/** A provision's name and the space after it: "subsections ", "clause ". */
const nameAt = new RegExp(String.raw`(?:${provisionName})\s+`, 'y')

export const shortForm: CitationReader = {
  name: 'short-form',
  // The names of provisionName, factored by first letter: the scanner runs faster on it.
  // "subsection (a)(i)": designators alone, read inside an amending instruction's item under the section it is in.
  trigger: String.raw`(?:[Ss](?:ub(?:section|paragraph)|ection)|[Pp]aragraph|[Cc]lause)s?\s+\(?\d|[Ss]ub(?:section|paragraph)s?\s+\([a-zA-Z]`,
  read(text, at, ctx) {
    const ofLast = provisionsThereof(text, at, ctx)
    if (ofLast) return ofLast
    const m = readAt(sectionAt, text, at)
    const end = m ? m.index + m[0].length : at
    const elsewhere = m ? readAt(belongsElsewhere, text, end) : null
    // "section 6(d) of that order": the order named last; "of ..." else is another reader's.
    if (m && elsewhere)
      return readAt(ofThatInstrument, text, end)
        ? provisionOfInstrumentReferredTo(text, at, ctx)
        : null
    const defined = m ? ctx.definitions.get(`section ${m.groups.section}`) : undefined
    if (!m || !defined) {
      // Inside an amending instruction, a provision named without "of ..." is the amended instrument's.
      if (!ctx.amending || at >= ctx.amending.end) {
        // "clause 2 of such proclamation", "sections 2 and 3 of that order": lists and other names.
        return m ? null : provisionOfInstrumentReferredTo(text, at, ctx)
      }
      if (quoted(text, at)) return null
      const name = readAt(nameAt, text, at)
      const listAt = name ? name.index + name[0].length : -1
      const list = name && readProvisionList(text, listAt, pluralName.test(name[0]))
      if (!list) return null
      if (readAt(belongsElsewhere, text, list.end))
        return provisionOfInstrumentReferredTo(text, at, ctx)
      // "in section 1, by striking subsection (a)(i)": designators alone are under the section the item is in.
      if (text[listAt] === '(') {
        const scope = itemScope(text, at) ?? ctx.amending.scope ?? null
        if (!scope) return null
        list.paths = list.paths.map((path) => under(scope, path))
      }
      return {citations: provisionsOf(ctx.amending.id, list, at, list.end), end: list.end}
    }
    const key = `section ${m.groups.section}`
    return {
      citations: [
        {
          id: joinId(defined.id, ...subsections(m.groups.subs)),
          type: defined.type,
          start: at,
          end,
          resolvedFrom: key,
          form: 'short'
        }
      ],
      end
    }
  }
}

/** "in section 2(a), by ...", "in subsection 4(c)," before a designation: the provision an item's edits are in. */
const inProvision =
  /\bin\s+(?:sub)?(?:section|paragraph|clause)\s+(\d{1,4}[A-Za-z]?(?:\([0-9A-Za-z]{1,5}\))*)\s*,/g

/** How far back an item's "in section N," is looked for. */
const scopeReach = 600

/** The provision an item's edits are in, as a path ("in section 2(a)," -> 2, a); null when it names none. */
function itemScope(text: string, at: number): string[] | null {
  const from = Math.max(0, at - scopeReach)
  const last = [...text.slice(from, at).matchAll(inProvision)].at(-1)
  if (!last) return null
  const [, printed] = last
  const number = /^\d{1,4}[A-Za-z]?/.exec(printed!)![0]
  return [number, ...subsections(printed!.slice(number.length))]
}
