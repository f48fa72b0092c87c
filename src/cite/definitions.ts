/**
 * Definitions printed right after a citation: "(section 232)", "(IEEPA)", "(the “Act”)".
 * They bind a short form to the citation just read, for the rest of the document.
 */
import {typeOf} from '../data/citation-kinds.js'
import type {CitationContext} from './context.js'
import type {FoundCitation} from './found.js'
import {group, oneOf, pattern, readAt} from '../util/pattern.js'
import {defineInstrumentName, instrumentShortName} from './named-instrument.js'
import {instrumentOf} from '../util/instrument-id.js'

/** The kinds of instrument a short name may be given to. */
const presidentialTypes = new Set<string>([typeOf('eo'), typeOf('proc'), typeOf('pm')])

/**
 * What may stand between the citation and the parenthesis: a part of a law, a page cited in the Statutes at Large
 * (", 1747", ", 3190-94"), a closing parenthesis, ", as amended,".
 */
const leadIn = String.raw`(?:,\s*(?:title|div\.|division|subtitle)\s+[\dA-Z]{1,6})?(?:,\s*\d{1,5}(?:[-–]\d{1,5})?)?\)?(?:,?\s*as amended)?,?\s*`
/** The term defined, perhaps quoted, after "the" or "hereinafter": "section 232", "IEEPA", "Act". */
const definedTerm = String.raw`[A-Za-z0-9][A-Za-z0-9 \n.-]{0,40}?`
/** "(section 232)", ", as amended (the “Act”)", "(hereinafter “IEEPA”)". */
const definition = pattern(
  'y',
  leadIn,
  String.raw`\(\s*(?:the\s+|hereinafter\s+)?[“"']?`,
  group('term', definedTerm),
  String.raw`[”"']?\s*\)`
)
/** Terms that make short forms: "section 232", an abbreviation ("IEEPA", "OFAC"), "Act", a name ("1988 Act"). */
const shortForm = pattern(
  '',
  '^',
  oneOf(
    String.raw`[Ss]ection \d+[A-Za-z]?`,
    // Two capitals or more, the second the first after the initial (so the name's letters are split one way only).
    '[A-Z][a-z]*[A-Z][A-Za-z]*',
    'Act',
    '(?:\\d{4}|[A-Z][A-Za-z-]+)(?: [A-Z][A-Za-z-]+)* Act'
  ),
  '$'
)

/** An abbreviation with a number: "FAST-41". */
const numbered = /^[A-Z]{2,}[a-z]{0,3}-\d{1,3}$/
/** An abbreviation: "EPCRA", "IEEPA", "FAST-41". */
const abbreviation = /^[A-Z]{2,}[a-z]{0,3}(?:-\d{1,3})?$/
/**
 * Only parenthesised parallels between an act's name and an abbreviation: "the Endangered Species Act (16 U.S.C.
 * 1531-1544) (ESA)", "... Act (Public Law 114-94, 129 Stat. 1312, 1747) (FAST-41)". Nested once at most.
 */
const parallelsOnly = /^\s*(?:\((?:[^()]|\([^()]*\))*\)\s*)*$/

/** Whether the term defined after `at` abbreviates the act named last, in this text, before only its parallels. */
function abbreviatesLastAct(ctx: CitationContext, text: string, at: number, term: string): boolean {
  const last = ctx.lastActAt
  return (
    abbreviation.test(term) &&
    last !== null &&
    last.text === text &&
    last.end <= at &&
    at - last.end < 200 &&
    parallelsOnly.test(text.slice(last.end, at))
  )
}

/** Read a definition after `end`; returns where it ends, or -1. */
export function readDefinition(
  text: string,
  end: number,
  cited: FoundCitation,
  ctx: CitationContext
): number {
  const m = readAt(definition, text, end)
  if (!m) return -1
  const term = m.groups.term.trim().replace(/\s+/g, ' ')
  // "(Divestment Order)", "(April 7 Memo)" after an instrument: its short name from here on.
  if (presidentialTypes.has(cited.type) && instrumentShortName.test(term)) {
    // "section 5(c) of the Presidential Memorandum of January 20, 2025 (...) (America First Trade Policy Memorandum)":
    // the name is the memorandum's, not its section's.
    defineInstrumentName(ctx, term, {...cited, id: instrumentOf(cited.id)})
    return m.index + m[0].length
  }
  // "(FAST-41)": an abbreviation with a number only for an act (a directive's "(HSPD-12)" is its own citation).
  const ofLastAct = abbreviatesLastAct(ctx, text, m.index + m[0].indexOf('('), term)
  if (!shortForm.test(term) && !(numbered.test(term) && ofLastAct)) return -1
  const key = term === 'Act' ? 'the act' : term.toLowerCase()
  // "(the “Act”)", "(the “1988 Act”)": a name for the act just cited, read later as that act.
  // "19 U.S.C. 1318(a)) (section 318)": a section's name names the section itself, not the pinpoint cited before it
  // (so "section 318(a)" later is 1318(a), not 1318(a)(a)).
  const id =
    key.startsWith('section ') && (cited.type === 'usc' || cited.type === 'act')
      ? cited.id.split('/').slice(0, 3).join('/')
      : cited.id
  ctx.definitions.set(key, {
    id,
    type: cited.type,
    // "the ... Act of 1986 (EPCRA)": an abbreviation of the act just named, read later as that act.
    ...((key === 'the act' ||
      key.endsWith(' act') ||
      (cited.form === 'named' && abbreviation.test(term)) ||
      ofLastAct) &&
    ctx.lastAct
      ? {act: ctx.lastAct}
      : {})
  })
  return m.index + m[0].length
}
