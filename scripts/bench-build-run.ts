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
const summary = await buildCorpus([docs!], {out: out!, buildDate: '2026-11-28', onStage: (name, seconds) => stages.push([name, seconds])})
console.log(JSON.stringify({
  seconds: (performance.now() - started) / 1000,
  stages,
  peakMb: process.resourceUsage().maxRSS / 1024,
  documents: summary.documents,
  duplicates: summary.duplicates.length,
  citations: summary.citations,
  edges: summary.edges
}))
