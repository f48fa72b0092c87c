/**
 * What a document does to other instruments, provision by provision: each
 * sentence with an action (revoke, amend, supersede, suspend, reinstate,
 * terminate) and the instruments it acts on. A target must be what the
 * sentence acts on; an instrument it merely cites ("as amended by Executive
 * Order 14266") is not one.
 */
import {getOrCreate} from '../util/get-or-create.js'
import type {Point} from 'unist'
import type {Citation, DocumentContent, Provision, Supersession} from '../document/types.js'
import {labelPath} from '../document/label-path.js'
import {printedDateToIso} from '../parse/dates.js'
import {
  actionPatterns,
  actionStem,
  effectiveDate,
  generalSupersession,
  namedInstrument,
  negation,
  notATarget,
  targetTypes,
  type ActionPattern
} from './actions.js'

type Unit = Extract<DocumentContent, {type: 'finding' | 'enactingFormula' | 'provision'}>

interface Placed {
  citation: Citation
  start: number
  end: number
  /** An instrument the sentence may act on (not one it merely cites). */
  target: boolean
}

/** Every passive action verb, to find where the clause of one begins. */
const passiveVerbs = actionPatterns.map((a) => new RegExp(a.passive.source, 'g'))

/** Where the clause of the passive verb at `verbAt` begins: after the last other action verb before it. */
function clauseStart(sentence: string, sentenceStart: number, verbAt: number): number {
  let start = sentenceStart
  for (const verb of passiveVerbs) {
    verb.lastIndex = 0
    for (let m = verb.exec(sentence); m !== null; m = verb.exec(sentence)) {
      const end = sentenceStart + m.index + m[0].length
      if (end <= verbAt && end > start) start = end
    }
  }
  return start
}

/** "in order to ..." up to the next comma. */
const purposeClause = /\b[Ii]n\s+order\s+to\b[^,;:]*/g

/** What may stand between two members of one list of citations: commas, "and", provision words. */
const listContinuation =
  /^(?:[,;]|\s|\band\b|\bby\b|\bsections?\b|\b(?:that\s+)?parts?\s+of\b|\bof\b|\d+(?:\([a-z0-9]+\))*)*$/

/** Where each citation stands in the unit's text (citations are in text order), and whether it may be a target. */
function place(unit: Unit): Placed[] {
  const placed: Placed[] = []
  for (const citation of unit.citations) {
    // Citations of one printed list share its text and place; others follow the one before.
    const last = placed[placed.length - 1]
    const [a, b] = [last?.citation.position?.start.offset, citation.position?.start.offset]
    const sameSpan =
      last !== undefined &&
      last.citation.text === citation.text &&
      (a !== undefined && b !== undefined ? a === b : last.citation.id !== citation.id)
    const cursor = last ? (sameSpan ? last.start : last.end) : 0
    const start = unit.text.indexOf(citation.text, cursor)
    if (start === -1) continue
    const end = start + citation.text.length
    const before = unit.text.slice(Math.max(0, start - 40), start)
    const previous = placed[placed.length - 1]
    // One printed list ("Executive Orders 13065, 13081, and 13102"): its members stand or fall together.
    if (previous && previous.start === start) {
      placed.push({citation, start, end, target: previous.target && targetTypes.has(citation.type)})
      continue
    }
    // "as amended by section 3 of Executive Order 13025, Executive Order 13041, sections 1, 2, and that part of
    // section 3 of Executive Order 13064": the whole list is cited, not acted on.
    const gap = previous && previous.end <= start ? unit.text.slice(previous.end, start) : null
    // A comma alone continues a list only before more of it ("A, B, and C"); "in order to clarify A, B is amended" does not.
    const listedAfterMere =
      previous !== undefined &&
      !previous.target &&
      gap !== null &&
      listContinuation.test(gap) &&
      (/\band\b/.test(gap) ||
        /^\s*,\s*(?:and\s+)?(?:sections?\b|that\s+part|Executive|Proclamation|\d)/.test(
          unit.text.slice(end)
        ))
    const target = targetTypes.has(citation.type) && !notATarget.test(before) && !listedAfterMere
    placed.push({citation, start, end, target})
  }
  return placed
}

/** Sentences as [start, end) ranges; a citation's own full stops ("U.S.C.") do not end one. */
function sentences(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let start = 0
  // Not at semicolons: a list of revoked orders runs on over them.
  const boundary =
    /(?<![A-Z]\.[A-Z]|\b(?:No|Sec|U\.S|Stat|Reg|Fed|Pub|seq|[A-Z]))[.:](?=\s+(?:[A-Z(“"]|$))/g
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    ranges.push([start, m.index + 1])
    start = m.index + 1
  }
  if (start < text.length) ranges.push([start, text.length])
  return ranges
}

/** The object of an active verb: the first instrument after it and those listed with it, not those of later clauses. */
function objectList(after: Placed[], text: string): Placed[] {
  const list = after.slice(0, 1)
  for (const next of after.slice(1)) {
    // "Executive Orders 12865, 13069, and 13098": one printed list, several citations.
    if (next.start === list[list.length - 1]!.start) {
      list.push(next)
      continue
    }
    const gap = text.slice(list[list.length - 1]!.end, next.start)
    if (!/^(?:,?\s*as amended)?(?:,\s*(?:and\s+)?|\s+and\s+|;\s*(?:and\s+)?)$/.test(gap)) break
    list.push(next)
  }
  return list
}

function descendants(p: Provision): Provision[] {
  return p.children.flatMap((c) => [c, ...descendants(c)])
}

const globalCopies = new WeakMap<RegExp, RegExp>()

/** Every match of a pattern in a text, left to right. */
function everyMatch(pattern: RegExp, text: string): RegExpExecArray[] {
  const global = getOrCreate(globalCopies, pattern, (p) => new RegExp(p.source, `${p.flags}g`))
  return [...text.matchAll(global)]
}

/** Quoted text (the words an amendment inserts) blanked out: it speaks for the amended order, not this one. */
function unquoted(text: string): string {
  // Most units quote nothing: no copy.
  if (!/``|''|“|”|"/.test(text)) return text
  let out = ''
  let kept = 0
  let depth = 0
  let from = -1
  // Federal Register text opens quotes with `` and closes with ''; a quotation may run past the paragraph.
  const marks = /``|''|“|”/g
  for (let m = marks.exec(text); m !== null; m = marks.exec(text)) {
    const opens = m[0] === '``' || m[0] === '“'
    if (opens) {
      if (depth === 0) from = m.index
      depth++
    } else if (depth > 0) {
      depth--
      if (depth === 0) {
        const end = m.index + m[0].length
        out += text.slice(kept, from) + ' '.repeat(end - from)
        kept = end
      }
    }
  }
  out += depth > 0 ? text.slice(kept, from) + ' '.repeat(text.length - from) : text.slice(kept)
  return out.replace(/"[^"]{0,3000}?"/g, (q) => ' '.repeat(q.length))
}

/** One action verb of a sentence, and what its targets are read from. */
interface Verb {
  unit: Unit
  /** The unit's text, quotations blanked. */
  text: string
  /** Every citation of the unit, placed. */
  placed: Placed[]
  /** The sentence's citations that may be targets (not merely cited, not in a purpose clause). */
  candidates: Placed[]
  sentence: string
  /** The sentence's range in the text. */
  start: number
  end: number
  /** Where the verb begins and ends. */
  at: number
  after: number
  /** Where a passive verb's clause begins (the sentence's start for an active one). */
  clause: number
  /** Where an active verb's objects end (the next verb). */
  objectsEnd: number
  passive: boolean
  action: ActionPattern['action']
}

/** What the document said before the verb: named instruments, the order an amending passage opened on, the last instruments cited. */
interface ReadSoFar {
  named: ReadonlyMap<string, string>
  amending: string | null
  lastInstruments: readonly string[]
}

/** A rule for what a verb acts on: given the targets the rules before it found, the targets. */
type TargetRule = (verb: Verb, targets: string[], before: ReadSoFar) => string[]

const ids = (placed: Placed[]): string[] => placed.map((p) => p.citation.id)

/** The rules, in the order they are tried. */
const targetRules: readonly TargetRule[] = [
  // The instruments the verb's own clause names: before a passive verb, the object list after an active one.
  (v) =>
    ids(
      v.passive
        ? v.candidates.filter((p) => p.end <= v.at && p.start >= v.clause)
        : objectList(
            v.candidates.filter((p) => p.start >= v.after && p.start < v.objectsEnd),
            v.unit.text
          )
    ),
  // "Part II of the Manual for Courts-Martial, United States, is amended": the order that made it.
  (v, targets, {named}) => {
    if (targets.length > 0 || !v.passive) return targets
    const subject = v.text.slice(v.start, v.at)
    return [...named].filter(([name]) => subject.includes(name)).map(([, id]) => id)
  },
  // "A new section 7 is added to Executive Order 12345": the object follows.
  (v, targets) =>
    targets.length === 0 &&
    v.passive &&
    v.action === 'amend' &&
    /^\s+(?:to|in|into|from)\s/.test(v.text.slice(v.after))
      ? ids(
          objectList(
            v.candidates.filter((p) => p.start >= v.after),
            v.unit.text
          )
        )
      : targets,
  // "the definition ... in section 1.1(i) of such order is hereby amended", "... pursuant to section 8 of
  // Executive Order 13519 and that order is hereby revoked": the order cited last, in this unit or before it.
  (v, targets, {lastInstruments}) => {
    if (
      targets.length > 0 ||
      !v.passive ||
      !/\b(?:such|said|that)\s+(?:Executive\s+)?[Oo]rder\b/.test(v.text.slice(v.clause, v.at))
    )
      return targets
    const cited = v.placed.filter(
      (p) => p.end <= v.at && (p.citation.type === 'eo' || p.citation.type === 'proc')
    )
    const last =
      cited.length > 0
        ? cited[cited.length - 1]!.citation.id
        : lastInstruments[lastInstruments.length - 1]
    // The order, not a provision of it.
    return last ? [last.split('/').slice(0, 2).join('/')] : targets
  },
  // "Section 4(c)(3) is amended by striking ...", "Section 1(a) of the order is amended ...", under an amending passage.
  (v, targets, {amending}) =>
    targets.length === 0 && v.passive && amending && v.action !== 'suspend'
      ? bareProvisions(v.text.slice(v.clause, v.at)).map((path) => [amending, ...path].join('/'))
      : targets,
  // "revoke that order" / "revoke those orders": the instruments named just before.
  (v, targets, {lastInstruments}) => {
    const anaphora = v.passive
      ? null
      : /^\s+(?:that|those)(?:\s+two|\s+prior|\s+and\s+all\s+related)*\s+(?:Executive\s+)?[Oo]rders?\b/.exec(
          v.text.slice(v.after)
        )
    if (!anaphora) return targets
    const inUnit = ids(v.placed.filter((p) => p.end <= v.after && p.citation.type === 'eo'))
    // The sentence may run on from the enacting formula, where the orders were named.
    const named = inUnit.length > 0 ? inUnit : lastInstruments
    return [...(/those/.test(anaphora[0]) ? named : named.slice(-1)), ...targets]
  },
  // "The following executive actions are hereby revoked:": the list below holds the targets.
  // "I hereby amend: (a) Executive Order 13464 ..., by removing ...; and (b) ...": likewise, for an active verb with
  // nothing between it and the colon.
  (v, targets) => {
    const listBelow = v.passive
      ? /:\s*$/.test(v.sentence) && v.action !== 'amend'
      : /^\s*:\s*$/.test(v.text.slice(v.after, v.end))
    if (targets.length > 0 || v.unit.type !== 'provision' || !listBelow) return targets
    // Each item's instruments, less those it only cites ("Executive Order 12975, as amended by Executive Orders 13018 ..."),
    // and less items that state an action of their own ("(2) Executive Order 12703 ... is amended ...").
    // ... and the items printed as paragraphs of this provision (bullets of a scraped page).
    const itemsHere = ids(v.placed.filter((p) => p.start >= v.end && p.target))
    return [
      ...itemsHere,
      ...descendants(v.unit)
        .filter((d) => {
          const own = unquoted(d.text)
          return !actionPatterns.some((a) => a.passive.test(own) || a.active.test(own))
        })
        .flatMap((d) => ids(place(d).filter((p) => p.target)))
    ]
  }
]

/** What a verb acts on: each rule in turn. */
const targetsOf = (verb: Verb, before: ReadSoFar): string[] =>
  targetRules.reduce<string[]>((targets, rule) => rule(verb, targets, before), [])

export function detectSupersessions(
  children: DocumentContent[],
  toPoint: (offset: number) => Point
): Supersession[] {
  const found: Supersession[] = []
  /** The instruments of the last unit that cited any: what "those orders" and "such order" point back to. */
  let lastInstruments: string[] = []
  /** Instruments the document names with the order that made them ("Manual for Courts-Martial" -> eo/12473). */
  const named = new Map<string, string>()
  const remember = (text: string): void => {
    namedInstrument.lastIndex = 0
    for (let m = namedInstrument.exec(text); m !== null; m = namedInstrument.exec(text)) {
      if (m[1]!.split(/\s+/).length >= 2) named.set(m[1]!, `eo/${m[2]}`)
    }
  }
  for (const node of children)
    if (node.type === 'finding' || node.type === 'enactingFormula') remember(node.text)

  /**
   * The last sentence of the enacting formula, when the unit after it continues it ("I hereby revoke" + "the
   * Presidential Memorandum of January 28, 2021, ..."; "I hereby prescribe" + "the following amendment to ..."):
   * a verb running across the two acts in that unit as if the sentence were whole.
   */
  let carried: string | null = null
  /**
   * The instrument an amending passage opened on ("Executive Order 12866 ... is amended as follows:"): what its
   * items' bare provisions stand for ("Section 4(a) is amended by striking ..." -> eo/12866/4/a).
   */
  let amending: string | null = null
  const visit = (unit: Unit, path: string[], activeOnly = false): void => {
    const carry = carried
    carried = null
    // Inserted text of an amendment ("to read as follows: ``Sec. 3. ... are revoked.''") acts for the amended order.
    if (/^\s*(?:``|“|")/.test(unit.text)) return
    const text = unquoted(unit.text)
    const acts = carry !== null || actionStem.test(text)
    const placed = acts ? place(unit) : []
    if (acts)
      sentences(text).forEach(([s, e], index) => {
        const sentence = text.slice(s, e)
        // Where the sentence's own words begin: a quotation ending just before it is blanked, not part of it.
        let from = s
        while (from < e && /\s/.test(text[from]!)) from++
        const general = generalSupersession.test(sentence)
        for (const pattern of actionPatterns) {
          // Findings recite history ("... was amended by"); they and the formula may enact in the passive, with "hereby"
          // ("..., Executive Order 12580 of January 23, 1987, is hereby amended as follows:").
          // Every passive verb of the sentence acts on its own subject ("sections 1 and 2 of Executive Order 13067
          // ... are revoked, and Executive Order 13412 ... is revoked in its entirety"); the active verb, when none.
          // The formula's own sentence enacts too, when it opens the text it enacts ("By the authority vested in me ...,
          // Executive Order 11016 of April 25, 1962, as amended, is further amended as follows:").
          const enacting =
            !activeOnly || (unit.type === 'enactingFormula' && /:\s*$/.test(sentence))
          const passives = everyMatch(pattern.passive, sentence).filter(
            (m) => enacting || /\bhereby\b/.test(m[0])
          )
          const own = passives.length > 0 ? null : pattern.active.exec(sentence)
          const active =
            own ?? (index === 0 && carry !== null ? carriedVerb(pattern, carry, sentence) : null)
          for (const match of active ? [active] : passives) {
            const passive = active ? null : match
            if (negation.test(sentence.slice(0, match.index))) continue
            const verbAt = s + match.index
            // A purpose clause names what the action serves, not what it acts on: "In order to update the civil
            // service rules to reflect the action taken in Executive Order 14003, Civil Service Rule VI is amended".
            const purposes = [...sentence.matchAll(purposeClause)].map(
              (m) => [s + m.index, s + m.index + m[0].length] as const
            )
            const inSentence = placed.filter(
              (p) =>
                p.start >= s &&
                p.end <= e &&
                p.target &&
                !purposes.some(([a, b]) => p.start >= a && p.start < b)
            )
            const afterVerb = verbAt + match[0].length
            const verb: Verb = {
              unit,
              text,
              placed,
              candidates: inSentence,
              sentence,
              start: s,
              end: e,
              at: verbAt,
              after: afterVerb,
              passive: passive !== null,
              action: pattern.action,
              // A passive verb's subject is in its own clause ("X is revoked and Y is amended" amends Y only); an active
              // verb's object ends where the next verb begins.
              clause: passive ? clauseStart(sentence, s, verbAt) : s,
              objectsEnd: passive ? e : s + nextVerb(sentence, afterVerb - s)
            }
            const targets = targetsOf(verb, {named, amending, lastInstruments})
            const scope =
              targets.length === 0 && general && pattern.action === 'supersede'
                ? 'general'
                : 'specific'
            if (targets.length === 0 && scope !== 'general') continue
            const entry: Supersession = {
              provision: labelPath(path),
              action: pattern.action,
              scope,
              targets: [...new Set(targets)],
              text: unit.text.slice(from, e).trim(),
              position: sentencePosition(unit, from, e, toPoint)
            }
            if (
              scope === 'specific' &&
              pattern.action !== 'amend' &&
              /\bto\s+the\s+extent\b|\bin\s+part\b/.test(sentence.slice(match.index))
            )
              entry.partial = true
            const effective = effectiveDate.exec(sentence)
            const iso = effective
              ? printedDateToIso(effective[1]!, effective[2]!, effective[3]!)
              : null
            if (iso) entry.effective = iso
            found.push(entry)
            // "... is amended as follows:": the items below amend that instrument.
            const instruments = new Set(
              entry.targets.map((t) => t.split('/').slice(0, 2).join('/'))
            )
            if (
              pattern.action === 'amend' &&
              instruments.size === 1 &&
              /:\s*$/.test(sentence) &&
              /^(?:eo|proc)\//.test(entry.targets[0]!)
            )
              amending = [...instruments][0]!
          }
        }
      })
    if (unit.type === 'enactingFormula') {
      const last = sentences(text).pop()
      carried = last ? text.slice(...last).trim() : null
    }
    const instruments = unit.citations.filter((c) => c.type === 'eo' || c.type === 'proc')
    if (instruments.length > 0) {
      lastInstruments = instruments.map((c) => c.id)
    }
  }

  const walk = (p: Provision, path: string[]): void => {
    const here = p.label === null ? path : [...path, p.label]
    visit(p, here)
    for (const child of p.children) walk(child, here)
  }
  // Provisions act. Findings recite history ("Proclamation 10139 ... amended Proclamation 9704"), but may hold
  // the enactment itself in the first person ("Accordingly, I hereby terminate ..., revoke that order, ...").
  for (const node of children) {
    if (node.type === 'provision') walk(node, [])
    else if (node.type === 'finding' || node.type === 'enactingFormula') visit(node, [], true)
  }
  return found
}

/**
 * Provisions named without their instrument, as the subject of an amendment: "Section (2)(b)", "Section 4(c)(3)",
 * "section 1-504", "The first sentence of section 1", "Section 1(a) of the order". Not "section 3 of this order"
 * or of another instrument: those say whose provision they are.
 */
const bareProvision =
  /(?<!\b(?:[Pp]receding|[Ff]ollowing|[Bb]efore|[Aa]fter|as)\s+)\b[Ss]ections?\s+\(?(\d+(?:[.-]\d+)*[A-Za-z]?)\)?((?:\([0-9A-Za-z]{1,4}\))*)(?!\s*(?:,\s*)?of\s+(?!(?:the|that|such|said)\s+(?:Executive\s+)?[Oo]rder\b))/g

function bareProvisions(clause: string): string[][] {
  // The item the verb ends: "(1) in section 1-501(c), by striking ...; (2) section 1-504 is revoked" revokes 1-504.
  const subject = clause.slice(Math.max(clause.lastIndexOf(';'), clause.lastIndexOf(':')) + 1)
  if (/\bthis\s+(?:order|proclamation|memorandum)\b/.test(subject)) return []
  return [...subject.matchAll(bareProvision)].map((m) => [
    m[1]!,
    ...[...m[2]!.matchAll(/\(([0-9A-Za-z]{1,4})\)/g)].map((x) => x[1]!)
  ])
}

/** Where the next active verb after `from` begins ("terminate the emergencies declared in those orders and revoke ..."): its object ends there. */
function nextVerb(sentence: string, from: number): number {
  const rest = sentence.slice(from)
  let next = sentence.length
  for (const pattern of actionPatterns) {
    const match = everyMatch(pattern.active, rest).find((m) => m.index > 0)
    if (match) next = Math.min(next, from + match.index)
  }
  return next
}

/**
 * An active verb that begins in the formula's last sentence and runs into this one ("I hereby revoke" + "the ...";
 * "I hereby prescribe" + "the following amendment to ..."): an empty match where the verb ends in this sentence.
 */
function carriedVerb(
  pattern: ActionPattern,
  lead: string,
  sentence: string
): RegExpExecArray | null {
  const joined = `${lead} ${sentence.trimStart()}`
  const match = pattern.active.exec(joined)
  const boundary = lead.length + 1
  if (!match || match.index >= boundary || match.index + match[0].length < lead.length) return null
  const index =
    sentence.length -
    sentence.trimStart().length +
    Math.max(0, match.index + match[0].length - boundary)
  return Object.assign([''], {index, input: sentence, groups: undefined}) as RegExpExecArray
}

function sentencePosition(
  unit: Unit,
  start: number,
  end: number,
  toPoint: (offset: number) => Point
): Supersession['position'] {
  const offsets = unit.data?.offsets
  if (!offsets || offsets.length === 0) return unit.position
  let s = start
  while (s < end && unit.text[s] === ' ') s++
  return {start: toPoint(offsets[s] ?? 0), end: toPoint((offsets[end - 1] ?? 0) + 1)}
}
