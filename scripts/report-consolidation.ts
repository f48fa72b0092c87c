/**
 * How much of the amending operations the corpora hold can be applied: each set of documents built into a corpus
 * (the real build, into a temporary folder), then its consolidated/<id>.json files counted: operations parsed,
 * applied, the same instruction again (a second printing, a twin proclamation), not a change of words (`modify`),
 * and refused, by reason.
 *
 *   npm run report:consolidation [-- DIR...] [--list REASON]
 *
 * Default: proclamations/ alone, proclamations/ with ../shared/bulk/whitehouse, and ../shared/bulk/fr-eo-1994-2020
 * (skipped plainly, with the figures of proclamations/ still given, where ../shared is absent). DIRs given: one set of
 * them all. `--list REASON` prints each operation refused for that reason (`all` for every one).
 */
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import type {Consolidation} from '../src/consolidate/model.js'
import {reasons} from '../src/consolidate/reasons.js'
import {buildCorpus} from '../src/corpus/build.js'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {list: {type: 'string'}}
})

const whitehouse = '../shared/bulk/whitehouse'
const federalRegister = '../shared/bulk/fr-eo-1994-2020'
const sets: Array<{name: string; dirs: string[]}> =
  positionals.length > 0
    ? [{name: positionals.join(' + '), dirs: positionals}]
    : [
        {name: 'proclamations/', dirs: ['proclamations']},
        {name: 'proclamations/ + bulk/whitehouse', dirs: ['proclamations', whitehouse]},
        {name: 'bulk/fr-eo-1994-2020', dirs: [federalRegister]}
      ]

function consolidationsIn(corpus: string): Consolidation[] {
  const out: Consolidation[] = []
  const walk = (dir: string) => {
    if (!existsSync(dir)) return
    for (const e of readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, e.name)
      if (e.isDirectory()) walk(full)
      else out.push(JSON.parse(readFileSync(full, 'utf8')) as Consolidation)
    }
  }
  walk(path.join(corpus, 'consolidated'))
  return out.sort((a, b) => a.id.localeCompare(b.id))
}

const percent = (n: number, of: number) => (of === 0 ? '-' : `${((100 * n) / of).toFixed(1)}%`)

for (const set of sets) {
  const absent = set.dirs.filter((d) => !existsSync(d))
  if (absent.length > 0) {
    console.log(
      `${set.name}: skipped: ${absent.join(', ')} not found (the bulk corpora are the project's shared data beside the repository)`
    )
    continue
  }
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'report-consolidation-')), 'corpus')
  try {
    await buildCorpus(set.dirs, {out, cache: false})
    const all = consolidationsIn(out)
    const operations = all.flatMap((c) => c.operations.map((op) => ({c, op})))
    const count = (outcome: string) => operations.filter(({op}) => op.outcome === outcome).length
    const refused = operations.filter(({op}) => op.outcome === 'refused')
    const withText = all.filter((c) => c.original !== null)
    const onText = withText.flatMap((c) => c.operations)
    console.log(`\n${set.name}`)
    console.log(
      `  instruments amended: ${all.length} (original text in the corpus: ${withText.length})`
    )
    console.log(`  operations parsed:   ${operations.length}`)
    console.log(
      `  applied:             ${count('applied')} (${percent(count('applied'), operations.length)})`
    )
    console.log(`  same instruction again (applied once): ${count('duplicate')}`)
    console.log(`  not a change of words (modify): ${count('not-textual')}`)
    console.log(`  refused:             ${refused.length}`)
    const byReason = new Map<string, number>()
    for (const {op} of refused) byReason.set(op.reason!, (byReason.get(op.reason!) ?? 0) + 1)
    for (const [reason, n] of [...byReason].sort((a, b) => b[1] - a[1]))
      console.log(
        `    ${String(n).padStart(5)}  ${reason}: ${reasons[reason as keyof typeof reasons].summary}`
      )
    const applicable = onText.filter((op) => op.outcome !== 'not-textual')
    const appliedOnText = applicable.filter(
      (op) => op.outcome === 'applied' || op.outcome === 'duplicate'
    ).length
    console.log(
      `  where the original is in the corpus: ${appliedOnText} of ${applicable.length} textual operations applied (${percent(appliedOnText, applicable.length)}); refused:`
    )
    const onTextReasons = new Map<string, number>()
    for (const op of applicable)
      if (op.outcome === 'refused')
        onTextReasons.set(op.reason!, (onTextReasons.get(op.reason!) ?? 0) + 1)
    for (const [reason, n] of [...onTextReasons].sort((a, b) => b[1] - a[1]))
      console.log(`    ${String(n).padStart(5)}  ${reason}`)
    const doubts = all.flatMap((c) =>
      c.diagnostics.filter((d) => c.operations[d.operation]?.outcome === 'applied')
    )
    if (doubts.length > 0)
      console.log(
        `  applied with a doubt (provision marked uncertain): ${doubts.length} (${[...new Set(doubts.map((d) => d.ruleId))].join(', ')})`
      )
    if (values.list)
      for (const {c, op} of refused) {
        if (values.list !== 'all' && op.reason !== values.list) continue
        const d = c.diagnostics.find((x) => c.operations[x.operation] === op)
        console.log(`    ${d?.file}:${d?.line}:${d?.column}  ${op.reason}  ${d?.message ?? ''}`)
      }
  } finally {
    rmSync(path.dirname(out), {recursive: true, force: true})
  }
}
