/**
 * `npm run bench:check`: `proclaim check` over the bulk corpora (about 3,400 documents), as CI would run it on
 * a repository of them: every document parsed and checked, the cross-document rules against the corpus they
 * form. Target: under 20 s on this machine.
 *
 *   npm run bench:check [-- DIR...]
 */
import {parseArgs} from 'node:util'
import {checkInputs} from '../src/check/check-files.js'
import {countBySeverity} from '../src/check/formats/counts.js'
import {machineLine, Targets} from './bench-report.js'
import {requireShared} from './shared-data.js'

const {positionals} = parseArgs({allowPositionals: true, options: {}})
const dirs =
  positionals.length > 0
    ? positionals
    : ['../shared/bulk/whitehouse', '../shared/bulk/fr-eo-1994-2020']
for (const dir of dirs) requireShared('bench:check', dir)

const start = performance.now()
const run = await checkInputs(dirs)
const seconds = (performance.now() - start) / 1000
const counts = countBySeverity(run.results)
const memory = process.memoryUsage().rss / 1e6

console.log(machineLine())
console.log(
  `${run.results.length} documents from ${dirs.join(', ')}: ${seconds.toFixed(1)} s (${(run.results.length / seconds).toFixed(0)} documents/s), ${memory.toFixed(0)} MB resident; ${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos`
)
const targets = new Targets()
targets.check('proclaim check over the bulk corpora', seconds, 'at-most', 20, ' s')
targets.report()
