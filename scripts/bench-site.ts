/**
 * `npm run bench:site`: the site of a corpus of N documents (default 10,000, made as bench:build
 * makes it from ../shared/bulk), in one table: the site's build, then in Debian's chromium over
 * `proclaim serve` the first search with a cold cache, statute searches after it (time from the
 * last key to the answer shown, bytes moved per query), word searches through Pagefind, and what
 * the alternative for words, one MiniSearch index of every unit, would weigh.
 *
 *   npm run bench:site [-- --documents 10000] [--bulk ../shared/bulk] [--corpus DIR]
 */
import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {gzipSync} from 'node:zlib'
import MiniSearch from 'minisearch'
import {chromium, type Page} from 'playwright-core'
import {buildCorpus} from '../src/corpus/build.js'
import {openCorpus} from '../src/query/corpus.js'
import {buildSite} from '../src/site/build.js'
import {serveSite} from '../src/site/serve.js'
import {writeBenchDocuments} from './bench-corpus.js'
import {machineLine, Targets} from './bench-report.js'
import {requireShared} from './shared-data.js'

const {values} = parseArgs({
  options: {
    documents: {type: 'string', default: '10000'},
    bulk: {type: 'string', default: '../shared/bulk'},
    corpus: {type: 'string'},
    chromium: {type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}
  }
})
const work = mkdtempSync(path.join(tmpdir(), 'proclaim-bench-site-'))
let corpusDir = values.corpus
if (!corpusDir) {
  requireShared('bench:site', values.bulk)
  const docs = path.join(work, 'docs')
  mkdirSync(docs)
  const bytes = await writeBenchDocuments(values.bulk, docs, Number(values.documents))
  console.error(
    `bench:site: building the corpus of ${values.documents} files (${(bytes / 1e6).toFixed(1)} MB)...`
  )
  corpusDir = path.join(work, 'corpus')
  await buildCorpus([docs], {out: corpusDir, buildDate: '2026-11-28'})
}

/** Files and bytes under a folder. */
function sizeOf(dir: string): {files: number; bytes: number} {
  let files = 0
  let bytes = 0
  for (const entry of readdirSync(dir, {withFileTypes: true, recursive: true})) {
    if (!entry.isFile()) continue
    files++
    bytes += statSync(path.join(entry.parentPath, entry.name)).size
  }
  return {files, bytes}
}

const site = path.join(work, 'site')
console.error('bench:site: building the site...')
const started = performance.now()
const cpuBefore = process.cpuUsage()
const summary = await buildSite(corpusDir, {out: site})
const buildSeconds = (performance.now() - started) / 1000
// This process's CPU (its worker threads included; Pagefind's process apart): what the build costs
// whatever else the machine runs.
const cpu = process.cpuUsage(cpuBefore)
const buildCpuSeconds = (cpu.user + cpu.system) / 1e6
// The same without the word index: the pages and the citation search alone.
const plainStarted = performance.now()
await buildSite(corpusDir, {out: path.join(work, 'site-no-words'), words: false})
const plainSeconds = (performance.now() - plainStarted) / 1000
const siteSize = sizeOf(site)
const searchSize = sizeOf(path.join(site, 'search'))
const pagefindSize = sizeOf(path.join(site, 'pagefind'))

// The alternative for words: one MiniSearch index of every unit, which the browser would fetch whole.
const corpus = openCorpus(corpusDir)
const units = corpus.db.prepare('select id, text from units').all() as Array<{
  id: number
  text: string
}>
corpus.close()
const miniStarted = performance.now()
const mini = new MiniSearch({fields: ['text'], storeFields: []})
mini.addAll(units)
const miniJson = JSON.stringify(mini)
const miniSeconds = (performance.now() - miniStarted) / 1000
const miniGzip = gzipSync(miniJson).length

interface Measured {
  query: string
  ms: number
  bytes: number
  requests: number
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!

const statuteQueries = [
  '50 U.S.C. 1701',
  'Proclamation 9705',
  'section 232',
  '19 U.S.C. 2483',
  'section 301 of title 3, United States Code',
  'Executive Order 14257',
  '8 U.S.C. 1182(f)',
  '50 USC 1601',
  '19 U.S.C. 1862(c)',
  'Proclamation 9704'
]
const wordQueries = [
  'price floors',
  'national security',
  '"critical minerals"',
  'fentanyl',
  'semiconductors'
]

let browserRows: Array<[string, string, string]> = []
const targets = new Targets()
if (existsSync(values.chromium)) {
  const {server, url} = await serveSite(site, {port: 0})
  const browser = await chromium.launch({executablePath: values.chromium, args: ['--no-sandbox']})
  // A new context: nothing cached.
  const context = await browser.newContext()
  const page = await context.newPage()
  let moved = 0
  let requests = 0
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes()
    moved += sizes.responseBodySize + sizes.responseHeadersSize
    requests++
  })
  const openStarted = performance.now()
  await page.goto(`${url}index.html`)
  await page.waitForSelector('body[data-ready]')
  const openMs = performance.now() - openStarted
  const pageBytes = moved
  const ask = async (p: Page, query: string): Promise<Measured> => {
    const before = Number(await p.evaluate(() => document.body.dataset.searches ?? 0))
    await p.waitForTimeout(50)
    moved = 0
    requests = 0
    await p.fill('#q', query)
    await p.waitForFunction((n) => Number(document.body.dataset.searches ?? 0) > n, before, {
      timeout: 30_000
    })
    // Let the last responses be counted.
    await p.waitForLoadState('networkidle')
    const ms = Number(await p.evaluate(() => document.body.dataset.searchMs))
    return {query, ms, bytes: moved, requests}
  }
  const first = await ask(page, '19 U.S.C. 1862')
  const statutes: Measured[] = []
  for (const q of statuteQueries) statutes.push(await ask(page, q))
  const firstWords = await ask(page, 'price floors')
  const words: Measured[] = []
  for (const q of wordQueries.slice(1)) words.push(await ask(page, q))
  await browser.close()
  server.close()
  const times = statutes.map((m) => m.ms)
  const bytes = statutes.map((m) => m.bytes)
  browserRows = [
    ['search page opened, cold cache (bytes)', `${openMs.toFixed(0)} ms`, kb(pageBytes)],
    [
      'first search, cold: "19 U.S.C. 1862" (key to answer)',
      `${first.ms.toFixed(0)} ms`,
      `${kb(first.bytes)}, ${first.requests} req.`
    ],
    [
      `statute search after it, ${statuteQueries.length} ids, p50 / max`,
      `${percentile(times, 0.5).toFixed(0)} / ${Math.max(...times).toFixed(0)} ms`,
      `${kb(percentile(bytes, 0.5))} / ${kb(Math.max(...bytes))}`
    ],
    [
      'first word search (Pagefind loads)',
      `${firstWords.ms.toFixed(0)} ms`,
      `${kb(firstWords.bytes)}, ${firstWords.requests} req.`
    ],
    [
      `word search after it, ${words.length} queries, p50 / max`,
      `${percentile(
        words.map((w) => w.ms),
        0.5
      ).toFixed(0)} / ${Math.max(...words.map((w) => w.ms)).toFixed(0)} ms`,
      `${kb(
        percentile(
          words.map((w) => w.bytes),
          0.5
        )
      )} / ${kb(Math.max(...words.map((w) => w.bytes)))}`
    ]
  ]
  for (const m of [...statutes, ...words])
    console.error(
      `  ${m.query.padEnd(44)} ${m.ms.toFixed(0).padStart(5)} ms ${kb(m.bytes).padStart(10)} ${m.requests} req.`
    )
  targets.check('first search, cold cache', first.ms, 'at-most', 2000, ' ms')
  targets.check('statute search after the first (max)', Math.max(...times), 'at-most', 100, ' ms')
  targets.check(
    'bytes moved per query (max, statute and word searches after the first of each)',
    Math.max(...bytes, ...words.map((w) => w.bytes)) / 1000,
    'at-most',
    500,
    ' kB'
  )
} else {
  console.log(
    `bench:site: no chromium at ${values.chromium}: the browser figures are skipped (apt-get install -y chromium)`
  )
}
targets.check('site build', buildSeconds, 'at-most', 60, ' s')

const row = (what: string, value: string, note = '') =>
  console.log(`| ${what.padEnd(52)} | ${value.padStart(16)} | ${note.padEnd(24)} |`)
console.log(machineLine())
console.log(
  `${summary.documents} documents, ${summary.pages} statute and instrument pages; site ${siteSize.files} files, ${(siteSize.bytes / 1e6).toFixed(0)} MB`
)
console.log(`| ${'measure'.padEnd(52)} | ${'value'.padStart(16)} | ${'bytes'.padEnd(24)} |`)
console.log(`| ${'-'.repeat(52)} | ${'-'.repeat(15)}: | ${'-'.repeat(24)} |`)
row(
  'site build (pages, shards, Pagefind index)',
  `${buildSeconds.toFixed(1)} s`,
  `${(siteSize.bytes / 1e6).toFixed(0)} MB`
)
row('  CPU of this process (worker threads included)', `${buildCpuSeconds.toFixed(1)} s`)
row(
  '  Pagefind writing its index, beside the statute pages',
  `${(summary.wordIndexMs / 1000).toFixed(1)} s`,
  `${(pagefindSize.bytes / 1e6).toFixed(1)} MB, ${pagefindSize.files} files`
)
row(
  'citation shards and names',
  `${searchSize.files} files`,
  `${(searchSize.bytes / 1e6).toFixed(1)} MB`
)
row('site build without the word index (--no-words)', `${plainSeconds.toFixed(1)} s`)
row(
  'MiniSearch index of every unit (the alternative)',
  `${miniSeconds.toFixed(1)} s`,
  `${(miniJson.length / 1e6).toFixed(0)} MB, ${(miniGzip / 1e6).toFixed(0)} MB gzip`
)
for (const [what, value, note] of browserRows) row(what, value, note)
targets.report()
rmSync(work, {recursive: true, force: true})
