/**
 * `npm run score:cite`: our citation extractor and unitedstates/citation on the
 * peer vectors (../shared/peer), pass counts side by side, then the
 * presidential probes against our expectations (test/fixtures).
 */
import path from 'node:path'
import {checkFloor, reportFloors} from './floors.js'
import {requireShared} from './shared-data.js'
import {loadProbes, loadVectors, oursFor, peerFor, sameSet, scoreVector} from './peer-score.js'

const peerDir = process.argv[2] ?? '../shared/peer'
requireShared('score:cite', peerDir)
const vectors = loadVectors(peerDir)
const scored = vectors.filter((v) => !v.options?.parents).map(scoreVector)
const skipped = vectors.length - scored.length

const groups = new Map<string, typeof scored>()
for (const s of scored) {
  const key = s.vector.ambiguous_range ? 'ambiguous range' : s.vector.type
  groups.set(key, [...(groups.get(key) ?? []), s])
}
console.log(
  `peer vectors: ${vectors.length} (${skipped} with the peer-only option {parents: true} skipped)`
)
console.log('| kind            | vectors | ours | unitedstates/citation |')
console.log('| --------------- | ------: | ---: | --------------------: |')
for (const [key, list] of [...groups].sort()) {
  console.log(
    `| ${key.padEnd(15)} | ${String(list.length).padStart(7)} | ${String(list.filter((s) => s.oursPass).length).padStart(4)} | ${String(list.filter((s) => s.peerPass).length).padStart(21)} |`
  )
}
const plain = scored.filter((s) => !s.vector.ambiguous_range)
console.log(
  `| ${'all'.padEnd(15)} | ${String(plain.length).padStart(7)} | ${String(plain.filter((s) => s.oursPass).length).padStart(4)} | ${String(plain.filter((s) => s.peerPass).length).padStart(21)} |`
)

checkFloor('score:cite', 'peer vectors passed', plain.filter((s) => s.oursPass).length)
const regressions = plain.filter((s) => s.peerPass && !s.oursPass)
console.log(`\nvectors the peer passes and we fail: ${regressions.length}`)
for (const s of regressions)
  console.log(
    `  ${s.vector.id}: ${JSON.stringify(s.vector.text.slice(0, 80))}\n    expected ${JSON.stringify(s.expected)}, ours ${JSON.stringify(s.ours)}`
  )
const better = plain.filter((s) => !s.peerPass && s.oursPass)
checkFloor('score:cite', 'peer vectors passed beyond the peer', better.length)
console.log(
  `vectors we pass and the peer fails: ${better.length}${better.length ? ` (${better.map((s) => s.vector.id).join(', ')})` : ''}`
)

const probes = loadProbes(peerDir, path.resolve('test/fixtures/presidential-probes.expected.json'))
let oursProbe = 0
let peerProbe = 0
console.log(`\npresidential probes (${probes.length}):`)
for (const p of probes) {
  const ours = oursFor(p.text)
  const peer = peerFor(p.text, ['usc', 'cfr', 'law', 'stat', 'fedreg', 'usconst'])
  const o = sameSet(ours, p.expected)
  const q = sameSet(peer, p.expected)
  if (o) oursProbe++
  if (q) peerProbe++
  console.log(
    `  ${o ? 'pass' : 'FAIL'} / peer ${q ? 'pass' : 'fail'}  ${p.id.padEnd(30)} ours ${JSON.stringify(ours)}${q ? '' : `  peer ${JSON.stringify(peer)}`}`
  )
}
console.log(
  `probes passed: ours ${oursProbe}/${probes.length}, unitedstates/citation ${peerProbe}/${probes.length}`
)
checkFloor('score:cite', 'presidential probes passed', oursProbe)
reportFloors('score:cite')
