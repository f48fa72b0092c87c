/**
 * `npm run score:annotated`: supersession detection and citation extraction against the
 * hand-annotated current documents of test/fixtures/annotated/ (their README says how they were
 * made). Actions are scored per document as (action, target) pairs, at the provision the text
 * names and at the instrument level; citations as (document, id) occurrences counted once each.
 * Then the held-out key of test/fixtures/held-out/ (current documents of ../shared/bulk/whitehouse that
 * are not in proclamations/, never tuned on), scored the same way from the bulk folder; it is skipped,
 * saying so, without ../shared. Floors hold the first set only: the held-out set measures, it is not a
 * target to tune to.
 *
 *   npm run score:annotated [-- --list] [-- --bulk DIR]
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import type {DocumentJson} from '../src/document/types.js'
import {parseFile} from '../src/pipeline/parse-document.js'
import {checkFloor, reportFloors} from './floors.js'

const {values} = parseArgs({
  options: {
    list: {type: 'boolean', default: false},
    bulk: {type: 'string', default: path.resolve('../shared/bulk/whitehouse')}
  }
})
const instrument = (id: string) => id.split('/').slice(0, 2).join('/')

/** The rows of a case table: header first, tab-separated. */
function table(file: string): Array<Record<string, string>> {
  const [header, ...lines] = readFileSync(file, 'utf8').split('\n').filter(Boolean)
  const names = header!.split('\t')
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [names[i]!, v])))
}

/** The rows of every case table of a folder with the suffix. */
const tables = (fixtures: string, suffix: string) =>
  readdirSync(fixtures)
    .filter((f) => f.endsWith(suffix))
    .flatMap((f) => table(path.join(fixtures, f)))

/** The documents a key's tables name. */
const keyFiles = (fixtures: string): string[] => [
  ...new Set(
    [...tables(fixtures, '.actions.tsv'), ...tables(fixtures, '.citations.tsv')].map((r) => r.file!)
  )
]

/**
 * Scores one annotated set: its case tables in `fixtures`, its documents in `corpusDir`. `floors` says
 * whether its figures are held to scripts/score-floors.json.
 */
async function scoreSet(fixtures: string, corpusDir: string, floors: boolean): Promise<void> {
  const actions = tables(fixtures, '.actions.tsv')
  const citations = tables(fixtures, '.citations.tsv')
  const files = keyFiles(fixtures).sort()

  const docs = new Map<string, DocumentJson>()
  for (const f of files) {
    const {json} = await parseFile(path.join(corpusDir, f))
    if (json) docs.set(f, json)
  }

  /** Precision and recall of two sets of keys. */
  function score(name: string, gold: Set<string>, found: Set<string>): void {
    const right = [...found].filter((k) => gold.has(k))
    const p = found.size ? right.length / found.size : 1
    const r = gold.size ? right.length / gold.size : 1
    console.log(
      `| ${name.padEnd(34)} | ${String(gold.size).padStart(5)} | ${String(found.size).padStart(5)} | ${String(right.length).padStart(5)} | ${p.toFixed(3)} | ${r.toFixed(3)} |`
    )
    if (floors) {
      checkFloor('score:annotated', `${name} precision`, p)
      checkFloor('score:annotated', `${name} recall`, r)
    }
    if (values.list) {
      for (const k of [...gold].filter((x) => !found.has(x)).sort()) console.log(`    missed ${k}`)
      for (const k of [...found].filter((x) => !gold.has(x)).sort()) console.log(`    extra  ${k}`)
    }
  }

  console.log(
    `${files.length} hand-annotated documents: ${actions.length} actions, ${citations.length} citations`
  )
  console.log('| measure                            |  gold | found | right | prec. | recall |')
  console.log('| ---------------------------------- | ----: | ----: | ----: | ----: | -----: |')
  const specific = actions.filter((a) => a.target !== '*')
  const found = (f: (file: string, action: string, target: string) => string) =>
    new Set(
      [...docs].flatMap(([file, doc]) =>
        doc.supersessions.flatMap((s) =>
          s.scope === 'general' ? [] : s.targets.map((t) => f(file, s.action, t))
        )
      )
    )
  score(
    'actions at the provision named',
    new Set(specific.map((a) => `${a.file}|${a.action}|${a.target}`)),
    found((file, action, target) => `${file}|${action}|${target}`)
  )
  score(
    'actions at the instrument',
    new Set(specific.map((a) => `${a.file}|${a.action}|${instrument(a.target!)}`)),
    found((file, action, target) => `${file}|${action}|${instrument(target)}`)
  )
  score(
    'instruments acted on (any action)',
    new Set(specific.map((a) => `${a.file}|${instrument(a.target!)}`)),
    found((file, _, target) => `${file}|${instrument(target)}`)
  )
  // General clauses ("Any provision of previous proclamations ... is superseded to the extent of such
  // inconsistency", "..., or any other provisions authorizing ... are hereby revoked"): the key's `*` target.
  score(
    'general clauses (document, action)',
    new Set(actions.filter((a) => a.target === '*').map((a) => `${a.file}|${a.action}`)),
    new Set(
      [...docs].flatMap(([file, doc]) =>
        doc.supersessions.filter((s) => s.scope === 'general').map((s) => `${file}|${s.action}`)
      )
    )
  )
  /**
   * The date each action takes effect, scored on the actions the key dates and the tool finds (so a missed
   * action counts against detection, not here): the tool's effective date, else its document's signing date.
   */
  /** Key -> every date the key gives it: one action may take effect on two dates, by provision ("on April 6, 2026", "on January 1, 2028"). */
  const dated = new Map<string, Set<string>>()
  for (const a of specific.filter((a) => a.effective && a.effective !== '-')) {
    const key = `${a.file}|${a.action}|${a.target}`
    dated.set(key, (dated.get(key) ?? new Set()).add(a.effective!))
  }
  const foundDates = [...docs].flatMap(([file, doc]) =>
    doc.supersessions.flatMap((s) =>
      s.scope === 'general'
        ? []
        : s.targets.flatMap((t) => {
            const key = `${file}|${s.action}|${t}`
            const on = s.effective ?? doc.signedDate ?? doc.date
            return dated.has(key) && on ? [`${key}|${on}`] : []
          })
    )
  )
  score(
    'effective dates (actions found)',
    new Set(
      [...dated]
        .filter(([key]) => foundDates.some((d) => d.startsWith(`${key}|`)))
        .flatMap(([key, dates]) => [...dates].map((on) => `${key}|${on}`))
    ),
    new Set(foundDates)
  )
  /**
   * Operations: (document, provision, operation) against the key's `operation` column; a redesignation counts
   * for its old and its new designation, as the key lists both.
   */
  score(
    'operations (document, target, op)',
    new Set(
      actions.filter((a) => a.operation !== '-').map((a) => `${a.file}|${a.target}|${a.operation}`)
    ),
    new Set(
      [...docs].flatMap(([file, doc]) =>
        doc.supersessions.flatMap((s) =>
          (s.operations ?? []).flatMap((o) =>
            [o.target, ...(o.as ? [o.as] : [])].map((t) => `${file}|${t}|${o.operation}`)
          )
        )
      )
    )
  )
  /**
   * Each id once per document and unit: the annotators list occurrences, the tool too. Only the documents
   * whose citations the key lists (the held-out key lists them for some).
   */
  const citedFiles = new Set(citations.map((c) => c.file!))
  score(
    'citations (document, id)',
    new Set(citations.map((c) => `${c.file}|${c.id}`)),
    new Set(
      [...docs]
        .filter(([file]) => citedFiles.has(file))
        .flatMap(([file, doc]) => doc.citations.map((c) => `${file}|${c.id}`))
    )
  )
}

await scoreSet(path.resolve('test/fixtures/annotated'), path.resolve('proclamations'), true)
// Each held-out key (test/fixtures/held-out, held-out-2, ...): read blind, in the order they were made.
const fixtures = path.resolve('test/fixtures')
for (const name of readdirSync(fixtures)
  .filter((n) => /^held-out(?:-\d+)?$/.test(n))
  .sort((a, b) => a.localeCompare(b, 'en', {numeric: true}))) {
  // A key of bundled documents reads them from proclamations/; the others, from the bulk folder.
  const dir = path.join(fixtures, name)
  const bundled = keyFiles(dir).every((f) => existsSync(path.resolve('proclamations', f)))
  console.log(
    `\nHeld-out key (test/fixtures/${name}/, documents read from ${bundled ? 'proclamations/' : 'the bulk folder'}):`
  )
  if (bundled) await scoreSet(dir, path.resolve('proclamations'), false)
  else if (existsSync(values.bulk!)) await scoreSet(dir, values.bulk!, false)
  else
    console.log(
      `  skipped: ${values.bulk} not found (the held-out documents are read from the project's shared data beside the repository; pass --bulk DIR)`
    )
}
reportFloors('score:annotated')
