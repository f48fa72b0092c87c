/**
 * Amending instructions as data: what an amendment does, provision by provision. "Executive Order
 * 14144 ... is hereby amended by: (a) striking subsections 2(a)-(b) and redesignating subsections
 * 2(c), 2(d), and 2(e) as subsections 2(a), 2(b), and 2(c), respectively; ..." is a strike of 2/a and
 * 2/b and three redesignations; "Clause 2 of Proclamation 9705, as amended, is revised to read as
 * follows:" a read-as of proc/9705/2 whose new text is the quotation after it, over however many
 * paragraphs it runs.
 *
 * Read in steps: the passage (the instruction's own words after its verb, its items, the quotations
 * they insert), each piece cut into items and each item into clauses at the verbs of the table
 * (`clauseVerbs`), each clause given its provisions (designations.ts) under the scope its item names
 * ("in section 2(b), by striking ..."), then a strike and the insertion in lieu of it joined, and each
 * insertion waiting for its text given the quotation that follows it.
 */
import type {Operation, OperationKind, Supersession} from '../document/types.js'
import {
  bareList,
  besides,
  follows,
  namedProvisions,
  ofAnother,
  openingDesignation,
  pathsOf,
  singularWord
} from './designations.js'
import {sameKind, under} from '../util/designators.js'
import {execAtEnd} from '../util/at-end.js'
import {getOrCreate} from '../util/get-or-create.js'
import {trimEndOfWords} from '../util/trim-end.js'
import {wordsEnd} from './text.js'
import {instrumentOf, splitId} from '../util/instrument-id.js'
import {type Instruction, type Piece, type Quote, passage, wantsText} from './passage.js'

/** Every kind of operation, in the order the schema lists them (a test holds the schema's enum to it). */
export const operationKinds = [
  'strike',
  'insert',
  'strike-insert',
  'read-as',
  'redesignate',
  'add',
  'revoke-provision',
  'modify'
] as const satisfies readonly OperationKind[]

/** Whether every kind of the document types is listed above: a missing one makes this fail to compile. */
export const everyKindListed: [Exclude<OperationKind, (typeof operationKinds)[number]>] extends [
  never
]
  ? true
  : never = true

/** The verbs that begin a clause of an instruction, each with the operation it makes. */
const clauseVerbs: ReadonlyArray<readonly [RegExp, Clause['verb']]> = [
  [/^(?:striking|deleting|removing|strike|delete|remove)$/i, 'strike'],
  [/^(?:inserting|insert)$/i, 'insert'],
  [/^(?:adding|add)$/i, 'add'],
  // "is amended to replace “Sec. 6.” with “Sec. 7.”".
  [/^(?:replacing|replace)$/i, 'replace'],
  [/^substituting$/i, 'substitute'],
  [/^(?:redesignating|relettering|renumbering|redesignate|designate)$/i, 'redesignate'],
  // "revising clause 3(a)(ii) to read as follows", "Amending section 1 to read as follows"; without "to read",
  // the scope of what follows ("amending section 3 by striking ...").
  [/^(?:revising|amending|revise|amend)$/i, 'revise'],
  [/^(?:revoking|rescinding)$/i, 'revoke']
]

/**
 * Where a clause begins: one of the verbs above, as a word; the imperative ones ("(a) replace the letter “F”
 * throughout ... with ...", "(b) in section 1: (i) remove the text between ...", "(iii) amend subsection (d) to read
 * ...") at an item's start, after its scope ("in section 4(a)(i), replace the word ..."), or after "and".
 */
const clauseStart =
  /\b(?:striking|deleting|removing|inserting|adding|replacing|(?<=\bto\s)replace|substituting|redesignating|relettering|renumbering|revising|amending|revoking|rescinding|(?<=(?:^|\)|[,:;]|\band)\s{1,8})(?:replace|remove|strike|delete|insert|add|amend|revise|redesignate|designate)(?=\s+(?:the|a|an|new|subsections?|sections?|paragraphs?|clauses?|[“"`(]))|^(?:replace|remove|strike|delete|insert|add|amend|revise|redesignate|designate)(?=\s))\b/gi

/** A clause of an item: its verb, its range in the piece's text. */
interface Clause {
  verb:
    | 'strike'
    | 'insert'
    | 'add'
    | 'replace'
    | 'substitute'
    | 'redesignate'
    | 'revise'
    | 'revoke'
    | 'read-as'
  piece: number
  start: number
  end: number
  /** The head's own verb ("is revised to read as follows"): its words begin at the verb. */
  implicit?: boolean
}

/** "in their place", "in lieu thereof": an insertion that replaces what the clause before struck. */
const inLieu = /\bin\s+(?:lieu\s+thereof|(?:its|their)\s+place|place\s+thereof)\b/i

/** "``1996'' in place of ``1994''": an insertion that replaces the quotation after it. */
const inPlaceOf = /\bin\s+place\s+of\b/i

/** "replacing it with": the replacement of what the clause before struck. */
const replacingIt = /^replacing\s+(?:it|them)\s+with\b/i

/** "to read": a revision's new text follows. */
const toRead = /\bto\s+read\b/i

/** A new provision: "a new section 11", "the following new subsection". */
const newProvision = /\bnew\s+(?:sections?|subsections?|clauses?|paragraphs?|subparagraphs?)\b/i

/** Before a quotation, words that make it where an edit goes, not what it strikes or inserts: "before “(h)”". */
const anchorWords =
  /\b(?:before|after|following|preceding)\s+(?:the\s+(?:words?|phrases?|terms?)\s+)?$/i

/** Where an insertion goes. Groups `relation`, `anchor` (up to the next punctuation). */
const placement =
  /\b(?<relation>after|before|at\s+the\s+end)\b(?:\s+of)?\s*(?<anchor>[^,;:]{0,80})/i

/** "in section 2(b)," before an item's verb: the provision its bare designations are under. */
const inScope = /\bin\s+(?:the\s+\w+\s+sentence\s+of\s+)?$/i

/**
 * An item label inside a piece: "(a)" after a colon or semicolon (or at its start), then a word. Spaces bounded:
 * blanked quotations are long runs of them.
 */
const itemLabel =
  /(?:^\s{0,8}|[:;]\s{1,8}(?:and\s{1,4})?)\((?:[A-Za-z]{1,4}|\d{1,3})\)\s{1,8}(?=[a-z])/g

/** "respectively" and "as": a redesignation's new designations follow "as". */
const asWord = /\bas\b/

/** "designate the existing text as new subsection “(a)”": the provision's own text, under a new designation. */
const existingText = /\b(?:existing|current)\s+text\b/i

/** "former section 6 (newly designated section 5)": the second is the provision's designation now. */
const newlyDesignated = /\(\s*newly\s+designated\s+/i

/**
 * The operations of an amendment, on each of its targets. Empty when the instruction says no more than
 * that the target is amended.
 */
export function operationsOf(entry: Supersession, at: Instruction): Operation[][] {
  const {pieces, quotes, words, headEnd} = passage(at)
  // An instrument named by date has no number an item could print ("eo/2025-02-01/{slug}"): its date stands in.
  const instruments = [...new Set(entry.targets.map((t) => instrumentOf(t).split('/')[1]!))].map(
    (number): [string, RegExp] => [number, new RegExp(`\\b${number}\\b`)]
  )
  const subject = quotedSubject.exec(at.unit.text.slice(at.sentenceStart, at.verbStart))
  return entry.targets.map((target, index) => {
    const {instrument, path} = splitId(target)
    const read = readPassage({
      at,
      pieces,
      quotes,
      words,
      headEnd,
      instruments,
      instrument,
      scope: path,
      nth: {index, of: entry.targets.length}
    })
    const attached = read.length === 0 && annexAttached.test(at.verb)
    // "Appendix 12B, Appendix 12C, and Appendix 12D are added to the Manual for Courts-Martial": new parts, their
    // text elsewhere (an annex).
    if (
      read.length === 0 &&
      /\badded$/.test(at.verb) &&
      addedTo.test(at.unit.text.slice(at.verbEnd))
    ) {
      const text = at.unit.text.slice(at.sentenceStart, at.sentenceEnd).trim()
      return [
        {
          operation: 'add' as const,
          target,
          text,
          source: at.place(at.unit, at.sentenceStart, at.sentenceEnd)
        }
      ]
    }
    if (
      attached ||
      (read.length === 0 && changesScope.test(at.verb) && scopeChange.test(words[0]!))
    ) {
      // "Proclamation 9558 is hereby revised to clarify that ...": a change of scope, not of words. "The lists of
      // products provided in Annex I-A ... of Proclamation 11021 are modified as set forth in the annexes to this
      // proclamation": a change of the annex, its new entries in this document's. "The updated version of Annex II
      // to Executive Order 14257 is attached to this order": the annex in full, as the new one reads.
      const end = at.sentenceEnd
      const text = at.unit.text.slice(at.sentenceStart, end).trim()
      const operation = attached ? 'read-as' : 'modify'
      return [{operation, target, text, source: at.place(at.unit, at.sentenceStart, end)}]
    }
    // "The phrase “A” is amended to read, “B,” wherever it appears in ...": the phrase is struck, B put in. "The
    // words “A” in section 1 are deleted and the words “B” are inserted in lieu thereof": likewise.
    const phrase = subject?.groups?.quote ?? subject?.groups?.fr ?? subject?.groups?.straight
    if (phrase === undefined) return read
    return read.map(({operation, target, struck, inserted, ...rest}) => {
      const own = rest.text.startsWith(at.verb.trim())
      if (own && operation === 'read-as')
        return {operation: 'strike-insert', target, struck: phrase, inserted, ...rest}
      if (own && operation === 'strike')
        return passiveInsertion.test(rest.text)
          ? {operation: 'strike-insert', target, struck: phrase, inserted: struck, ...rest}
          : {operation, target, struck: phrase, ...rest}
      return {operation, target, struck, inserted, ...rest}
    })
  })
}

/** "... are deleted and the words “B” are inserted in lieu thereof": the passive insertion after a deletion. */
const passiveInsertion = /\b(?:is|are)\s+(?:hereby\s+)?inserted\b/i

/** A quoted phrase as the subject of an amendment: "The phrase “Pacific Remote Islands ...” is amended". */
const quotedSubject =
  /\b(?:phrase|words?|term|reference|date|number|name)\s+(?:“(?<quote>[^”]{1,500})”|``(?<fr>[^']{1,500})''|"(?<straight>[^"]{1,500})")/

/** Verbs of an amendment that may change what an instrument does rather than its words. */
const changesScope = /\b(?:revised|modified|adjusted)\b/

/**
 * "to clarify", "to exclude": what follows the verb when it changes scope (not "to read"); "as set forth in the
 * annexes to this proclamation": changes printed elsewhere, not as words to strike or insert.
 */
const scopeChange =
  /^\s*(?:to\s+(?!read\b)[a-z]+|as\s+(?:set\s+(?:forth|out)|provided|shown)\s+in\b)/

/** After "are added": where the new parts go ("to the Manual for Courts-Martial"). */
const addedTo = /^\s+to\b(?!\s+read\b)/

/**
 * "is attached", "is replaced and superseded": an annex printed anew in this document ("The updated version of Annex
 * II ... is attached", "The Annex to Executive Order 13959 is replaced and superseded in its entirety by the Annex to
 * this order").
 */
const annexAttached = /\b(?:attached|replaced\s+and\s+superseded)\b/

/** What an addition puts in when it is words, not a provision: "the text", "the words", "a new sentence". */
const addsWords =
  /^\s*\w+\s+(?:(?:(?:the|a|an)\s+)?(?:following\s+)?(?:new\s+)?(?:text|words?|phrases?|sentences?|terms?)\b|\s{2,}(?:after|before)\b)/i

/** What an operation is read with before its quotations are known. */
interface Pending {
  operation: OperationKind
  clause: Clause
  /** The clause it joined ("striking ... and inserting in lieu thereof"): where the operation's words end. */
  last: Clause
  path: string[]
  as?: string[]
  struck?: Quote
  inserted?: Quote
  /** Waits for the quotation after it. */
  waits: boolean
  position?: {relation: 'after' | 'before' | 'at the end'; anchor: string}
  /** Where a new provision goes, to name it from the quotation that opens it. */
  anchorPath?: string[]
  scope: string[]
  isNew: boolean
}

interface Read {
  /** The numbers of the entry's instruments, each with the expression that finds it in an item. */
  instruments: Array<[string, RegExp]>
  /** Where the head's own words end: its sentence's end, unless its items run on in its unit. */
  headEnd: number
  at: Instruction
  pieces: Piece[]
  quotes: Quote[]
  words: string[]
  instrument: string
  scope: string[]
  /** The target's place among the entry's targets, and their number ("... are redesignated as ..., respectively"). */
  nth?: {index: number; of: number}
}

/** The operations of the passage on one target: each piece's items and their clauses, in order. */
function readPassage(read: Read): Operation[] {
  const {pieces, words, quotes} = read
  for (const q of quotes) q.used = false
  const scopes: string[][] = []
  const pending: Pending[] = []
  pieces.forEach((piece, index) => {
    const inherited = piece.parent === null ? read.scope : (scopes[piece.parent] ?? read.scope)
    scopes[index] = inherited
    const text = words[index]!
    if (text.trim() === '') return
    // Items printed inline ("amended as follows: (a) in section 2(b), by ...; (b) ...").
    const cuts = [piece.start, ...[...text.matchAll(itemLabel)].map((m) => piece.start + m.index)]
    cuts.forEach((from, i) => {
      const to = cuts[i + 1] ?? (index === 0 ? Math.min(piece.end, read.headEnd) : piece.end)
      const scope = readItem(read, index, from, to, inherited, pending, index === 0 && i === 0)
      // An item's own scope ("(a) in subsection 1(f):") is its sub-items'.
      if (cuts.length === 1) scopes[index] = scope
    })
  })
  // Each insertion waiting for its text takes the first quotation after it that no clause took.
  for (const p of pending) {
    if (!p.waits || p.inserted) continue
    const next = quotes.find(
      (q) =>
        !q.used && (q.piece > p.last.piece || (q.piece === p.last.piece && q.start >= p.last.end))
    )
    if (next) {
      next.used = true
      p.inserted = next
    }
  }
  pending.forEach((p, i) => {
    const anchor = siblingEditedBefore(pending, i, p)
    if (anchor) p.anchorPath = anchor
  })
  return pending.flatMap((p) => eachAdded(read, p)).map((p) => finish(read, p))
}

/**
 * "in section 2, by striking the “and” at the end of subsection (a)(iii); striking the period at the end of subsection
 * (a)(iv) ...; and inserting the following new subsections: “(v) ...”": a new provision named only by its quotation,
 * of the kind of one the same item edited just before, goes beside that one (2/a/v, not 2/v).
 */
function siblingEditedBefore(
  pending: readonly Pending[],
  index: number,
  p: Pending
): string[] | undefined {
  if (!p.isNew || !p.inserted || p.anchorPath) return undefined
  const opening = openingDesignation(p.inserted.text)
  if (!opening?.relative) return undefined
  // Those before it, taken only here: a copy for each of an item's hundreds of strikes would be quadratic.
  const sibling = pending
    .slice(0, index)
    .filter(
      (q) =>
        q.clause.piece === p.clause.piece &&
        q.scope.join('/') === p.scope.join('/') &&
        q.path.length > p.scope.length
    )
    .at(-1)
  const last = sibling?.path.at(-1)
  return sibling && last !== undefined && sameKind(last, opening.parts[0]!)
    ? sibling.path
    : undefined
}

/**
 * A quotation adding several provisions, each opening a paragraph with a designation of one form ("Adding the
 * following after section 1-419: “1-420. The National Aeronautics and Space Administration. / 1-421. The United
 * States Agency for Global Media.”"): one addition each, its own text, the next placed after the one before. Only
 * a quotation that closes: one run on past its end holds the document's own sections.
 */
function eachAdded(read: Read, p: Pending): Pending[] {
  if (!p.isNew || !p.inserted?.closed || p.operation !== 'add') return [p]
  const first = openingDesignation(p.inserted.text)
  if (!first) return [p]
  const text = p.inserted.text
  const form = designationForm(text, first.parts[0]!)
  // Each paragraph opening one of them: where it starts, and its designation's parts.
  const added = [{start: 0, parts: first.parts}]
  for (const m of text.matchAll(/\n\s*\n/g)) {
    const at = m.index + m[0].length
    const next = openingDesignation(text.slice(at))
    // The next of the same form and numbering only ("1-421" after "1-420", "(vi)" after "(v)"; not a "1." inside a
    // "Sec. 7").
    if (!next || next.relative !== first.relative) continue
    const previous = added[added.length - 1]!.parts
    if (first.relative) {
      if (next.parts.length !== 1 || !follows(previous[0]!, next.parts[0]!)) continue
    } else {
      if (designationForm(text.slice(at), next.parts[0]!) !== form) continue
      if (numberOf(next.parts[0]!) !== numberOf(previous[0]!) + 1) continue
    }
    added.push({start: at, parts: next.parts})
  }
  if (added.length < 2) return [p]
  // Where each goes: a relative designation beside the one before it ("(vi)" after 2/a/v).
  const firstPath = !first.relative
    ? first.parts
    : p.anchorPath
      ? besides(p.anchorPath, first.parts)
      : under(p.scope, first.parts)
  const paths = added.map(({parts}) =>
    first.relative ? [...firstPath.slice(0, -1), parts[0]!] : parts
  )
  const quote = p.inserted
  return added.map(({start}, i) => {
    const text = quote.text.slice(start, added[i + 1]?.start ?? quote.text.length).trimEnd()
    const inserted: Quote = {...quote, text, start: quote.start + start}
    if (i === 0) return {...p, inserted}
    const {anchorPath: _, ...rest} = p
    return {
      ...rest,
      inserted,
      ...(first.relative ? {anchorPath: paths[i - 1]!} : {}),
      position: {
        relation: 'after' as const,
        anchor: [read.instrument, ...paths[i - 1]!].join('/')
      }
    }
  })
}

/** A designation's form: the word it is printed with ("Sec."), and its part before a hyphen ("1-420" -> "1-"). */
function designationForm(paragraph: string, designation: string): string {
  const word = /^\s*(sec(?:tion)?|clause)\b/i.exec(paragraph)?.[1]?.toLowerCase() ?? ''
  const part = /^(\d+)-\d/.exec(designation)
  return `${word}:${part ? `${part[1]}-` : ''}`
}

/** A designation's last number ("1-421" -> 421, "7" -> 7). */
const numberOf = (designation: string): number =>
  Number.parseInt(/(?<!\d)(\d+)[A-Za-z]?$/.exec(designation)?.[1] ?? 'NaN', 10)

/** One item of a piece: its clauses under its scope. Returns the scope it names, for its sub-items. */
function readItem(
  read: Read,
  index: number,
  from: number,
  to: number,
  inherited: string[],
  pending: Pending[],
  head: boolean
): string[] {
  const piece = read.pieces[index]!
  const text = read.words[index]!
  const local = (offset: number) => offset - piece.start
  const item = text.slice(local(from), local(to))
  // "I hereby amend: (a) Executive Order 13464 ..., by removing ...; and (b) Executive Order 13448 ...": an item that
  // names instruments of the entry acts on those only.
  if (read.instruments.length > 1) {
    const named = read.instruments.filter(([, pattern]) => pattern.test(item))
    if (named.length > 0 && !named.some(([number]) => number === read.instrument.split('/')[1]))
      return inherited
  }
  const clauses: Clause[] = []
  for (const m of item.matchAll(clauseStart)) {
    const verb = clauseVerbs.find(([pattern]) => pattern.test(m[0]))![1]
    clauses.push({verb, piece: index, start: from + m.index, end: to})
  }
  for (const [i, c] of clauses.entries()) if (clauses[i + 1]) c.end = clauses[i + 1]!.start
  // An item that is a passive edit of what it names no provision or instrument for: "(a) The title is revised to read
  // as follows:", "(c) The following new paragraph is added at the end of the Executive Order:". The scope's.
  if (!head && clauses.length === 0) {
    const edit = passiveEdit.exec(item)
    namedProvisions.lastIndex = 0
    const names =
      namedProvisions.test(item) || /\b(?:Executive\s+Order|Proclamation)\s+\d/.test(item)
    namedProvisions.lastIndex = 0
    const verb = edit && !names ? headVerb(edit[0], item.slice(edit.index + edit[0].length)) : null
    if (verb) clauses.push({verb, piece: index, start: from + edit!.index, end: to})
  }
  // The head's own verb: "is revised to read as follows", "is deleted", before any clause of its own.
  const lead = item.slice(0, clauses[0] ? clauses[0].start - from : item.length)
  if (head) {
    const implicit = headVerb(read.at.verb, lead)
    // "Section 2(g) ... is redesignated as section 2(c) and amended to read as follows:": moved, then read anew.
    const andAmended = redesignatedAndAmended.exec(lead)
    if (
      implicit === 'read-as' &&
      andAmended &&
      /\b(?:redesignated|renumbered|relettered)\b/i.test(read.at.verb)
    ) {
      const split = from + andAmended.index + andAmended[0].length
      clauses.unshift(
        {verb: 'redesignate', piece: index, start: from, end: split, implicit: true},
        {verb: 'read-as', piece: index, start: split, end: clauses[0]?.start ?? to, implicit: true}
      )
    } else if (implicit)
      clauses.unshift({
        verb: implicit,
        piece: index,
        start: from,
        end: clauses[0]?.start ?? to,
        implicit: true
      })
  }
  let scope = inherited
  const leadScope = scopeIn(lead, inherited)
  if (leadScope) scope = leadScope
  let previous: Pending[] = []
  for (const clause of clauses) {
    const words = text.slice(local(clause.start), local(clause.end))
    // "in section 4, by striking ...": a scope named at the clause's end is the next clause's.
    const tail = scopeAtEnd(words)
    const own = tail ? words.slice(0, tail.index) : words
    if (tail) clause.end = clause.start + tail.index
    // "revising subsection (xvii) and (xviii) and adding subsection (xix) to read as follows:": the revised
    // provisions read anew too, the words "to read" printed once for both (not "revising section 3 by ...").
    const readsAnew =
      clause.verb === 'revise' &&
      !toRead.test(own) &&
      !/\bby\s*$/.test(own) &&
      toRead.test(text.slice(local(clause.end), local(to)))
    const made = readClause(
      read,
      readsAnew ? {...clause, verb: 'read-as'} : clause,
      own,
      scope,
      previous
    )
    pending.push(...made.filter((p) => !previous.includes(p)))
    if (tail) scope = scopeIn(words.slice(tail.index), inherited) ?? scope
    if (clause.verb === 'revise' && made.length === 0) {
      // "amending section 3 by striking ...": the provisions after it are under section 3.
      scope =
        scopeIn(
          `in ${own.replace(/^\s*\w+\s+(?:(?:current|existing|present)\s+)?/i, '')}`,
          scope
        ) ?? scope
    }
    // What was moved is read anew under its new designation.
    if (clause.verb === 'redesignate' && clause.implicit && made.length === 1 && made[0]!.as)
      scope = made[0]!.as
    previous = made
  }
  return scope
}

/** " and amended to read" after a head's "is redesignated as section 2(c)". */
const redesignatedAndAmended =
  /^\s*as\s[^,;:]{1,60}?(?=\s+and\s+(?:is\s+)?(?:further\s+)?amended\s+to\s+read\b)/

/** A passive edit inside an item: "is revised", "are amended", "is added". */
const passiveEdit =
  /\b(?:is|are)\s+(?:hereby\s+)?(?:further\s+)?(?:revised|amended|added|deleted|struck|stricken|removed|inserted)\b/i

/** After a head's "is deleted": " and replaced with the following:". */
const deletedAndReplaced = /^\s*and\s+replaced\s+(?:with|by)\b/i

/** The operation the head's verb makes by itself, when its words after it begin no clause of their own. */
function headVerb(verb: string, lead: string): Clause['verb'] | null {
  // "All language under the section entitled ... is deleted and replaced with the following:": struck, new words in.
  if (/\b(?:deleted|struck|stricken|removed)\b/i.test(verb))
    // (Provisions "deleted and replaced with the following new subsections (a), (b), and (c)" stay struck, each named.)
    return deletedAndReplaced.test(lead) && !newProvision.test(lead) ? 'replace' : 'strike'
  if (/\binserted\b/i.test(verb)) return 'insert'
  // "A new section 6 is added to read as follows:".
  if (/\badded\b/i.test(verb)) return 'add'
  // "the following shall replace subsection (g) of section 2:".
  if (toRead.test(lead) || /\breplace\b/i.test(verb)) return 'read-as'
  if (/\b(?:redesignated|renumbered|relettered)\b/i.test(verb) && asWord.test(lead))
    return 'redesignate'
  return null
}

/** The scope a phrase "in section 2(b)" names, under the inherited one; null if it names none. */
function scopeIn(text: string, inherited: string[]): string[] | null {
  for (const m of text.matchAll(namedProvisions)) {
    if (!inScope.test(text.slice(0, m.index)) || ofAnother(m.groups!.of)) continue
    return pathsOf(m.groups!.list!, inherited)[0] ?? null
  }
  return null
}

/** A scope named at the end of a clause, before the next clause's verb ("..., and in section 3, by"). */
function scopeAtEnd(words: string): RegExpExecArray | null {
  return execAtEnd(scopeAtEndPattern, words, 120)
}
const scopeAtEndPattern =
  /[,;]\s*(?:and\s+)?(?:\((?:[a-z]{1,4}|\d{1,3})\)\s+)?in\s+(?:sections?|subsections?|clauses?|paragraphs?)\s+[^,;\s][^,;]{0,29}?,?\s*(?:by\s*)?$/i

/** "of section 2" after a bare designation: the section it is in. */
const ofSection = /^\s*(?:,\s*)?of\s+(?:section|clause)\s+(\d{1,4}[A-Za-z]?(?:[.-]\d{1,4})*)\b/i

/** The provisions a clause names, with what it says of them: anchors ("after subsection (vii)"), new ones. */
interface Named {
  path: string[]
  anchor: boolean
  isNew: boolean
  /** "(newly designated section 5)": the designation it has now. */
  now: boolean
  /** After "as" in a redesignation. */
  becomes: boolean
}

function namedIn(words: string, outer: string[]): Named[] {
  const named: Named[] = []
  const asAt = words.search(asWord)
  const matches = [...words.matchAll(namedProvisions)]
  // "redesignating subsections (d) through (i) in section 1 as ...": the section the bare designations are in.
  const within = matches.filter((m) =>
    /\bin\s+$/i.test(words.slice(Math.max(0, m.index - 4), m.index))
  )
  const inSection = new Set(within)
  const bare = matches.filter((m) => !inSection.has(m) && m.groups!.list!.startsWith('('))
  const local =
    within.length === 1 && bare.length > 0 && bare.length === matches.length - 1
      ? pathsOf(within[0]!.groups!.list!, outer)[0]
      : undefined
  const scope = local ?? outer
  // "striking section 1, except subsection (c)", "throughout ..., except in the title ... and section 1": what
  // follows the first "except" is not struck (where it is found once, not looked for before each provision).
  const except = /\bexcept\b/i.exec(words)
  const exceptEnd = except ? except.index + except[0].length : Number.POSITIVE_INFINITY
  for (const m of matches) {
    if (local && m === within[0]) continue
    const before = words.slice(Math.max(0, m.index - 40), m.index)
    if (ofAnother(m.groups!.of) || exceptEnd <= m.index) continue
    // "after subsection (vii)", "after the new section 1-4 added by ...": where the insertion goes.
    const anchor =
      /\b(?:after|before|following|preceding|end\s+of)\s+(?:the\s+)?(?:new\s+)?$/i.test(before)
    const isNew = !anchor && /\bnew\s+$/i.test(before)
    const now = newlyDesignated.test(before)
    // A bare designation after a whole one of the clause is under it ("section 1 ... before subsection (c)"), and
    // under the section it is "of" ("subsection (g) of section 2").
    const last = named[named.length - 1]?.path
    const of = ofSection.exec(words.slice(m.index + m[0].length - (m.groups!.of?.length ?? 0)))
    const under = of ? [of[1]!] : last && last.length > scope.length ? last : scope
    for (const path of pathsOf(m.groups!.list!, under, singularWord(m.groups!.word)))
      named.push({path, anchor, isNew, now, becomes: asAt >= 0 && m.index > asAt})
  }
  // "renumbering sections 6 and 7 as 5 and 6": the new designations without their word.
  if (asAt >= 0 && !named.some((n) => n.becomes)) {
    const bare = bareList.exec(words.slice(asAt + 2))
    if (bare)
      for (const path of pathsOf(bare.groups!.list!, scope))
        named.push({path, anchor: false, isNew: false, now: false, becomes: true})
  }
  return named
}

/** The quotations a clause holds, apart from its anchors. */
function quotesIn(read: Read, clause: Clause, words: string): {content: Quote[]; anchors: Quote[]} {
  const piece = read.pieces[clause.piece]!
  const end = clause.start + words.length
  const inClause = read.quotes.filter(
    (q) => q.piece === clause.piece && q.start >= clause.start && q.start < end
  )
  const content: Quote[] = []
  const anchors: Quote[] = []
  for (const q of inClause) {
    const before = read.words[clause.piece]!.slice(
      Math.max(0, q.start - piece.start - 40),
      q.start - piece.start
    )
    ;(anchorWords.test(before) ? anchors : content).push(q)
    q.used = true
  }
  return {content, anchors}
}

/** Where an insertion goes, from the clause's words: "after subsection (vii)", "before the period at the end". */
function placementIn(
  words: string,
  clause: Clause,
  anchors: Quote[],
  scope: string[],
  instrument: string
): Pending['position'] {
  const m = placement.exec(words)
  if (!m) return undefined
  const relation = /end/i.test(m.groups!.relation!)
    ? 'at the end'
    : (m.groups!.relation! as 'after')
  // "after “Marine Corps,”": the quotation right after the word.
  const wordEnd = clause.start + m.index + m.groups!.relation!.length
  const quoted = anchors.find((q) => q.start >= wordEnd && q.start - wordEnd <= 5)
  if (quoted) return {relation, anchor: quoted.text}
  // "at the end" of nothing named ("adding at the end thereof the following"): the provision's own end.
  if (relation === 'at the end' && !/^\s+of\b/i.test(m[0].slice(m.groups!.relation!.length)))
    return {relation, anchor: ''}
  const named = namedIn(m.groups!.anchor!, scope)[0]
  const anchor = named ? [instrument, ...named.path].join('/') : m.groups!.anchor!.trim()
  return {relation, anchor}
}

/** One clause's operations; a strike's own when the clause inserts in lieu of what the clause before struck. */
function readClause(
  read: Read,
  clause: Clause,
  words: string,
  scope: string[],
  previous: Pending[]
): Pending[] {
  const named = namedIn(words, scope)
  const {content, anchors} = quotesIn(read, clause, words)
  const waits = wantsText.test(words)
  const base = {clause, last: clause, scope, waits: false, isNew: false}
  const plain = named.filter((n) => !n.anchor && !n.becomes)
  switch (clause.verb) {
    case 'strike': {
      const struck = plain.length > 0 ? plain : named.filter((n) => n.anchor)
      const paths = struck.length > 0 ? struck : null
      if (!paths) return [{...base, operation: 'strike', path: scope, struck: content[0]}]
      // "former section 6 (newly designated section 5)": one provision, two designations.
      const now = paths.find((n) => n.now)
      if (now) {
        const former = paths.find((n) => !n.now)!
        return [{...base, operation: 'strike', path: former.path, as: now.path, struck: content[0]}]
      }
      return paths.map((n) => ({...base, operation: 'strike', path: n.path, struck: content[0]}))
    }
    case 'replace':
    case 'insert':
    case 'add': {
      const joined = previous.length > 0 && previous.every((p) => p.operation === 'strike')
      const inserted = clause.verb === 'replace' ? (content[1] ?? content[0]) : content[0]
      const position = placementIn(words, clause, anchors, plain[0]?.path ?? scope, read.instrument)
      // "striking X and inserting in lieu thereof Y", "deleting “and” before “(h)” and inserting ...", "replacing
      // it with", "striking subsection (xii) and adding in lieu thereof": one operation on what was struck.
      if (
        joined &&
        (inLieu.test(words) ||
          replacingIt.test(words.trim()) ||
          (clause.verb === 'insert' && plain.length === 0 && !newProvision.test(words)))
      ) {
        // "striking the period and inserting “; and” at the end of subpart 3.4(f)(7)": the insertion names the place.
        const place = named.find((n) => n.anchor)?.path
        for (const p of previous) {
          if (place && p.path === p.scope) p.path = place
          p.operation = 'strike-insert'
          p.inserted = inserted
          p.waits = !inserted && waits
          p.last = clause
          if (position) p.position = position
        }
        return [...previous, ...addedAfter(previous, inserted)]
      }
      if (clause.verb === 'insert' && inPlaceOf.test(words) && content.length >= 2) {
        // "inserting ``1996'' in place of ``1994'' and ``1997'' in place of ``1995''": each pair one replacement.
        const paths = plain.length > 0 ? plain.map((n) => n.path) : [scope]
        const pairs = Array.from({length: Math.floor(content.length / 2)}, (_, i) => i * 2)
        return paths.flatMap((path) =>
          pairs.map((i) => ({
            ...base,
            operation: 'strike-insert' as const,
            path,
            inserted: content[i],
            struck: content[i + 1]
          }))
        )
      }
      if (clause.verb === 'replace') {
        // "replacing “X” after (k) with “Y”".
        const paths = plain.map((n) => n.path)
        return (paths.length > 0 ? paths : [scope]).map((path) => ({
          ...base,
          operation: 'strike-insert' as const,
          path,
          struck: content[0],
          inserted: content[1],
          waits: !content[1] && waits
        }))
      }
      return insertion(base, clause.verb === 'add', words, named, content, position, waits)
    }
    case 'substitute': {
      // "substituting “White House Faith Office” for “White House OFBCI”".
      const paths = plain.length > 0 ? plain.map((n) => n.path) : [scope]
      return paths.map((path) => ({
        ...base,
        operation: 'strike-insert' as const,
        path,
        inserted: content[0],
        struck: content[1]
      }))
    }
    case 'redesignate': {
      const old = named.filter((n) => !n.becomes)
      const now = named.filter((n) => n.becomes)
      // "relettering subsection “2(e)” as “2(c)”": designations in quotation marks.
      if (old.length === 0 && content.length === 2) {
        const [a, b] = content.map((q) => pathsOf(q.text, scope)[0])
        if (a && b) return [{...base, operation: 'redesignate', path: a, as: b}]
      }
      // "in section 6: (i) designate the existing text as new subsection “(a)”": section 6 becomes 6(a).
      if (old.length === 0 && existingText.test(words)) {
        const as = content.length === 1 ? pathsOf(content[0]!.text, scope)[0] : now[0]?.path
        if (as) return [{...base, operation: 'redesignate', path: scope, as}]
      }
      // "Section 2(g) of ... is redesignated as section 2(c)", "sections 2(f), 2(h), and 2(i) ... are redesignated as
      // sections 2(d), 2(e), and 2(f), respectively": the subject's provisions, each as its new designation.
      if (old.length === 0 && clause.implicit && now.length > 0) {
        const as =
          now.length === 1 ? now[0] : now.length === read.nth?.of ? now[read.nth.index] : undefined
        return as ? [{...base, operation: 'redesignate', path: scope, as: as.path}] : []
      }
      return old.map((n, i) => ({
        ...base,
        operation: 'redesignate' as const,
        path: n.path,
        ...(now[i] ? {as: now[i]!.path} : {})
      }))
    }
    case 'revise':
    case 'read-as': {
      if (clause.verb === 'revise' && !toRead.test(words)) return []
      // "Subsections 1(a)(iv)(B) through 1(a)(v) ... are replaced with new subsections 1(a)(iv)(B) through 1(a)(vi),
      // to read as follows:": the provisions replaced, and the new ones.
      const replaced = clause.implicit && plain.length > 0 && plain.every((n) => n.isNew)
      const named = plain.map((n) => n.path)
      const paths = replaced
        ? [scope, ...named.filter((p) => p.join('/') !== scope.join('/'))]
        : plain.length > 0
          ? named
          : [scope]
      return paths.map((path) => ({
        ...base,
        operation: 'read-as' as const,
        path,
        inserted: content[0],
        waits: !content[0]
      }))
    }
    case 'revoke': {
      const paths = plain.map((n) => n.path)
      return paths.map((path) => ({...base, operation: 'revoke-provision' as const, path}))
    }
  }
}

/** A designation opening an item of quoted text: "(xiii) " at its start, or after a line end or "; and ". */
const quotedItem =
  /(?:^|\n|;(?:\s*(?:and|or)(?=\s))?)[^\S\n]*\((?<d>[ivxl]+|[a-z]{1,2}|\d{1,3})\)\s/g

/**
 * "striking subsection (xii), and adding in lieu thereof the following: “(xii) ...; and (xiii) ...”": the struck
 * provision's new text opens with its designation and goes on to new ones of the same kind, each an addition.
 */
function addedAfter(struck: readonly Pending[], inserted: Quote | undefined): Pending[] {
  if (!inserted || struck.length !== 1) return []
  const p = struck[0]!
  const own = p.path[p.path.length - 1]
  const items = [...inserted.text.matchAll(quotedItem)].map((m) => m.groups!.d!)
  if (!own || items[0] !== own) return []
  // Each the next after the one before ("(xiii)" after "(xii)"), not a sub-item ("(i)" inside "(xii)").
  const added: string[] = []
  let last = own
  for (const d of items.slice(1))
    if (follows(last, d)) {
      added.push(d)
      last = d
    }
  return added.map((d) => ({
    ...p,
    operation: 'add' as const,
    path: [...p.path.slice(0, -1), d],
    isNew: false
  }))
}

/**
 * An insertion: of text into a provision, or of new provisions ("the following new subsection after (vii)", "adding
 * new subsections (c)-(f)"), each named by the clause or by the quotation that opens it.
 */
function insertion(
  base: Pick<Pending, 'clause' | 'last' | 'scope' | 'waits' | 'isNew'>,
  adding: boolean,
  words: string,
  named: Named[],
  content: Quote[],
  position: Pending['position'],
  waits: boolean
): Pending[] {
  const fresh = named.filter((n) => n.isNew)
  const anchor = named.find((n) => n.anchor)
  const plain = named.filter((n) => !n.anchor && !n.becomes)
  const isNew = fresh.length > 0 || newProvision.test(words)
  const paths =
    fresh.length > 0
      ? fresh.map((n) => n.path)
      : anchor
        ? [anchor.path]
        : plain.length > 0
          ? plain.map((n) => n.path)
          : [base.scope]
  // "add the text “...” after the words ...", "adding “and Section 1-4” after “Section 1-2”" (its quotation blanked
  // here), "adding a new sentence at the end of section 5(c)": words put into a
  // provision, not a new provision.
  const putsWords = !isNew && addsWords.test(words)
  return paths.map((path) => ({
    ...base,
    operation: (adding && !putsWords) || isNew ? 'add' : 'insert',
    path,
    inserted: content[0],
    waits: !content[0] && waits,
    ...(position ? {position} : {}),
    ...(anchor ? {anchorPath: anchor.path} : {}),
    // Named by the quotation that opens it, when the clause names it not ("adding the following at the end: “(h) ...”").
    isNew: (isNew || adding) && fresh.length === 0 && plain.length === 0
  }))
}

/** The operation as the entry records it: ids, the quotations' text, its words and place. */
function finish(read: Read, p: Pending): Operation {
  let path = p.path
  // A new provision named only by the quotation that opens it: "(viii) ...", "Sec. 11. ...".
  if (p.isNew && p.inserted) {
    const opening = openingDesignation(p.inserted.text)
    if (opening)
      path = !opening.relative
        ? opening.parts
        : p.anchorPath
          ? besides(p.anchorPath, opening.parts)
          : under(p.scope, opening.parts)
  }
  const id = (parts: string[]) => [read.instrument, ...parts].join('/')
  const piece = read.pieces[p.clause.piece]!
  const lastPiece = read.pieces[p.last.piece]!
  const sameUnit = lastPiece.unit === piece.unit
  const end = sameUnit ? p.last.end : p.clause.end
  // The head's own verb is the operation's first words: "is revised to read as follows".
  const from = p.clause.implicit ? read.at.verbStart : p.clause.start
  const {text, start, textEnd} = getOrCreate(
    getOrCreate(clauseWords, piece.unit, () => new Map()),
    `${from}:${end}`,
    () => wordsOfClause(piece.unit.text, from, end)
  )
  return {
    operation: p.operation,
    target: id(path),
    ...(p.struck ? {struck: p.struck.text.trim()} : {}),
    ...(p.inserted ? {inserted: p.inserted.text.trim()} : {}),
    ...(p.position ? {position: p.position} : {}),
    ...(p.as ? {as: id(p.as)} : {}),
    text,
    source: read.at.place(piece.unit, start, textEnd)
  }
}

/**
 * An operation's words, from `from` to `end` of a unit's text: not the paragraphs of a quotation they introduce, nor
 * the words that join them to the next clause (", and by", "and (ii) by"); with where they start and end.
 */
function wordsOfClause(
  unitText: string,
  from: number,
  end: number
): {text: string; start: number; textEnd: number} {
  const raw = unitText.slice(from, wordsEnd(unitText, from, end))
  const trimmed = trimEndOfWords(
    raw.replace(/(?:\band\s+)?\((?:[A-Za-z]{1,4}|\d{1,3})\)\s*by\s*$/, ''),
    /[\s,;:]/,
    ['and', 'by']
  )
  return {
    text: trimmed.trim(),
    start: from + (raw.length - raw.trimStart().length),
    textEnd: from + trimmed.length
  }
}

/** Each unit's clauses' words, read once for all the operations of a clause (a clause may name hundreds). */
const clauseWords = new WeakMap<
  object,
  Map<string, {text: string; start: number; textEnd: number}>
>()

/**
 * A target and the provisions listed before it in the amendment's subject, each with its own word: "section 2(a),
 * section 2(b), section 2(e), and section 2(f) of Executive Order 14193 ... are amended" names four provisions,
 * though only the last stands before the instrument.
 */
function listedWith(target: string, at: Instruction): string[] {
  const {instrument, path} = splitId(target)
  const subject = at.unit.text.slice(at.sentenceStart, at.verbStart)
  // Read once for all the instruction's targets, not once for each.
  const matches = getOrCreate(subjectProvisions, at, () => [...subject.matchAll(namedProvisions)])
  // The designation of the target: the last before "of" its instrument.
  let end = -1
  for (const [i, m] of matches.entries())
    if (m.groups!.of && pathsOf(m.groups!.list!, []).some((p) => p.join('/') === path.join('/')))
      end = i
  if (end <= 0) return [target]
  let first = end
  // Only commas and "and" between one and the next: one list.
  while (
    first > 0 &&
    /^\s*(?:,\s*)?(?:and\s+)?$/.test(
      subject.slice(
        matches[first - 1]!.index + matches[first - 1]![0].length,
        matches[first]!.index
      )
    )
  )
    first--
  return [
    ...matches
      .slice(first, end)
      .flatMap((m) => pathsOf(m.groups!.list!, []).map((p) => [instrument, ...p].join('/'))),
    target
  ]
}

/** The provisions named in each instruction's subject, with where they are. */
const subjectProvisions = new WeakMap<Instruction, RegExpExecArray[]>()

/**
 * An amendment's operations on the entry, and its targets at the provisions they name: each struck, replaced,
 * redesignated (old and new designation both) or inserted-at provision; a target the instruction names nothing
 * narrower in stays as it was.
 */
export function attachOperations(entry: Supersession, at: Instruction): void {
  entry.targets = [...new Set(entry.targets.flatMap((t) => listedWith(t, at)))]
  const perTarget = operationsOf(entry, at)
  // Targets of one subject may read the same operation ("... through 1(a)(v) are replaced with new subsections ..."):
  // once each.
  // Keyed first by the operation's words, one string for all of a clause's operations (a key made with them would be
  // as long as the clause, once for each operation).
  const what = (o: Operation) => `${o.operation}|${o.target}|${o.as ?? ''}`
  const withText = new Map<string, Set<string>>()
  for (const o of perTarget.flat())
    if (o.inserted) getOrCreate(withText, o.text, () => new Set<string>()).add(what(o))
  const seen = new Map<string, Set<string>>()
  const operations: Operation[] = []
  for (const o of perTarget.flat()) {
    // The same operation read for another target without the text it took there.
    if (!o.inserted && withText.get(o.text)?.has(what(o))) continue
    const key = `${what(o)}|${o.struck ?? ''}|${o.inserted ?? ''}`
    const keys = getOrCreate(seen, o.text, () => new Set<string>())
    if (keys.has(key)) continue
    keys.add(key)
    operations.push(o)
  }
  if (operations.length === 0) return
  entry.operations = operations
  const named = [
    ...new Set(
      entry.targets.flatMap((target, i) => {
        const named = perTarget[i]!.flatMap((o) => (o.as ? [o.target, o.as] : [o.target]))
        return named.length > 0 ? named : [target]
      })
    )
  ]
  // The instrument itself beside its provisions only where an operation says it acts on all of it ("replace the
  // letter “F” throughout", "each time it appears in the order"), not where an edit's place was not read.
  const withProvisions = new Set(named.filter((t) => t !== instrumentOf(t)).map(instrumentOf))
  const everywhereOn = new Set(
    operations.filter((o) => everywhere.test(o.text)).map((o) => o.target)
  )
  entry.targets = named.filter(
    (t) => t !== instrumentOf(t) || !withProvisions.has(t) || everywhereOn.has(t)
  )
}

/** An edit made wherever its words are: "throughout", "each time it appears", "in each instance". */
const everywhere =
  /\b(?:throughout|(?:each|every)\s+(?:time|place|instance)|wherever\s+(?:it|they)\s+appears?|in\s+each\s+instance)\b/i
