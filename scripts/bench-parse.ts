/**
 * Parse benchmark: the full parse (front matter, remark-parse, document tree,
 * JSON) against bare `unified().use(remarkParse).parse` on the same files, in
 * the same run. Target: the full parse within 1.5x of bare remark-parse.
 *
 *   npm run bench [-- DIR] [--rounds N]
 */
import {readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {listDocumentFiles} from '../src/corpus/walk.js'
import {parseDocument} from '../src/pipeline/parse-document.js'
import {requireShared} from './shared-data.js'
import {machineLine, Targets} from './bench-report.js'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {rounds: {type: 'string', default: '3'}}
})
const dir = positionals[0] ?? '../shared/bulk/whitehouse'
requireShared('bench', dir)
const rounds = Math.max(1, Number(values.rounds))

const {files} = await listDocumentFiles([dir])
const docs = files.map((path) => ({path, text: readFileSync(path, 'utf8')}))
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0)
const mb = bytes / 1e6

const bare = unified().use(remarkParse)
function runBare(): void {
  for (const d of docs) bare.parse(d.text)
}
function runFull(): void {
  for (const d of docs) parseDocument(d.text, d.path)
}

function time(fn: () => void): number {
  const start = performance.now()
  fn()
  return (performance.now() - start) / 1000
}

// Warm up both paths once, then alternate rounds so neither gets the warmer machine.
runBare()
runFull()
const bareTimes: number[] = []
const fullTimes: number[] = []
for (let i = 0; i < rounds; i++) {
  bareTimes.push(time(runBare))
  fullTimes.push(time(runFull))
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const b = median(bareTimes)
const f = median(fullTimes)
const row = (name: string, s: number) =>
  `| ${name.padEnd(34)} | ${s.toFixed(2).padStart(7)} | ${(docs.length / s).toFixed(0).padStart(7)} | ${(mb / s).toFixed(2).padStart(6)} |`

console.log(machineLine())
console.log(
  `${docs.length} documents, ${mb.toFixed(2)} MB from ${dir}; median of ${rounds} rounds, one core`
)
console.log('| pipeline                           |       s |  docs/s |   MB/s |')
console.log('| ---------------------------------- | ------: | ------: | -----: |')
console.log(row('bare unified().use(remarkParse)', b))
console.log(row('proclaim parseDocument (full)', f))
console.log(`full / bare: ${(f / b).toFixed(2)}x (the bare row is this machine's reference speed)`)
const targets = new Targets()
targets.check('full parse time / bare remark-parse time', f / b, 'at-most', 1.5, 'x')
targets.report()
