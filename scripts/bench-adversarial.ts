/**
 * Adversarial inputs, each doubled in size: the whole parse (Markdown, structure, citations, supersessions) of a
 * document made of one repeated form must take at most about twice the time when the input doubles. Forms: a
 * provision repeating "Proclamation N is revoked." (EO 14148's list of rescissions, grown), a list of "section N",
 * HTSUS headings, emphasis marks, lists nested by indentation, block quotes on one line, an amending item naming
 * thousands of sections.
 *
 *   npm run bench:adversarial [-- --sizes 256,512,1024,2048]   (sizes in KB)
 */
import {spawnSync} from 'node:child_process'
import {
  closeSync,
  cpSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {parseDocument} from '../src/pipeline/parse-document.js'
import {fairDocument} from './fair-document.js'
import {Targets, machineLine} from './bench-report.js'

const {values} = parseArgs({options: {sizes: {type: 'string', default: '256,512,1024,2048'}}})
const sizes = values.sizes.split(',').map(Number)

const head =
  '---\ntitle: Adversarial\ndate: 2025-01-01\n---\nBy the authority vested in me as President, it is hereby ordered:\n\nSection 1. '

/** The head of an amending instruction whose first item the pieces make. */
const amendingItem = 'Executive Order 14000 is amended by: (a) striking '

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
  'NOW, THEREFORE after spaces': (i) => (i % 200 === 0 ? '. NOW, THEREFORE, I ' : '  '),
  // One amending item naming thousands of provisions: each an operation, its words read once for all of them.
  'amending item striking sections N, ...': (i) =>
    `${i === 0 ? amendingItem : ''}sections ${100 + (i % 800)}, `,
  // The words that join one clause to the next (", and by"), taken off from the end once.
  'amending item of commas': (i) => `${i === 0 ? amendingItem : ''}, `
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
 * Huge inputs, each in a process of its own (its peak resident memory is the run's): fair documents (the
 * bundled critical-minerals proclamation with its findings and provisions repeated before its signature, so
 * that every stage reads every byte: scripts/fair-document.ts) of 10, 25 and 50 MB (50 MB: a little below the
 * largest accepted, `defaultMaxBytes`, 64 MiB), `proclaim parse --format json` on each alone and `proclaim build`
 * of each beside the bundled documents, each within 1 GB; one of 100 MB is refused as too large, before it is
 * parsed. Times are wall-clock and CPU (user and system, of all the process's threads).
 */
function hugeInputs(): void {
  const work = mkdtempSync(path.join(tmpdir(), 'proclaim-huge-'))
  const docs = path.join(work, 'docs')
  cpSync('proclamations', docs, {recursive: true})
  const cli = path.resolve('dist/src/cli/main.js')
  /** A run of the CLI in a process of its own: its time, peak resident memory (MB) and exit status. */
  const run = (args: string[]) => {
    const script = path.join(work, 'run.mjs')
    const rss = path.join(work, 'rss')
    // A script file, not `-e`: the build's worker threads would inherit `--input-type`, which they refuse.
    // The CLI runs in the script's own process (its entry point is argv[1]), which records its peak at exit.
    writeFileSync(
      script,
      `import {writeFileSync} from 'node:fs'
process.argv = [process.execPath, ${JSON.stringify(cli)}, ...${JSON.stringify(args)}]
process.on('exit', () => {
  const r = process.resourceUsage()
  writeFileSync(${JSON.stringify(rss)}, JSON.stringify({maxRSS: r.maxRSS, cpu: r.userCPUTime + r.systemCPUTime}))
})
await import(${JSON.stringify(pathToFileURL(cli).href)})`
    )
    const out = openSync(path.join(work, 'out'), 'w')
    const start = performance.now()
    // Standard output to a file: a pipe would hold what the CLI prints in this process.
    const child = spawnSync(process.execPath, [script], {
      stdio: ['ignore', out, 'pipe'],
      encoding: 'utf8'
    })
    const seconds = (performance.now() - start) / 1000
    closeSync(out)
    const usage = JSON.parse(readFileSync(rss, 'utf8')) as {maxRSS: number; cpu: number}
    return {
      seconds,
      cpu: usage.cpu / 1e6,
      mb: usage.maxRSS / 1024,
      status: child.status ?? -1,
      stderr: child.stderr ?? ''
    }
  }
  console.log('')
  console.log(
    '| fair document | parse --format json (wall, CPU, peak) | build beside the bundled documents (wall, CPU, peak) |'
  )
  console.log('| ---: | ---: | ---: |')
  const cell = (r: ReturnType<typeof run>) =>
    `${r.seconds.toFixed(1)} s, ${r.cpu.toFixed(1)} s CPU, ${r.mb.toFixed(0)} MB`
  for (const mb of [10, 25, 50]) {
    const name = `fair-${mb}.md`
    const file = path.join(work, name)
    writeFileSync(file, fairDocument(mb * 1e6))
    const parse = run(['parse', '--format', 'json', file])
    cpSync(file, path.join(docs, name))
    const build = run(['build', docs, '--out', path.join(work, 'corpus')])
    rmSync(path.join(docs, name))
    rmSync(file)
    for (const [what, r] of [
      ['parse', parse],
      ['build', build]
    ] as const) {
      if (r.status !== 0) console.log(`${what} of ${mb} MB failed: ${r.stderr}`)
      targets.check(
        `a fair ${mb} MB document: peak memory of ${what}`,
        r.mb,
        'at-most',
        1024,
        ' MB'
      )
    }
    console.log(`| ${mb} MB | ${cell(parse)} | ${cell(build)} |`)
  }
  const over = path.join(work, 'over.md')
  writeFileSync(over, fairDocument(100e6))
  const refused = run(['parse', over])
  console.log(
    `a 100 MB document: refused in ${refused.seconds.toFixed(1)} s at ${refused.mb.toFixed(0)} MB`
  )
  targets.check(
    'a 100 MB document refused as too large',
    refused.stderr.includes('file-too-large') ? 0 : 1,
    'at-most',
    0
  )
  rmSync(work, {recursive: true, force: true})
}
