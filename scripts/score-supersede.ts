/**
 * `npm run score:supersede`: supersession detection over the 1,016 Federal Register
 * executive orders of ../shared/bulk/fr-eo-1994-2020 against the Federal Register's
 * own disposition notes (../shared/corpus/_gold), precision and recall per action.
 * "Revoked by: EO Z" on X is the same edge as "Revokes: EO X" on Z; edges count where
 * the acting order is in the folder (only those can be read from text). Three keys: the API notes; the notes
 * and the archives.gov tables; and the adjudicated key (_gold/adjudicated: every pair on which we and the
 * Federal Register disagreed, read against the order's text), the notes and tables plus the edges the text
 * takes, less the notes' own errors.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {resolveDatedTargets} from '../src/corpus/dated.js'
import {listDocumentFiles} from '../src/corpus/walk.js'
import type {DocumentJson} from '../src/document/types.js'
import {parseFile} from '../src/pipeline/parse-document.js'
import {checkFloor, reportFloors} from './floors.js'
import {requireShared} from './shared-data.js'

const {values} = parseArgs({
  options: {
    bulk: {type: 'string', default: '../shared/bulk/fr-eo-1994-2020'},
    gold: {
      type: 'string',
      default: '../shared/corpus/_gold/fr_eo_1994_2020_disposition_notes.json'
    },
    export: {
      type: 'string',
      default: '../shared/corpus/_gold/fr_executive_orders_1995_2020_export.csv'
    },
    tables: {type: 'string', default: '../shared/corpus/_gold/archives_gov_disposition_tables'},
    adjudication: {
      type: 'string',
      default: '../shared/corpus/_gold/adjudicated/fr_eo_1994_2020_adjudication.json'
    },
    list: {type: 'boolean', default: false}
  }
})

requireShared('score:supersede', values.bulk, values.gold, values.tables)

type Action = 'revoke' | 'amend' | 'supersede'
const actions: Action[] = ['revoke', 'amend', 'supersede']

/**
 * Our actions under the Federal Register's three scored labels. A change of an order's term or scope (`modify`: an
 * emergency "expanded in scope"; `continue`: a committee "continued until") and a termination are filed by it under labels of
 * their own ("Continues", "Terminates") or under "Amended by" / "Revoked by" (the adjudicated key counts those), and
 * after 2009 mostly not at all: such an edge scores where the key gives the pair the mapped label, and is left out
 * otherwise (neither a hit nor an error).
 */
const labelOf: Record<string, Action | undefined> = {
  revoke: 'revoke',
  amend: 'amend',
  supersede: 'supersede',
  modify: 'amend',
  continue: 'amend',
  terminate: 'revoke'
}

/** Disposition labels, typos included, with the action and direction they state. */
const labels: ReadonlyArray<{pattern: RegExp; action: Action; outgoing: boolean}> = [
  {pattern: /^Revoke[sd]?(?: in part)?(?: and supplements)?$/i, action: 'revoke', outgoing: true},
  {
    pattern: /^Revoked(?: \(in part\)| in part)?(?: and supplemented)? by$/i,
    action: 'revoke',
    outgoing: false
  },
  {pattern: /^Amends?$/i, action: 'amend', outgoing: true},
  {pattern: /^Amend(?:ed)? by$/i, action: 'amend', outgoing: false},
  {pattern: /^Su[s]?persedes(?: in part)?$/i, action: 'supersede', outgoing: true},
  {pattern: /^Supersede[de]{1,2}(?: in part)? by$/i, action: 'supersede', outgoing: false}
]
const labelSplit = /([A-Z][A-Za-z ()]*?)\s*:/g

/** Edges the notes state backwards: an order cannot act on a later one ("Amends: EO 13286" on EO 12977). */
const impossible: string[] = []

/** Gold edges "from|action|to" from the notes. */
function goldEdges(notes: Record<string, string>, inFolder: Set<string>): Set<string> {
  const edges = new Set<string>()
  for (const [order, text] of Object.entries(notes)) {
    const parts: Array<{label: string; body: string}> = []
    const matches = [...text.matchAll(labelSplit)]
    matches.forEach((m, i) => {
      const end = i + 1 < matches.length ? matches[i + 1]!.index : text.length
      parts.push({label: m[1]!.trim(), body: text.slice(m.index + m[0].length, end)})
    })
    for (const {label, body} of parts) {
      const rule = labels.find((l) => l.pattern.test(label))
      if (!rule) continue
      // "EO 12356", "Executive Order 13708", and a bare "4601," where the notes drop the "EO".
      // "EO 199-A" (1903) is order 199 as ids go: the letter is dropped, as the extractor drops it.
      for (const m of body.matchAll(
        /\b(?:E\.?O\.?|Executive Order)\s*(\d{3,5})(?:-[A-Z])?\b|(?:^|;)\s*(\d{4,5})\b/g
      )) {
        const other = (m[1] ?? m[2])!
        const [from, to] = rule.outgoing ? [order, other] : [other, order]
        if (!inFolder.has(from) || from === to) continue
        if (Number(to) > Number(from)) {
          impossible.push(`${order}: ${label}: EO ${other}`)
          continue
        }
        edges.add(`${from}|${rule.action}|${to}`)
      }
    }
  }
  return edges
}

/**
 * The Office of the Federal Register's disposition tables (archives.gov, 1994 to early 2017): one block per
 * order, "Executive Order N", title, then label lines ("Revokes: EO 12606, September 2, 1987").
 */
function dispositionTables(dir: string): Record<string, string> {
  const byOrder: Record<string, string> = {}
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(path.join(dir, name), 'utf8')
    for (const block of text.split(/^(?=Executive Order \d{4,5}\s*$)/m)) {
      const number = /^Executive Order (\d{4,5})\s*$/m.exec(block)
      if (!number) continue
      // Label lines only: the title line may hold a colon of its own.
      const lines = block.split('\n').filter((l) => /^\s+[A-Z][A-Za-z ()]*:/.test(l))
      byOrder[number[1]!] = [byOrder[number[1]!] ?? '', ...lines.map((l) => l.trim())].join('\n')
    }
  }
  return byOrder
}

const notes = JSON.parse(readFileSync(values.gold, 'utf8')) as Record<string, string>
const tables = dispositionTables(values.tables)
// Orders the Federal Register's data covers (a row in its export, or notes): for the others
// (EO 12944-12953, 13954-13959) no disposition is known, so nothing can be scored.
const covered = new Set(Object.keys(notes))
for (const line of readFileSync(values.export, 'utf8').split('\n')) {
  const number = /,(\d{5})\s*$/.exec(line.trim())
  if (number) covered.add(number[1]!)
}
const {files} = await listDocumentFiles([values.bulk])
const ours = new Set<string>()
/** Our edges of an action finer than the three labels (`modify`, `continue`, `terminate`): scored only where the key has them. */
const finer = new Set<string>()
const numbers = new Set<string>()
const started = performance.now()
const parsed: DocumentJson[] = []
for (const file of files) {
  const doc = (await parseFile(file)).json
  if (doc) parsed.push(doc)
}
// An order named by date and title ("The Executive Order of July 24, 2020 (Lowering Drug Prices ...)") is the
// document of the folder signed that day under that title, as the corpus build resolves it.
for (const doc of resolveDatedTargets(parsed)) {
  if (!doc.number || !covered.has(doc.number)) continue
  numbers.add(doc.number)
  for (const s of doc.supersessions) {
    const action = labelOf[s.action]
    if (!action) continue
    for (const t of s.targets) {
      const eo = /^eo\/(\d+)(\/.+)?$/.exec(t)
      if (!eo || eo[1] === doc.number) continue
      const edge = `${doc.number}|${action}|${eo[1]}`
      ours.add(`${edge}${(eo[2] || s.partial) && action !== 'amend' ? '|part' : ''}`)
      if (action !== s.action) finer.add(edge)
    }
  }
}
console.log(
  `edges of a finer action (modify, continue, terminate): ${finer.size}, scored only where the key gives the pair the mapped label`
)
const fromNotes = goldEdges(notes, numbers)
const notesImpossible = impossible.length
const fromTables = goldEdges(tables, numbers)

console.log(
  `${files.length} orders from ${path.basename(values.bulk)} (${numbers.size} with Federal Register disposition data), ${((performance.now() - started) / 1000).toFixed(1)} s`
)
if (impossible.length)
  console.log(
    `notes left out because they state an order acting on a later one (errors in the notes): ${notesImpossible} in the API notes, ${impossible.length - notesImpossible} in the disposition tables${values.list ? `\n  ${impossible.join('\n  ')}` : ''}`
  )

/** Precision and recall against one gold set; `said` holds the source texts, to tell silent notes from other labels. */
function score(
  key: string,
  title: string,
  gold: Set<string>,
  said: Array<Record<string, string>>
): void {
  // Revoking or superseding part of an order ("section 3 of ...", "to the extent inconsistent", "in part"): the
  // Federal Register records it as "Revokes in part" or as "Amends", or as both (one at each order); the edge counts
  // as those the notes give.
  const byPair = new Map<string, Set<string>>()
  for (const edge of ours) {
    const [from, action, to, part] = edge.split('|')
    if (finer.has(`${from}|${action}|${to}`) && !gold.has(`${from}|${action}|${to}`)) continue
    const labelled = [action!, 'amend'].filter((a) => gold.has(`${from}|${a}|${to}`))
    const counted = part && labelled.length > 0 ? labelled : [action!]
    const pair = `${from}|${to}`
    const set = byPair.get(pair) ?? new Set<string>()
    for (const a of counted) set.add(a)
    byPair.set(pair, set)
  }
  // The Federal Register files one disposition per pair of orders (6 of its 714 pairs carry two labels): an order
  // that "supersedes and revokes" another, or renumbers and revokes sections of it, is filed under one label.
  // Where we found several actions on one order and the gold labels the pair with one of them, the pair counts once.
  const found = new Set<string>()
  for (const [pair, found_] of byPair) {
    const [from, to] = pair.split('|')
    const labelled = [...found_].filter((a) => gold.has(`${from}|${a}|${to}`))
    for (const action of labelled.length > 0 ? labelled : found_)
      found.add(`${from}|${action}|${to}`)
  }
  console.log(`\n${title}: ${gold.size} gold edges`)
  console.log('| action    | gold | found | right | precision | recall |')
  console.log('| --------- | ---: | ----: | ----: | --------: | -----: |')
  const silentCounts: string[] = []
  const all = {gold: 0, found: 0, right: 0}
  for (const action of actions) {
    const g = [...gold].filter((e) => e.includes(`|${action}|`))
    const o = [...found].filter((e) => e.includes(`|${action}|`))
    const right = o.filter((e) => gold.has(e))
    const p = o.length ? right.length / o.length : 1
    const r = g.length ? right.length / g.length : 1
    // Where we find an edge the gold lacks: do the sources mention the pair at all (another label), or are they silent?
    const extra = o.filter((e) => !gold.has(e))
    const silent = extra.filter((e) => {
      const [from, , to] = e.split('|')
      return said.every(
        (notes) =>
          !new RegExp(`\\b${to}\\b`).test(notes[from!] ?? '') &&
          !new RegExp(`\\b${from}\\b`).test(notes[to!] ?? '')
      )
    })
    checkFloor('score:supersede', `${key} ${action} precision`, p)
    checkFloor('score:supersede', `${key} ${action} recall`, r)
    silentCounts.push(`${action} ${silent.length}/${extra.length}`)
    all.gold += g.length
    all.found += o.length
    all.right += right.length
    console.log(
      `| ${action.padEnd(9)} | ${String(g.length).padStart(4)} | ${String(o.length).padStart(5)} | ${String(right.length).padStart(5)} | ${p.toFixed(3).padStart(9)} | ${r.toFixed(3).padStart(6)} |`
    )
    if (values.list) {
      for (const e of g.filter((x) => !found.has(x))) console.log(`  missed ${e}`)
      for (const e of extra)
        console.log(
          `  extra  ${e}${silent.includes(e) ? '  (the sources say nothing of the pair)' : ''}`
        )
    }
  }
  console.log(
    `| all       | ${String(all.gold).padStart(4)} | ${String(all.found).padStart(5)} | ${String(all.right).padStart(5)} | ${(all.right / all.found).toFixed(3).padStart(9)} | ${(all.right / all.gold).toFixed(3).padStart(6)} |`
  )
  console.log(
    `edges found that the gold does not state, where the sources say nothing of the pair at all (incomplete, not a wrong reading): ${silentCounts.join(', ')}`
  )
}

score('notes', 'Against the Federal Register API disposition notes (the answer key)', fromNotes, [
  notes
])
// The Office of the Federal Register's own disposition tables record edges the API notes lack (EO 13045 revokes 12606):
// an edge either source states is a Federal Register disposition.
score(
  'notes and tables',
  'Against the API notes and the archives.gov disposition tables together',
  new Set([...fromNotes, ...fromTables]),
  [notes, tables]
)
// Every pair on which we and the Federal Register disagreed, read against the order's text (its README): the
// answer key is the notes and tables, plus the edges the text takes that the notes lack (TRUE extras), less
// the notes' own errors (NOTE-ERROR misses: a misattached note, a wrong number).
if (existsSync(values.adjudication)) {
  const {records} = JSON.parse(readFileSync(values.adjudication, 'utf8')) as {
    records: Array<{kind: string; actor: string; action: string; target: string; verdict: string}>
  }
  const edge = (r: (typeof records)[number]) => `${r.actor}|${r.action}|${r.target}`
  const adjudicated = new Set([...fromNotes, ...fromTables])
  for (const r of records) {
    if (!numbers.has(r.actor) || !(actions as string[]).includes(r.action)) continue
    if (r.kind === 'extra' && r.verdict === 'TRUE') adjudicated.add(edge(r))
    if (r.kind === 'missed' && r.verdict === 'NOTE-ERROR') adjudicated.delete(edge(r))
  }
  score(
    'adjudicated',
    "Against the adjudicated key (notes and tables, plus the edges the text takes, less the notes' errors)",
    adjudicated,
    [notes, tables]
  )
}
reportFloors('score:supersede')
