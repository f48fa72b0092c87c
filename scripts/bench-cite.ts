/**
 * `npm run bench:cite`: citation extraction over ../shared/bulk/whitehouse with ours
 * and with unitedstates/citation (npm `citation`) in the same run: MB/s of each,
 * the ratio, citations found; then adversarial inputs at growing sizes, to show
 * time growing linearly (no catastrophic backtracking).
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {listDocumentFiles} from '../src/corpus/walk.js'
import {extractCitations} from '../src/cite/extract.js'
import {requireShared} from './shared-data.js'
import {bareRemarkMbPerSecond, machineLine, Targets} from './bench-report.js'

const dir = process.argv[2] ?? '../shared/bulk/whitehouse'
requireShared('bench:cite', dir)
const {files} = await listDocumentFiles([dir])
const texts = files.map((f) => readFileSync(f, 'utf8'))
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6
const require = createRequire(import.meta.url)
const peer = require('citation') as {
  find: (text: string, options?: object) => {citations: unknown[]}
}

function run(fn: (t: string) => number): {seconds: number; found: number} {
  let found = 0
  const start = performance.now()
  for (const t of texts) found += fn(t)
  return {seconds: (performance.now() - start) / 1000, found}
}
const ours = (t: string) => extractCitations(t).length
const theirs = (t: string) => peer.find(t).citations.length

run(ours)
run(theirs)
const rounds = 3
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const o: number[] = []
const p: number[] = []
let oursFound = 0
let peerFound = 0
for (let i = 0; i < rounds; i++) {
  const a = run(ours)
  const b = run(theirs)
  o.push(a.seconds)
  p.push(b.seconds)
  oursFound = a.found
  peerFound = b.found
}
const bare = bareRemarkMbPerSecond(texts)
console.log(machineLine())
console.log(
  `${texts.length} documents, ${mb.toFixed(2)} MB from ${dir}; median of ${rounds} rounds, one core, raw file text`
)
console.log('| extractor                 |      s |   MB/s | citations |')
console.log('| ------------------------- | -----: | -----: | --------: |')
console.log(
  `| proclaim extractCitations | ${median(o).toFixed(3)} | ${(mb / median(o)).toFixed(0).padStart(6)} | ${String(oursFound).padStart(9)} |`
)
console.log(
  `| unitedstates/citation     | ${median(p).toFixed(3)} | ${(mb / median(p)).toFixed(0).padStart(6)} | ${String(peerFound).padStart(9)} |`
)
console.log(
  `speed ratio ours / theirs: ${(median(p) / median(o)).toFixed(2)}x; citations ${(oursFound / peerFound).toFixed(1)}x`
)
console.log(
  `this machine's reference: single-thread bare remark-parse ${bare.toFixed(2)} MB/s on the same texts (ours ${(mb / median(o) / bare).toFixed(0)}x that)`
)
const targets = new Targets()
targets.check('speed ours / unitedstates/citation', median(p) / median(o), 'at-least', 1, 'x')
targets.check(
  'citations found ours / unitedstates/citation',
  oursFound / peerFound,
  'at-least',
  2,
  'x'
)

const adversarial: Record<string, string> = {
  '(a) runs': '(a)',
  digits: '1234567890',
  '"U.S.C. "': 'U.S.C. ',
  spaces: ' ',
  '"19 U.S.C. 1862(a)(b)"': '19 U.S.C. 1862(a)(b) ',
  'section lists': 'sections 1, 2 and 3 of ',
  '"Act "': 'Act ',
  'EO lists': 'Executive Order 1234, ',
  mixed: '(a)(b) 19 U.S.C. 1(a)(b) section 2 of title 3 of the Act '
}
console.log('\nadversarial inputs (ms; linear growth means no catastrophic backtracking):')
console.log('| input                   | 256 KB | 512 KB |   1 MB |   2 MB |')
console.log('| ----------------------- | -----: | -----: | -----: | -----: |')
for (const [name, unit] of Object.entries(adversarial)) {
  const cells = [256, 512, 1024, 2048].map((kb) => {
    const text = unit.repeat(Math.ceil((kb * 1024) / unit.length)).slice(0, kb * 1024)
    // Best of three where a run is short: one run of a few milliseconds is mostly timer and collector noise.
    let best = Number.POSITIVE_INFINITY
    for (let round = 0; round < 3 && !(round > 0 && best > 500); round++) {
      const start = performance.now()
      extractCitations(text)
      best = Math.min(best, performance.now() - start)
    }
    return best
  })
  console.log(
    `| ${name.padEnd(23)} | ${cells.map((ms) => ms.toFixed(0).padStart(6)).join(' | ')} |`
  )
  // Linear: doubling 1 MB to 2 MB at most about doubles the time (under 50 ms, timer noise decides).
  if (cells[3]! > 50)
    targets.check(
      `adversarial ${name}, 2 MB / 1 MB time`,
      cells[3]! / cells[2]!,
      'at-most',
      2.6,
      'x'
    )
}
targets.report()
