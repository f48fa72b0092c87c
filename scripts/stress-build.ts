/**
 * Builds killed and starved, as SECURITY.md promises they may be: `npm run stress:build`.
 *
 * 1. Kills: builds of `proclamations/` alternating between two build dates (so the old corpus and the new
 *    differ in every file that carries the date), each killed with SIGKILL at a random moment within 1.6 times a
 *    build's time. After each, the corpus must be exactly the previous one or exactly the new one: the same
 *    file list and the same SHA-256 of every file as a clean build of that date.
 * 2. A full disk (where a tmpfs can be mounted: root on Linux): a corpus built on a small tmpfs, then a
 *    build that cannot fit beside it. It must fail with a clear error naming the lack of space, leave the
 *    previous corpus whole, and leave the disk as free as it found it; once space is back, the next build
 *    succeeds.
 *
 *   npm run stress:build [-- --kills 50 --seed 1]
 */
import {spawn, spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statfsSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {Targets, machineLine} from './bench-report.js'

const {values} = parseArgs({
  options: {kills: {type: 'string', default: '50'}, seed: {type: 'string', default: '1'}}
})
const kills = Number(values.kills)
const cli = path.resolve('dist/src/cli/main.js')
const documents = path.resolve('proclamations')
const dates = ['2026-01-01', '2026-01-02'] as const

/** A small deterministic generator (mulberry32): the same seed, the same moments. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Every file under a folder (the corpus path followed) with its SHA-256, in one string. */
function snapshot(dir: string): string {
  const lines: string[] = []
  const walk = (d: string, rel: string): void => {
    for (const e of readdirSync(d, {withFileTypes: true}).sort((a, b) =>
      a.name < b.name ? -1 : 1
    )) {
      const full = path.join(d, e.name)
      if (e.isDirectory()) walk(full, `${rel}${e.name}/`)
      else
        lines.push(
          `${rel}${e.name} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`
        )
    }
  }
  try {
    walk(dir, '')
  } catch {
    return '(no corpus)'
  }
  return lines.join('\n')
}

const args = (out: string, date: string, extra: string[] = [], input = documents): string[] => [
  cli,
  'build',
  input,
  '--out',
  out,
  '--build-date',
  date,
  '--quiet',
  ...extra
]

function build(
  out: string,
  date: string,
  extra: string[] = []
): {status: number; stderr: string; seconds: number} {
  const start = performance.now()
  const run = spawnSync(process.execPath, args(out, date, extra), {encoding: 'utf8'})
  return {
    status: run.status ?? -1,
    stderr: run.stderr + run.stdout,
    seconds: (performance.now() - start) / 1000
  }
}

/** A build started and killed after `ms`; resolves once it has exited. */
function killedBuild(out: string, date: string, ms: number, cache: boolean): Promise<void> {
  const child = spawn(process.execPath, args(out, date, cache ? [] : ['--no-cache']), {
    stdio: 'ignore'
  })
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  setTimeout(() => child.kill('SIGKILL'), ms)
  return exited
}

console.log(machineLine())
const targets = new Targets()
const work = mkdtempSync(path.join(tmpdir(), 'proclaim-stress-'))

// The two clean corpora every killed build must leave one of.
const reference = dates.map((date) => {
  const out = path.join(work, `clean-${date}`)
  const run = build(out, date)
  if (run.status !== 0) throw new Error(`a clean build failed: ${run.stderr}`)
  return snapshot(out)
})
const out = path.join(work, 'corpus')
const first = build(out, dates[0])
const second = build(out, dates[1])
// Each kill within 1.2 times the time such a build takes (the cache's, or none).
const uncached = build(out, dates[0], ['--no-cache'])
const span = {cached: second.seconds * 1000, uncached: uncached.seconds * 1000}
console.log(
  `builds of ${documents}: ${first.seconds.toFixed(1)} s the first, ${second.seconds.toFixed(1)} s cached, ${uncached.seconds.toFixed(1)} s without the cache`
)

let previous = 0
let whole = 0
let becameNew = 0
const next = random(Number(values.seed))
for (let i = 0; i < kills; i++) {
  const target = 1 - previous
  // A third of the builds without the cache: those write every document anew, the longest window.
  const cache = next() > 1 / 3
  const ms = Math.round(next() * (cache ? span.cached : span.uncached) * 1.6)
  await killedBuild(out, dates[target]!, ms, cache)
  const now = snapshot(out)
  if (now === reference[previous]) whole++
  else if (now === reference[target]) {
    whole++
    becameNew++
    previous = target
  } else
    console.log(
      `kill ${i + 1} at ${ms} ms (${cache ? 'cached' : 'no cache'}): the corpus is neither the old nor the new one`
    )
}
console.log(
  `${kills} builds killed at random moments: ${whole} left a whole corpus (${becameNew} the new one, ${whole - becameNew} the old one)`
)
targets.check('builds killed that left a corpus neither old nor new', kills - whole, 'at-most', 0)
// After the kills, a build finishes and the leftovers are gone.
const after = build(out, dates[previous]!)
const beside = readdirSync(work).filter((e) => e.startsWith('.corpus.') && e !== '.corpus.cache')
targets.check('a build after the kills', after.status, 'at-most', 0)
targets.check('version folders left beside the corpus after it', beside.length, 'at-most', 1)

diskFull()
rmSync(work, {recursive: true, force: true})
targets.report()

/** The full-disk case, on a tmpfs of its own; skipped (said so) where none can be mounted. */
function diskFull(): void {
  const mount = path.join(work, 'small')
  mkdirSync(mount)
  const corpusBytes = Number(
    spawnSync('du', ['-sbL', path.join(work, `clean-${dates[0]}`)], {
      encoding: 'utf8'
    }).stdout.split('\t')[0]
  )
  // First room enough; once a corpus is built, shrunk to what it holds and less than another corpus.
  const size = Math.round(corpusBytes * 4 + 16e6)
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mount])
  if (mounted.status !== 0) {
    console.log('full disk: skipped (no tmpfs can be mounted here: it needs root on Linux)')
    return
  }
  try {
    const used = () => {
      const s = statfsSync(mount)
      return (s.blocks - s.bfree) * s.bsize
    }
    cpSync(documents, path.join(mount, 'docs'), {recursive: true})
    const small = path.join(mount, 'corpus')
    // Without the cache the second build writes every document anew: a whole second corpus.
    const run = (date: string, extra: string[] = []) =>
      spawnSync(process.execPath, args(small, date, extra, path.join(mount, 'docs')), {
        encoding: 'utf8'
      })
    const fits = run(dates[0])
    if (fits.status !== 0) {
      console.log(`full disk: skipped (the first corpus did not fit in ${size} bytes)`)
      return
    }
    const shrunk = Math.round(used() + corpusBytes * 0.4)
    spawnSync('mount', ['-o', `remount,size=${shrunk}`, mount])
    const before = snapshot(small)
    const usedBefore = used()
    const starved = run(dates[1], ['--no-cache'])
    const message = `${starved.stderr}${starved.stdout}`.trim()
    console.log(
      `full disk: a second build on a ${(shrunk / 1e6).toFixed(1)} MB tmpfs holding ${(usedBefore / 1e6).toFixed(1)} MB: exit ${starved.status}, "${message.split('\n')[0]}"`
    )
    targets.check('full disk: the build fails (exit 1)', starved.status === 1 ? 0 : 1, 'at-most', 0)
    targets.check(
      'full disk: the message names the lack of space',
      /space/i.test(message) ? 0 : 1,
      'at-most',
      0
    )
    targets.check(
      'full disk: the previous corpus left whole',
      snapshot(small) === before ? 0 : 1,
      'at-most',
      0
    )
    targets.check(
      'full disk: bytes left taken by the failed build',
      used() - usedBefore,
      'at-most',
      64 * 1024
    )
    // Space back: the same build goes through.
    spawnSync('mount', ['-o', `remount,size=${size * 4}`, mount])
    targets.check(
      'full disk: a build once space is back',
      run(dates[1], ['--no-cache']).status ?? -1,
      'at-most',
      0
    )
  } finally {
    spawnSync('umount', [mount])
  }
}
