/**
 * Each kind of operation as a small handler over the version tree: strike, insert, strike-and-insert, read-as,
 * redesignate, add, revoke-provision. A handler changes the tree and says so, or changes nothing and says why
 * (a refusal): it never guesses. Passages it inserts carry the operation's index, words it strikes are kept.
 */
import type {OperationKind} from '../document/types.js'
import {splitId} from '../util/instrument-id.js'
import {everyPlace, findWords} from './find.js'
import type {ConsolidatedOperation, Place, Refusal, VersionProvision} from './model.js'
import {readQuoted} from './quoted.js'
import type {doubts} from './reasons.js'
import {type Located, locate, walk} from './tree.js'

/** The tree an operation applies to. */
export interface State {
  provisions: VersionProvision[]
  /** Whether the whole text is known, or only the provisions operations gave in full. */
  known: 'whole' | 'part'
}

export type Result =
  | {ok: true; doubt?: {kind: keyof typeof doubts; message: string}}
  | {ok: false; reason: Refusal; message: string; at?: Place | undefined}

/** What a handler is given: the operation, its index, and where its instruction stands. */
export interface Step {
  op: ConsolidatedOperation
  index: number
  at: Place
  /** The provision located before a run of redesignations moved any ("(b) and (c) as (c) and (d)"). */
  located?: Located | null
  /** Provisions a run of redesignations is renaming: their old designations are free for one another. */
  renaming?: ReadonlySet<VersionProvision>
}

type Handler = (state: State, step: Step) => Result

/** "to read as follows": a provision's new text follows. */
const toRead = /\bto\s+read\b/i

/** "adding at the end", "at the end thereof": what is added goes after what the provision says. */
const atTheEnd = /\bat\s+the\s+end\b/i

const refuse = (reason: Refusal, message: string, at?: Place): Result => ({
  ok: false,
  reason,
  message,
  at
})

const pathOf = (op: ConsolidatedOperation): string[] => splitId(op.target).path

/** The provision named, or why it cannot be acted on. */
function target(state: State, step: Step): Located | Result {
  const path = pathOf(step.op)
  const found = step.located !== undefined ? step.located : locate(state.provisions, path)
  if (found) return found
  if (path.length === 0 && state.known === 'whole')
    return refuse('no-such-provision', `it names no provision of ${step.op.target} to act on`)
  return state.known === 'part'
    ? refuse(
        'text-unknown',
        `the text of ${step.op.target} is not in the corpus on ${step.op.date}`
      )
    : refuse(
        'no-such-provision',
        `${step.op.target} is not a provision of the text on ${step.op.date}`
      )
}

const isResult = (x: Located | Result): x is Result => 'ok' in x

/** Replace `text.slice(start, end)` of a provision, keeping every passage and removal where its words are. */
function edit(
  node: VersionProvision,
  start: number,
  end: number,
  inserted: string,
  by: number
): void {
  const removed = node.text.slice(start, end)
  const delta = inserted.length - (end - start)
  node.text = node.text.slice(0, start) + inserted + node.text.slice(end)
  const passages = (node.changed ?? []).flatMap((p) => {
    if (p.end <= start) return [p]
    if (p.start >= end) return [{...p, start: p.start + delta, end: p.end + delta}]
    // Partly struck: what is left of it on either side.
    const left = p.start < start ? [{...p, end: start}] : []
    const right =
      p.end > end
        ? [{...p, start: end + delta + (inserted.length > 0 ? 0 : 0), end: p.end + delta}]
        : []
    return [...left, ...right]
  })
  if (inserted.length > 0) passages.push({start, end: start + inserted.length, by})
  passages.sort((a, b) => a.start - b.start)
  node.changed = passages
  const removals = (node.removed ?? []).map((r) =>
    r.at >= end ? {...r, at: r.at + delta} : r.at > start ? {...r, at: start} : r
  )
  if (removed.length > 0) removals.push({at: start, text: removed, by})
  removals.sort((a, b) => a.at - b.at)
  node.removed = removals
  if (node.changed.length === 0) delete node.changed
  if (node.removed.length === 0) delete node.removed
}

/** Where a struck passage is widened to take one of the spaces around it with it ("a b c" less "b" is "a c"). */
function widened(text: string, start: number, end: number): {start: number; end: number} {
  const before = text[start - 1]
  const after = text[end]
  if (before === ' ' && (after === undefined || after === ' ' || /[.,;:)]/.test(after)))
    return {start: start - 1, end}
  if (start === 0 && after === ' ') return {start, end: end + 1}
  return {start, end}
}

/** Strike the quoted words (and put `inserted` in their place) in the provision named and those inside it. */
function replaceWords(state: State, step: Step, inserted: string): Result {
  const {op} = step
  const struck = op.struck!
  const path = pathOf(op)
  let scope: VersionProvision[]
  let place: Place | undefined
  if (path.length === 0) scope = state.provisions
  else {
    const found = target(state, step)
    if (isResult(found)) return found
    scope = [found.node]
    place = found.node.at
  }
  const hits = [...walk(scope)].flatMap(({node}) =>
    node.unknown ? [] : findWords(node.text, struck).map((range) => ({node, ...range}))
  )
  if (hits.length === 0) {
    const unknown = state.known === 'part' && [...walk(scope)].every(({node}) => node.unknown)
    return unknown || scope.length === 0
      ? refuse('text-unknown', `the text of ${op.target} is not in the corpus on ${op.date}`)
      : refuse(
          'struck-not-found',
          `strikes “${struck}” from ${op.target}, which does not hold those words on ${op.date}`,
          place
        )
  }
  const every = everyPlace.test(op.text)
  const located = locatedHits(op, hits)
  if (located === null)
    return refuse(
      'struck-not-found',
      `strikes “${struck}” ${locator(op)?.words ?? ''} in ${op.target}, which does not hold them there on ${op.date}`,
      place
    )
  // Words that stand in several places, struck without saying which: which one is meant is not known.
  if (!every && hits.length > 1 && !locator(op))
    return refuse(
      'ambiguous',
      `strikes “${struck}”, which ${op.target} holds ${hits.length} times on ${op.date}, without saying where`,
      place
    )
  const chosen = every ? hits : located
  // From the last to the first: an edit moves only what is after it.
  for (const hit of [...chosen].reverse()) {
    const range = inserted === '' ? widened(hit.node.text, hit.start, hit.end) : hit
    // Struck as "the Secretary ..." where a sentence begins "The Secretary ...": the new words begin it too.
    const capital =
      /^\p{Ll}/u.test(struck) &&
      /^\p{Lu}/u.test(hit.node.text[hit.start] ?? '') &&
      /^\p{Ll}/u.test(inserted)
    const words = capital ? inserted[0]!.toUpperCase() + inserted.slice(1) : inserted
    edit(hit.node, range.start, range.end, words, step.index)
  }
  return {ok: true}
}

interface Hit {
  node: VersionProvision
  start: number
  end: number
}

/**
 * Where the instruction says the struck words stand: "deleting “and” before “(g)”", "replacing “...” after (k)
 * with", "striking “and” at the end of subsection (xi)". Group `relation`, `anchor` (quoted, or a designation).
 */
const locatorPattern =
  /[”"]\s*(?:,\s*)?(?<words>(?<relation>before|after|at\s+the\s+(?:end|conclusion))\b(?:\s+of)?\s*(?:[“"](?<quoted>[^”"]{1,200})[”"]|(?<designation>\([A-Za-z0-9]{1,6}\)))?)/

function locator(
  op: ConsolidatedOperation
): {relation: string; anchor: string | null; words: string} | null {
  // Federal Register plain text quotes ``so''.
  const m = locatorPattern.exec(op.text.replace(/``/g, '“').replace(/''/g, '”'))
  if (!m) return null
  const g = m.groups!
  const relation = g.relation!.replace(/\s+/g, ' ').replace('conclusion', 'end')
  const anchor = g.quoted ?? g.designation ?? null
  if (relation !== 'at the end' && anchor === null) return null
  return {relation, anchor, words: g.words!}
}

/** The hits the instruction's locator picks (the first when it has none); null when it names a place none is at. */
function locatedHits(op: ConsolidatedOperation, hits: Hit[]): Hit[] | null {
  const where = locator(op)
  if (!where) return hits.slice(0, 1)
  if (where.relation === 'at the end') {
    // At the end of the provision: the last words of its text, spacing and punctuation aside.
    const last = hits[hits.length - 1]!
    return /^[\s.,;:]*$/.test(last.node.text.slice(last.end)) ? [last] : null
  }
  const anchor = where.anchor!
  for (const hit of hits) {
    const text = hit.node.text
    if (where.relation === 'before') {
      const next = findWords(text.slice(hit.end), anchor)[0]
      if (next && /^[\s,;]*$/.test(text.slice(hit.end, hit.end + next.start))) return [hit]
    } else {
      // The anchor may begin with the provision's label: "after “(16) Central Intelligence Agency;”".
      const before = `${hit.node.label ? `${hit.node.label} ` : ''}${text.slice(0, hit.start)}`
      if (findWords(before, anchor).length > 0) return [hit]
    }
  }
  return null
}

/** "the last sentence", "the first sentence": a passage an instruction names without quoting it. */
function describedPassage(
  op: ConsolidatedOperation,
  text: string
): {start: number; end: number} | null {
  // "striking the period at the conclusion of subsection (vii) and replacing it with “; and”".
  const mark =
    /\b(?:deleting|striking|removing|replacing)\s+the\s+(?<mark>period|semicolon|comma)\s+at\s+the\s+(?:end|conclusion)\b/i.exec(
      op.text
    )
  if (mark) {
    const char = {period: '.', semicolon: ';', comma: ','}[
      mark.groups!.mark!.toLowerCase() as 'period'
    ]
    const end = text.replace(/\s+$/, '').length
    return text[end - 1] === char ? {start: end - 1, end} : null
  }
  const m =
    /\b(?:deleting|striking|removing|replacing)\s+the\s+(?<which>first|last)\s+sentence\b/i.exec(
      op.text
    )
  if (!m) return null
  // Sentences end at a full stop before a capital (not "a.m. eastern", "U.S.C. 1862").
  const ends = [...text.matchAll(/\.(?=\s+[A-Z(])/g)].map((x) => x.index + 1)
  const bounds = [
    0,
    ...ends.map((e) => e + (text.slice(e).length - text.slice(e).trimStart().length)),
    text.length
  ]
  if (bounds.length < 2 || text.trim() === '') return null
  return m.groups!.which === 'first'
    ? {start: 0, end: ends[0] ?? text.length}
    : {start: bounds[bounds.length - 2]!, end: text.length}
}

/** Take a provision out of the tree. */
function removeProvision(state: State, step: Step): Result {
  const found = target(state, step)
  if (isResult(found)) return found
  found.list.splice(found.index, 1)
  return {ok: true}
}

/** The designation a new key gives a label: "(c)" as "a" is "(a)", "Sec. 6" as "5" is "Sec. 5". */
export function relabel(label: string | null, key: string): string {
  if (label === null) return `(${key})`
  // The last parenthesis (what follows it holds none): read forward, not by a lookahead over the rest at each place.
  const paren = /\(([^()]+)\)(?=[^(]*$)/.exec(label)
  if (paren) {
    const upper = paren[1] === paren[1]!.toUpperCase() && /[A-Z]/.test(paren[1]!)
    return `${label.slice(0, paren.index)}(${upper ? key.toUpperCase() : key})${label.slice(paren.index + paren[0].length)}`
  }
  return /\d+[A-Za-z]?/.test(label) ? label.replace(/\d+[A-Za-z]?(?=\D*$)/, key) : `(${key})`
}

/** Where an operation puts new provisions: their parent's list, made (as not known) where the text is not. */
function parentList(state: State, path: readonly string[], at: Place): VersionProvision[] | null {
  if (path.length === 0) return state.provisions
  const found = locate(state.provisions, path)
  if (found) return found.node.provisions
  if (state.known === 'whole') return null
  // The original is not in the corpus: the provisions enclosing what an operation gives are known to exist.
  let list = state.provisions
  for (let n = 1; n <= path.length; n++) {
    const existing = locate(state.provisions, path.slice(0, n))
    if (existing) {
      list = existing.node.provisions
      continue
    }
    const key = path[n - 1]!
    const made: VersionProvision = {
      key,
      label: n === 1 && /^\d/.test(key) ? `Sec. ${key}` : `(${key})`,
      heading: null,
      text: '',
      unknown: true,
      at,
      provisions: []
    }
    insertInOrder(list, [made])
    list = made.provisions
  }
  return list
}

/** A designation's place in its series: 3 for "3", "c" and "iii" (roman where the siblings count so). */
function ordinal(key: string, romanSeries: boolean): number {
  // "3.5" between 3 and 4; "1-501" by its last part.
  if (/^\d+(?:\.\d+)?$/.test(key)) return Number(key)
  if (/^\d+-\d+$/.test(key)) return Number(key.split('-')[1])
  const lower = key.toLowerCase()
  if (romanSeries && /^[ivxl]+$/.test(lower)) {
    const values: Record<string, number> = {i: 1, v: 5, x: 10, l: 50}
    let total = 0
    for (let i = 0; i < lower.length; i++) {
      const v = values[lower[i]!]!
      const next = values[lower[i + 1] ?? ''] ?? 0
      total += v < next ? -v : v
    }
    return total
  }
  if (/^[a-z]+$/.test(lower)) return (lower.length - 1) * 26 + lower.charCodeAt(0) - 96
  return Number.POSITIVE_INFINITY
}

/**
 * Whether a designation can stand among an instrument's top-level provisions: a letter or numeral does not where
 * they are all numbered ("eo/13467/iii" names a paragraph of a section the instruction did not say).
 */
function fitsTopLevel(list: readonly VersionProvision[], key: string): boolean {
  const keys = list.map((n) => n.key).filter((k) => k !== '')
  return keys.length === 0 || !keys.every((k) => /^\d/.test(k)) || /^\d/.test(key)
}

/** New provisions put before the first sibling designated after them, else at the end. */
function insertInOrder(list: VersionProvision[], made: VersionProvision[]): void {
  const first = made[0]?.key ?? ''
  const romanSeries =
    list.some((n) => /^(?:ii|iii|iv)$/i.test(n.key)) || /^(?:ii|iii|iv|vi)/i.test(first)
  const at = list.findIndex(
    (n) => n.key !== '' && ordinal(n.key, romanSeries) > ordinal(first, romanSeries)
  )
  list.splice(at < 0 ? list.length : at, 0, ...made)
}

/** New provisions after (before) the one the position names, or in the order of their designations. */
function placeNew(
  state: State,
  step: Step,
  list: VersionProvision[],
  made: VersionProvision[]
): Result {
  const anchor = step.op.position?.anchor
  if (anchor && /\//.test(anchor) && step.op.position!.relation !== 'at the end') {
    const found = locate(state.provisions, splitId(anchor).path)
    // The original not in the corpus: what is added is known, where it stands among the rest is not.
    if (!found && state.known === 'part') {
      insertInOrder(list, made)
      return {ok: true}
    }
    if (!found || found.list !== list)
      return refuse(
        'anchor-not-found',
        `${anchor}, after which it adds ${step.op.target}, is not there on ${step.op.date}`
      )
    list.splice(found.index + (step.op.position!.relation === 'after' ? 1 : 0), 0, ...made)
    return {ok: true}
  }
  insertInOrder(list, made)
  return {ok: true}
}

/** Stamp provisions an operation gave whole. */
function givenBy(nodes: VersionProvision[], by: number): VersionProvision[] {
  for (const n of nodes) n.by = by
  return nodes
}

const handlers: Readonly<Record<Exclude<OperationKind, 'modify'>, Handler>> = {
  strike(state, step) {
    if (step.op.struck) return replaceWords(state, step, '')
    // "Section 7 is deleted and revised to read as follows": a provision given anew, not struck.
    if (toRead.test(step.op.text))
      return step.op.inserted !== undefined
        ? handlers['read-as'](state, step)
        : refuse('no-text', `${step.op.target} is given anew, but its new text was not read`)
    return removeProvision(state, step)
  },
  'revoke-provision': removeProvision,
  'strike-insert'(state, step) {
    const {op} = step
    if (op.inserted === undefined)
      return refuse('no-text', `${op.target}: no text quoted to insert`)
    // "deleting “and” before “(g)” and inserting before the period at the end ...": a strike, and an insertion elsewhere.
    if (op.struck && op.position) {
      const struck = replaceWords(state, step, '')
      if (!struck.ok) return struck
      const inserted = handlers.insert(state, step)
      return inserted.ok && struck.doubt ? struck : inserted
    }
    if (op.struck) return replaceWords(state, step, op.inserted)
    // "striking subsection (xii) and inserting in lieu thereof: “(xii) ...”" replaces the provision whole.
    const path = pathOf(op)
    const own = path[path.length - 1]
    const first = readQuoted(op.inserted, step.at).provisions[0]
    // "striking section 3, except subsection (c) thereof, and inserting ...": not the whole provision.
    if (/\bexcept\b/i.test(op.text.split(/[“"]|``/)[0]!))
      return refuse(
        'not-quoted',
        `strikes part of ${op.target}, “${op.text.slice(0, 60)}”, not read`
      )
    if (own !== undefined && first && (first.key === own || first.key === path[path.length - 2]))
      return handlers['read-as'](state, step)
    // "deleting the last sentence and inserting in lieu thereof": a passage named, not quoted.
    const found = target(state, step)
    if (isResult(found)) return found
    const passage = describedPassage(op, found.node.text)
    if (!passage)
      return refuse(
        'not-quoted',
        `strikes words of ${op.target} it does not quote (“${op.text.slice(0, 60)}”)`,
        found.node.at
      )
    edit(found.node, passage.start, passage.end, op.inserted, step.index)
    return {ok: true}
  },
  insert(state, step) {
    const {op} = step
    if (op.inserted === undefined)
      return refuse('no-text', `${op.target}: no text quoted to insert`)
    const found = target(state, step)
    const quoted = readQuoted(op.inserted, step.at)
    const newProvisions = quoted.lead === '' && quoted.provisions.length > 0
    if (
      newProvisions &&
      op.position?.relation !== 'at the end' &&
      op.position?.anchor.includes('/')
    ) {
      const list = parentList(state, splitId(op.position.anchor).path.slice(0, -1), step.at)
      if (!list)
        return refuse('anchor-not-found', `${op.position.anchor} is not there on ${op.date}`)
      return placeNew(state, step, list, givenBy(quoted.provisions, step.index))
    }
    // "Executive Order 12968 is amended by inserting: “Sec. 3.5. ...”": new sections among the others.
    if (newProvisions && pathOf(op).length === 0 && !op.position?.anchor.includes('/')) {
      insertInOrder(state.provisions, givenBy(quoted.provisions, step.index))
      return {ok: true}
    }
    if (isResult(found)) return found
    const {node} = found
    if (newProvisions && (op.position === undefined || op.position.relation === 'at the end')) {
      insertInOrder(node.provisions, givenBy(quoted.provisions, step.index))
      return {ok: true}
    }
    if (!op.position)
      return refuse('anchor-not-found', `says not where in ${op.target} to insert`, node.at)
    if (op.position.relation === 'at the end') {
      const end = node.text.replace(/\s+$/, '').length
      const glue = /^[\s.,;:)]/.test(op.inserted) || end === 0 ? '' : ' '
      edit(node, end, node.text.length, glue + op.inserted, step.index)
      return {ok: true}
    }
    const anchor = op.position.anchor.replace(/^[^“"`]*(?:[“"]|``)|(?:[”"]|'')[^”"']*$/g, '')
    const period = /^the\s+period(?:\s+at\s+the\s+(?:end|conclusion))?$/i.test(anchor)
    const words = period ? '.' : anchor
    // The provision and those inside it, in order: "after “the Attorney General” wherever it appears in section 1".
    const hits = [...walk([node])].flatMap(({node: n}) =>
      n.unknown ? [] : findWords(n.text, words).map((range) => ({node: n, ...range}))
    )
    // "before the period at the end": the last full stop, where the text ends with it.
    const endStop = hits.filter((h) => /^\s*$/.test(h.node.text.slice(h.end))).pop()
    const chosen = period
      ? endStop
        ? [endStop]
        : []
      : everyPlace.test(op.text)
        ? hits
        : hits.slice(0, 1)
    if (chosen.length === 0)
      return refuse(
        'anchor-not-found',
        `inserts ${op.position.relation} “${words}”, which ${op.target} does not hold on ${op.date}`,
        node.at
      )
    for (const hit of [...chosen].reverse()) {
      const at = op.position.relation === 'after' ? hit.end : hit.start
      const text = hit.node.text
      // A space between words, none before punctuation.
      const lead =
        op.position.relation === 'after' && /\w/.test(text[at - 1] ?? '') && /^\w/.test(op.inserted)
          ? ' '
          : ''
      const trail =
        op.position.relation === 'before' && /\w$/.test(op.inserted) && /\w/.test(text[at] ?? '')
          ? ' '
          : ''
      edit(hit.node, at, at, lead + op.inserted + trail, step.index)
    }
    return {ok: true}
  },
  'read-as'(state, step) {
    const {op} = step
    if (op.inserted === undefined)
      return refuse('no-text', `${op.target} is given anew, but not as text this document prints`)
    const path = pathOf(op)
    const own = path[path.length - 1]
    const quoted = readQuoted(op.inserted, step.at, own)
    // "striking section 1(a) and inserting ...: “Section 1. (a) All property ...”": the quotation restates the
    // designations enclosing the provision; what it gives is inside them.
    for (let depth = path.length - 2; depth >= 0; depth--) {
      const only = quoted.provisions.length === 1 ? quoted.provisions[0]! : null
      if (!only || quoted.lead !== '' || only.key !== path[depth] || only.text !== '') break
      quoted.provisions = only.provisions
    }
    if (path.length === 0) {
      // The whole instrument anew: only a text that begins as one does (its first section or clause), never a
      // provision read as the whole where the instruction's designation was not taken.
      const first = quoted.provisions[0]
      // "is further amended to read in its entirety as follows: “By the authority vested in me ... Section 1. ...”".
      const entire =
        /\bin\s+its\s+entirety\b/i.test(op.text) || /^By the authority\b/.test(quoted.lead)
      const begins = first?.key === '1' && quoted.provisions.length >= 2
      if (!begins || (quoted.lead !== '' && !entire))
        return refuse(
          'no-such-provision',
          `it gives ${op.target} anew, but not as a whole text begins`
        )
      const lead: VersionProvision[] = quoted.lead
        ? [{key: '', label: null, heading: null, text: quoted.lead, at: step.at, provisions: []}]
        : []
      state.provisions.splice(
        0,
        state.provisions.length,
        ...givenBy([...lead, ...quoted.provisions], step.index)
      )
      state.known = 'whole'
      return {ok: true}
    }
    const found = locate(state.provisions, path)
    let node: VersionProvision
    if (found) node = found.node
    else {
      const list = parentList(state, path.slice(0, -1), step.at)
      if (!list)
        return refuse(
          'no-such-provision',
          `${op.target} is not a provision of the text on ${op.date}`
        )
      node = {
        key: own!,
        label: relabel(null, own!),
        heading: null,
        text: '',
        at: step.at,
        provisions: []
      }
      insertInOrder(list, [node])
    }
    const whole =
      quoted.provisions.length === 1 && quoted.lead === '' && quoted.provisions[0]!.key === node.key
    const given = whole ? quoted.provisions[0]! : null
    if (given) {
      node.label = given.label
      if (given.heading !== null || !found) node.heading = given.heading
    } else if (!found && /^\d/.test(own!) && path.length === 1 && op.target.startsWith('eo/'))
      node.label = `Sec. ${own}`
    node.text = given ? given.text : quoted.lead
    node.provisions = given ? given.provisions : quoted.provisions
    node.at = step.at
    node.by = step.index
    delete node.unknown
    delete node.changed
    delete node.removed
    delete node.uncertain
    return quoted.overrun
      ? {
          ok: true,
          doubt: {
            kind: 'overrun',
            message: `the quotation giving ${op.target} runs on into “${quoted.overrun}”; cut there`
          }
        }
      : {ok: true}
  },
  redesignate(state, step) {
    const {op} = step
    if (!op.as) return refuse('no-text', `${op.target}: no new designation given`)
    const found = target(state, step)
    if (isResult(found)) return found
    const to = splitId(op.as).path
    const key = to[to.length - 1]!
    const sameParent = to.slice(0, -1).join('/') === pathOf(op).slice(0, -1).join('/')
    const list = sameParent ? found.list : parentList(state, to.slice(0, -1), step.at)
    if (!list)
      return refuse('no-such-provision', `${op.as} has no parent in the text on ${op.date}`)
    const taken = list.find((n) => n !== found.node && n.key === key && !step.renaming?.has(n))
    if (taken)
      return refuse('already-there', `${op.as} is already a provision on ${op.date}`, taken.at)
    found.node.key = key
    found.node.label = relabel(found.node.label, key)
    found.node.by = step.index
    if (!sameParent) {
      found.list.splice(found.list.indexOf(found.node), 1)
      insertInOrder(list, [found.node])
    }
    return {ok: true}
  },
  add(state, step) {
    const {op} = step
    if (op.inserted === undefined) return refuse('no-text', `${op.target}: no text quoted to add`)
    const path = pathOf(op)
    if (path.length === 0) return refuse('no-text', `${op.target}: no designation for what it adds`)
    const list = parentList(state, path.slice(0, -1), step.at)
    if (!list)
      return refuse(
        'no-such-provision',
        `${op.target}: the provision it is added to is not in the text on ${op.date}`
      )
    if (path.length === 1 && !fitsTopLevel(state.provisions, path[0]!))
      return refuse(
        'no-such-provision',
        `${op.target}: a (${path[0]}) among the sections of ${op.target.split('/').slice(0, 2).join('/')} names no section it is added to`
      )
    const quoted = readQuoted(op.inserted, step.at)
    const made = quoted.provisions.length > 0 ? quoted.provisions : []
    if (made.length === 0) {
      const key = path[path.length - 1]!
      made.push({
        key,
        label: relabel(null, key),
        heading: null,
        text: quoted.lead,
        at: step.at,
        provisions: []
      })
    } else if (quoted.lead) made[0]!.text = `${quoted.lead} ${made[0]!.text}`
    const existing = locate(state.provisions, path)
    // "Section 5 ... is amended by adding at the end the following": words or subprovisions added to it.
    if (existing && (op.position?.relation === 'at the end' || atTheEnd.test(op.text))) {
      const node = existing.node
      if (quoted.provisions.length === 0 || quoted.provisions[0]!.key !== node.key) {
        if (quoted.lead) {
          const end = node.text.replace(/\s+$/, '').length
          edit(node, end, node.text.length, `${end > 0 ? ' ' : ''}${quoted.lead}`, step.index)
        }
        insertInOrder(node.provisions, givenBy(quoted.provisions, step.index))
        return {ok: true}
      }
    }
    const taken = made.find((m) => list.some((n) => n.key === m.key && n.key !== ''))
    if (taken) return refuse('already-there', `${op.target} is already a provision on ${op.date}`)
    return placeNew(state, step, list, givenBy(made, step.index))
  }
}

/** Apply one operation; `modify` changes what an instrument imposes, not its words, and is never given here. */
export function applyOperation(state: State, step: Step): Result {
  const handler = handlers[step.op.operation as Exclude<OperationKind, 'modify'>]
  return handler(state, step)
}
