/**
 * What a document does to other instruments, provision by provision: each
 * sentence with an action (revoke, amend, supersede, suspend, reinstate,
 * terminate) and the instruments it acts on. A target must be what the
 * sentence acts on; an instrument it merely cites ("as amended by Executive
 * Order 14266") is not one.
 *
 * Read in steps, as tables: each kind of node has its handler (`handlers`), each
 * unit is cut into sentences, each sentence tried for every verb of the table
 * (`actionVerbs`, actions.ts), each verb found given its targets by small rules
 * tried in order (`targetRules`), and each entry its details (`entryDetails`).
 */
import type {Parent, Point, Node as UnistNode} from 'unist'
import {type Designation, designationsIn, madeDesignation} from './designated.js'
import {visit} from 'unist-util-visit'
import {visitParents} from 'unist-util-visit-parents'
import type {
  DocumentContent,
  Provision,
  Supersession,
  SupersessionAction
} from '../document/types.js'
import {labelPath, labelSegments} from '../document/label-path.js'
import {instrumentOf} from '../util/instrument-id.js'
import {pathsOf} from './designations.js'
import {printedDateToIso} from '../document/dates.js'
import {
  actionStem,
  actionVerbs,
  generalSupersession,
  namedInstrument,
  madeInInstrument,
  emergencyDeclaredIn,
  negation,
  recalls,
  targetTypes,
  type ActionVerb
} from './actions.js'
import {
  bareProvision,
  catchAllPhrase,
  editedInstrumentFollows,
  endsInColon,
  herebyWord,
  changedNowTo,
  declaredThat,
  inconsistency,
  inPart,
  partOfInstrument,
  instrumentId,
  onlyColon,
  opensWithQuotation,
  paragraphNumber,
  purposeClause,
  relativeSubject,
  space,
  suchOrder,
  thisDocument,
  thisDocumentActs,
  thoseOrders,
  immediately,
  madeBy,
  otherClause,
  extension,
  listedBelow,
  listedInThisDocument,
  reachCut,
  subjectAbbreviation,
  madeIt,
  bodyName,
  thatDate,
  printedDate
} from './phrases.js'
import {type DatedReference, datedReferences} from './dated.js'
import {changesDuties, effectiveWhen, setEffective} from './effective.js'
import {changesOnly} from './status.js'
import {attachOperations} from './operations.js'
import type {Instruction} from './passage.js'
import {ids, objectList, place, type Placed, type Unit} from './place.js'
import {everyMatch, sentences, unquoted, wordsEnd} from './text.js'

/** What the reading carries from unit to unit, in document order. */
interface Reading {
  readonly toPoint: (offset: number) => Point
  /** The entries found so far. */
  readonly found: Supersession[]
  /** The document's date (ISO), that days are counted from ("3 days after the date of this order"). */
  readonly signed: string | null
  /** Instruments the document names with the order that made them ("Manual for Courts-Martial" -> eo/12473). */
  readonly named: ReadonlyMap<string, string>
  /** Designations the findings and formula tell an instrument made (designated.ts): what "The designation of ..." ends. */
  readonly designations: readonly Designation[]
  /** The one instrument whose national emergency the document deals with, if it names one only (`emergencyOf`). */
  readonly emergency: string | null
  /** The instruments of the last unit that cited any: what "those orders" and "such order" point back to. */
  lastInstruments: readonly string[]
  /**
   * The last sentence of the enacting formula, when the unit after it continues it ("I hereby revoke" + "the
   * Presidential Memorandum of January 28, 2021, ..."; "I hereby prescribe" + "the following amendment to ..."):
   * a verb running across the two acts in that unit as if the sentence were whole.
   */
  carried: string | null
  /**
   * The instrument an amending passage opened on ("Executive Order 12866 ... is amended as follows:"): what its
   * items' bare provisions stand for ("Section 4(a) is amended by striking ..." -> eo/12866/4/a).
   */
  amending: string | null
  /** Every unit of the document in order, each with its place: what an amending instruction reads on into. */
  readonly units: readonly Unit[]
  readonly unitIndex: ReadonlyMap<Unit, number>
  /** The amendments found, read for their operations once every unit is read (an item's own action is known then). */
  readonly amendments: Array<{entry: Supersession; at: Instruction}>
  /** The units an entry was found in. */
  readonly acting: Set<Unit>
  /** Entries of the document speaking of itself ("This order amends Executive Order 13603 ..."): see `announcements`. */
  readonly announced: Set<Supersession>
  /** Of the announced, those recalling a determination: they yield to any action on their instruments. */
  readonly recalled: Set<Supersession>
  /** Instruments each unit names by date and title, not number (dated.ts). */
  dated: ReadonlyMap<Unit, readonly DatedReference[]>
  /** The document's provisions by their designations ("2/b" for "Sec. 2(b)"): what "section 2(b) of this order" is. */
  readonly provisions: ReadonlyMap<string, Unit>
}

/** What the target rules read of what came before the verb. */
type ReadSoFar = Pick<
  Reading,
  | 'named'
  | 'designations'
  | 'amending'
  | 'lastInstruments'
  | 'dated'
  | 'found'
  | 'emergency'
  | 'provisions'
>

export function detectSupersessions(
  children: DocumentContent[],
  toPoint: (offset: number) => Point,
  signed: string | null = null
): Supersession[] {
  const reading: Reading = {
    toPoint,
    found: [],
    signed,
    named: namedInstruments(children),
    designations: designationsIn(
      children
        .filter((n) => n.type === 'finding' || n.type === 'enactingFormula')
        .map((n) => (n as Unit).text)
    ),
    emergency: emergencyOf(children),
    lastInstruments: [],
    carried: null,
    amending: null,
    units: [],
    unitIndex: new Map(),
    amendments: [],
    acting: new Set(),
    announced: new Set(),
    recalled: new Set(),
    dated: new Map(),
    provisions: new Map()
  }
  // Document order, a provision before the provisions inside it, each under its label path.
  const paths: string[][] = []
  visitParents({type: 'root', children} as Parent, isUnit, (node, ancestors) => {
    ;(reading.units as Unit[]).push(node)
    paths.push(
      [...ancestors, node].flatMap((n) =>
        n.type === 'provision' && (n as Provision).label !== null ? [(n as Provision).label!] : []
      )
    )
  })
  reading.units.forEach((unit, i) => {
    ;(reading.unitIndex as Map<Unit, number>).set(unit, i)
    const label = unit.type === 'provision' ? labelPath(paths[i]!) : null
    const key = label === null ? '' : labelSegments(label).join('/')
    // The first provision of a designation: a later one (a quotation's) does not hide it.
    if (key !== '' && !reading.provisions.has(key))
      (reading.provisions as Map<string, Unit>).set(key, unit)
  })
  reading.dated = datedReferences(reading.units)
  reading.units.forEach((unit, i) => {
    ;(handlers[unit.type] as Handler<Unit>)(reading, unit, paths[i]!)
  })
  const announcements = announcedElsewhere(reading)
  // The amendments' instructions as operations, and their targets at the provisions they name.
  for (const {entry, at} of reading.amendments)
    if (!announcements.has(entry)) attachOperations(entry, at)
  // "The exceptions in subsection (b) of this section amend and supersede the exceptions set forth in section 4(b) of
  // Proclamation 10949": what the provision does, changed, not its words: a modification of each target.
  for (const entry of reading.found)
    if (entry.action === 'amend' && !entry.operations && amendsAndSupersedes.test(entry.text))
      entry.operations = entry.targets.map((target) => ({
        operation: 'modify' as const,
        target,
        text: entry.text.trim(),
        source: entry.position
      }))
  const opened = openedOnly(reading.found)
  return reading.found.filter((entry) => !announcements.has(entry) && !opened.has(entry))
}

/** "amend and supersede": an amendment of what a provision does, in this document's own words. */
const amendsAndSupersedes = /\bamend\s+and\s+supersede\b/

/**
 * "Executive Order 11545 ... is amended as follows:", then "(a) Section 1 is amended by striking ..." and "(b)
 * Section 2 is amended ...": the opening names the instrument its items amend, each an entry of its own at the
 * provision it names. An opening with no operation of its own, on an instrument its items all amend, is not one
 * more amendment.
 */
function openedOnly(found: readonly Supersession[]): Set<Supersession> {
  const opened = new Set<Supersession>()
  for (const entry of found) {
    if (entry.action !== 'amend' || entry.operations || entry.provision === null) continue
    if (!endsInColon.test(entry.text) || entry.targets.some((t) => t !== instrumentOf(t))) continue
    const items = found.filter(
      (e) =>
        e !== entry &&
        e.action === 'amend' &&
        e.provision?.startsWith(`${entry.provision}(`) &&
        e.targets.length > 0 &&
        e.targets.every((t) => entry.targets.includes(instrumentOf(t)))
    )
    const covered = new Set(items.flatMap((e) => e.targets.map(instrumentOf)))
    if (items.length > 0 && entry.targets.every((t) => covered.has(t))) opened.add(entry)
  }
  return opened
}

/**
 * "Purpose. This order amends Executive Order 13603 of March 16, 2012 (...)", then "Section 203 of Executive Order
 * 13603 is hereby amended by striking ...": the purpose tells of the action the document takes elsewhere, on the
 * same instrument; it is not one more. Those targets leave the entry (and an entry left with none, the document).
 * What the document does only in such words ("This order supersedes Executive Order 13621") stands.
 */
function announcedElsewhere(reading: Reading): Set<Supersession> {
  const dropped = new Set<Supersession>()
  for (const entry of reading.announced) {
    // A recalled determination ("In light of my determination to adjust the tariff proclaimed in Proclamation 9705")
    // recalls whatever the document does to that instrument; an announcement, the same action.
    const recalled = reading.recalled.has(entry)
    const elsewhere = new Set(
      reading.found
        .filter((e) => (recalled || e.action === entry.action) && !reading.announced.has(e))
        .flatMap((e) => e.targets.map(instrumentOf))
    )
    entry.targets = entry.targets.filter((t) => !elsewhere.has(instrumentOf(t)))
    if (entry.targets.length === 0 && entry.scope === 'specific') dropped.add(entry)
  }
  return dropped
}

/**
 * How each node of the document's body is read. Provisions act. Findings recite history ("Proclamation 10139 ...
 * amended Proclamation 9704"), but may hold the enactment itself in the first person ("Accordingly, I hereby
 * terminate ..., revoke that order, ..."); so may the formula, whose last sentence may run on into the text after it.
 */
const handlers: {readonly [Type in Unit['type']]: Handler<Extract<Unit, {type: Type}>>} = {
  provision: (reading, node, path) => {
    readUnit(reading, node, path)
  },
  finding: (reading, node) => {
    readUnit(reading, node, [], true)
  },
  enactingFormula: (reading, node) => {
    const text = readUnit(reading, node, [], true)
    if (text === null) return
    const last = sentences(text).pop()
    reading.carried = last ? text.slice(...last).trim() : null
  }
}

/** How a unit is read; `path` is the label path of a provision (its labels and those of the provisions around it). */
type Handler<Node extends Unit> = (reading: Reading, node: Node, path: string[]) => void

/** A node the reading has a handler for: the rest of the body (headings, signatures) acts on nothing. */
const isUnit = (node: UnistNode): node is Unit => Object.hasOwn(handlers, node.type)

/** The instruments findings and the formula name with the order that made them: acting on the name acts on the order. */
function namedInstruments(children: DocumentContent[]): Map<string, string> {
  const named = new Map<string, string>()
  for (const node of children) {
    if (node.type !== 'finding' && node.type !== 'enactingFormula') continue
    for (const {groups} of node.text.matchAll(namedInstrument)) {
      // One capitalized word is no name ("Order", "Manual").
      if (groups!.name!.split(/\s+/).length >= 2) named.set(groups!.name!, `eo/${groups!.number}`)
    }
    for (const {groups} of node.text.matchAll(madeInInstrument)) {
      const name = groups!.name!.replace(/\s+/g, ' ')
      // A name of three words at least: "the Council" tells nothing of which.
      if (name.split(' ').length >= 3 && !named.has(name))
        named.set(name, `${groups!.kind!.startsWith('P') ? 'proc' : 'eo'}/${groups!.number}`)
    }
  }
  return named
}

/** The one instrument whose national emergency the document's text names as declared, or null (none, or several). */
function emergencyOf(children: DocumentContent[]): string | null {
  const declared = new Set<string>()
  visit({type: 'root', children} as Parent, isUnit, (node) => {
    for (const {groups} of (node as Unit).text.matchAll(emergencyDeclaredIn)) {
      const kind = groups!.kind ?? groups!.kind2!
      declared.add(`${kind.startsWith('P') ? 'proc' : 'eo'}/${groups!.number ?? groups!.number2}`)
    }
  })
  return declared.size === 1 ? [...declared][0]! : null
}

/**
 * One unit: each of its sentences, when its text holds a verb's stem (most units act on nothing) or continues the
 * formula. `activeOnly`: findings and the formula, which enact only in the first person or with "hereby". The unit's
 * text, quotations blanked; null when it is itself quoted text an amendment inserts.
 */
function readUnit(reading: Reading, unit: Unit, path: string[], activeOnly = false): string | null {
  const carry = reading.carried
  reading.carried = null
  // Inserted text of an amendment ("to read as follows: ``Sec. 3. ... are revoked.''") acts for the amended order.
  if (opensWithQuotation.test(unit.text)) return null
  const text = unquoted(unit.text)
  const dated = reading.dated.get(unit) ?? []
  if (carry !== null || actionStem.test(text)) {
    const placed = place(unit, dated)
    sentences(text).forEach(([start, end], index) => {
      const lead = index === 0 ? carry : null
      readSentence(reading, {unit, path, text, placed, start, end, activeOnly, lead})
    })
  }
  const instruments = (
    dated.length > 0 ? place(unit, dated).map((p) => p.citation) : unit.citations
  )
    .filter((c) => c.type === 'eo' || c.type === 'proc')
    .map((c) => c.id)
  if (instruments.length > 0) reading.lastInstruments = instruments
  return text
}

/** A sentence of a unit, and what it is read with. */
interface SentenceAt {
  unit: Unit
  /** The unit's label path. */
  path: string[]
  /** The unit's text, quotations blanked. */
  text: string
  /** Every citation of the unit, placed. */
  placed: Placed[]
  /** The sentence's range in the text. */
  start: number
  end: number
  activeOnly: boolean
  /** The formula's last sentence, when this is the first sentence after it. */
  lead: string | null
}

/** A verb found in a sentence: its entry in the table, the match, and whether it is the passive form. */
interface Found {
  verb: ActionVerb<SupersessionAction>
  match: RegExpExecArray
  passive: boolean
  /** One of the verb's duty forms: its targets are the instruments that imposed the duties (`ActionVerb.duties`). */
  duties: boolean
  /** A duty form read only if the verb's plain form in the sentence acted on nothing. */
  fallback?: boolean
}

/**
 * The verbs of a sentence, verb by verb of the table. Every passive verb of the sentence acts on its own subject
 * ("sections 1 and 2 of Executive Order 13067 ... are revoked, and Executive Order 13412 ... is revoked in its
 * entirety"); the active verb, when none; else one begun in the formula's last sentence. None that a negation
 * before it denies ("Nothing in this order shall supersede ...").
 */
function verbsIn(sentence: string, at: SentenceAt): Found[] {
  // Findings recite history ("... was amended by"); they and the formula may enact in the passive, with "hereby"
  // ("..., Executive Order 12580 of January 23, 1987, is hereby amended as follows:"). The formula's own sentence
  // enacts too, when it opens the text it enacts ("By the authority vested in me ..., Executive Order 11016 of
  // April 25, 1962, as amended, is further amended as follows:").
  const enacting =
    !at.activeOnly || (at.unit.type === 'enactingFormula' && endsInColon.test(sentence))
  const found: Found[] = []
  for (const verb of actionVerbs) {
    // A finding enacts too what it says takes effect now: "... the product exclusion process as authorized in clause 3
    // of Proclamation 9705 ... is terminated, effective immediately".
    const passives = everyMatch(verb.passive, sentence).filter(
      (m) =>
        enacting ||
        herebyWord.test(m[0]) ||
        immediately.test(sentence.slice(m.index)) ||
        changedNowTo.test(sentence.slice(m.index)) ||
        declaredThat.test(sentence.slice(0, m.index))
    )
    const own = passives.length > 0 ? null : verb.active.exec(sentence)
    const active = own ?? (at.lead !== null ? carriedVerb(verb, at.lead, sentence) : null)
    for (const match of active ? [active] : passives) {
      if (negated(sentence, match.index)) continue
      found.push({verb, match, passive: active === null, duties: false})
    }
    if (verb.duties && passives.length === 0 && !own) found.push(...dutyForms(verb, sentence))
    // "the HTSUS shall be modified by inserting ...", its subject naming "the ad valorem duties imposed under Executive
    // Order 14257": the plain form names no instrument it acts on; the duty form may.
    else if (verb.duties && passives.length > 0 && !active)
      found.push(...dutyForms(verb, sentence).map((f) => ({...f, fallback: true})))
  }
  return found
}

/**
 * Whether the words before a verb say the document does not act ("Nothing in this order shall supersede"), leaving
 * out a condition opening the sentence ("To the extent that the HTSUS does not currently fully reflect ..., the HTSUS
 * shall be modified"): it says when the document acts, not that it does not.
 */
function negated(sentence: string, verbAt: number): boolean {
  const condition = openingCondition.exec(sentence)
  const from = condition && condition[0].length <= verbAt ? condition[0].length : 0
  return negation.test(sentence.slice(from, verbAt))
}

/** A condition opening a sentence, to its comma: "To the extent that ...,", "If ...,", "Unless ...,". */
const openingCondition =
  /^\s*(?:To\s+the\s+extent\s+(?:that\s+)?|If\s+|Unless\s+|Where\s+)[^,;:.]{1,300},/

/**
 * A verb's duty forms in a sentence, when its plain forms act on nothing there: each match of the form naming the
 * duties before it ("the rate of duty imposed under Proclamation 9704 ... shall be:"), else the first naming them
 * after it ("shall no longer be subject to the additional duty imposed under ..."). Findings enact them too: they are
 * worded as rules ("As of March 12, 2025, the additional derivative steel articles ... shall be subject to ...").
 */
function dutyForms(verb: ActionVerb<SupersessionAction>, sentence: string): Found[] {
  const forms = verb.duties!
  const before = everyMatch(forms.passive, sentence)
  const after = before.length > 0 ? null : forms.active.exec(sentence)
  return (after ? [after] : before)
    .filter((match) => !negated(sentence, match.index))
    .map((match) => ({verb, match, passive: after === null, duties: true}))
}

/**
 * The citations placed within [start, end): a binary search for the first, since they are in text order. A unit
 * of thousands of sentences (EO 14148's list of rescissions) would otherwise be read in time quadratic in its length.
 */
function placedWithin(placed: readonly Placed[], start: number, end: number): Placed[] {
  let low = 0
  let high = placed.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (placed[mid]!.start < start) low = mid + 1
    else high = mid
  }
  const out: Placed[] = []
  for (let i = low; i < placed.length && placed[i]!.start < end; i++)
    if (placed[i]!.end <= end) out.push(placed[i]!)
  return out
}

/** Each verb of the sentence, in turn: its targets, its entry, and the amending passage it may open. */
function readSentence(reading: Reading, at: SentenceAt): void {
  const {unit, text, placed, start, end} = at
  const sentence = text.slice(start, end)
  const found = verbsIn(sentence, at)
  if (found.length === 0) return
  // Where the sentence's own words begin: a quotation ending just before it is blanked, not part of it.
  let from = start
  while (from < end && space.test(text[from]!)) from++
  const general = generalSupersession.test(sentence)
  // A purpose clause names what the action serves, not what it acts on: "In order to update the civil
  // service rules to reflect the action taken in Executive Order 14003, Civil Service Rule VI is amended".
  const purposes = [...sentence.matchAll(purposeClause)].map(
    (m) => [start + m.index, start + m.index + m[0].length] as const
  )
  // Nor is an instrument the text an amendment inserts cites ("Sec. 102(c) is amended to read as follows: ``Nothing
  // in this order ... Executive Order 12333 ...''"): quotations are blanked in the text read.
  const inSentence = placedWithin(placed, start, end).filter(
    (p) =>
      text[p.start] === unit.text[p.start] &&
      !purposes.some(([a, b]) => p.start >= a && p.start < b)
  )
  const mayBeTargets = inSentence.filter((p) => p.target)
  const sources = inSentence.filter((p) => p.source)
  const provision = labelPath(at.path)
  // The verbs whose plain form acted here: their fallback duty forms are not read.
  const acted = new Set<ActionVerb<SupersessionAction>>()
  for (const {verb, match, passive, duties, fallback} of found) {
    if (fallback && acted.has(verb)) continue
    const verbAt = start + match.index
    const after = verbAt + match[0].length
    const occurrence: Occurrence = {
      unit,
      text,
      placed,
      candidates: duties ? sources : mayBeTargets,
      sentence,
      start,
      end,
      at: verbAt,
      after,
      passive,
      action: verb.action,
      // A passive verb's subject is in its own clause ("X is revoked and Y is amended" amends Y only); an active
      // verb's object ends where the next verb begins.
      clause: passive ? clauseStart(sentence, start, verbAt) : start,
      objectsEnd: passive ? end : start + nextVerb(sentence, after - start),
      duties,
      provision
    }
    const targets = targetsOf(occurrence, reading)
    // The instruments named, and what the clause says of those it does not name: "Any provision of previous
    // proclamations ... that is inconsistent ... is superseded to the extent of such inconsistency", "All Executive
    // Orders ... inconsistent with this order are revoked", "..., or any other provisions authorizing ... are hereby
    // revoked": a general action, with no target of its own.
    const scopes: Array<Supersession['scope']> = [
      ...(targets.length > 0 ? ['specific' as const] : []),
      ...((targets.length === 0 && general && verb.action === 'supersede') || catchAll(occurrence)
        ? ['general' as const]
        : [])
    ]
    // "Any prior Presidential Proclamation, Executive Order, ... that is inconsistent with the direction in this order is
    // hereby terminated, suspended, or modified to the extent necessary": a general supersession in other words.
    const yields = targets.length === 0 && scopes.length === 0 && catchAllYields(occurrence)
    if (yields) scopes.push('general')
    if (scopes.length > 0) acted.add(verb)
    // The sentence's words, not the paragraphs of a quotation they introduce.
    const until = wordsEnd(unit.text, from, end)
    for (const scope of scopes) {
      const entry: Supersession = {
        provision,
        action: yields ? 'supersede' : verb.action,
        scope,
        targets: scope === 'general' ? [] : [...new Set(targets)],
        text: unit.text.slice(from, until).trim(),
        position: sentencePosition(unit, from, until, reading.toPoint)
      }
      for (const detail of entryDetails) detail(entry, occurrence, reading)
      if (entry.action === 'amend')
        reading.amendments.push({entry, at: instructionAt(reading, occurrence, match[0])})
      reading.acting.add(unit)
      reading.found.push(entry)
      if (!passive && thisDocumentActs.test(sentence.slice(0, match.index + match[0].length)))
        reading.announced.add(entry)
      if (occurrence.announces) reading.announced.add(entry)
      if (recalls.test(match[0])) {
        reading.announced.add(entry)
        reading.recalled.add(entry)
      }
      reading.amending = amendingPassage(entry, sentence) ?? reading.amending
    }
  }
}

/**
 * A catch-all the verb's own clause names, for a revocation or supersession: instruments it does not name, those
 * inconsistent with the document ("All Executive Orders ... inconsistent with this order are revoked") or any others
 * besides the named ("..., or any other provisions authorizing the Secretary to grant relief ... are hereby revoked").
 */
function catchAll(v: Occurrence): boolean {
  if (v.action !== 'revoke' && v.action !== 'supersede') return false
  const said = saidOf(v)
  // "..., including National Security Memorandum-2 ..., which is hereby revoked": its subject is the one named.
  if (v.passive && relativeSubject.test(said)) return false
  const phrase = catchAllPhrase.exec(said)
  return (
    phrase !== null &&
    (inconsistency.test(v.sentence) ||
      /\b(?:other|prior|previous|earlier|existing)\b/.test(phrase[0]))
  )
}

/** A catch-all of instruments inconsistent with the document, ended, suspended or changed where they conflict. */
function catchAllYields(v: Occurrence): boolean {
  if (!v.passive || (v.action !== 'terminate' && v.action !== 'suspend' && v.action !== 'modify'))
    return false
  const said = saidOf(v)
  return !relativeSubject.test(said) && catchAllPhrase.test(said) && inconsistency.test(said)
}

/** What the operations reader is given of an amendment: its verb, its sentence, the units after it. */
function instructionAt(reading: Reading, v: Occurrence, verb: string): Instruction {
  const index = reading.unitIndex.get(v.unit) ?? reading.units.length
  return {
    unit: v.unit,
    sentenceStart: v.start,
    sentenceEnd: v.end,
    verbStart: v.at,
    verbEnd: v.after,
    verb,
    following: reading.units.slice(index + 1),
    acts: (unit) => reading.acting.has(unit),
    place: (unit, start, end) => sentencePosition(unit, start, end, reading.toPoint)
  }
}

/** "... is amended as follows:": the one instrument whose provisions the items below amend; null if it opens none. */
function amendingPassage(entry: Supersession, sentence: string): string | null {
  const instruments = new Set(entry.targets.map(instrumentOf))
  return entry.action === 'amend' &&
    instruments.size === 1 &&
    endsInColon.test(sentence) &&
    instrumentId.test(entry.targets[0]!)
    ? [...instruments][0]!
    : null
}

/** One action verb of a sentence, and what its targets are read from. */
interface Occurrence {
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
  action: SupersessionAction
  /** A duty form: its object is the duties it names, their instrument within that phrase. */
  duties: boolean
  /** The provision's label path ("(2)(b)"), null outside provisions. */
  provision: string | null
  /** Set by a target rule: the entry tells of an action the document may take in other words (`announcedElsewhere`). */
  announces?: boolean
}

/** What a verb says of what it acts on: a passive verb's subject, an active verb's objects. */
const saidOf = (v: Occurrence): string =>
  v.passive ? v.text.slice(v.clause, v.at) : v.text.slice(v.after, v.objectsEnd)

/** A rule for what a verb acts on: given the targets the rules before it found, the targets. */
type TargetRule = (verb: Occurrence, targets: string[], before: ReadSoFar) => string[]

/** The instruments the verb's own clause names: before a passive verb, the object list after an active one. */
const ownClause: TargetRule = (v) => {
  if (v.passive) {
    const subject = v.candidates.filter((p) => p.end <= v.at && p.start >= itemStart(v))
    const maker = makerOfSubject(v)
    return ids(maker && !subject.includes(maker) ? [maker, ...subject] : subject)
  }
  const objects = objectList(
    v.candidates.filter((p) => p.start >= v.after && p.start < v.objectsEnd),
    v.unit.text
  )
  // "shall not be subject to such additional duty and shall instead remain subject to ... Executive Order 14257".
  if (v.duties && objects[0] && otherClause.test(v.text.slice(v.after, objects[0].start))) return []
  return ids(objects)
}

/**
 * An ending whose subject is a thing and the instrument that made it ("The inclusion processes established pursuant
 * to clause (7) of Proclamation 10895, clause (6) of Proclamation 10896, ... are hereby terminated"): that instrument,
 * the first of the clause, though cited after "pursuant to". Not for a change of text or rates (their subjects are
 * the instruments), nor after a citation before it (then it tells of the subject).
 */
function makerOfSubject(v: Occurrence): Placed | undefined {
  if (v.duties || changesOnly(v.action)) return undefined
  // The subject begins after ", and the": "relief from the additional duties set forth in clause 2 of Proclamation
  // 9705 ..., and the product exclusion process as authorized in clause 3 of Proclamation 9705 ... is terminated".
  let from = v.clause
  for (const m of v.text.slice(v.clause, v.at).matchAll(anotherSubject))
    from = v.clause + m.index + m[0].length
  const first = placedWithin(v.placed, from, v.at).find(
    (p) => !p.nested && instrumentId.test(p.citation.id)
  )
  if (!first || first.target) return undefined
  return madeBy.test(v.text.slice(Math.max(from, first.start - 60), first.start))
    ? first
    : undefined
}

/** ", and the": a noun phrase of its own begins. */
const anotherSubject = /,\s+and\s+(?=the\b)/g

/**
 * Where a passive verb's item begins: its clause, after the last enumerated item before it ("(1) in section
 * 1-501(c), by striking ...; (2) section 1-504 is revoked" revokes 1-504, not the provision the first item cites).
 */
function itemStart(v: Occurrence): number {
  let start = v.clause
  for (const m of v.text.slice(v.clause, v.at).matchAll(enumeratedItem))
    start = v.clause + m.index + m[0].length
  return start
}
/** "; (2) ", "; and (3) ": the start of an enumerated item inside a sentence. */
const enumeratedItem = /;\s*(?:and\s+)?\([0-9a-z]{1,4}\)\s/g

/**
 * "... modify and supersede those set forth in section 3(f) of Proclamation 10949", "amend and supersede the exceptions
 * set forth in section 4(b) of ...": an active verb's object told by where it is set forth is that provision (not the
 * authority "set forth in" names elsewhere).
 */
const objectSetForth: TargetRule = (v, targets) => {
  if (v.passive) return targets
  const m = setForthObject.exec(v.text.slice(v.after, v.objectsEnd))
  if (!m) return targets
  // The object is that provision, not what a phrase after it names ("... with respect to any countries listed in
  // section 2 or 3 of Proclamation 10949").
  const at = v.after + m[0].length
  const object = v.placed.filter(
    (p) => p.start === at && !p.nested && instrumentId.test(p.citation.id)
  )
  return object.length > 0 ? ids(object) : targets
}
/** " those set forth in ", " the exceptions set forth in the ": what an object is, then where it is set forth. */
const setForthObject =
  /^\s+(?:those|that|the\s+[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:set\s+forth|described|contained)\s+in\s+(?:the\s+)?/

/** "Part II of the Manual for Courts-Martial, United States, is amended": the order that made it. */
const namedSubject: TargetRule = (v, targets, {named}) => {
  if (targets.length > 0 || !v.passive) return targets
  const subject = v.text.slice(v.start, v.at)
  return [...named].filter(([name]) => subject.includes(name)).map(([, id]) => id)
}

/** "The designation of Ethiopia, Guinea, and Mali as beneficiary sub-Saharan African countries ... is terminated": the instrument that made it. */
const designationSubject: TargetRule = (v, targets, {designations}) => {
  if (targets.length > 0 || !v.passive || v.action !== 'terminate') return targets
  return madeDesignation(v.text.slice(itemStart(v), v.at), designations)
}

/**
 * "A new section 7 is added to Executive Order 12345": the object follows; "Appendix 12B ... are added to the
 * Manual for Courts-Martial, United States": an instrument known by name, the order that made it.
 */
const editedInstrument: TargetRule = (v, targets, {named}) => {
  if (
    targets.length > 0 ||
    !v.passive ||
    v.action !== 'amend' ||
    !editedInstrumentFollows.test(v.text.slice(v.after))
  )
    return targets
  const cited = ids(
    objectList(
      v.candidates.filter((p) => p.start >= v.after),
      v.unit.text
    )
  )
  if (cited.length > 0) return cited
  const object = v.text.slice(v.after, v.end)
  return [...named].filter(([name]) => object.includes(name)).map(([, id]) => id)
}

/**
 * "the definition ... in section 1.1(i) of such order is hereby amended", "... pursuant to section 8 of
 * Executive Order 13519 and that order is hereby revoked": the order cited last, in this unit or before it.
 */
const suchOrderCitedLast: TargetRule = (v, targets, {lastInstruments}) => {
  // An active verb's object may point back too: "I hereby expand the scope of the national emergency declared in
  // that proclamation".
  const pointing = v.passive ? v.text.slice(v.clause, v.at) : v.text.slice(v.after, v.end)
  if (targets.length > 0 || !suchOrder.test(pointing)) return targets
  const cited = v.placed.filter(
    (p) => p.end <= v.at && (p.citation.type === 'eo' || p.citation.type === 'proc')
  )
  const last =
    cited.length > 0
      ? cited[cited.length - 1]!.citation.id
      : lastInstruments[lastInstruments.length - 1]
  // The order, not a provision of it.
  return last ? [instrumentOf(last)] : targets
}

/** "Section 4(c)(3) is amended by striking ...", "Section 1(a) of the order is amended ...", under an amending passage. */
const provisionOfAmended: TargetRule = (v, targets, {amending}) =>
  targets.length === 0 && v.passive && amending && v.action !== 'suspend'
    ? bareProvisions(v.text.slice(v.clause, v.at)).map((path) => [amending, ...path].join('/'))
    : targets

/** "revoke that order" / "revoke those orders": the instruments named just before. */
const thoseNamedBefore: TargetRule = (v, targets, {lastInstruments}) => {
  if (v.passive) return theseAsSubject(v, targets, lastInstruments)
  const anaphora = thoseOrders.exec(v.text.slice(v.after))
  if (!anaphora) return targets
  const inUnit = ids(v.placed.filter((p) => p.end <= v.after && p.citation.type === 'eo'))
  // The sentence may run on from the enacting formula, where the orders were named.
  const named = inUnit.length > 0 ? inUnit : lastInstruments
  return [...(anaphora.groups!.which === 'those' ? named : named.slice(-1)), ...targets]
}

/**
 * "... including but not limited to Executive Orders 13988 of January 20, 2021, ..., and 14075 of June 15, 2022. These
 * Executive Orders are hereby rescinded": a passive verb whose subject points back to the instruments the sentence
 * before named (the unit's, or the last unit's when its first sentence).
 */
function theseAsSubject(
  v: Occurrence,
  targets: string[],
  lastInstruments: readonly string[]
): string[] {
  if (targets.length > 0 || !theseInstruments.test(v.text.slice(v.clause, v.at))) return targets
  const before = sentences(v.text).filter(([, end]) => end <= v.start)
  const previous = before[before.length - 1]
  if (!previous) return [...lastInstruments]
  return ids(
    v.placed.filter(
      (p) => p.start >= previous[0] && p.end <= previous[1] && targetTypes.has(p.citation.type)
    )
  )
}
/** "These Executive Orders ", "Those proclamations ", "Such orders " as a whole subject, before its verb. */
const theseInstruments =
  /^\s*(?:These|Those|Such|Said)\s+(?:(?:two|three|four|five|prior|previous)\s+)?(?:Executive\s+Orders|[Pp]roclamations|[Oo]rders|[Mm]emoranda|Presidential\s+Memoranda|[Dd]irectives)\s*$/

/**
 * "The following executive actions are hereby revoked:", "Each advisory committee listed below is continued until
 * September 30, 2025.": the list below holds the targets. "I hereby amend: (a)
 * Executive Order 13464 ..., by removing ...; and (b) ...": likewise, for an active verb with nothing between it and
 * the colon.
 */
const listBelow: TargetRule = (v, targets, {dated}) => {
  // A duty form's list after a colon holds rates ("shall be: (a) 50 percent ..."), not instruments; an extension's
  // ("The following advisory committee is continued until September 30, 2012:") the instruments it continues.
  // ... unless its subject says instruments follow ("the tariffs imposed through the following Presidential actions").
  const rates =
    v.duties &&
    !extension.test(v.text.slice(v.at, v.after)) &&
    !followingInstruments.test(v.text.slice(v.clause, v.at))
  const listFollows = v.passive
    ? ((endsInColon.test(v.sentence) &&
        !rates &&
        !listOwnedLater.test(v.text.slice(v.after, v.end))) ||
        listedBelow.test(v.text.slice(v.clause, v.at))) &&
      v.action !== 'amend'
    : onlyColon.test(v.text.slice(v.after, v.end)) && !rates
  if (targets.length > 0 || v.unit.type !== 'provision' || !listFollows) return targets
  // Each item's instruments, less those it only cites ("Executive Order 12975, as amended by Executive Orders 13018 ..."),
  // and less items that state an action of their own ("(2) Executive Order 12703 ... is amended ...").
  // ... and the items printed as paragraphs of this provision (bullets of a scraped page).
  const itemsHere = ids(v.placed.filter((p) => p.start >= v.end && p.target))
  return [
    ...itemsHere,
    ...descendants(v.unit)
      .filter((d) => {
        const own = unquoted(d.text)
        return !actionVerbs.some((a) => a.passive.test(own) || a.active.test(own))
      })
      .flatMap((d) => ids(place(d, dated.get(d)).filter((p) => p.target)))
  ]
}

/**
 * "Proclamations 9558 and 10285 established the Bears Ears Commission (BEC) to provide ... The BEC is hereby disbanded
 * and terminated": a subject named by the abbreviation a sentence before it in the unit defined, as made by the
 * instruments that sentence names.
 */
const abbreviationDefined: TargetRule = (v, targets) => {
  if (targets.length > 0 || !v.passive) return targets
  const abbreviation = subjectAbbreviation.exec(v.text.slice(v.clause, v.at))?.groups?.abbreviation
  const defined = abbreviation ? v.text.lastIndexOf(`(${abbreviation})`, v.start) : -1
  if (defined === -1) return targets
  const from = v.text.lastIndexOf('. ', defined) + 1
  if (!madeIt.test(v.text.slice(from, defined))) return targets
  return ids(
    v.placed.filter(
      (p) => p.start >= from && p.end <= defined && !p.nested && instrumentId.test(p.citation.id)
    )
  )
}

/**
 * "Executive Order 13836 ... is hereby revoked. The Interagency Labor Relations Working Group is hereby disbanded":
 * a body ended, named by no citation, right after the one instrument the same unit revoked: the body that order made.
 */
const bodyOfRevokedBefore: TargetRule = (v, targets, {found}) => {
  if (targets.length > 0 || !v.passive || v.action !== 'terminate') return targets
  if (!bodyName.test(v.text.slice(v.clause, v.at))) return targets
  const last = found[found.length - 1]
  const unitStart = v.unit.position?.start.offset ?? Number.POSITIVE_INFINITY
  if (
    last?.action !== 'revoke' ||
    last.scope !== 'specific' ||
    last.targets.length !== 1 ||
    (last.position?.start.offset ?? -1) < unitStart
  )
    return targets
  return [instrumentOf(last.targets[0]!)]
}

/**
 * After a passive verb, "the following" of another clause: the list after the colon is that clause's ("The IWG ...
 * shall be disbanded, and the following documents issued by the IWG shall be withdrawn ...:"), not this verb's ("The
 * following are revoked and any offices established therein are abolished:").
 */
const listOwnedLater = /\bthe\s+following\b/i

/** A change of duties in a provision that names no instrument and is not the document's own duties. */
const unnamedDutyChange = (v: Occurrence, targets: readonly string[]): boolean =>
  targets.length === 0 &&
  v.duties &&
  v.unit.type === 'provision' &&
  // "the additional ad valorem rate of duty pursuant to this order shall be 15 percent": the document's own duties.
  !dutiesOfThisDocument.test(v.sentence)

/**
 * The one instrument of the provision, for a change of a rate already in force ("shall be reduced", "shall be
 * paused"), not for duties a provision imposes ("shall be subject to an additional 10 percent ad valorem rate of duty"
 * beside a definition "as defined in section 8 of Executive Order 14156").
 */
const rateInForceOfProvision: TargetRule = (v, targets) => {
  if (!unnamedDutyChange(v, targets) || (v.action !== 'modify' && v.action !== 'suspend'))
    return targets
  if (!rateInForceChanged.test(v.text.slice(v.at, Math.min(v.end, v.after + 40)))) return targets
  const inUnit = unitInstrument(v)
  return inUnit ? [inUnit] : targets
}

/**
 * "it is appropriate to adjust the tariffs imposed on articles of Canada in Executive Order 14193", then "(b) The
 * additional rate of duty on potash ... shall be reduced to 10 percent in lieu of 25 percent": a change of duties that
 * names no instrument, in a document whose changes of duties so far all modify one, changes that one's. Not in a
 * sentence naming the document at all ("... 7 days after the date of this order ... shall not be subject to such
 * additional duty": what it changes may be its own), nor in an item of a provision revised to read anew ("Clause 2 of
 * Proclamation 9705 ... is revised to read as follows:", then "(b) All steel articles ... shall be subject to ...":
 * the clause's new words, not a change of its own).
 */
const dutiesModifiedBefore: TargetRule = (v, targets, {found}) => {
  if (!unnamedDutyChange(v, targets) || v.action !== 'modify') return targets
  if (thisDocument.test(v.sentence) || insideRevision(v, found)) return targets
  const modified = new Set(
    found
      .filter((e) => e.action === 'modify' && e.scope === 'specific' && changesDuties(e))
      .flatMap((e) => e.targets.map(instrumentOf))
  )
  return modified.size === 1 ? [...modified] : targets
}

/**
 * "the additional 25 percent ad valorem rate of duty shall be paused and will not take effect until March 4, 2025 ...
 * Accordingly, sections 2(a), 2(d) and 2(e) of the Executive Order of February 1, 2025, are amended ...": duties that
 * name no instrument, in a provision that cites one instrument only, are that one's.
 */
function unitInstrument(v: Occurrence): string | null {
  const cited = new Set(
    v.placed
      .filter((p) => p.target && !p.nested && instrumentId.test(p.citation.id))
      .map((p) => instrumentOf(p.citation.id))
  )
  return cited.size === 1 ? [...cited][0]! : null
}

/** Duties the document itself imposes: "the additional ad valorem rate of duty pursuant to this order". */
const dutiesOfThisDocument =
  /\b(?:dut(?:y|ies)|tariffs?)\b[^.;]{0,80}?\b(?:pursuant\s+to|under|imposed\s+by|in)\s+(?:(?:section|subsection|clause)\s+\S+\s+of\s+)?this\s+(?:order|proclamation)\b/

/**
 * "An article subject to tariffs pursuant to the action listed in section (2)(a) of this order shall not be subject to
 * additional tariffs on that article pursuant to the actions listed in sections 2(b) through 2(e) of this order": the
 * instruments those provisions of the document name (not those they cite "as amended by"). A cut in reach only: "shall
 * be subject to additional tariffs ... pursuant to the actions listed in section 2(e)" among them tells how they stack.
 */
const listedInDocument: TargetRule = (v, targets, {provisions, dated}) => {
  if (targets.length > 0 || !v.duties || !reachCut.test(v.text.slice(v.at, v.after))) return targets
  const list = listedInThisDocument.exec(saidOf(v))?.groups?.list
  if (list === undefined) return targets
  return pathsOf(list, []).flatMap((path) => {
    const unit = provisions.get(path.join('/'))
    return unit ? ids(place(unit, dated.get(unit)).filter((p) => p.target && !p.nested)) : []
  })
}

/** The participle of a change to a rate already in force. */
const rateInForceChanged = /\b(?:increased|reduced|decreased|raised|lowered|paused|suspended)\b/

/**
 * "Heading 9903.01.63 and subdivision (v)(xiv)(10) of U.S. note 2 to subchapter III of chapter 99 of the HTSUS shall
 * continue to be suspended until ...", "the HTSUS shall be modified ... by suspending headings 9903.01.43 through
 * 9903.01.62": tariff headings suspended with no instrument named are the duties of the one instrument whose
 * national emergency the document deals with ("In Executive Order 14257 ..., I declared a national emergency").
 */
const headingsOfEmergency: TargetRule = (v, targets, {emergency}) => {
  if (targets.length > 0 || emergency === null) return targets
  // "In recognition of the fact that the PRC has announced that it will retaliate ... in response to Executive Order
  // 14257, the HTSUS shall be modified as follows": the schedule's duties are the emergency's.
  // (Not "the HTSUS shall be modified ... by suspending headings ...": a suspension, read as such.)
  if (
    v.action === 'modify' &&
    (scheduleModifiedHere.test(v.text.slice(v.at, v.after)) ||
      scheduleBefore.test(v.text.slice(Math.max(v.clause, v.at - 12), v.at))) &&
    asFollows.test(v.text.slice(v.after, v.after + 16))
  )
    return [emergency]
  if (v.action !== 'suspend') return targets
  const said = saidOf(v)
  return tariffHeading.test(said) ? [emergency] : targets
}

/** The verb is the schedule's own change: "the HTSUS shall be modified". */
const scheduleModifiedHere = /^(?:HTSUS|HTS)\b/
/** Instructions follow the verb: "as follows". */
const asFollows = /^\s*as\s+follows\b/
/** The same, the verb's match beginning after the schedule's name. */
const scheduleBefore = /\b(?:HTSUS|HTS)\s+$/

/** Whether the verb stands in an item of a provision whose text an amendment opened for new words ("... to read:"). */
function insideRevision(v: Occurrence, found: readonly Supersession[]): boolean {
  const at = v.provision
  return (
    at !== null &&
    found.some(
      (e) =>
        e.action === 'amend' &&
        e.provision !== null &&
        at.startsWith(`${e.provision}(`) &&
        endsInColon.test(e.text)
    )
  )
}

/** A heading of the tariff schedule, or one of its notes. */
const tariffHeading = /\b(?:(?:[Ss]ub)?[Hh]eadings?\s+\d{4}\.\d{2}|U\.S\.\s+notes?\s+\d)/

/** A subject naming the instruments listed after it: "the following Presidential actions", "the following orders". */
const followingInstruments =
  /\bthe\s+following\s+(?:Presidential\s+)?(?:actions|instruments|proclamations|(?:Executive\s+)?[Oo]rders)\b/

/**
 * "To the extent any provision of Proclamation 10049 is inconsistent with Proclamation 9496, the terms of this
 * proclamation and Proclamation 10049 shall govern": an instrument the clause lets govern is not superseded.
 */
const notWhatGoverns: TargetRule = (v, targets) => {
  if (v.action !== 'supersede' || !v.passive || targets.length === 0) return targets
  const governing = new Set(ids(placedWithin(v.placed, v.at, v.after)).map(instrumentOf))
  return governing.size === 0 ? targets : targets.filter((t) => !governing.has(instrumentOf(t)))
}

/**
 * "The enforcement delay specified in section 2(a) of Executive Order 14166, as extended by Executive Order 14258, is
 * further extended": an instrument that only carried another's term on is told of, not acted on. Not for a revocation
 * ("Executive Order 13522 ..., as extended by Executive Order 13708 ..., is hereby revoked"): the extension goes with it,
 * as the Federal Register's notes have it.
 */
const notExtendedBy: TargetRule = (v, targets) => {
  if (v.action === 'revoke' || !v.passive || targets.length < 2) return targets
  // In the subject, what follows "as extended by" (a list: "by Executive Order 14258 (...), and Executive Order 14310").
  const from = v.text.slice(v.clause, v.at).search(extendedBy)
  if (from === -1) return targets
  const told = new Set(placedWithin(v.placed, v.clause + from, v.at).map((p) => p.citation.id))
  const kept = targets.filter((t) => !told.has(t))
  return kept.length > 0 ? kept : targets
}

/** "as extended by", "and continued by": what another instrument did to the subject's term. */
const extendedBy = /\b(?:extended|continued)\s+by\b/

/**
 * "... hereby proclaim the objects ... to be part of the San Gabriel Mountains National Monument": the instrument the
 * findings say made that monument ("In Proclamation 9194 ..., the President established the San Gabriel Mountains
 * National Monument").
 */
const enlargedMonument: TargetRule = (v, targets, {named}) => {
  if (v.passive || v.action !== 'modify') return targets
  const m = partOf.exec(v.text.slice(v.after, v.end))
  if (!m) return targets
  // Told where the document says in other words that it modifies that proclamation ("Any lands reserved by
  // Proclamations 9558, 9681, or 10285 ... are hereby excluded"): the entry yields to those words, as an announcement.
  v.announces = true
  if (targets.length > 0) return targets
  return [...named].filter(([name]) => m[1]!.startsWith(name)).map(([, id]) => id)
}
/** "to be part of the ...": what follows is the monument's name. */
const partOf = /\bto\s+be\s+(?:a\s+)?part\s+of\s+the\s+([A-Z][^.]{0,120})/

/** The rules, in the order they are tried. */
const targetRules: readonly TargetRule[] = [
  ownClause,
  objectSetForth,
  namedSubject,
  designationSubject,
  enlargedMonument,
  abbreviationDefined,
  editedInstrument,
  suchOrderCitedLast,
  provisionOfAmended,
  thoseNamedBefore,
  listBelow,
  bodyOfRevokedBefore,
  rateInForceOfProvision,
  dutiesModifiedBefore,
  headingsOfEmergency,
  listedInDocument,
  notWhatGoverns,
  notExtendedBy
]

/** What a verb acts on: each rule in turn. */
const targetsOf = (verb: Occurrence, before: ReadSoFar): string[] =>
  targetRules.reduce<string[]>((targets, rule) => rule(verb, targets, before), [])

/** A rule for what an entry says besides its targets. */
type EntryDetail = (entry: Supersession, verb: Occurrence, reading: Pick<Reading, 'signed'>) => void

/** Provisions its subject leaves out: "Proclamation 10294, except sections 1, 6, 7, and 8 thereof, is revoked". */
const exceptProvisions = /\bexcept\s+(?:for\s+)?(?:sub)?(?:sections?|clauses?|paragraphs?)\s/

/** The details, in the order their fields are written. */
const entryDetails: readonly EntryDetail[] = [
  // "to the extent inconsistent", "in part" after the verb: the action reaches part of its targets (an
  // amendment always does: it is not marked).
  (entry, v) => {
    if (
      entry.scope === 'specific' &&
      v.action !== 'amend' &&
      (inPart.test(v.sentence.slice(v.at - v.start)) ||
        exceptProvisions.test(v.sentence.slice(v.clause - v.start, v.at - v.start)))
    )
      entry.partial = true
  },
  // "the additional duties imposed ... in Executive Order 14257 shall no longer be in effect": what ends is a
  // part (its duties, its provisions on one country), the instrument stands.
  (entry, v) => {
    const said = saidOf(v)
    // A suspension of duties or tariff headings ("the additional 25 percent ad valorem rate of duty shall be paused",
    // "headings 9903.01.43-9903.01.62 ... are hereby suspended") suspends what the instrument imposes, not all of it.
    const dutiesSuspended = v.action === 'suspend' && (v.duties || tariffHeading.test(said))
    if (
      entry.scope === 'specific' &&
      !changesOnly(v.action) &&
      (partOfInstrument.test(said) || dutiesSuspended)
    )
      entry.partial = true
  },
  // "effective ... on January 1, 2026", "3 days after the date of this order": the date it takes effect, when not
  // the document's. "As of that date, ...": the date a sentence before it in the unit gave.
  (entry, v, {signed}) => {
    const when =
      effectiveWhen(v.sentence, signed) ??
      (thatDate.test(v.sentence) ? lastDateBefore(v.text.slice(0, v.start)) : null)
    if (when) setEffective(entry, when)
  }
]

/** The last date a text prints ("... necessary to terminate these arrangements as of March 12, 2025."). */
function lastDateBefore(text: string): {date: string} | null {
  const last = [...text.matchAll(printedDate)].at(-1)?.groups
  const iso = last ? printedDateToIso(last.month!, last.day!, last.year!) : null
  return iso ? {date: iso} : null
}

/** The provisions inside a provision, in document order. */
function descendants(p: Provision): Provision[] {
  const inside: Provision[] = []
  visit(p, 'provision', (node) => {
    if (node !== p) inside.push(node as Provision)
  })
  return inside
}

/** Every passive action verb, to find where the clause of one begins. */
const passiveVerbs = actionVerbs.flatMap((a) =>
  [a.passive, ...(a.duties ? [a.duties.passive] : [])].map((form) => new RegExp(form.source, 'g'))
)

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

/** The provisions an amendment's subject names without their instrument, each as its path: "Section 4(c)(3)" -> 4, c, 3. */
function bareProvisions(clause: string): string[][] {
  // The item the verb ends: "(1) in section 1-501(c), by striking ...; (2) section 1-504 is revoked" revokes 1-504.
  // "To expand the mission ..., as outlined in section 2 of this order, the second sentence of section 203(b) is
  // revised": the document's own provision, told of, blanked; the one left is the amended order's.
  const subject = clause
    .slice(Math.max(clause.lastIndexOf(';'), clause.lastIndexOf(':')) + 1)
    .replace(ownProvisionToldOf, (m) => ' '.repeat(m.length))
  if (thisDocument.test(subject)) return []
  return [...subject.matchAll(bareProvision)].flatMap((m) => {
    const path = [
      m.groups!.section!,
      ...[...m.groups!.paragraphs!.matchAll(paragraphNumber)].map((p) => p.groups!.paragraph!)
    ]
    // "Sections 1 through 5 are revised to read as follows:": every provision of the range.
    const range = rangeEnd.exec(subject.slice(m.index + m[0].length))
    if (!range || !/^[Ss]ections\s/.test(m[0])) return [path]
    const spanned = pathsOf(`${m[0].replace(/^\S+\s+/, '')} through ${range.groups!.end!}`, [])
    return spanned.length > 1 ? spanned : [path]
  })
}

/** ", as outlined in section 2 of this order,": a provision of the document, told of in passing. */
const ownProvisionToldOf =
  /(?:^|,)\s*(?:[Aa]s\s+(?:outlined|described|set\s+forth|provided)\s+in|[Uu]nder|[Pp]ursuant\s+to)\s+(?:sub)?(?:sections?|clauses?)\s+[\w().-]{1,20}\s+of\s+this\s+(?:order|proclamation|memorandum),/g

/** The other end of a range after a bare provision: "through 5", "-(e)". Group `end`. */
const rangeEnd =
  /^\s*(?:through|to|[-–—])\s*(?<end>\d{1,4}[A-Za-z]?(?:\([0-9A-Za-z]{1,4}\))*)(?![\w(])/

/** Where the next active verb after `from` begins ("terminate the emergencies declared in those orders and revoke ..."): its object ends there. */
function nextVerb(sentence: string, from: number): number {
  const rest = sentence.slice(from)
  let next = sentence.length
  for (const verb of actionVerbs) {
    for (const form of [verb.active, ...(verb.duties ? [verb.duties.active] : [])]) {
      const match = everyMatch(form, rest).find((m) => m.index > 0)
      if (match) next = Math.min(next, from + match.index)
    }
  }
  return next
}

/**
 * An active verb that begins in the formula's last sentence and runs into this one ("I hereby revoke" + "the ...";
 * "I hereby prescribe" + "the following amendment to ..."): an empty match where the verb ends in this sentence.
 */
function carriedVerb(verb: ActionVerb, lead: string, sentence: string): RegExpExecArray | null {
  const joined = `${lead} ${sentence.trimStart()}`
  const match = verb.active.exec(joined)
  const boundary = lead.length + 1
  if (!match || match.index >= boundary || match.index + match[0].length < lead.length) return null
  const index =
    sentence.length -
    sentence.trimStart().length +
    Math.max(0, match.index + match[0].length - boundary)
  return Object.assign([''], {index, input: sentence, groups: undefined}) as RegExpExecArray
}

/** The sentence's place in the source file, through the unit's offsets (its text is not the source's). */
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
  return {
    start: toPoint(offsets.offsetAt(s) ?? 0),
    end: toPoint((offsets.offsetAt(end - 1) ?? 0) + 1)
  }
}
