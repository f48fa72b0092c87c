/**
 * The citation extractor: one pass of one expression over the text finds every
 * place a citation may start (the triggers of all readers at once); the reader
 * whose trigger matched reads the citation there with anchored expressions.
 * Then definitions bind short forms, and parallel citations of one provision
 * ("section 232(d) (19 U.S.C. 1862(d))") are joined into one.
 */
import {actAbbreviation, definedActAbbreviation, namedAct} from './acts.js'
import {amendingInstruction, noteInstruments} from './amending.js'
import {constitution} from './constitution.js'
import {CitationContext} from './context.js'
import {readDefinition} from './definitions.js'
import {acquisitionRegulation, cfr, cfrSpelled, federalRegister, law, stat} from './federal.js'
import type {FoundCitation} from './found.js'
import {htsusChapter, htsusGeneralNote, htsusHeading} from './htsus.js'
import {internalRevenueCode} from './irc.js'
import type {CitationReader} from './reader.js'
import {datedOrder, definedInstrument, titledInstrument} from './named-instrument.js'
import {executiveOrder, memorandum, proclamation} from './presidential.js'
import {
  lawsBetween,
  learnSection,
  pairParallelLists,
  withLearnedSections
} from './parallel-lists.js'
import {shortForm} from './short-form.js'
import {title} from './title.js'
import {optional, pattern} from '../util/pattern.js'
import {withPinpointsBefore} from './pinpoints-before.js'
import {usc} from './usc.js'

/** Readers in the order their triggers are tried at one position. */
export const citationReaders: readonly CitationReader[] = [
  usc,
  title,
  cfr,
  cfrSpelled,
  acquisitionRegulation,
  law,
  stat,
  federalRegister,
  executiveOrder,
  proclamation,
  memorandum,
  datedOrder,
  titledInstrument,
  definedInstrument,
  amendingInstruction,
  htsusHeading,
  htsusChapter,
  htsusGeneralNote,
  constitution,
  internalRevenueCode,
  namedAct,
  actAbbreviation,
  shortForm,
  definedActAbbreviation
]

// One expression for all readers, behind one word boundary: V8 scans it far faster than the readers one by one.
const trigger = new RegExp(`\\b(?:${citationReaders.map((k) => `(${k.trigger})`).join('|')})`, 'g')

function readerOf(m: RegExpExecArray): CitationReader {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return citationReaders[i - 1]!
  throw new Error('trigger matched no reader')
}

/**
 * Between a named or short form and its parallel U.S. Code citation: ", as amended, ", " (",
 * and a definition on the way: " (the “Act”), as amended, ", ", as amended (section 721), ".
 */
const asAmended = optional(String.raw`,?\s*as amended`)
/** A definition printed between them: " (the “Act”)", " (section 721)". */
const definitionBetween = optional(
  String.raw`,?\s*\((?:the\s+)?[“"']?[A-Za-z][\w .-]{0,40}?[”"']?\)`
)
/** What leads into the parallel: ", ", " (", " ". */
const intoParallel = String.raw`(?:,\s*|\s*\(\s*|\s+)`
const parallelGap = pattern('', '^', asAmended, definitionBetween, asAmended, intoParallel, '$')

/** How many session laws and Statutes at Large citations end the list (at most three: "Public Law ..., 117 Stat. ..."). */
function lawsBefore(out: readonly FoundCitation[]): number {
  let n = 0
  while (
    n < 3 &&
    (out[out.length - 1 - n]?.type === 'pl' || out[out.length - 1 - n]?.type === 'stat')
  )
    n++
  return n
}

/** A parallel is printed as a U.S. Code citation proper ("19 U.S.C. 1862"). */
const printedCode = /^\d{1,2}\s*U\.?\s?S\.?\s?C/

function mergeParallels(
  text: string,
  found: FoundCitation[],
  ctx: CitationContext
): FoundCitation[] {
  const out: FoundCitation[] = []
  for (const c of found) {
    // "section 40 of the Arms Export Control Act (Public Law 90-629, as amended; 22 U.S.C. 2780)", "section 3 of the
    // ... Act of 1985 (the “USIFTA Implementation Act”) (Public Law 99-47, 99 Stat. 82 (19 U.S.C. 2112 note))": session
    // laws and Statutes at Large stand between a named section and its Code citation; the named one is joined with
    // the Code, the laws kept.
    const laws = lawsBefore(out)
    const named = out[out.length - 1 - laws]
    // Not the last of a list or range ("sections 305-308 of the ... Act ..., Public Law 102-182 (50 U.S.C. App. 2410c;
    // 22 U.S.C. 2798, 5604-5606)"): lists are paired item for item (parallel-lists.ts), or not at all.
    const beforeNamed = out[out.length - 2 - laws]
    const namedInList = Boolean(
      named &&
        beforeNamed?.form &&
        (beforeNamed.through !== undefined ||
          /^,?\s*(?:and\s+)?$/.test(text.slice(beforeNamed.end, named.start)))
    )
    if (
      laws > 0 &&
      named?.form &&
      !namedInList &&
      !named.wholeAct &&
      c.type === 'usc' &&
      !c.form &&
      lawsBetween(text, named, out.slice(out.length - laws), c) &&
      printedCode.test(text.slice(c.start, c.end))
    ) {
      if (named.unknownAct) learnSection(ctx, named, c)
      out.splice(out.length - 1 - laws, 1, {
        ...c,
        start: named.start,
        ...(named.provisional || named.id === c.id ? {} : {parallel: [named.id]})
      })
      continue
    }
    const previous = out[out.length - 1]
    const gap = previous ? text.slice(previous.end, c.start) : ''
    // "National Security Study Memorandum 1 (NSSM-1)", "National Security Directive 42 (NSD-42)": one citation, its
    // short form given in parentheses.
    if (
      previous &&
      c.type === 'memo' &&
      c.id === previous.id &&
      /^\s*\(\s*$/.test(gap) &&
      /^\s*\)/.test(text.slice(c.end))
    ) {
      out[out.length - 1] = {...previous, end: text.indexOf(')', c.end) + 1}
      continue
    }
    // "the Presidential Memorandum of February 7, 2019 (Promoting ...) (NSPM-16)": one memorandum, known by its series number.
    if (
      previous?.id.startsWith('pm/') &&
      c.type === 'memo' &&
      !c.id.startsWith('pm/') &&
      /^\s*\(\s*$/.test(gap) &&
      /^\s*\)/.test(text.slice(c.end))
    ) {
      const close = text.indexOf(')', c.end)
      // The provision named with the dated form is the numbered one's: "section 2 of the Presidential Memorandum of
      // February 7, 2019 (...) (NSPM-16)" -> nspm/16/2.
      const path = previous.id.split('/').slice(previous.title ? 3 : 2)
      out[out.length - 1] = {
        ...previous,
        id: [c.id, ...path].join('/'),
        end: close + 1,
        parallel: [previous.id]
      }
      continue
    }
    // The last of a list ("sections 101, 212, and 214 of the INA, 8 U.S.C. 1101, 1182, and 1184") is no parallel of the
    // first of the next: lists printed side by side are not paired here.
    const beforePrevious = out[out.length - 2]
    const previousInList = Boolean(
      previous &&
        beforePrevious?.form &&
        beforePrevious.end <= previous.start &&
        /^,?\s*(?:and\s+)?$/.test(text.slice(beforePrevious.end, previous.start))
    )
    if (
      previous?.form &&
      !previousInList &&
      c.type === 'usc' &&
      !c.form &&
      c.start >= previous.end &&
      parallelGap.test(gap) &&
      printedCode.test(text.slice(c.start, c.end)) &&
      // Both resolved, they must agree; else they are two items of lists ("sections 212(f) and 215(a) of the INA, 8 U.S.C.
      // 1182(f) and 1185(a)"). One Code section in parentheses of its own is the parallel as printed, even where the
      // table says otherwise ("section 401(c) of the NEA (50 U.S.C. 1642(c))": the printed text is what is cited).
      (previous.id === c.id ||
        previous.type === 'act' ||
        previous.wholeAct ||
        previous.id.split('/').slice(0, 3).join('/') === c.id.split('/').slice(0, 3).join('/') ||
        (/\(\s*$/.test(gap) && text[c.end] === ')' && c.through === undefined))
    ) {
      const paren = /\(\s*$/.test(gap)
      const closes = paren && text[c.end] === ')'
      if (!paren || closes) {
        if (previous.unknownAct) learnSection(ctx, previous, c)
        const merged: FoundCitation = {
          ...previous,
          id: c.id,
          type: c.type,
          end: closes ? c.end + 1 : c.end
        }
        if (previous.id !== c.id && !previous.provisional && !previous.wholeAct)
          merged.parallel = [previous.id]
        if (c.etSeq) merged.etSeq = true
        delete merged.unknownAct
        delete merged.provisional
        // A citation takes one parallel: what follows is a citation of its own.
        delete merged.form
        delete merged.wholeAct
        out[out.length - 1] = merged
        continue
      }
    }
    out.push(c)
  }
  return out.filter((c) => !c.provisional)
}

/**
 * Every citation in `text`, in order. Pass one context for all the texts of a
 * document, in document order, so short forms defined early resolve later.
 */
export function extractCitations(
  text: string,
  ctx: CitationContext = new CitationContext()
): FoundCitation[] {
  const found: FoundCitation[] = []
  ctx.unitCitations = found
  // An item of an open instruction ("(a) striking subsection 2(e);") is read inside it to its end.
  ctx.amending = ctx.inheritedAmending ? {...ctx.inheritedAmending, end: text.length} : null
  ctx.inheritedAmending = null
  ctx.openAmending = null
  let consumed = 0
  trigger.lastIndex = 0
  for (let m = trigger.exec(text); m !== null; m = trigger.exec(text)) {
    if (m.index < consumed) continue
    const result = readerOf(m).read(text, m.index, ctx)
    if (!result || result.citations.length === 0) continue
    // A reader that looked back may reach into text an earlier citation took: keep the earlier one.
    const fresh = result.citations.filter(
      (c) => c.start >= consumed || c.start >= (found[found.length - 1]?.end ?? 0)
    )
    if (fresh.length === 0) continue
    found.push(...fresh)
    consumed = Math.max(consumed, result.resume ?? result.end)
    const definitionEnd = readDefinition(text, result.end, fresh[fresh.length - 1]!, ctx)
    if (definitionEnd !== -1) consumed = definitionEnd
    if (trigger.lastIndex < consumed) trigger.lastIndex = consumed
  }
  noteInstruments(text, found, ctx)
  withPinpointsBefore(text, found)
  return withLearnedSections(mergeParallels(text, pairParallelLists(text, found, ctx), ctx), ctx)
}
