/**
 * fmt over the bulk: every document formatted, its meaning (findings, provisions, citations, supersessions)
 * compared before and after, and the output formatted again to prove it a fixed point. Exit 1 on any
 * document whose meaning would change or whose second format differs from its first.
 *
 *   npm run report:fmt [-- DIR...] [--list]
 *
 * Default DIRs: proclamations/, ../shared/bulk/whitehouse and ../shared/bulk/fr-eo-1994-2020.
 */
import {readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {listDocumentFiles} from '../src/corpus/walk.js'
import {formatDocument} from '../src/format/format-document.js'
import {formatText} from '../src/format/format-files.js'
import {requireShared} from './shared-data.js'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {list: {type: 'boolean', default: false}}
})
const shared = ['../shared/bulk/whitehouse', '../shared/bulk/fr-eo-1994-2020']
if (positionals.length === 0) requireShared('report:fmt', ...shared)
const dirs = positionals.length > 0 ? positionals : ['proclamations', ...shared]

let failures = 0
for (const dir of dirs) {
  const started = performance.now()
  const {files} = await listDocumentFiles([dir], {extensions: ['.md', '.markdown']})
  const counts = {formatted: 0, unchanged: 0, unsafe: 0, failed: 0, 'not idempotent': 0}
  for (const file of files) {
    const result = formatText(readFileSync(file, 'utf8'), file)
    counts[result.outcome]++
    const fixedPoint =
      result.formatted === undefined || formatDocument(result.formatted) === result.formatted
    if (!fixedPoint) counts['not idempotent']++
    if (result.outcome === 'unsafe' || !fixedPoint) {
      failures++
      if (values.list) console.log(`  ${file}: ${result.reason ?? 'not idempotent'}`)
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `${dir}: ${files.length} documents in ${seconds} s: ${counts.formatted} formatted, ${counts.unchanged} already canonical, ${counts.unsafe} meaning changed, ${counts['not idempotent']} not idempotent, ${counts.failed} not parsed`
  )
}
console.log(
  failures === 0
    ? 'report:fmt: every document keeps its meaning, and fmt is a fixed point'
    : `report:fmt: ${failures} documents FAILED`
)
process.exitCode = failures === 0 ? 0 : 1
