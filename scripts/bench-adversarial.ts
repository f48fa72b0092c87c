/**
 * Adversarial inputs, each doubled in size: the whole parse (Markdown, structure, citations, supersessions) of a
 * document made of one repeated form must take at most about twice the time when the input doubles. Forms: a
 * provision repeating "Proclamation N is revoked." (EO 14148's list of rescissions, grown), a list of "section N",
 * HTSUS headings, emphasis marks, lists nested by indentation, block quotes on one line.
 *
 *   npm run bench:adversarial [-- --sizes 256,512,1024,2048]   (sizes in KB)
 */
import {spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {parseDocument} from '../src/pipeline/parse-document.js'
import {Targets, machineLine} from './bench-report.js'

const {values} = parseArgs({options: {sizes: {type: 'string', default: '256,512,1024,2048'}}})
const sizes = values.sizes.split(',').map(Number)

const head =
  '---\ntitle: Adversarial\ndate: 2025-01-01\n---\nBy the authority vested in me as President, it is hereby ordered:\n\nSection 1. '

/** Each form: the piece repeated, by its index. */
const forms: Record<string, (i: number) => string> = {
  'Proclamation N is revoked.': (i) => `Proclamation ${9000 + (i % 900)} is revoked. `,
  'section N, ...': (i) => `section ${100 + (i % 800)}, `,
  'HTSUS headings': (i) => `heading 9903.${10 + (i % 80)}.${10 + (i % 89)}, `,
  'emphasis marks': (i) => (i % 2 ? '*word* ' : '**strong** '),
  'nested lists': (i) => `\n${'  '.repeat(i % 400)}- item`,
  'block quotes': () => '> ',
  // recheck's attack on the annex-changed pattern (lookbehinds read from every place, before the fix).
  'updated version of Annex w w ...': (i) => (i % 40 === 0 ? 'updated version of Annex ' : 'w '),
  'NOW, THEREFORE after spaces': (i) => (i % 200 === 0 ? '. NOW, THEREFORE, I ' : '  ')
}

function timeOf(text: string): number {
  const start = performance.now()
  parseDocument(text, 'adversarial.md')
  return (performance.now() - start) / 1000
}

console.log(machineLine())
const targets = new Targets()
console.log(`| form | ${sizes.map((kb) => `${kb} KB`).join(' | ')} | worst doubling |`)
console.log(`| --- | ${sizes.map(() => '---:').join(' | ')} | ---: |`)
for (const [name, piece] of Object.entries(forms)) {
  const times = sizes.map((kb) => {
    let body = ''
    for (let i = 0; body.length < kb * 1024; i++) body += piece(i)
    return timeOf(`${head}${body}\n`)
  })
  // The ratio of each doubling; a small first time is noise, so the ratio is taken from 0.05 s on.
  const ratios = times.slice(1).map((t, i) => t / Math.max(times[i]!, 0.05))
  const worst = Math.max(...ratios)
  console.log(
    `| ${name} | ${times.map((t) => `${t.toFixed(2)} s`).join(' | ')} | ${worst.toFixed(2)}x |`
  )
  targets.check(`${name}: time when the input doubles`, worst, 'at-most', 2.5, 'x')
}

hugeInputs()
targets.report()

/**
 * Huge inputs in a build, each in a process of its own (its peak resident memory is the build's): the
 * bundled documents with one of 9.9 MB beside them (the largest accepted: the bundled critical-minerals
 * proclamation repeated), and with one of 50 MB (refused as too large, before it is read).
 */
function hugeInputs(): void {
  const work = mkdtempSync(path.join(tmpdir(), 'proclaim-huge-'))
  const docs = path.join(work, 'docs')
  cpSync('proclamations', docs, {recursive: true})
  const real = readFileSync('proclamations/2026-01-14-critical-minerals-232.md', 'utf8')
  const cut = real.indexOf('\n---\n') + 5
  const body = real.slice(cut)
  const huge = (bytes: number) => {
    const parts = [real.slice(0, cut)]
    for (let n = cut; n < bytes; n += body.length) parts.push(body)
    return parts.join('').slice(0, bytes)
  }
  const build = path.resolve('dist/src/corpus/build.js')
  const measure = (label: string, name: string, bytes: number) => {
    writeFileSync(path.join(docs, name), huge(bytes))
    const start = performance.now()
    // A script file, not `-e`: the build's worker threads would inherit `--input-type`, which they refuse.
    const script = path.join(work, 'measure.mjs')
    writeFileSync(
      script,
      `const {buildCorpus} = await import(${JSON.stringify(pathToFileURL(build).href)})
const s = await buildCorpus([${JSON.stringify(docs)}], {out: ${JSON.stringify(path.join(work, 'corpus'))}})
console.log(JSON.stringify({failed: s.failures.map((f) => f.ruleId), rss: process.resourceUsage().maxRSS}))`
    )
    const run = spawnSync(process.execPath, [script], {encoding: 'utf8'})
    if (run.status !== 0) console.log(run.stderr)
    const seconds = (performance.now() - start) / 1000
    rmSync(path.join(docs, name))
    const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as {
      failed?: string[]
      rss?: number
    }
    const mb = (result.rss ?? 0) / 1024
    console.log(
      `${label}: build ${seconds.toFixed(1)} s, peak ${mb.toFixed(0)} MB, failed: ${result.failed?.join(', ') || 'none'}`
    )
    targets.check(`${label}: peak memory of the build`, mb, 'at-most', 1024, ' MB')
    return result
  }
  console.log('')
  measure('a 9.9 MB document beside the bundled ones', 'huge.md', 9_900_000)
  const refused = measure('a 50 MB document beside the bundled ones', 'fifty.md', 50_000_000)
  targets.check(
    'a 50 MB document refused as too large',
    refused.failed?.includes('file-too-large') ? 0 : 1,
    'at-most',
    0
  )
  rmSync(work, {recursive: true, force: true})
}
