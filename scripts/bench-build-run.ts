/**
 * One build, in a process of its own, for `bench:build`: prints its seconds, stages and the
 * process's peak memory as JSON, so that what the benchmark itself holds is not counted.
 *
 *   node dist/scripts/bench-build-run.js DOCS OUT
 */
import {buildCorpus} from '../src/corpus/build.js'

const [docs, out] = process.argv.slice(2)
const stages: Array<[string, number]> = []
const started = performance.now()
// Where the peak falls: the stage running when resident memory was highest.
let stage = 'read'
let peak = {mb: 0, stage}
const sampler = setInterval(() => {
  const mb = process.memoryUsage().rss / 1048576
  if (mb > peak.mb) peak = {mb, stage}
}, 50)
const summary = await buildCorpus([docs!], {
  out: out!,
  buildDate: '2026-11-28',
  onStage: (name, seconds) => {
    stages.push([name, seconds])
    stage = `after ${name}`
  }
})
clearInterval(sampler)
console.log(
  JSON.stringify({
    peakStage: peak.stage,
    seconds: (performance.now() - started) / 1000,
    stages,
    peakMb: process.resourceUsage().maxRSS / 1024,
    documents: summary.documents,
    duplicates: summary.duplicates.length,
    citations: summary.citations,
    edges: summary.edges
  })
)
