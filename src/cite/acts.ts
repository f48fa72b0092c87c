/**
 * Named acts: "section 232 of the Trade Expansion Act of 1962" -> usc/19/1862 through the
 * table of popular names; "IEEPA" -> usc/50/1701; "section 251A(9) of the Act" through the
 * act the document defined as "the Act"; an act the table does not know -> act/{slug}/{section},
 * reported, not dropped.
 */
import {popularNames, type PopularName} from '../data/popular-names.js'
import type {CitationContext, Definition} from './context.js'
import {joinId, markRanges, type FoundCitation, uscIdAt} from './found.js'
import {typeOf} from '../data/citation-kinds.js'
import type {CitationReader, ReadResult} from './reader.js'
import {before, readSections, sectionsOfBefore, slug, type SectionRef} from './lex.js'
import {group, pattern, readAt, search} from '../util/pattern.js'

interface NamedAct {
  row: PopularName | null
  slug: string
}

/** Every printed name of a known act, longest first, so "Omnibus Trade ... Act" wins over "Trade Act". */
const names: Array<{name: string; row: PopularName}> = popularNames
  .flatMap((row) => [row.name, ...(row.aliases ?? [])].map((name) => ({name, row})))
  .sort((a, b) => b.name.length - a.name.length)
const bySlug = new Map(popularNames.map((row) => [slug(row.name), row]))
const abbreviations = new Map(
  popularNames.flatMap((row) => (row.abbreviations ?? []).map((a) => [a, row] as const))
)

/** "sections 101, 212, and 214 of the", read backward from the act's name. */
/** ", of 1962", " for Fiscal Year 2022", " of March 3, 1899" after "Act": part of the name. */
const yearAfter =
  /,?\s+(?:of|for\s+[Ff]iscal\s+[Yy]ear)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+)?\d{4}\b/y
/** An appropriations act's year after a comma: "the Consolidated Appropriations Act, 2026". */
const appropriationsYear = /,\s+(?:19|20)\d{2}\b(?![-\w])/y
/** A section number and its letters: "251A" -> 251, A. */
const numberAndLetters = pattern(
  '',
  '^',
  group('number', String.raw`\d+`),
  group('letters', '[A-Za-z]*'),
  '$'
)
/**
 * Words of an act's name read backward from "Act": capitalised words, a nickname in parentheses ("William M. (Mac)
 * Thornberry National Defense Authorization Act"), years, and the small words between them.
 */
const nameWord =
  /^(?:[A-Z][\w.'’&–-]*|\([A-Z][a-z]+\)|\d{4}|of|and|the|for|on|to|in|with|from|against|de|a)$/
/**
 * A capitalised word and a comma inside a name, before another capitalised word, or "and" and one: "the Department of
 * State, Foreign Operations, and Related Programs Appropriations Act, 2022" (not "title 50, United States Code, and the
 * Intelligence Reform ... Act").
 */
const commaInName = (word: string, name: readonly string[]): boolean =>
  /^[A-Z][\w.'’&–-]*,$/.test(word) && /^[A-Z]/.test((name[0] === 'and' ? name[1] : name[0]) ?? '')

/** Small words inside a name: one standing just before "Act" makes it a verb ("Officials to Act"). */
const connector = /^(?:of|and|the|for|on|to|in|with|from|against|de|a)$/

function resolveSection(
  act: NamedAct,
  ref: SectionRef,
  ctx: CitationContext
): {id: string; known: boolean} {
  const learned = ctx.learnedSections.get(`${act.slug}#${ref.section}`)
  if (learned) return {id: uscIdAt(learned, ref.subs), known: true}
  const home = act.row?.sections?.[ref.section]
  if (home) return {id: uscIdAt(home, ref.subs), known: true}
  const number = search(numberAndLetters, ref.section)
  const n = Number(number?.groups.number)
  const range = number && act.row?.ranges?.find((r) => n >= r.from && n <= r.to)
  if (number && range)
    return {
      id: uscIdAt(
        `${range.title}/${n + range.add}${number.groups.letters.toLowerCase()}`,
        ref.subs
      ),
      known: true
    }
  // "section 1702(a)(1)(B) of IEEPA": the Code's own number printed with the act's name, where the act's sections
  // are codified (IEEPA's 202-208 at 50 U.S.C. 1701-1707), not a section of the act.
  const codified =
    number &&
    (Object.values(act.row?.sections ?? {}).find((h) => h.split('/')[1] === ref.section) ??
      act.row?.ranges
        ?.filter((r) => n >= r.from + r.add && n <= r.to + r.add)
        .map((r) => `${r.title}/${ref.section}`)[0])
  if (codified) return {id: uscIdAt(codified, ref.subs), known: true}
  return {id: joinId('act', act.slug, ref.section, ...ref.subs), known: false}
}

/** "the relevant provisions of ", "provisions of " before an act's name ("that Act", "the Trade Act"). */
const provisionsOf = /\bprovisions\s+of\s+(?:(?:the|that|such|said)\s+)?$/

function cite(
  act: NamedAct,
  nameStart: number,
  end: number,
  text: string,
  ctx: CitationContext,
  via?: string
): ReadResult | null {
  const last = ctx.lastAct === act.slug ? ctx.lastActAt : null
  ctx.lastAct = act.slug
  ctx.lastActAt = {text, end}
  const {window, offset} = before(text, nameStart, 200)
  const sections = search(sectionsOfBefore, window)
  const extra = via ? {resolvedFrom: via} : {}
  if (!sections) {
    const words = window.slice(-40)
    // "Section 604 of the Trade Act (19 U.S.C. 2483) authorizes the President to embody in the HTSUS the substance
    // of the relevant provisions of that Act": the act just cited, spoken of again, not cited again.
    if (provisionsOf.test(words) && last?.text === text && nameStart - last.end < 400) return null
  }
  if (sections) {
    const listStart = offset + sections.index + sections[0].indexOf(sections.groups.list)
    const refs = readSections(text, listStart, sections.groups.several !== undefined)
    if (refs.length > 0) {
      const citations = refs.map((ref): FoundCitation => {
        const {id, known} = resolveSection(act, ref, ctx)
        if (!known) ctx.unknownActs.add(act.slug)
        return {
          id,
          type: typeOf(known ? 'usc' : 'act'),
          start: ref.start,
          end: ref.end,
          form: 'named',
          ...extra,
          ...(known ? {} : {unknownAct: act.slug})
        }
      })
      markRanges(refs, citations)
      citations[0]!.start = offset + sections.index
      citations[citations.length - 1]!.end = end
      return {citations, end}
    }
  }
  if (act.row?.home) {
    return {
      citations: [
        {
          id: uscIdAt(act.row.home, []),
          type: typeOf('usc'),
          start: nameStart,
          end,
          form: 'named',
          wholeAct: true,
          ...extra
        }
      ],
      end
    }
  }
  if (!act.row) ctx.unknownActs.add(act.slug)
  // Kept only if a parallel citation says where the act is codified ("... Act of 1921 (31 U.S.C. 1101 et seq.)").
  return {
    citations: [
      {
        id: joinId('act', act.slug),
        type: typeOf('act'),
        start: nameStart,
        end,
        form: 'named',
        provisional: true,
        unknownAct: act.slug,
        ...extra
      }
    ],
    end
  }
}

export const namedAct: CitationReader = {
  name: 'act',
  trigger: String.raw`Act\b`,
  read(text, at, ctx) {
    const actEnd = at + 3
    let end = actEnd
    const year =
      readAt(yearAfter, text, actEnd) ??
      (/Appropriations\s+Act$/.test(text.slice(Math.max(0, at - 20), actEnd))
        ? readAt(appropriationsYear, text, actEnd)
        : null)
    if (year) end = year.index + year[0].length

    // "the Trade and Tariff Act of 1984" is not the table's Tariff Act of 1930: a printed year other than the row's
    // names another act.
    const printedYear = year ? Number(/\d{4}$/.exec(year[0])?.[0]) : null
    const known = names.find(({name, row}) => {
      const start = actEnd - name.length
      return (
        (printedYear === null || row.year === undefined || row.year === printedYear) &&
        start >= 0 &&
        text.startsWith(name, start) &&
        (start === 0 || !/[\w-]/.test(text[start - 1]!))
      )
    })
    if (known)
      return cite(
        {row: known.row, slug: slug(known.row.name)},
        actEnd - known.name.length,
        end,
        text,
        ctx
      )

    // "the Act", as the document defined it.
    const words = text.slice(Math.max(0, at - 120), at).split(/\s+/)
    words.pop()
    const name: string[] = []
    // A word ending a sentence ("Congress.") is not part of the name; an initial ("T.") is. A year only just before
    // "Act" ("the 1988 Act"): before that, four digits are a section's ("section 1102 of the 1988 Act").
    for (
      let i = words.length - 1;
      i >= 0 &&
      (nameWord.test(words[i]!) || commaInName(words[i]!, name)) &&
      !/\w{2}\.$/.test(words[i]!) &&
      (i === words.length - 1 || !/^\d{4}$/.test(words[i]!));
      i--
    )
      name.unshift(words[i]!)
    // Lower-case words before the name, and a sentence's "The" ("The Protecting Americans ... Act (the “Act”)").
    while (name.length > 0 && (/^[a-z]/.test(name[0]!) || (name[0] === 'The' && name.length > 2)))
      name.shift()
    // "... Officials to Act": a verb, not a name.
    const lastWord = words[words.length - 1] ?? ''
    if (name.length > 0 && connector.test(lastWord)) return null
    // "section 5(b) of that Act": the act named last.
    if (name.length === 0 && /^(?:that|such|said)$/.test(lastWord) && ctx.lastAct) {
      const act = ctx.lastAct
      const from = text.lastIndexOf(lastWord, at)
      return cite(
        {row: bySlug.get(act) ?? null, slug: act},
        from,
        end,
        text,
        ctx,
        `${lastWord} Act`
      )
    }
    if (name.length === 0) {
      const defined = ctx.definitions.get('the act') ?? ctx.definitions.get('act')
      if (!defined?.act) return null
      const row = bySlug.get(defined.act) ?? null
      return cite({row, slug: defined.act}, at, end, text, ctx, 'the Act')
    }
    const full = `${name.join(' ')} Act`
    const nameStart = actEnd - full.length
    if (!text.startsWith(full, nameStart)) return null
    // A name the document gave an act ("the Omnibus Trade and Competitiveness Act of 1988 (the “1988 Act”)").
    const defined = ctx.definitions.get(full.toLowerCase()) ?? definedAsLonger(ctx, name)
    if (defined?.act)
      return cite(
        {row: bySlug.get(defined.act) ?? null, slug: defined.act},
        nameStart,
        end,
        text,
        ctx,
        full
      )
    // An act the table does not know is named with its year where the text gives one ("... Act of 2019").
    return cite({row: null, slug: slug(text.slice(nameStart, end))}, nameStart, end, text, ctx)
  }
}

/**
 * "the USKFTA Act" after "(the “USKFTA Implementation Act”)": an abbreviation and "Act", the document's own term
 * shortened. The one act the document defined by a longer name of that abbreviation and "Act".
 */
function definedAsLonger(ctx: CitationContext, name: readonly string[]): Definition | undefined {
  if (name.length !== 1 || !/^[A-Z]{2,}$/.test(name[0]!)) return undefined
  const prefix = `${name[0]!.toLowerCase()} `
  const longer = [...ctx.definitions].filter(
    ([term, d]) => term.startsWith(prefix) && term.endsWith(' act') && d.act
  )
  return longer.length === 1 ? longer[0]![1] : undefined
}

export const actAbbreviation: CitationReader = {
  name: 'act-abbreviation',
  trigger: String.raw`(?:${[...abbreviations.keys()].join('|')})\b`,
  read(text, at, ctx) {
    const m = readAt(/[A-Z]+/y, text, at)!
    const row = abbreviations.get(m[0])
    if (!row) return null
    return cite({row, slug: slug(row.name)}, at, at + m[0].length, text, ctx, m[0])
  }
}

/** Capitals, then at most three small letters ("EPCRA", "CBERA"), a number ("FAST-41"): a run of capitals gives back one at a time. */
const definedAbbreviation = String.raw`[A-Z]{2,}[a-z]{0,3}(?:-\d{1,3})?\b`
const definedAbbreviationAt = new RegExp(definedAbbreviation, 'y')

/**
 * An abbreviation the document defined for an act the table does not know: "the Emergency Planning and Community
 * Right-to-Know Act of 1986 (EPCRA)", then "section 304(a) of EPCRA" -> act/emergency-planning-...-of-1986/304/a;
 * one with a number ("(FAST-41)").
 */
export const definedActAbbreviation: CitationReader = {
  name: 'defined-act-abbreviation',
  trigger: definedAbbreviation,
  read(text, at, ctx) {
    const m = readAt(definedAbbreviationAt, text, at)!
    const defined = ctx.definitions.get(m[0].toLowerCase())
    if (!defined?.act || abbreviations.has(m[0])) return null
    const row = bySlug.get(defined.act) ?? null
    return cite({row, slug: defined.act}, at, at + m[0].length, text, ctx, m[0])
  }
}
