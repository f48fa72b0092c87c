/**
 * Short forms the document defined: "19 U.S.C. 1862 (section 232)" makes a later
 * "section 232(c)(3)(A)(i)" read as usc/19/1862/c/3/A/i, resolved through "section 232".
 * "section N of <something>" is left to the kind that reads the something (an act, a title,
 * an order); "section 2 of this order" is the document's own cross-reference, not a citation.
 */
import {joinId} from './found.js'
import type {CitationReader} from './reader.js'
import {subsectionRun, subsections} from './lex.js'
import {group, pattern, readAt} from '../util/pattern.js'

/** "section 232(c)(3)": the number the short form was defined by, and a pinpoint in it. */
const sectionAt = pattern(
  'y',
  String.raw`[Ss]ections?\s+`,
  group('section', String.raw`\d+[A-Za-z]?`),
  group('subs', subsectionRun)
)
/** "section 2 of ...", "section 89, title 14": a section of something another reader reads. */
const belongsElsewhere = /(?:,?\s*as amended)?,?\s+of\s|,\s+title\s+\d/y

export const shortForm: CitationReader = {
  name: 'short-form',
  trigger: String.raw`[Ss]ections?\s+\d`,
  read(text, at, ctx) {
    const m = readAt(sectionAt, text, at)
    if (!m) return null
    const end = m.index + m[0].length
    if (readAt(belongsElsewhere, text, end)) return null
    const key = `section ${m.groups.section}`
    const defined = ctx.definitions.get(key)
    if (!defined) return null
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
